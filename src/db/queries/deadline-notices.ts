// All SQL of the daily deadline sweep: claim open deadlines for a reminder or an overdue
// notice (one statement each, so a row is claimed once a day, or once ever), read what the
// e-mails say about them, and find the people to tell.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

/**
 * Marks up to `batchSize` open deadlines due from `today` to `horizon` that have had no reminder
 * today as reminded today, and returns their ids. Run it in the transaction that enqueues the e-mails.
 */
export async function claimDeadlinesToRemind(
  db: Executor,
  options: { today: string; horizon: string; batchSize: number },
): Promise<string[]> {
  const rows = await db
    .updateTable('deadlines')
    .set({ reminded_on: options.today })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('deadlines as d')
        .select('d.id')
        .where('d.met_at', 'is', null)
        .where('d.cancelled_at', 'is', null)
        .where('d.due_date', '>=', options.today)
        .where('d.due_date', '<=', options.horizon)
        .where((w) => w.or([w('d.reminded_on', 'is', null), w('d.reminded_on', '<', options.today)]))
        .orderBy('d.due_date')
        .orderBy('d.id')
        .limit(options.batchSize)
        .forUpdate()
        .skipLocked(),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Marks up to `batchSize` open deadlines due before `today` with no overdue notice yet as notified now. */
export async function claimOverdueDeadlines(
  db: Executor,
  options: { today: string; now: Date; batchSize: number },
): Promise<string[]> {
  const rows = await db
    .updateTable('deadlines')
    .set({ overdue_notified_at: options.now })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('deadlines as d')
        .select('d.id')
        .where('d.met_at', 'is', null)
        .where('d.cancelled_at', 'is', null)
        .where('d.due_date', '<', options.today)
        .where('d.overdue_notified_at', 'is', null)
        .orderBy('d.due_date')
        .orderBy('d.id')
        .limit(options.batchSize)
        .forUpdate()
        .skipLocked(),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The deadlines with what their e-mails name: the application's or monitoring's code, provider and course. */
export async function deadlinesForNotice(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('deadlines as d')
    .leftJoin('applications as a', 'a.id', 'd.application_id')
    .leftJoin('monitorings as m', 'm.id', 'd.monitoring_id')
    .leftJoin('courses as mc', 'mc.id', 'm.course_id')
    .leftJoin('course_versions as av', 'av.id', 'a.course_version_id')
    .leftJoin('course_versions as mv', 'mv.id', 'mc.current_version_id')
    .select([
      'd.id',
      'd.kind',
      'd.legal_basis',
      'd.start_event',
      'd.start_date',
      'd.length',
      'd.unit',
      'd.due_date',
      'a.code as application_code',
      'm.code as monitoring_code',
    ])
    .select((eb) => [
      eb.fn.coalesce('a.provider_id', 'mc.provider_id').as('provider_id'),
      eb.fn.coalesce('av.title_ka', 'mv.title_ka').as('title_ka'),
      eb.fn.coalesce('av.title_en', 'mv.title_en').as('title_en'),
    ])
    .where('d.id', 'in', [...ids])
    .orderBy('d.due_date')
    .orderBy('d.id')
    .execute();
}

export type DeadlineForNotice = Awaited<ReturnType<typeof deadlinesForNotice>>[number];

/** E-mail addresses of the Center's officers. */
export async function officerAddresses(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('users').select('email').where('role', '=', 'center-officer').orderBy('email').execute();
  return rows.map((row) => row.email);
}

/** E-mail addresses of each provider's administrators, by provider id. */
export async function providerAdminAddresses(db: Executor, providerIds: readonly string[]): Promise<Map<string, string[]>> {
  const byProvider = new Map<string, string[]>();
  if (providerIds.length === 0) return byProvider;
  const rows = await db
    .selectFrom('users')
    .select(['email', 'provider_id'])
    .where('role', '=', 'provider-admin')
    .where('provider_id', 'in', [...providerIds])
    .orderBy('email')
    .execute();
  for (const row of rows) {
    if (row.provider_id === null) continue;
    byProvider.set(row.provider_id, [...(byProvider.get(row.provider_id) ?? []), row.email]);
  }
  return byProvider;
}

/** E-mail addresses of the Council's chair and secretary, who sign the minutes and the order. */
export async function councilSignatoryAddresses(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('role', '=', 'council-member')
    .where('council_position', 'in', ['chair', 'secretary'])
    .orderBy('email')
    .execute();
  return rows.map((row) => row.email);
}
