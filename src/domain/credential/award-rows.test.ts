import { describe, expect, it } from 'vitest';
import { checkAwardRows, isCalendarDate, parseAwardCsv } from './award-rows.js';

const header = 'course_code,learner_name,learner_email,award_date';
const good = { courseCode: 'MC-2026-0001', learnerName: 'ნინო ბერიძე', learnerEmail: 'Nino@Example.ge', awardDate: '2026-06-30' };

describe('award CSV', () => {
  it('reads the rows whatever the column order, trimming cells and a byte-order mark', () => {
    const csv = `\uFEFFaward_date, learner_email ,course_code,learner_name\n2026-06-30,nino@example.ge , MC-2026-0001,"Beridze, Nino"\n\n`;
    expect(parseAwardCsv(csv)).toEqual({
      rows: [{ courseCode: 'MC-2026-0001', learnerName: 'Beridze, Nino', learnerEmail: 'nino@example.ge', awardDate: '2026-06-30' }],
      errors: [],
    });
  });

  it('refuses a wrong header, naming what is missing and unknown', () => {
    const { rows, errors } = parseAwardCsv('course,learner_name,learner_email,award_date\nMC-2026-0001,A,a@b.ge,2026-01-01\n');
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ path: 'header', code: 'csv_header', message: expect.stringMatching(/missing course_code; unknown course/) })]);
  });

  it('refuses an empty file, a header alone and unreadable CSV', () => {
    expect(parseAwardCsv('').errors[0]?.code).toBe('csv_empty');
    expect(parseAwardCsv(`${header}\n`).errors[0]?.code).toBe('csv_empty');
    expect(parseAwardCsv(`${header}\n"MC-2026-0001,unterminated\n`).errors[0]?.code).toBe('csv_unreadable');
  });
});

describe('award rows', () => {
  it('accepts good rows', () => {
    expect(checkAwardRows([good], '2026-07-01')).toEqual([]);
  });

  it('names every bad field of every row', () => {
    const errors = checkAwardRows(
      [good, { courseCode: 'course 1', learnerName: ' ', learnerEmail: 'nino', awardDate: '2026-02-30' }, { ...good, awardDate: '2026-07-02' }],
      '2026-07-01',
    );
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['rows.1.courseCode', 'format'],
      ['rows.1.learnerName', 'required'],
      ['rows.1.learnerEmail', 'format'],
      ['rows.1.awardDate', 'format'],
      ['rows.2.awardDate', 'future'],
    ]);
  });

  it('refuses a duplicate row, the e-mail compared without case', () => {
    const errors = checkAwardRows([good, { ...good, learnerEmail: 'nino@example.GE' }], '2026-07-01');
    expect(errors).toEqual([expect.objectContaining({ path: 'rows.1', code: 'duplicate', message: 'The same learner, course and date as row 1.' })]);
  });

  it('refuses an empty list', () => {
    expect(checkAwardRows([], '2026-07-01')[0]).toMatchObject({ path: 'rows', code: 'empty' });
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-6-30')).toBe(false);
  });
});
