// All SQL about the e-mail outbox: a row per message, written in the same transaction as
// the change that causes it, and delivered later by a sweep that claims each row once.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

export interface NewEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  dedupeKey: string;
}

/** Adds a message unless one with the same dedupe key exists; says whether it added it. */
export async function insertEmail(db: Executor, email: NewEmail): Promise<boolean> {
  const inserted = await db
    .insertInto('email_outbox')
    .values({ id: email.id, to_address: email.to, subject: email.subject, body_text: email.text, dedupe_key: email.dedupeKey })
    .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Adds messages in one statement, skipping those whose dedupe key exists; returns the ids added. */
export async function insertEmails(db: Executor, emails: readonly NewEmail[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const inserted = await db
    .insertInto('email_outbox')
    .values(emails.map((email) => ({ id: email.id, to_address: email.to, subject: email.subject, body_text: email.text, dedupe_key: email.dedupeKey })))
    .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((row) => row.id));
}

/**
 * Claims up to `batchSize` unsent messages, oldest first, and counts the attempt: a row is free
 * when nobody claimed it or its claim is older than the lease (its sender died, or its last
 * attempt failed). SKIP LOCKED lets concurrent senders take disjoint rows; the claim itself is
 * one statement, so a row is handed to one sender per lease.
 */
export async function claimUnsentEmails(
  db: Executor,
  options: { now: Date; batchSize: number; leaseMs: number; maxAttempts: number },
) {
  const leaseExpired = new Date(options.now.getTime() - options.leaseMs);
  const rows = await db
    .updateTable('email_outbox')
    .set((eb) => ({ claimed_at: options.now, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('email_outbox as pending')
        .select('pending.id')
        .where('pending.sent_at', 'is', null)
        .where('pending.attempts', '<', options.maxAttempts)
        .where((w) => w.or([w('pending.claimed_at', 'is', null), w('pending.claimed_at', '<', leaseExpired)]))
        .orderBy('pending.created_at')
        .orderBy('pending.id')
        .limit(options.batchSize)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
}

export type OutboxRow = Awaited<ReturnType<typeof claimUnsentEmails>>[number];

export async function markEmailSent(db: Executor, id: string, sentAt: Date): Promise<void> {
  await db.updateTable('email_outbox').set({ sent_at: sentAt, last_error: null }).where('id', '=', id).where('sent_at', 'is', null).execute();
}

/** Records a failed attempt; the claim stays, so the row is tried again when its lease runs out. */
export async function markEmailFailed(db: Executor, id: string, error: string): Promise<void> {
  await db.updateTable('email_outbox').set({ last_error: error.slice(0, 2000) }).where('id', '=', id).execute();
}

/** Hands claimed rows back untried: their attempt is not counted and any sender may take them now. */
export async function releaseEmailClaims(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('email_outbox')
    .set((eb) => ({ claimed_at: null, attempts: eb('attempts', '-', 1) }))
    .where('id', 'in', [...ids])
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Messages not sent yet: those still to try, and those that used up their attempts. */
export async function countUnsentEmails(db: Executor, maxAttempts: number): Promise<{ waiting: number; failed: number }> {
  const row = await db
    .selectFrom('email_outbox')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('attempts', '<', maxAttempts).as('waiting'),
      eb.fn.countAll<number>().filterWhere('attempts', '>=', maxAttempts).as('failed'),
    ])
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { waiting: Number(row.waiting), failed: Number(row.failed) };
}
