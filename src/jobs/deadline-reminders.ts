// The daily deadline sweep. For every open deadline (neither met nor cancelled):
// - due within two working days (today included), on a working day, once a day: a reminder to
//   the Center's officers, plus the provider's administrators when the provider must act
//   ('provider.*') and the Council's chair and secretary for the minutes ('council.*');
// - past its due date, once: an overdue notice to the officers (for an optional '*-window'
//   period, a notice that it ended: see mail/deadline-messages.ts).
// Each bounded batch claims its deadlines (reminded_on = today, or overdue_notified_at = now) and
// enqueues the e-mails in one transaction, and every e-mail has a dedupe key, so running the
// sweep twice, or two servers running it at once, never sends anything twice. The outbox
// delivery (mail/outbox.ts) sends the e-mails afterwards.
import { dueDate } from '../domain/calendar/deadlines.js';
import { georgianCalendar, type HolidayCalendar } from '../domain/calendar/holidays.js';
import { type Clock, tbilisiDate } from '../domain/calendar/tbilisi.js';
import type { Db } from '../db/database.js';
import * as queries from '../db/queries/deadline-notices.js';
import { type DeadlineNotice, overdueEmail, reminderEmail } from '../mail/deadline-messages.js';
import { enqueueEmail } from '../mail/outbox.js';

/** Reminders start this many working days before the due date. */
export const REMIND_WORKING_DAYS_AHEAD = 2;

export interface SweepOptions {
  clock: Clock;
  /** The legal date of the sweep; by default today in Tbilisi by the clock. */
  today?: string;
  /** Deadlines claimed per transaction. */
  batchSize?: number;
  calendar?: HolidayCalendar;
}

export interface SweepResult {
  /** Deadlines reminded today by this run. */
  reminded: number;
  /** Deadlines found overdue by this run. */
  overdue: number;
  /** E-mails added to the outbox. */
  emails: number;
}

export async function sweepDeadlines(db: Db, options: SweepOptions): Promise<SweepResult> {
  const now = options.clock.now();
  const today = options.today ?? tbilisiDate(now);
  const batchSize = options.batchSize ?? 100;
  const calendar = options.calendar ?? georgianCalendar;
  const result: SweepResult = { reminded: 0, overdue: 0, emails: 0 };

  // Nobody is at work to act on a reminder on a weekend or holiday; the next working day brings one.
  if (calendar.isWorkingDay(today)) {
    const horizon = dueDate(today, REMIND_WORKING_DAYS_AHEAD, 'working', calendar);
    for (;;) {
      const claimed = await db.transaction().execute(async (trx) => {
        const ids = await queries.claimDeadlinesToRemind(trx, { today, horizon, batchSize });
        const deadlines = await queries.deadlinesForNotice(trx, ids);
        const recipients = await recipientsFor(trx, deadlines, 'reminder');
        for (const deadline of deadlines) {
          const content = reminderEmail(toNotice(deadline), today);
          for (const to of recipients(deadline)) {
            if (await enqueueEmail(trx, { to, ...content, dedupeKey: `reminder:${deadline.id}:${today}:${to}` })) result.emails += 1;
          }
        }
        return ids.length;
      });
      result.reminded += claimed;
      if (claimed < batchSize) break;
    }
  }

  for (;;) {
    const claimed = await db.transaction().execute(async (trx) => {
      const ids = await queries.claimOverdueDeadlines(trx, { today, now, batchSize });
      const deadlines = await queries.deadlinesForNotice(trx, ids);
      const recipients = await recipientsFor(trx, deadlines, 'overdue');
      for (const deadline of deadlines) {
        const content = overdueEmail(toNotice(deadline), today);
        for (const to of recipients(deadline)) {
          if (await enqueueEmail(trx, { to, ...content, dedupeKey: `overdue:${deadline.id}:${to}` })) result.emails += 1;
        }
      }
      return ids.length;
    });
    result.overdue += claimed;
    if (claimed < batchSize) break;
  }
  return result;
}

/** Who hears about each deadline: always the officers; for a reminder, also whoever must act. */
async function recipientsFor(
  db: Db,
  deadlines: readonly queries.DeadlineForNotice[],
  notice: 'reminder' | 'overdue',
): Promise<(deadline: queries.DeadlineForNotice) => string[]> {
  if (deadlines.length === 0) return () => [];
  const officers = await queries.officerAddresses(db);
  if (notice === 'overdue') return () => unique(officers);
  const providerIds = deadlines
    .filter((deadline) => deadline.kind.startsWith('provider.') && deadline.provider_id !== null)
    .map((deadline) => deadline.provider_id as string);
  const admins = await queries.providerAdminAddresses(db, [...new Set(providerIds)]);
  const council = deadlines.some((deadline) => deadline.kind.startsWith('council.')) ? await queries.councilSignatoryAddresses(db) : [];
  return (deadline) =>
    unique([
      ...officers,
      ...(deadline.kind.startsWith('provider.') && deadline.provider_id !== null ? (admins.get(deadline.provider_id) ?? []) : []),
      ...(deadline.kind.startsWith('council.') ? council : []),
    ]);
}

function unique(addresses: readonly string[]): string[] {
  return [...new Set(addresses.map((address) => address.trim().toLowerCase()))];
}

function toNotice(deadline: queries.DeadlineForNotice): DeadlineNotice {
  const subject =
    deadline.application_code !== null
      ? { type: 'application' as const, code: deadline.application_code }
      : deadline.monitoring_code !== null
        ? { type: 'monitoring' as const, code: deadline.monitoring_code }
        : null;
  return {
    deadlineId: deadline.id,
    kind: deadline.kind,
    subject,
    course: deadline.title_ka !== null && deadline.title_en !== null ? { ka: deadline.title_ka, en: deadline.title_en } : null,
    legalBasis: deadline.legal_basis,
    startEvent: deadline.start_event,
    startDate: deadline.start_date,
    length: deadline.length,
    unit: deadline.unit,
    dueDate: deadline.due_date,
  };
}
