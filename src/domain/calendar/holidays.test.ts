import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import extrasJson from './holidays-extra.json' with { type: 'json' };
import {
  createHolidayCalendar,
  georgianHolidays,
  isHoliday,
  isWorkingDay,
  parseHolidayExtras,
  parseLegalDate,
  type HolidayExtras,
} from './holidays.js';

// The official list, typed in from /work/shared/reference/calendar-and-ects.md (section 5a:
// Labour Code art. 30 as listed by the National Parliamentary Library; section 5b: Orthodox
// Easter dates), NOT derived from date-holidays, so the library is checked against it.
const fixed = ['01-01', '01-02', '01-07', '01-19', '03-03', '03-08', '04-09', '05-09', '05-12', '05-26', '08-28', '10-14', '11-23'];
const orthodoxEaster: Record<number, string[]> = {
  // Good Friday, Holy Saturday, Easter Sunday, Easter Monday
  2025: ['04-18', '04-19', '04-20', '04-21'],
  2026: ['04-10', '04-11', '04-12', '04-13'],
  2027: ['04-30', '05-01', '05-02', '05-03'],
};
// 17 May, Day of Family Sanctity and Respect for Parents, from 2025 [P].
const officialList = (year: number): string[] =>
  [...fixed, ...(orthodoxEaster[year] ?? []), '05-17'].map((md) => `${year}-${md}`).sort();

describe('georgianHolidays: cross-checked against the official list', () => {
  for (const year of [2025, 2026, 2027]) {
    it(`${year}: every date, the four Orthodox Easter days and 17 May, nothing else`, () => {
      const dates = georgianHolidays(year).map((h) => h.date);
      expect(dates).toEqual(officialList(year));
      expect(dates).toHaveLength(18);
    });
  }

  it('names every holiday in Georgian and English', () => {
    const holidays = georgianHolidays(2026);
    for (const holiday of holidays) {
      expect(holiday.name.ka).toMatch(/[\u10D0-\u10FF]/);
      expect(holiday.name.en).toMatch(/^[A-Za-z]/);
    }
    const byDate = new Map(holidays.map((h) => [h.date, h.name]));
    expect(byDate.get('2026-01-07')).toEqual({ ka: 'შობა', en: 'Orthodox Christmas' });
    expect(byDate.get('2026-04-10')).toEqual({ ka: 'წითელი პარასკევი', en: 'Good Friday' });
    expect(byDate.get('2026-04-13')).toEqual({ ka: 'აღდგომის ორშაბათი', en: 'Easter Monday' });
    expect(byDate.get('2026-05-17')?.en).toBe('Day of Family Sanctity and Respect for Parents');
  });

  it('2028 Orthodox Easter (14-17 April) comes from the library too', () => {
    const dates = georgianHolidays(2028).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2028-04-14', '2028-04-15', '2028-04-16', '2028-04-17']));
  });

  it('17 May is a holiday from 2025 only (the 2024 day off was a one-off resolution, not in the list)', () => {
    expect(isHoliday('2025-05-17')).toBe(true);
    expect(isHoliday('2027-05-17')).toBe(true);
    expect(isHoliday('2024-05-17')).toBe(false);
    expect(georgianHolidays(2024)).toHaveLength(17);
  });

  it('is sorted by date', () => {
    const dates = georgianHolidays(2027).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('returns copies: changing a result does not change the calendar', () => {
    const first = georgianHolidays(2026);
    first[0]!.name.en = 'changed';
    first.pop();
    expect(georgianHolidays(2026)[0]!.name.en).toBe("New Year's Day");
    expect(georgianHolidays(2026)).toHaveLength(18);
  });
});

describe('isWorkingDay', () => {
  it('skips Saturdays, Sundays and holidays', () => {
    expect(isWorkingDay('2026-04-08')).toBe(true); // Wednesday
    expect(isWorkingDay('2026-04-09')).toBe(false); // National Unity Day, Thursday
    expect(isWorkingDay('2026-04-10')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-04-13')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-04-14')).toBe(true);
    expect(isWorkingDay('2026-04-18')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-19')).toBe(false); // Sunday
  });

  it('gives no substitute day when a holiday falls on a weekend (Labour Code has none)', () => {
    expect(isHoliday('2026-03-08')).toBe(true); // Sunday
    expect(isWorkingDay('2026-03-09')).toBe(true); // the Monday after
    expect(isWorkingDay('2026-05-11')).toBe(true); // after Victory Day on Saturday 9 May
  });

  it('1 May is a working day in Georgia unless Easter falls on it', () => {
    expect(isWorkingDay('2026-05-01')).toBe(true);
    expect(isWorkingDay('2027-05-01')).toBe(false); // Holy Saturday 2027 (and a Saturday)
  });
});

describe('legal dates are Tbilisi calendar dates, whatever the server zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Tbilisi']) {
    it(`gives the same list in ${zone}`, () => {
      process.env.TZ = zone;
      const calendar = createHolidayCalendar(parseHolidayExtras(extrasJson));
      expect(calendar.holidays(2026).map((h) => h.date)).toEqual(officialList(2026));
      expect(calendar.isWorkingDay('2026-04-13')).toBe(false);
      expect(calendar.isWorkingDay('2026-04-14')).toBe(true);
    });
  }
});

