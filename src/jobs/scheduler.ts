// Periodic work of a running server: the deadline sweep once a Tbilisi day (and at start), and
// the outbox delivery every 30 seconds. Both are safe to run on several servers at once and to
// run again (claims in the database), so the timers need no leader and a missed tick costs
// nothing but time. Timers are unref'd (they never keep the process alive) and stopJobs waits
// for a run in progress, so the database can be closed right after.
import type { Config } from '../config.js';
import { type Clock, tbilisiDate } from '../domain/calendar/tbilisi.js';
import type { Db } from '../db/database.js';
import { countUnsentEmails, deliverOutbox } from '../mail/outbox.js';
import { describeSmtpUrl, type MailTransport } from '../mail/sender.js';
import { sweepDeadlines } from './deadline-reminders.js';

/** What the jobs log through: Fastify's `app.log` (pino) fits. */
export interface JobLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface JobIntervals {
  /** How often to look whether the Tbilisi date changed (the sweep then runs once for the new day). */
  sweepCheckMs: number;
  deliveryMs: number;
  deliveryBatchSize: number;
}

export const defaultIntervals: JobIntervals = { sweepCheckMs: 15 * 60_000, deliveryMs: 30_000, deliveryBatchSize: 50 };

export interface JobsOptions {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'smtpUrl' | 'demo'>;
  /** null when SMTP_URL is not set: e-mail then stays in the outbox, unsent. */
  transport: MailTransport | null;
  log: JobLog;
  intervals?: Partial<JobIntervals>;
}

export interface Jobs {
  /** Runs the sweep now unless it already ran today (or is running); resolves when done. */
  sweepIfNewDay(): Promise<void>;
  /** Runs one delivery now unless one is running; resolves when done. */
  deliverNow(): Promise<void>;
  /** Stops the timers, waits for runs in progress and closes the transport. */
  stop(): Promise<void>;
}

export function startJobs(options: JobsOptions): Jobs {
  const { db, clock, transport, log } = options;
  const intervals = { ...defaultIntervals, ...options.intervals };
  let stopped = false;
  let sweptOn: string | null = null;
  let sweeping: Promise<void> | null = null;
  let delivering: Promise<void> | null = null;
  let lastUnsentReport = '';

  if (transport && options.config.smtpUrl) {
    log.info({ smtp: describeSmtpUrl(options.config.smtpUrl) }, 'e-mail is sent through SMTP');
  } else {
    const message = 'SMTP_URL is not set: e-mail stays in the outbox and is not sent';
    if (options.config.demo) log.info({}, message);
    else log.warn({}, message);
  }

  async function sweep(): Promise<void> {
    const today = tbilisiDate(clock.now());
    if (sweptOn === today) return;
    try {
      const result = await sweepDeadlines(db, { clock, today });
      sweptOn = today;
      log.info({ today, ...result }, 'deadline sweep done');
    } catch (error) {
      log.error({ err: error, today }, 'deadline sweep failed; it runs again at the next check');
    }
  }

  async function deliver(): Promise<void> {
    try {
      if (!transport) {
        const unsent = await countUnsentEmails(db);
        const report = `${unsent.waiting}/${unsent.failed}`;
        if (unsent.waiting > 0 && report !== lastUnsentReport) log.info(unsent, 'e-mail not sent: SMTP_URL is not set');
        lastUnsentReport = report;
        return;
      }
      const result = await deliverOutbox(db, transport, { batchSize: intervals.deliveryBatchSize, now: clock.now() });
      if (result.sent > 0 || result.failed > 0) log.info({ sent: result.sent, failed: result.failed, released: result.released }, 'outbox delivery');
      for (const row of result.gaveUp) log.error(row, 'e-mail not sent after its last attempt; it stays in the outbox');
    } catch (error) {
      log.error({ err: error }, 'outbox delivery failed');
    }
  }

  const jobs: Jobs = {
    sweepIfNewDay() {
      if (stopped) return Promise.resolve();
      sweeping ??= sweep().finally(() => {
        sweeping = null;
      });
      return sweeping;
    },
    deliverNow() {
      if (stopped) return Promise.resolve();
      delivering ??= deliver().finally(() => {
        delivering = null;
      });
      return delivering;
    },
    async stop() {
      stopped = true;
      clearInterval(sweepTimer);
      clearInterval(deliveryTimer);
      await Promise.allSettled([sweeping, delivering].filter((run) => run !== null));
      transport?.close();
    },
  };

  const sweepTimer = setInterval(() => void jobs.sweepIfNewDay(), intervals.sweepCheckMs);
  const deliveryTimer = setInterval(() => void jobs.deliverNow(), intervals.deliveryMs);
  sweepTimer.unref();
  deliveryTimer.unref();
  // At start: the sweep for today, then whatever waits in the outbox.
  void jobs.sweepIfNewDay().then(() => jobs.deliverNow());
  return jobs;
}

export function stopJobs(jobs: Jobs): Promise<void> {
  return jobs.stop();
}
