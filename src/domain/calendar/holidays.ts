// Georgian public holidays and working days (docs/deadlines.md).
//
// The statutory list (Labour Code art. 30, including the four Orthodox Easter days) comes from
// the maintained npm package `date-holidays` (country 'GE'). holidays-extra.json adds what the
// package misses (17 May from 2025) and the Government's one-off days off under art. 30(3),
// and can take a day out; each entry there names its source.
//
// A legal date is a calendar date in Asia/Tbilisi written 'YYYY-MM-DD'. Everything here works
// on those strings and on UTC midnights derived from them, so the server's own time zone can
// never shift a date. To get the legal date of an instant, use tbilisiDate() from tbilisi.ts.
import Holidays from 'date-holidays';
import type { Bilingual } from '../course/description.js';
import { ValidationError } from '../errors.js';
import { fieldError } from '../field-error.js';
import extrasJson from './holidays-extra.json' with { type: 'json' };

/** A calendar date in Asia/Tbilisi, 'YYYY-MM-DD'. */
export type LegalDate = string;

export interface PublicHoliday {
  date: LegalDate;
  name: Bilingual;
}

/**
 * The years the calendar answers for. The list it applies is today's (Organic Law No 729 of
 * 12 June 2013 and later amendments); it does not reproduce older lists.
 */
export const calendarYears = { first: 2013, last: 2100 } as const;

// ---------------------------------------------------------------------------------------------
// Legal dates

