// All SQL about issued credentials, their status changes and bulk issuance batches.
import { type Kysely, sql } from 'kysely';
import type { CredentialStateColumn, Database, IssuanceRowInput } from '../schema.js';

type Executor = Kysely<Database>;

/** Every published version of these courses, oldest first: the award date picks one. */
export async function publishedVersionsOf(db: Executor, courseIds: readonly string[]) {
  if (courseIds.length === 0) return [];
  return db
    .selectFrom('course_versions')
    .select(['id', 'course_id', 'version_no', 'published_at'])
    .where('course_id', 'in', courseIds)
    .where('status', '=', 'published')
    .orderBy('course_id')
    .orderBy('version_no', 'asc')
    .execute();
}

/** What an award needs of a course version: its description, code and provider. */
export async function versionsForIssue(db: Executor, versionIds: readonly string[]) {
  if (versionIds.length === 0) return [];
  return db
    .selectFrom('course_versions as v')
    .innerJoin('courses as c', 'c.id', 'v.course_id')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .select([
      'v.id',
      'v.version_no',
      'v.description',
      'c.code',
      'c.provider_id',
      'p.slug as provider_slug',
      'p.name as provider_name',
      'p.website as provider_website',
      'p.country as provider_country',
      'p.region as provider_region',
    ])
    .where('v.id', 'in', versionIds)
    .where('v.status', '=', 'published')
    .execute();
}

export type VersionForIssue = Awaited<ReturnType<typeof versionsForIssue>>[number];

function awardKey(row: { courseVersionId: string; learnerEmail: string; awardDate: string }): string {
  return `${row.courseVersionId}\n${row.learnerEmail}\n${row.awardDate}`;
}

