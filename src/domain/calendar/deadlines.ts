// THE rule for counting the guide's periods. Written once, here; docs/deadlines.md explains it.
//
// A period starts from an event on day D (a legal date in Asia/Tbilisi). D itself is never
// counted: the first day of the period is the day after D.
//
// - N working days ends on the N-th working day after D. Saturdays, Sundays and Georgian
//   public holidays (holidays.ts) are skipped, so the end is always a working day. An event
//   on a non-working day changes nothing: counting still starts with the first working day
//   after it. Example: 2026-04-08 + 3 working days = 2026-04-16 (9 April holiday, 10-13 April
//   Orthodox Easter, then 14, 15, 16).
// - N calendar days ends on D + N. If that day is not a working day, the period ends on the
//   next working day. This last step is an ASSUMPTION of general Georgian (and civil-law)
//   practice: we did not find the text of the General Administrative Code's article on time
//   limits to cite, so check it on matsne.gov.ge. Reason for choosing it: a person can only
//   file with, or be served by, the Center on a day it works, and the roll-forward never
//   shortens anybody's period, so it is the safer reading for applicants.
// - "At least N calendar days in advance" (the hearing notice, Guide XII) is not a period
//   after an event but a minimum before one: the latest notice date is E - N, with no
//   roll-forward (latestNoticeDate).
// - Used and left: workingDaysBetween(from, to) counts the working days after `from` up to and
//   including `to`, so workingDaysBetween(D, dueDate(D, N, 'working')) === N.
import { ValidationError } from '../errors.js';
import { fieldError } from '../field-error.js';
import { addDays, georgianCalendar, invalid, parseLegalDate, type HolidayCalendar, type LegalDate } from './holidays.js';

export type DayUnit = 'working' | 'calendar';

/** The longest period the calendar computes (the guide's longest is 60 working days). */
export const maxPeriodLength = 3650;

export interface Deadline {
  /** The clause of the guide that sets the period, e.g. 'Guide VIII.1'. */
  legalBasis: string;
  /** What starts the period, e.g. 'submission of the application'. */
  startEvent: string;
  startDate: LegalDate;
  length: number;
  unit: DayUnit;
  dueDate: LegalDate;
}

export type DeadlineInput = Omit<Deadline, 'dueDate'>;

/** The day a period of `length` `unit` days starting from an event on `from` ends. */
export function dueDate(
  from: LegalDate,
  length: number,
  unit: DayUnit,
  calendar: HolidayCalendar = georgianCalendar,
): LegalDate {
  const start = parseLegalDate(from, 'from');
  assertLength(length);
  switch (unit) {
    case 'working': {
      let day = start;
      for (let counted = 0; counted < length; ) {
        day = addDays(day, 1);
        if (calendar.isWorkingDay(day)) counted += 1;
      }
      return day;
    }
    case 'calendar':
      return firstWorkingDayFrom(addDays(start, length), calendar);
    default:
      return assertNever(unit);
  }
}

/** `date` if it is a working day, otherwise the next working day after it. */
export function firstWorkingDayFrom(date: LegalDate, calendar: HolidayCalendar = georgianCalendar): LegalDate {
  let day = parseLegalDate(date);
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * Working days after `from` up to and including `to`; negative (the working days after `to`
 * up to and including `from`) when `to` is earlier. Used: (start, today); left: (today, due).
 */
export function workingDaysBetween(
  from: LegalDate,
  to: LegalDate,
  calendar: HolidayCalendar = georgianCalendar,
): number {
  const first = parseLegalDate(from, 'from');
  const last = parseLegalDate(to, 'to');
  if (last < first) return -workingDaysBetween(last, first, calendar);
  let count = 0;
  for (let day = addDays(first, 1); day <= last; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}

/** The latest day to give notice of an event on `eventDate` "at least `days` calendar days in advance". */
export function latestNoticeDate(eventDate: LegalDate, days: number): LegalDate {
  const event = parseLegalDate(eventDate, 'eventDate');
  assertLength(days, 'days');
  return parseLegalDate(addDays(event, -days), 'eventDate');
}

/** A deadline with its legal basis, start event, length, unit and computed due date. */
export function computeDeadline(input: DeadlineInput, calendar: HolidayCalendar = georgianCalendar): Deadline {
  const problems = [
    ...(input.legalBasis.trim() === '' ? [fieldError('legalBasis', 'required', 'Name the clause that sets the period.')] : []),
    ...(input.startEvent.trim() === '' ? [fieldError('startEvent', 'required', 'Name the event that starts the period.')] : []),
  ];
  if (problems.length > 0) throw new ValidationError(problems);
  const startDate = parseLegalDate(input.startDate, 'startDate');
  return {
    legalBasis: input.legalBasis,
    startEvent: input.startEvent,
    startDate,
    length: input.length,
    unit: input.unit,
    dueDate: dueDate(startDate, input.length, input.unit, calendar),
  };
}

function assertLength(length: number, path = 'length'): void {
  if (!Number.isInteger(length) || length < 1 || length > maxPeriodLength) {
    throw invalid(path, 'length_invalid', `A period is a whole number of days from 1 to ${maxPeriodLength}; got ${String(length)}.`);
  }
}

function assertNever(value: never): never {
  throw invalid('unit', 'unit_invalid', `Unknown unit ${String(value)}; use working or calendar.`);
}
