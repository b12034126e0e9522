import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { computeDeadline, dueDate, firstWorkingDayFrom, latestNoticeDate, workingDaysBetween, type DayUnit } from './deadlines.js';
import { createHolidayCalendar, dayOfWeek } from './holidays.js';

const weekday = (date: string) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][dayOfWeek(date)];

describe('working days: a submission on Wednesday 2026-04-08 (9 April, Orthodox Easter 10-13 April)', () => {
  // 9 Thu National Unity Day; 10 Fri Good Friday; 11 Sat Holy Saturday; 12 Sun Easter; 13 Mon Easter Monday.
  it.each([
    [3, '2026-04-16'], // admissibility check (Guide VIII): 14, 15, 16 April
    [5, '2026-04-20'], // shortest correction period (Guide VIII)
    [10, '2026-04-27'], // expert group order (Guide VIII, last paragraph)
    [15, '2026-05-04'], // longest correction period; 1 May is a working day in Georgia
    [60, '2026-07-08'], // the whole procedure (Guide VII); crosses 9 May (Sat), 12 May, 17 May (Sun), 26 May
  ])('+%i working days ends on %s', (days, expected) => {
    expect(dueDate('2026-04-08', days, 'working')).toBe(expected);
    expect(workingDaysBetween('2026-04-08', expected)).toBe(days);
  });

  it('the working days used and left for the 60-day procedure', () => {
    const due = dueDate('2026-04-08', 60, 'working');
    expect(workingDaysBetween('2026-04-08', '2026-04-13')).toBe(0); // nothing used over the holidays
    expect(workingDaysBetween('2026-04-08', '2026-04-14')).toBe(1);
    expect(workingDaysBetween('2026-04-14', due)).toBe(59);
    expect(workingDaysBetween('2026-04-08', '2026-04-08')).toBe(0);
    expect(workingDaysBetween(due, '2026-07-10')).toBe(2); // two working days overdue
    expect(workingDaysBetween('2026-07-10', due)).toBe(-2); // left: negative once overdue
  });
});

describe('working days: a submission on Tuesday 2026-12-29 (New Year 1-2 Jan, Christmas 7 Jan, Epiphany 19 Jan)', () => {
  it.each([
    [2, '2026-12-31'],
    [3, '2027-01-04'], // 1 Fri and 2 Sat holidays, 3 Sun
    [5, '2027-01-06'],
    [6, '2027-01-08'], // skips Thursday 7 January
    [10, '2027-01-14'],
    [15, '2027-01-22'], // skips Tuesday 19 January
    [60, '2027-03-30'], // also skips 3 March (Wed) and 8 March (Mon)
  ])('+%i working days ends on %s', (days, expected) => {
    expect(dueDate('2026-12-29', days, 'working')).toBe(expected);
    expect(workingDaysBetween('2026-12-29', expected)).toBe(days);
  });
});

describe('working days: an event on a Friday before a Monday holiday', () => {
  // Real cases, weekday checked below: each Monday is a public holiday and the Friday is not.
  it.each([
    ['2026-01-16', '2026-01-20', 'Orthodox Epiphany, Monday 19 January 2026'],
    ['2026-11-20', '2026-11-24', "Saint George's Day, Monday 23 November 2026"],
    ['2027-03-05', '2027-03-09', "International Women's Day, Monday 8 March 2027"],
    ['2027-05-14', '2027-05-18', 'Day of Family Sanctity, Monday 17 May 2027 [P]'],
    ['2025-05-09', '2025-05-13', 'Victory Day is that Friday itself; Monday 12 May 2025 St Andrew'],
  ])('%s + 1 working day is %s (%s)', (friday, expected) => {
    expect(weekday(friday)).toBe('Fri');
    expect(weekday(expected)).toBe('Tue');
    expect(dueDate(friday, 1, 'working')).toBe(expected);
  });

  it('a recusal motion (2 working days, Guide IX) on an order received Friday 2026-11-20 is due Wednesday 25 November', () => {
    expect(dueDate('2026-11-20', 2, 'working')).toBe('2026-11-25');
  });

  it('Friday 2027-04-30 is Good Friday itself: +1 working day is Tuesday 4 May, after Easter Monday', () => {
    expect(dueDate('2027-04-30', 1, 'working')).toBe('2027-05-04');
  });
});

describe('the start day is never counted, even when it is not a working day', () => {
  it('an event on Saturday 2026-04-11 or on Easter Monday counts from the next working day', () => {
    expect(dueDate('2026-04-11', 3, 'working')).toBe('2026-04-16');
    expect(dueDate('2026-04-13', 1, 'working')).toBe('2026-04-14');
    expect(dueDate('2026-04-09', 3, 'working')).toBe('2026-04-16');
  });

  it('an event on a Sunday, calendar days: counted from the Monday after', () => {
    expect(dueDate('2026-04-12', 5, 'calendar')).toBe('2026-04-17');
  });
});