/** Which of these awards already have a credential (the same course version, learner and date). */
export async function existingAwards(db: Executor, rows: readonly IssuanceRowInput[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const found = await db
    .selectFrom('credentials')
    .select(['course_version_id', 'learner_email', 'award_date'])
    .where('course_version_id', 'in', [...new Set(rows.map((row) => row.courseVersionId))])
    .where('learner_email', 'in', [...new Set(rows.map((row) => row.learnerEmail))])
    .execute();
  return new Set(found.map((row) => awardKey({ courseVersionId: row.course_version_id!, learnerEmail: row.learner_email!, awardDate: row.award_date! })));
}

export { awardKey };

export interface NewCredential {
  id: string;
  issuerId: string;
  providerId: string | null;
  courseVersionId: string | null;
  learnerName: string | null;
  learnerEmail: string | null;
  awardDate: string | null;
  statusListId: string;
  statusIndex: number;
  document: string;
  claimTokenHash: string | null;
  batchId: string | null;
  issuedBy: string | null;
  issuedAt: Date;
}

/** Inserts the credentials; an award that already has one is skipped. Returns the ids inserted. */
export async function insertCredentials(db: Executor, rows: readonly NewCredential[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insertInto('credentials')
    .values(
      rows.map((row) => ({
        id: row.id,
        issuer_id: row.issuerId,
        provider_id: row.providerId,
        course_version_id: row.courseVersionId,
        learner_name: row.learnerName,
        learner_email: row.learnerEmail,
        award_date: row.awardDate,
        status_list_id: row.statusListId,
        status_index: row.statusIndex,
        document: row.document,
        claim_token_hash: row.claimTokenHash,
        batch_id: row.batchId,
        issued_by: row.issuedBy,
        issued_at: row.issuedAt,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['course_version_id', 'learner_email', 'award_date']).where('course_version_id', 'is not', null).doNothing(),
    )
    .returning('id')
    .execute();
  return new Set(inserted.map((row) => row.id));
}

/** The credential of an award (course version, learner e-mail, date of award), if it has one. */
export async function findCredentialIdOfAward(db: Executor, award: { courseVersionId: string; learnerEmail: string; awardDate: string }) {
  const row = await db
    .selectFrom('credentials')
    .select('id')
    .where('course_version_id', '=', award.courseVersionId)
    .where('learner_email', '=', award.learnerEmail)
    .where('award_date', '=', award.awardDate)
    .executeTakeFirst();
  return row?.id;
}

export async function findCredential(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('credentials').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export type CredentialRow = NonNullable<Awaited<ReturnType<typeof findCredential>>>;

export async function findCredentialByClaimHash(db: Executor, claimTokenHash: string) {
  return db.selectFrom('credentials').selectAll().where('claim_token_hash', '=', claimTokenHash).executeTakeFirst();
}

export interface CredentialFilters {
  providerId: string;
  courseCode?: string | undefined;
  state?: CredentialStateColumn | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** A provider's credentials, newest first, with the course they are for. */
export async function listProviderCredentials(db: Executor, filters: CredentialFilters) {
  let query = db
    .selectFrom('credentials as cr')
    .innerJoin('course_versions as v', 'v.id', 'cr.course_version_id')
    .innerJoin('courses as c', 'c.id', 'v.course_id')
    .where('cr.provider_id', '=', filters.providerId);
  if (filters.courseCode) query = query.where('c.code', '=', filters.courseCode);
  if (filters.state) query = query.where('cr.state', '=', filters.state);
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    query = query.where((eb) => eb.or([eb('cr.learner_name', 'ilike', pattern), eb('cr.learner_email', 'ilike', pattern)]));
  }
  const [items, total] = await Promise.all([
    query
      .select(['cr.id', 'cr.learner_name', 'cr.learner_email', 'cr.award_date', 'cr.state', 'cr.issued_at', 'c.code', 'v.version_no', 'v.title_en', 'v.title_ka'])
      .orderBy('cr.issued_at', 'desc')
      .orderBy('cr.id')
      .limit(filters.limit)
      .offset(filters.offset)
      .execute(),
    query.select(db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function setCredentialState(db: Executor, id: string, state: CredentialStateColumn) {
  await db.updateTable('credentials').set({ state }).where('id', '=', id).execute();
}

export async function insertStatusEvent(
  db: Executor,
  event: { credentialId: string; from: CredentialStateColumn; to: CredentialStateColumn; reason: string; actorId: string | null; at: Date },
) {
  await db
    .insertInto('credential_status_events')
    .values({ credential_id: event.credentialId, from_state: event.from, to_state: event.to, reason: event.reason, actor_id: event.actorId, at: event.at })
    .execute();
}

export async function listStatusEvents(db: Executor, credentialId: string) {
  return db
    .selectFrom('credential_status_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.from_state', 'e.to_state', 'e.reason', 'e.at', 'u.name as actor_name'])
    .where('e.credential_id', '=', credentialId)
    .orderBy('e.id')
    .execute();
}

// ---------------------------------------------------------------------------------------
// Batches

export async function insertBatch(
  db: Executor,
  batch: { id: string; providerId: string; source: 'csv' | 'json' | 'cli'; rows: IssuanceRowInput[]; createdBy: string | null },
) {
  await db
    .insertInto('issuance_batches')
    .values({
      id: batch.id,
      provider_id: batch.providerId,
      source: batch.source,
      rows: JSON.stringify(batch.rows),
      total: batch.rows.length,
      state: 'issuing',
      created_by: batch.createdBy,
    })
    .execute();
}

export async function findBatch(db: Executor, id: string) {
  return db.selectFrom('issuance_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function finishBatch(db: Executor, id: string, at: Date) {
  await db.updateTable('issuance_batches').set({ state: 'done', finished_at: at }).where('id', '=', id).execute();
}

export async function unfinishedBatchIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('issuance_batches').select('id').where('state', '=', 'issuing').orderBy('created_at').execute();
  return rows.map((row) => row.id);
}

/** How many of a batch's rows have a credential, whichever batch issued it. */
export async function countIssuedOfBatch(db: Executor, batchId: string): Promise<number> {
  const row = await sql<{ n: string }>`
    SELECT count(*) AS n
    FROM issuance_batches b
    CROSS JOIN LATERAL jsonb_to_recordset(b.rows) AS r("courseVersionId" uuid, "learnerEmail" text, "awardDate" date)
    JOIN credentials c ON c.course_version_id = r."courseVersionId" AND c.learner_email = r."learnerEmail" AND c.award_date = r."awardDate"
    WHERE b.id = ${batchId}`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}
