// The scheduler's timers: the sweep runs at start and once per Tbilisi day, the delivery on its
// interval, nothing runs after stop, and without SMTP the outbox waits and says so.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/calendar/tbilisi.js';
import { type JobLog, startJobs } from '../../src/jobs/scheduler.js';
import { enqueueEmail } from '../../src/mail/outbox.js';
import type { MailTransport, OutgoingEmail } from '../../src/mail/sender.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

function collectingLog() {
  const lines: { level: string; message: string; details: object }[] = [];
  const log: JobLog = {
    info: (details, message) => lines.push({ level: 'info', message, details }),
    warn: (details, message) => lines.push({ level: 'warn', message, details }),
    error: (details, message) => lines.push({ level: 'error', message, details }),
  };
  return { log, lines, count: (message: string) => lines.filter((line) => line.message === message).length };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('job scheduler', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("accepts Fastify's logger", () => {
    const app = Fastify();
    const log: JobLog = app.log;
    expect(typeof log.info).toBe('function');
  });

  it('sweeps at start and once a day, delivers on its interval, and stops', async () => {
    const clock = fixedClock('2026-12-01T06:00:00Z');
    const sent: OutgoingEmail[] = [];
    let closed = false;
    const transport: MailTransport = {
      send: async (email) => {
        sent.push(email);
      },
      close: () => {
        closed = true;
      },
    };
    await enqueueEmail(database.db, { to: 'officer@example.ge', subject: 'waiting', text: 'x', dedupeKey: 'scheduler:1' });
    const { log, count, lines } = collectingLog();
    const jobs = startJobs({
      db: database.db,
      clock,
      config: { smtpUrl: 'smtp://user:secret@mail.example.ge:587', demo: false },
      transport,
      log,
      intervals: { sweepCheckMs: 15, deliveryMs: 15 },
    });
    expect(lines[0]).toMatchObject({ level: 'info', message: 'e-mail is sent through SMTP', details: { smtp: 'smtp://mail.example.ge:587' } });
    expect(JSON.stringify(lines)).not.toContain('secret');

    await until(() => sent.length === 1);
    await until(() => count('deadline sweep done') === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count('deadline sweep done')).toBe(1); // many checks, one sweep that day

    clock.set('2026-12-02T05:00:00Z');
    await until(() => count('deadline sweep done') === 2);
    await enqueueEmail(database.db, { to: 'officer@example.ge', subject: 'later', text: 'x', dedupeKey: 'scheduler:2' });
    await until(() => sent.length === 2);

    await jobs.stop();
    expect(closed).toBe(true);
    clock.set('2026-12-03T05:00:00Z');
    await enqueueEmail(database.db, { to: 'officer@example.ge', subject: 'after stop', text: 'x', dedupeKey: 'scheduler:3' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count('deadline sweep done')).toBe(2);
    expect(sent.map((email) => email.subject)).toEqual(['waiting', 'later']);
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
    await database.db.deleteFrom('email_outbox').execute();
  });

  it('without SMTP keeps e-mail in the outbox and logs it as not sent', async () => {
    const clock = fixedClock('2026-12-01T06:00:00Z');
    await enqueueEmail(database.db, { to: 'officer@example.ge', subject: 'kept', text: 'x', dedupeKey: 'scheduler:nosmtp' });
    const { log, lines, count } = collectingLog();
    const jobs = startJobs({ db: database.db, clock, config: { smtpUrl: undefined, demo: true }, transport: null, log, intervals: { deliveryMs: 15 } });
    expect(lines[0]).toMatchObject({ level: 'info', message: 'SMTP_URL is not set: e-mail stays in the outbox and is not sent' });
    await until(() => count('e-mail not sent: SMTP_URL is not set') === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count('e-mail not sent: SMTP_URL is not set')).toBe(1); // said once, not every 30 seconds
    expect(lines.find((line) => line.message === 'e-mail not sent: SMTP_URL is not set')!.details).toEqual({ waiting: 1, failed: 0 });
    await jobs.stop();
    const row = await database.db.selectFrom('email_outbox').selectAll().where('dedupe_key', '=', 'scheduler:nosmtp').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ sent_at: null, claimed_at: null, attempts: 0 });
  });

  it('warns at start outside demo mode when SMTP_URL is not set', async () => {
    const { log, lines } = collectingLog();
    const jobs = startJobs({ db: database.db, clock: fixedClock('2026-12-01T06:00:00Z'), config: { smtpUrl: undefined, demo: false }, transport: null, log });
    expect(lines[0]).toMatchObject({ level: 'warn', message: 'SMTP_URL is not set: e-mail stays in the outbox and is not sent' });
    await jobs.stop();
  });
});
