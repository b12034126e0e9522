// Opens the database, migrates it, loads the demo data into an empty one (unless
// DEMO=0), and builds the HTTP app. `microcred serve` and the tests start the platform here.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { type Clock, systemClock } from './domain/calendar/tbilisi.js';
import { type Db, openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { isDatabaseEmpty, loadDemoData } from './db/seed/load-demo.js';
import { type AppOptions, buildApp } from './http/app.js';
import { startJobs, stopJobs } from './jobs/scheduler.js';
import { startLedgerJobs } from './jobs/ledger.js';
import { createHttpChainAnchor } from './trust/ledger/anchor.js';
import { mailTransportFromConfig } from './mail/sender.js';
import { loadDemoCredentials } from './db/seed/demo-credentials.js';
import { loadDemoLedger } from './db/seed/demo-ledger.js';
import { resumeBatches } from './use-cases/credentials/award.js';
import { createTrustServices, type TrustServices } from './use-cases/credentials/trust-services.js';

export function databaseTarget(config: Config) {
  return { url: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pgdata') };
}

export async function openMigratedDatabase(config: Config): Promise<Db> {
  const db = await openDatabase(databaseTarget(config));
  await migrate(db);
  return db;
}

/** Loads the demo data when the operator wants it and the database is empty; says whether it did. */
export async function seedIfEmpty(db: Db, trust: TrustServices, config: Config, clock: Clock): Promise<boolean> {
  if (!config.demo || !(await isDatabaseEmpty(db))) return false;
  const demo = await loadDemoData(db, { password: config.demoPassword, now: clock.now() });
  await loadDemoLedger(db, { now: clock.now() });
  await loadDemoCredentials(db, trust, { apiToken: config.demoApiToken, now: clock.now(), codes: demo.codes });
  return true;
}

export async function startPlatform(
  config: Config,
  options: AppOptions & { clock?: Clock; jobs?: boolean } = {},
): Promise<{ app: FastifyInstance; db: Db; seeded: boolean }> {
  const clock = options.clock ?? systemClock;
  const db = await openMigratedDatabase(config);
  const trust = await createTrustServices(db, config);
  const seeded = await seedIfEmpty(db, trust, config, clock);
  const app = await buildApp({ db, clock, config, trust }, options);
  // Bulk issuance that a stop interrupted goes on where it was.
  void resumeBatches(db, trust, clock, app.log);
  if (options.jobs !== false) {
    // The daily deadline sweep and the e-mail outbox; stopped before the database closes.
    const jobs = startJobs({ db, clock, config, transport: mailTransportFromConfig(config), log: app.log });
    const anchor = config.ledgerAnchor ? await createHttpChainAnchor(config.ledgerAnchor.rpcUrl, config.ledgerAnchor.privateKey) : undefined;
    const ledgerJobs = startLedgerJobs({ db, trust, clock, log: app.log, anchor });
    app.addHook('preClose', async () => {
      await Promise.all([stopJobs(jobs), ledgerJobs.stop()]);
    });
  }
  app.addHook('onClose', async () => {
    await trust.close();
    await db.destroy();
  });
  return { app, db, seeded };
}
