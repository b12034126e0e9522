// The e-mail outbox. A change that should tell somebody enqueues a message in its own
// transaction; deliverOutbox (run every 30 s by the scheduler) sends what waits. Each row is
// claimed once per lease, so two senders, or a sender retried, never send a row twice.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import * as outbox from '../db/queries/outbox.js';
import type { MailTransport } from './sender.js';

/** A claim older than this is taken to be abandoned: the row may be sent again. */
export const CLAIM_LEASE_MS = 10 * 60_000;
/** After this many attempts a row stays unsent, with its last error, for an operator to see. */
export const MAX_ATTEMPTS = 5;

export interface EmailToSend {
  to: string;
  subject: string;
  text: string;
  /** Names the message's reason, e.g. 'reminder:<deadlineId>:<date>:<address>'; a second enqueue with it does nothing. */
  dedupeKey: string;
}

/** Adds a message to the outbox unless one with its dedupe key is there; says whether it added it. */
export async function enqueueEmail(db: Db, email: EmailToSend): Promise<boolean> {
  return outbox.insertEmail(db, { id: randomUUID(), ...email });
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  /** Claimed rows handed back untried, after a failure or when the batch ran long. */
  released: number;
  /** Rows whose last allowed attempt failed just now. */
  gaveUp: { id: string; to: string; error: string }[];
}

/**
 * Claims a bounded batch of unsent messages and sends them one by one. A failure is recorded on
 * its row (tried again when its claim's lease runs out) and ends the batch: the rest are released
 * at once, uncounted, for the next run, since a server that refused one message is likely to
 * refuse the next. A batch that runs long also stops halfway through the lease, so no message is
 * still being sent when another sender may take it.
 */
export async function deliverOutbox(
  db: Db,
  transport: MailTransport,
  options: { batchSize: number; now: Date },
): Promise<DeliveryResult> {
  const rows = await outbox.claimUnsentEmails(db, {
    now: options.now,
    batchSize: options.batchSize,
    leaseMs: CLAIM_LEASE_MS,
    maxAttempts: MAX_ATTEMPTS,
  });
  const result: DeliveryResult = { sent: 0, failed: 0, released: 0, gaveUp: [] };
  const started = performance.now();
  for (const [index, row] of rows.entries()) {
    if (performance.now() - started > CLAIM_LEASE_MS / 2) {
      result.released = await outbox.releaseEmailClaims(db, rows.slice(index).map((rest) => rest.id));
      break;
    }
    try {
      await transport.send({ id: row.id, to: row.to_address, subject: row.subject, text: row.body_text });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await outbox.markEmailFailed(db, row.id, message);
      result.failed += 1;
      if (row.attempts >= MAX_ATTEMPTS) result.gaveUp.push({ id: row.id, to: row.to_address, error: message });
      result.released = await outbox.releaseEmailClaims(db, rows.slice(index + 1).map((rest) => rest.id));
      break;
    }
    // Sent but not yet marked: should this write fail, the row goes again after its lease
    // (at least once, never lost); its Message-ID stays the same.
    await outbox.markEmailSent(db, row.id, options.now);
    result.sent += 1;
  }
  return result;
}

/** Messages not sent: those still to be tried, and those that used up their attempts. */
export async function countUnsentEmails(db: Db): Promise<{ waiting: number; failed: number }> {
  return outbox.countUnsentEmails(db, MAX_ATTEMPTS);
}
