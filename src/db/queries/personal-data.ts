// All SQL about a learner's personal data as a whole: what is held about them (for the export)
// and removing it (erasure). docs/personal-data.md lists the tables and what each holds.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

export async function findAccount(db: Executor, userId: string) {
  return db.selectFrom('users').select(['id', 'email', 'name', 'role', 'password_hash', 'created_at', 'erased_at']).where('id', '=', userId).executeTakeFirst();
}

/**
 * A learner's credentials: those kept in their account, and those issued to the account's
 * e-mail address (the account's address is one the learner proved through a claim link, so they
 * could claim these at any time).
 */
export async function learnerCredentials(db: Executor, account: { id: string; email: string }, options: { forUpdate?: boolean } = {}) {
  let query = db
    .selectFrom('credentials as cr')
    .leftJoin('course_versions as v', 'v.id', 'cr.course_version_id')
    .leftJoin('courses as c', 'c.id', 'v.course_id')
    .select([
      'cr.id',
      'cr.state',
      'cr.learner_name',
      'cr.learner_email',
      'cr.award_date',
      'cr.issued_at',
      'cr.document',
      'cr.erased_at',
      'cr.learner_user_id',
      'c.code as course_code',
      'v.version_no',
    ])
    .where((eb) => eb.or([eb('cr.learner_user_id', '=', account.id), eb('cr.learner_email', '=', account.email.toLowerCase())]))
    .orderBy('cr.issued_at')
    .orderBy('cr.id');
  if (options.forUpdate) query = query.forUpdate('cr');
  return query.execute();
}

export async function statusEventsOf(db: Executor, credentialIds: readonly string[]) {
  if (credentialIds.length === 0) return [];
  // Who changed the state is another person's data (a provider's staff): not part of the export.
  return db
    .selectFrom('credential_status_events')
    .select(['credential_id', 'from_state', 'to_state', 'reason', 'at'])
    .where('credential_id', 'in', credentialIds)
    .orderBy('id')
    .execute();
}

export async function shareLinksOf(db: Executor, userId: string, credentialIds: readonly string[]) {
  return db
    .selectFrom('share_links')
    .select(['id', 'credential_id', 'label', 'created_at', 'expires_at', 'withdrawn_at', 'views', 'last_viewed_at'])
    .where((eb) => eb.or([eb('user_id', '=', userId), ...(credentialIds.length > 0 ? [eb('credential_id', 'in', credentialIds)] : [])]))
    .orderBy('created_at')
    .execute();
}

export async function emailsTo(db: Executor, addresses: readonly string[]) {
  if (addresses.length === 0) return [];
  return db
    .selectFrom('email_outbox')
    .select(['id', 'to_address', 'subject', 'body_text', 'created_at', 'sent_at'])
    .where((eb) => eb(eb.fn('lower', ['to_address']), 'in', addresses))
    .orderBy('created_at')
    .execute();
}

/** The audit rows about the account (sign-ins, claims, share links, this area's own rows). */
export async function auditRowsOf(db: Executor, userId: string, credentialIds: readonly string[]) {
  return db
    .selectFrom('audit_log')
    .select(['at', 'action', 'entity_type', 'entity_id', 'after'])
    .where((eb) =>
      eb.or([
        eb('actor_id', '=', userId),
        eb.and([eb('entity_type', '=', 'user'), eb('entity_id', '=', userId)]),
        ...(credentialIds.length > 0 ? [eb.and([eb('entity_type', '=', 'credential'), eb('entity_id', 'in', credentialIds)])] : []),
      ]),
    )
    .orderBy('id')
    .execute();
}

/** Complaints filed from the account's e-mail address (kept: they are part of a monitoring procedure's record). */
export async function complaintsFrom(db: Executor, email: string) {
  return db
    .selectFrom('complaints')
    .select(['code', 'complainant_kind', 'complainant_name', 'complainant_email', 'violations', 'received_at'])
    .where((eb) => eb(eb.fn('lower', ['complainant_email']), '=', email.toLowerCase()))
    .orderBy('received_at')
    .execute();
}

/** Whether a table exists: tables of areas built alongside this one are covered when present. */
export async function tableExists(db: Executor, table: string): Promise<boolean> {
  const result = await sql<{ found: string | null }>`SELECT to_regclass(${table})::text AS found`.execute(db);
  return (result.rows[0]?.found ?? null) !== null;
}