const DAY_MS = 86_400_000;
const legalDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMidnight(date: LegalDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMidnight(ms: number): LegalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Checks that `value` is a real calendar date 'YYYY-MM-DD' within the calendar's years, and
 * returns it. Refuses anything else with a ValidationError naming `path`.
 */
export function parseLegalDate(value: string, path = 'date'): LegalDate {
  const match = legalDatePattern.exec(value);
  if (!match) {
    throw invalid(path, 'date_format', `"${value}" is not a date written YYYY-MM-DD.`);
  }
  const year = Number(match[1]);
  const ms = utcMidnight(value);
  if (Number.isNaN(ms) || fromUtcMidnight(ms) !== value) {
    throw invalid(path, 'date_invalid', `${value} is not a real calendar date.`);
  }
  assertCalendarYear(year, path);
  return value;
}

export function assertCalendarYear(year: number, path = 'year'): void {
  if (!Number.isInteger(year) || year < calendarYears.first || year > calendarYears.last) {
    throw invalid(
      path,
      'year_out_of_range',
      `The calendar covers ${calendarYears.first} to ${calendarYears.last}; ${String(year)} is outside.`,
    );
  }
}

/** A refusal of one field, whose message is also the error's own message. */
export function invalid(path: string, code: string, message: string): ValidationError {
  return new ValidationError([fieldError(path, code, message)], message);
}

/** `date` moved by `days` calendar days (negative goes back). */
export function addDays(date: LegalDate, days: number): LegalDate {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LegalDate, to: LegalDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: LegalDate): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

// ---------------------------------------------------------------------------------------------
// The extras file

export type Confidence = 'V' | 'P';

/** A day added to or removed from the list: one `date`, or a yearly `monthDay` ('MM-DD'). */
export interface DaySelector {
  date?: LegalDate;
  monthDay?: string;
  fromYear?: number;
  toYear?: number;
}

export interface HolidayAddition extends DaySelector {
  name: Bilingual;
  source: string;
  confidence: Confidence;
}

export interface HolidayRemoval extends DaySelector {
  reason: string;
  source: string;
}

export interface HolidayExtras {
  additions: HolidayAddition[];
  /** Government one-off days off (Labour Code art. 30(3)); each has a `date`. */
  oneOffDaysOff: HolidayAddition[];
  removals: HolidayRemoval[];
}

const monthDayPattern = /^(\d{2})-(\d{2})$/;

/** Validates the shape of holidays-extra.json; throws an Error naming the bad entry. */
export function parseHolidayExtras(raw: unknown): HolidayExtras {
  const problems: string[] = [];
  const record = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) problems.push('the file must hold an object');

  const list = (key: keyof HolidayExtras): Record<string, unknown>[] => {
    const value = record[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(`${key} must be a list`);
      return [];
    }
    return value.map((entry: unknown, index) => {
      if (isRecord(entry)) return entry;
      problems.push(`${key}[${index}] must be an object`);
      return {};
    });
  };

  const selector = (entry: Record<string, unknown>, at: string, needDate: boolean): DaySelector => {
    const { date, monthDay, fromYear, toYear } = entry;
    const result: DaySelector = {};
    if ((date === undefined) === (monthDay === undefined)) {
      problems.push(`${at} needs exactly one of "date" and "monthDay"`);
    }
    if (needDate && date === undefined) problems.push(`${at} needs a "date"`);
    if (date !== undefined) {
      if (typeof date === 'string' && isRealDate(date)) result.date = date;
      else problems.push(`${at}.date must be a real date YYYY-MM-DD`);
    }
    if (monthDay !== undefined) {
      if (typeof monthDay === 'string' && isRealMonthDay(monthDay)) result.monthDay = monthDay;
      else problems.push(`${at}.monthDay must be MM-DD`);
    }
    for (const [key, value] of [
      ['fromYear', fromYear],
      ['toYear', toYear],
    ] as const) {
      if (value === undefined) continue;
      if (typeof value === 'number' && Number.isInteger(value)) result[key] = value;
      else problems.push(`${at}.${key} must be a whole year`);
    }
    return result;
  };

  const text = (entry: Record<string, unknown>, key: string, at: string): string => {
    const value = entry[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    problems.push(`${at}.${key} must be a non-empty text`);
    return '';
  };

  const addition = (entry: Record<string, unknown>, at: string, needDate: boolean): HolidayAddition => {
    const name = isRecord(entry.name) ? entry.name : {};
    const confidence = entry.confidence;
    if (confidence !== 'V' && confidence !== 'P') problems.push(`${at}.confidence must be "V" or "P"`);
    return {
      ...selector(entry, at, needDate),
      name: { ka: text(name, 'ka', `${at}.name`), en: text(name, 'en', `${at}.name`) },
      source: text(entry, 'source', at),
      confidence: confidence === 'V' ? 'V' : 'P',
    };
  };

  const extras: HolidayExtras = {
    additions: list('additions').map((entry, index) => addition(entry, `additions[${index}]`, false)),
    oneOffDaysOff: list('oneOffDaysOff').map((entry, index) => addition(entry, `oneOffDaysOff[${index}]`, true)),
    removals: list('removals').map((entry, index) => ({
      ...selector(entry, `removals[${index}]`, false),
      reason: text(entry, 'reason', `removals[${index}]`),
      source: text(entry, 'source', `removals[${index}]`),
    })),
  };
  if (problems.length > 0) throw new Error(`holidays-extra.json is not valid: ${problems.join('; ')}.`);
  return extras;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRealDate(value: string): boolean {
  return legalDatePattern.test(value) && fromUtcMidnight(utcMidnight(value)) === value;
}

function isRealMonthDay(value: string): boolean {
  // 2024 is a leap year, so 02-29 is accepted (and simply absent in other years).
  return monthDayPattern.test(value) && isRealDate(`2024-${value}`);
}

/** The date a selector picks in `year`, if any. */
function selectIn(selector: DaySelector, year: number): LegalDate | undefined {
  if (selector.fromYear !== undefined && year < selector.fromYear) return undefined;
  if (selector.toYear !== undefined && year > selector.toYear) return undefined;
  if (selector.date !== undefined) return selector.date.startsWith(`${year}-`) ? selector.date : undefined;
  if (selector.monthDay === undefined) return undefined;
  const date = `${year}-${selector.monthDay}`;
  return isRealDate(date) ? date : undefined;
}

// ---------------------------------------------------------------------------------------------
// The calendar

export interface HolidayCalendar {
  /** The public holidays of `year`, sorted by date. */
  holidays(year: number): readonly PublicHoliday[];
  /** The holiday on `date`, if it is one. */
  holiday(date: LegalDate): PublicHoliday | undefined;
  isHoliday(date: LegalDate): boolean;
  /** Not a Saturday, not a Sunday, not a public holiday. */
  isWorkingDay(date: LegalDate): boolean;
}

const library = new Holidays('GE');

/** The statutory list as date-holidays gives it ('ge' is the package's key for Georgian). */
function libraryHolidays(year: number): PublicHoliday[] {
  const english = new Map(
    library
      .getHolidays(year, 'en')
      .filter((h) => h.type === 'public')
      .map((h) => [`${h.date} ${h.rule}`, h.name]),
  );
  return library
    .getHolidays(year, 'ge')
    .filter((h) => h.type === 'public')
    .map((h) => ({
      // `date` is 'YYYY-MM-DD 00:00:00' in the country's own zone (Asia/Tbilisi).
      date: h.date.slice(0, 10),
      name: { ka: h.name, en: english.get(`${h.date} ${h.rule}`) ?? h.name },
    }));
}

export function createHolidayCalendar(extras: HolidayExtras): HolidayCalendar {
  const byYear = new Map<number, Map<LegalDate, PublicHoliday>>();

  const build = (year: number): Map<LegalDate, PublicHoliday> => {
    const days = new Map<LegalDate, PublicHoliday>();
    const add = (holiday: PublicHoliday) => {
      const existing = days.get(holiday.date);
      days.set(
        holiday.date,
        existing
          ? {
              date: holiday.date,
              name: { ka: `${existing.name.ka}; ${holiday.name.ka}`, en: `${existing.name.en}; ${holiday.name.en}` },
            }
          : holiday,
      );
    };
    libraryHolidays(year).forEach(add);
    for (const addition of extras.additions) {
      const date = selectIn(addition, year);
      if (date) add({ date, name: addition.name });
    }
    for (const removal of extras.removals) {
      const date = selectIn(removal, year);
      if (date) days.delete(date);
    }
    for (const dayOff of extras.oneOffDaysOff) {
      const date = selectIn(dayOff, year);
      if (date) add({ date, name: dayOff.name });
    }
    return new Map([...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };

  const yearOf = (date: LegalDate): Map<LegalDate, PublicHoliday> => {
    const year = Number(parseLegalDate(date).slice(0, 4));
    let days = byYear.get(year);
    if (!days) {
      days = build(year);
      byYear.set(year, days);
    }
    return days;
  };

  const calendar: HolidayCalendar = {
    holidays(year) {
      assertCalendarYear(year);
      return [...yearOf(`${String(year)}-01-01`).values()];
    },
    holiday(date) {
      return yearOf(date).get(date);
    },
    isHoliday(date) {
      return calendar.holiday(date) !== undefined;
    },
    isWorkingDay(date) {
      const weekday = dayOfWeek(parseLegalDate(date));
      return weekday !== 0 && weekday !== 6 && !calendar.isHoliday(date);
    },
  };
  return calendar;
}

/** The platform's calendar: date-holidays plus holidays-extra.json. */
export const georgianCalendar: HolidayCalendar = createHolidayCalendar(parseHolidayExtras(extrasJson));

/** The Georgian public holidays of `year`, sorted by date. */
export function georgianHolidays(year: number): PublicHoliday[] {
  return georgianCalendar.holidays(year).map((h) => ({ date: h.date, name: { ...h.name } }));
}

export function isHoliday(date: LegalDate): boolean {
  return georgianCalendar.isHoliday(date);
}

/** Not a Saturday, not a Sunday, not a Georgian public holiday. */
export function isWorkingDay(date: LegalDate): boolean {
  return georgianCalendar.isWorkingDay(date);
}
