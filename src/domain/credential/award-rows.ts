// The rows of an award: one learner, one course and a date of award each. An upload (CSV) or an
// API call (JSON) is checked whole, every row and every field, before anything is issued; the
// checks here need no database (the course and right checks are the use case's).
import { parse } from 'csv-parse/sync';
import { fieldError, type FieldError } from '../field-error.js';
import { normaliseEmail } from './open-badge.js';

export interface AwardRow {
  courseCode: string;
  learnerName: string;
  learnerEmail: string;
  awardDate: string;
}

/** The CSV columns, in this order in the template; any order is accepted. */
export const AWARD_CSV_COLUMNS = ['course_code', 'learner_name', 'learner_email', 'award_date'] as const;
const csvFieldOf: Record<(typeof AWARD_CSV_COLUMNS)[number], keyof AwardRow> = {
  course_code: 'courseCode',
  learner_name: 'learnerName',
  learner_email: 'learnerEmail',
  award_date: 'awardDate',
};

export const MAX_AWARD_ROWS = 10_000;
const COURSE_CODE = /^[A-Z]{2,4}-\d{4}-\d{4}$/;
// Deliberately plain: one @, no spaces, a dot in the domain. Delivery is the real test.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Reads an award CSV (UTF-8, comma-separated, a header row). Errors name the line and column. */
export function parseAwardCsv(text: string): { rows: AwardRow[]; errors: FieldError[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return { rows: [], errors: [fieldError('file', 'csv_unreadable', `The file is not readable CSV: ${(error as Error).message}`)] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [fieldError('file', 'csv_empty', 'The file is empty; it needs a header row and one row per learner.')] };
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = AWARD_CSV_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !(AWARD_CSV_COLUMNS as readonly string[]).includes(name));
  if (missing.length > 0 || unknown.length > 0 || new Set(names).size !== names.length) {
    const parts = [
      missing.length ? `missing ${missing.join(', ')}` : '',
      unknown.length ? `unknown ${unknown.join(', ')}` : '',
      new Set(names).size !== names.length ? 'a column appears twice' : '',
    ].filter(Boolean);
    return {
      rows: [],
      errors: [fieldError('header', 'csv_header', `The header must name the columns ${AWARD_CSV_COLUMNS.join(', ')} (${parts.join('; ')}).`)],
    };
  }
  if (body.length === 0) return { rows: [], errors: [fieldError('file', 'csv_empty', 'The file has a header but no learners.')] };
  const rows = body.map((record) => {
    const row: AwardRow = { courseCode: '', learnerName: '', learnerEmail: '', awardDate: '' };
    names.forEach((name, column) => {
      row[csvFieldOf[name as (typeof AWARD_CSV_COLUMNS)[number]]] = (record[column] ?? '').trim();
    });
    return row;
  });
  return { rows, errors: [] };
}

/**
 * Checks every row's fields and duplicates within the rows. Paths are `rows.<i>.<field>`
 * (i from 0; a CSV's line is i + 2). `today` ('YYYY-MM-DD', Tbilisi) bounds the award date.
 */
export function checkAwardRows(rows: readonly AwardRow[], today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (rows.length === 0) errors.push(fieldError('rows', 'empty', 'Give at least one learner.'));
  if (rows.length > MAX_AWARD_ROWS) errors.push(fieldError('rows', 'too_many', `At most ${MAX_AWARD_ROWS} learners at once.`));
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = (field: keyof AwardRow) => `rows.${index}.${field}`;
    if (!COURSE_CODE.test(row.courseCode)) errors.push(fieldError(at('courseCode'), 'format', 'A course code such as MC-2026-0001.'));
    if (row.learnerName.trim().length === 0) errors.push(fieldError(at('learnerName'), 'required', "Give the learner's name."));
    else if (row.learnerName.length > 200) errors.push(fieldError(at('learnerName'), 'too_long', 'At most 200 characters.'));
    if (!EMAIL.test(row.learnerEmail.trim()) || row.learnerEmail.length > 254) {
      errors.push(fieldError(at('learnerEmail'), 'format', 'An e-mail address such as nino@example.ge.'));
    }
    if (!isCalendarDate(row.awardDate)) errors.push(fieldError(at('awardDate'), 'format', 'A date as YYYY-MM-DD, e.g. 2026-06-30.'));
    else if (row.awardDate > today) errors.push(fieldError(at('awardDate'), 'future', `The date of award cannot be after today (${today}).`));
    const key = [row.courseCode, normaliseEmail(row.learnerEmail), row.awardDate].join('\n');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else errors.push(fieldError(`rows.${index}`, 'duplicate', `The same learner, course and date as row ${first + 1}.`));
  });
  return errors;
}
