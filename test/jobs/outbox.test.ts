import { sql } from 'kysely';
// The outbox's claim on a real migrated database (PGlite, or PostgreSQL with TEST_DATABASE_URL,
// where concurrent senders really run in parallel on separate connections).
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS, MAX_ATTEMPTS, countUnsentEmails, deliverOutbox, enqueueEmail } from '../../src/mail/outbox.js';
import type { MailTransport, OutgoingEmail } from '../../src/mail/sender.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

/** A transport that records what it sends, takes a little time, and fails when told. */
function recordingTransport(options: { delayMs?: number; fail?: (email: OutgoingEmail) => boolean } = {}) {
  const sent: OutgoingEmail[] = [];
  const transport: MailTransport = {
    async send(email) {
      await sleep(options.delayMs ?? 0);
      if (options.fail?.(email)) throw new Error(`550 mailbox unavailable: ${email.to}`);
      sent.push(email);
    },
    close() {},
  };
  return { transport, sent };
}

describe('e-mail outbox', () => {
  let database: TestDatabase;
  const now = new Date('2026-12-01T06:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });
  afterEach(async () => {
    await database.db.deleteFrom('email_outbox').execute();
  });

  const enqueueMany = async (count: number, prefix = 'test') => {
    for (let index = 0; index < count; index += 1) {
      await enqueueEmail(database.db, { to: `person${index}@example.ge`, subject: `Message ${index}`, text: 'Hello', dedupeKey: `${prefix}:${index}` });
    }
    // The queue's order is by creation time; quick inserts can share a timestamp, so space them out.
    await sql`UPDATE email_outbox SET created_at = created_at + split_part(dedupe_key, ':', 2)::int * interval '1 millisecond'
              WHERE dedupe_key LIKE ${`${prefix}:%`}`.execute(database.db);
  };

  it('enqueues a message once per dedupe key', async () => {
    const email = { to: 'a@example.ge', subject: 'S', text: 'T', dedupeKey: 'once:1' };
    expect(await enqueueEmail(database.db, email)).toBe(true);
    expect(await enqueueEmail(database.db, { ...email, subject: 'changed' })).toBe(false);
    const rows = await database.db.selectFrom('email_outbox').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'S', sent_at: null, claimed_at: null, attempts: 0 });
  });

  it('never hands the same row to two concurrent deliveries', async () => {
    await enqueueMany(40);
    const { transport, sent } = recordingTransport({ delayMs: 2 });
    const runs = await Promise.all([1, 2, 3, 4].map(() => deliverOutbox(database.db, transport, { batchSize: 15, now })));
    const ids = sent.map((email) => email.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(runs.reduce((total, run) => total + run.sent, 0)).toBe(ids.length);
    expect(ids.length).toBe(40);

    // Run them all again, at the same instant and after the lease: nothing is sent twice.
    const again = await Promise.all([now, now, later(CLAIM_LEASE_MS + 1)].map((at) => deliverOutbox(database.db, transport, { batchSize: 50, now: at })));
    expect(again.map((run) => run.sent)).toEqual([0, 0, 0]);
    expect(sent).toHaveLength(40);
    const rows = await database.db.selectFrom('email_outbox').select(['sent_at', 'attempts']).execute();
    expect(rows.every((row) => row.sent_at !== null && row.attempts === 1)).toBe(true);
  });

  it('sends a bounded batch, oldest first', async () => {
    await enqueueMany(5);
    const { transport, sent } = recordingTransport();
    expect(await deliverOutbox(database.db, transport, { batchSize: 2, now })).toMatchObject({ sent: 2 });
    expect(sent.map((email) => email.subject)).toEqual(['Message 0', 'Message 1']);
    expect(await countUnsentEmails(database.db)).toEqual({ waiting: 3, failed: 0 });
  });

  it('does not take a row another sender claimed until the claim expires', async () => {
    await enqueueMany(1);
    // A sender that claims the row and dies before sending: the claim stays.
    await database.db.updateTable('email_outbox').set({ claimed_at: now, attempts: 1 }).execute();
    const { transport, sent } = recordingTransport();
    expect(await deliverOutbox(database.db, transport, { batchSize: 10, now: later(CLAIM_LEASE_MS - 1000) })).toMatchObject({ sent: 0 });
    expect(await deliverOutbox(database.db, transport, { batchSize: 10, now: later(CLAIM_LEASE_MS + 1000) })).toMatchObject({ sent: 1 });
    expect(sent).toHaveLength(1);
  });

  it('records a failure, hands the rest of the batch back untried, and gives up after the last attempt', async () => {
    await enqueueMany(3);
    const { transport, sent } = recordingTransport({ fail: (email) => email.to === 'person0@example.ge' });
    const first = await deliverOutbox(database.db, transport, { batchSize: 10, now });
    expect(first).toMatchObject({ sent: 0, failed: 1, released: 2, gaveUp: [] });
    const rows = await database.db.selectFrom('email_outbox').selectAll().orderBy('to_address').execute();
    expect(rows.map((row) => [row.to_address, row.attempts, row.claimed_at === null, row.last_error])).toEqual([
      ['person0@example.ge', 1, false, '550 mailbox unavailable: person0@example.ge'],
      ['person1@example.ge', 0, true, null],
      ['person2@example.ge', 0, true, null],
    ]);
    // The others go at the next run; the failed one waits for its lease.
    expect(await deliverOutbox(database.db, transport, { batchSize: 10, now: later(30_000) })).toMatchObject({ sent: 2, failed: 0 });
    expect(sent.map((email) => email.to)).toEqual(['person1@example.ge', 'person2@example.ge']);

    let at = now.getTime();
    const results = [];
    for (let attempt = 2; attempt <= MAX_ATTEMPTS + 2; attempt += 1) {
      at += CLAIM_LEASE_MS + 1000;
      results.push(await deliverOutbox(database.db, transport, { batchSize: 10, now: new Date(at) }));
    }
    expect(results.map((result) => result.failed)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(results[MAX_ATTEMPTS - 2]!.gaveUp).toEqual([
      expect.objectContaining({ to: 'person0@example.ge', error: '550 mailbox unavailable: person0@example.ge' }),
    ]);
    const stuck = await database.db.selectFrom('email_outbox').selectAll().where('sent_at', 'is', null).execute();
    expect(stuck).toHaveLength(1);
    expect(stuck[0]!.attempts).toBe(MAX_ATTEMPTS);
    expect(await countUnsentEmails(database.db)).toEqual({ waiting: 0, failed: 1 });
  });
});