describe('calendar days: D + N, moved to the next working day when it is not one', () => {
  it.each([
    ['2026-04-06', 5, '2026-04-14', 'reasoned position (Guide XI): Sat 11 Apr is Holy Saturday, then Easter Sun and Mon'],
    ['2026-04-08', 10, '2026-04-20', 'seeker order (Guide VIII): Sat 18 Apr, moves to Mon 20'],
    ['2026-04-01', 10, '2026-04-14', 'ends on Sat 11 Apr (Easter), moves past Easter Monday'],
    ['2026-12-29', 3, '2027-01-04', 'ends on New Year, 1 Jan 2027 (Fri)'],
    ['2026-12-29', 9, '2027-01-08', 'ends on Christmas, Thu 7 Jan 2027'],
    ['2026-12-08', 30, '2027-01-08', 'unscheduled monitoring (30 days) ending on 7 January'],
    ['2026-04-20', 5, '2026-04-27', 'ends on Saturday 25 April'],
    ['2026-04-20', 3, '2026-04-23', 'ends on a working day: unchanged'],
  ])('%s + %i calendar days is %s (%s)', (from, days, expected) => {
    expect(dueDate(from, days, 'calendar')).toBe(expected);
  });

  it('firstWorkingDayFrom keeps a working day and moves a non-working one', () => {
    expect(firstWorkingDayFrom('2026-04-08')).toBe('2026-04-08');
    expect(firstWorkingDayFrom('2026-04-09')).toBe('2026-04-14');
  });
});

describe('hearing notice, at least 7 calendar days ahead (Guide XII)', () => {
  it('is due by the event date minus 7 days, with no roll-forward', () => {
    expect(latestNoticeDate('2026-04-21', 7)).toBe('2026-04-14');
    expect(latestNoticeDate('2026-04-20', 7)).toBe('2026-04-13'); // Easter Monday: still the latest day, not moved
  });
});

describe('computeDeadline', () => {
  it('records the legal basis, start event, length, unit and due date', () => {
    expect(
      computeDeadline({
        legalBasis: 'Guide VIII.1',
        startEvent: 'submission of the application',
        startDate: '2026-04-08',
        length: 3,
        unit: 'working',
      }),
    ).toEqual({
      legalBasis: 'Guide VIII.1',
      startEvent: 'submission of the application',
      startDate: '2026-04-08',
      length: 3,
      unit: 'working',
      dueDate: '2026-04-16',
    });
  });

  it('refuses a deadline without its legal basis or start event', () => {
    expect(() =>
      computeDeadline({ legalBasis: ' ', startEvent: '', startDate: '2026-04-08', length: 3, unit: 'working' }),
    ).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: 'legalBasis' }), expect.objectContaining({ path: 'startEvent' })] }));
  });

  it('names startDate when the start date is bad', () => {
    expect(() =>
      computeDeadline({ legalBasis: 'Guide VII', startEvent: 'submission', startDate: '2026-02-31', length: 60, unit: 'working' }),
    ).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: 'startDate', code: 'date_invalid' })] }));
  });

  it('uses the calendar it is given (a one-off day off moves the due date)', () => {
    const calendar = createHolidayCalendar({
      additions: [],
      removals: [],
      oneOffDaysOff: [{ date: '2026-04-14', name: { ka: 'უქმე დღე', en: 'Day off' }, source: 'example', confidence: 'V' }],
    });
    const deadline = computeDeadline(
      { legalBasis: 'Guide VIII.1', startEvent: 'submission', startDate: '2026-04-08', length: 3, unit: 'working' },
      calendar,
    );
    expect(deadline.dueDate).toBe('2026-04-17');
  });
});

describe('bad input is refused', () => {
  it.each([
    ['2026-02-30', 3, 'working'],
    ['2026-4-8', 3, 'working'],
    ['08/04/2026', 3, 'calendar'],
    ['2026-04-08', 0, 'working'],
    ['2026-04-08', -1, 'working'],
    ['2026-04-08', 1.5, 'calendar'],
    ['2026-04-08', Number.NaN, 'calendar'],
    ['2026-04-08', 3651, 'calendar'],
    ['2026-04-08', 3, 'weeks'],
  ])('dueDate(%s, %s, %s)', (from, length, unit) => {
    expect(() => dueDate(from, length, unit as DayUnit)).toThrow(DomainError);
  });

  it('refuses bad dates in workingDaysBetween, naming the field', () => {
    expect(() => workingDaysBetween('2026-04-08', '2026-04-31')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: 'to' })] }),
    );
  });
});