/** Rows of a table of another area that name one of these credentials (OID4VCI offers, recognition decisions). */
export async function rowsNamingCredentials(db: Executor, table: string, credentialIds: readonly string[]) {
  if (credentialIds.length === 0 || !(await tableExists(db, table))) return [];
  const result = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} WHERE credential_id = ANY(${sql.val(credentialIds)}::uuid[])`.execute(db);
  return result.rows;
}

/** The decisions recorded on these recognition reports (migration 010), when that table exists. */
export async function recognitionDecisionsOf(db: Executor, reportIds: readonly string[]) {
  if (reportIds.length === 0 || !(await tableExists(db, 'recognition_decisions'))) return [];
  const result = await sql<Record<string, unknown>>`SELECT * FROM recognition_decisions WHERE report_id = ANY(${sql.val(reportIds)}::uuid[]) ORDER BY decided_at`.execute(db);
  return result.rows;
}

// ---------------------------------------------------------------------------------------
// Erasure (inside one transaction)

export async function eraseCredentials(db: Executor, credentials: ReadonlyArray<{ id: string; documentSha256: string }>, at: Date) {
  for (const credential of credentials) {
    await db
      .updateTable('credentials')
      .set({
        learner_name: null,
        learner_email: null,
        claim_token_hash: null,
        learner_user_id: null,
        document: null,
        erased_document_sha256: credential.documentSha256,
        erased_at: at,
      })
      .where('id', '=', credential.id)
      .execute();
  }
}

export async function deleteShareLinks(db: Executor, userId: string, credentialIds: readonly string[]): Promise<number> {
  const result = await db
    .deleteFrom('share_links')
    .where((eb) => eb.or([eb('user_id', '=', userId), ...(credentialIds.length > 0 ? [eb('credential_id', 'in', credentialIds)] : [])]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteRowsNamingCredentials(db: Executor, table: string, credentialIds: readonly string[]): Promise<number> {
  if (credentialIds.length === 0 || !(await tableExists(db, table))) return 0;
  const result = await sql`DELETE FROM ${sql.table(table)} WHERE credential_id = ANY(${sql.val(credentialIds)}::uuid[])`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Recognition reports (migration 010) keep the report as the officer read it, which quotes the
 * credential (the learner's name among its elements) and the upload's file name: each text that
 * names the learner is replaced inside the stored JSON, and the file name dropped.
 */
export async function redactRecognitionReports(db: Executor, credentialIds: readonly string[], texts: readonly string[]): Promise<void> {
  if (credentialIds.length === 0 || !(await tableExists(db, 'recognition_reports'))) return;
  for (const text of texts.filter((value) => value.trim().length > 0)) {
    // The text as it appears inside a JSON string (escaped), replaced by a marker that needs no escaping.
    const escaped = JSON.stringify(text).slice(1, -1);
    await sql`
      UPDATE recognition_reports SET report = replace(report::text, ${escaped}, '[erased]')::jsonb, file_name = NULL
      WHERE credential_id = ANY(${sql.val(credentialIds)}::uuid[])`.execute(db);
  }
}

export async function deleteEmailsTo(db: Executor, addresses: readonly string[]): Promise<number> {
  if (addresses.length === 0) return 0;
  const result = await db
    .deleteFrom('email_outbox')
    .where((eb) => eb(eb.fn('lower', ['to_address']), 'in', addresses))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Bulk issuance batches keep their checked rows (name, e-mail): the learner's rows are dropped. */
export async function dropBatchRowsOf(db: Executor, addresses: readonly string[]): Promise<number> {
  if (addresses.length === 0) return 0;
  const result = await sql`
    UPDATE issuance_batches b
    SET rows = (
      SELECT coalesce(jsonb_agg(r.value ORDER BY r.n), '[]'::jsonb)
      FROM jsonb_array_elements(b.rows) WITH ORDINALITY AS r(value, n)
      WHERE NOT (lower(r.value->>'learnerEmail') = ANY(${sql.val(addresses)}::text[])))
    WHERE EXISTS (
      SELECT 1 FROM jsonb_array_elements(b.rows) AS r(value)
      WHERE lower(r.value->>'learnerEmail') = ANY(${sql.val(addresses)}::text[]))`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function deleteSessionsOf(db: Executor, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/**
 * The account row stays (the append-only audit log refers to its id) with nothing personal left:
 * an address no one can receive mail at, no name, and a password no one knows.
 */
export async function anonymiseAccount(db: Executor, userId: string, options: { passwordHash: string; at: Date }) {
  await db
    .updateTable('users')
    .set({ email: `erased-${userId}@erased.invalid`, name: '', password_hash: options.passwordHash, erased_at: options.at })
    .where('id', '=', userId)
    .execute();
}