describe('configurable additions, one-off days off and removals', () => {
  const base: HolidayExtras = { additions: [], oneOffDaysOff: [], removals: [] };

  it('adds a Government one-off day off (Labour Code art. 30(3))', () => {
    const calendar = createHolidayCalendar({
      ...base,
      oneOffDaysOff: [
        {
          date: '2026-01-05',
          name: { ka: 'უქმე დღე', en: 'Day off by Government ordinance' },
          source: 'Government Ordinance (example)',
          confidence: 'V',
        },
      ],
    });
    expect(calendar.isWorkingDay('2026-01-05')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-05')).toBe(true);
    expect(calendar.holidays(2026)).toHaveLength(18);
  });

  it('removes a day, and the bare library list has no 17 May', () => {
    const bare = createHolidayCalendar(base);
    expect(bare.holidays(2026)).toHaveLength(17);
    expect(bare.isHoliday('2026-05-17')).toBe(false);
    const removed = createHolidayCalendar({
      ...base,
      removals: [{ monthDay: '03-03', fromYear: 2027, reason: 'example', source: 'example' }],
    });
    expect(removed.isHoliday('2026-03-03')).toBe(true);
    expect(removed.isHoliday('2027-03-03')).toBe(false);
  });

  it('joins the names when an addition falls on an existing holiday', () => {
    const calendar = createHolidayCalendar({
      ...base,
      additions: [{ monthDay: '05-12', name: { ka: 'იმედის დღე', en: 'Day of Hope' }, source: 'x', confidence: 'P' }],
    });
    expect(calendar.holiday('2026-05-12')?.name.en).toBe('Saint Andrew the First-Called Day; Day of Hope');
    expect(calendar.holidays(2026)).toHaveLength(17);
  });

  it('the data file marks 17 May with its source and confidence P', () => {
    const extras = parseHolidayExtras(extrasJson);
    const may17 = extras.additions.find((a) => a.monthDay === '05-17');
    expect(may17).toMatchObject({ fromYear: 2025, confidence: 'P' });
    expect(may17?.source).toMatch(/Labour Code art\. 30/);
  });

  it('refuses a malformed extras file, naming the entry', () => {
    expect(() => parseHolidayExtras({ additions: [{ monthDay: '02-30', name: { ka: 'x', en: 'x' }, source: 's', confidence: 'P' }] })).toThrow(
      /additions\[0\]\.monthDay/,
    );
    expect(() => parseHolidayExtras({ oneOffDaysOff: [{ monthDay: '01-05', name: { ka: 'x', en: 'x' }, source: 's', confidence: 'V' }] })).toThrow(
      /oneOffDaysOff\[0\] needs a "date"/,
    );
    expect(() => parseHolidayExtras({ additions: [{ date: '2026-01-05', name: { ka: '', en: 'x' }, source: 's', confidence: 'X' }] })).toThrow(
      /name\.ka.*confidence|confidence.*name\.ka/,
    );
    expect(() => parseHolidayExtras({ removals: 'none' })).toThrow(/removals must be a list/);
    expect(() => parseHolidayExtras([])).toThrow(/must hold an object/);
  });
});

describe('invalid dates are refused', () => {
  for (const bad of ['2026-02-30', '2026-4-8', '08.04.2026', '', '2026-04-08T00:00:00Z', '2026-13-01', 'tomorrow']) {
    it(`refuses "${bad}"`, () => {
      expect(() => isWorkingDay(bad)).toThrow(DomainError);
      expect(() => parseLegalDate(bad, 'from')).toThrow(expect.objectContaining({ code: 'validation' }));
    });
  }

  it('names the field and explains', () => {
    try {
      parseLegalDate('2026-02-29', 'from');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ errors: [{ path: 'from', code: 'date_invalid' }] });
    }
  });

  it('refuses years the calendar does not cover', () => {
    expect(() => georgianHolidays(2012)).toThrow(/2013 to 2100/);
    expect(() => georgianHolidays(2101)).toThrow(DomainError);
    expect(() => georgianHolidays(2026.5)).toThrow(DomainError);
    expect(() => isHoliday('1999-01-01')).toThrow(DomainError);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseLegalDate('2028-02-29')).toBe('2028-02-29');
  });
});
