// A whole platform for a test: migrated database, optional demo data, the Fastify app
// driven with inject() (no socket), a clock the test controls, and signed-in agents.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type Config, loadConfig } from '../../src/config.js';
import { loadDemoCredentials } from '../../src/db/seed/demo-credentials.js';
import { loadDemoLedger } from '../../src/db/seed/demo-ledger.js';
import { signNewTreeHead } from '../../src/use-cases/ledger.js';
import { createTrustServices, type TrustServices, type TrustServicesOptions } from '../../src/use-cases/credentials/trust-services.js';
import { fixedClock } from '../../src/domain/calendar/tbilisi.js';
import type { Db } from '../../src/db/database.js';
import { type DemoLoadResult, loadDemoData } from '../../src/db/seed/load-demo.js';
import { type AppOptions, buildApp } from '../../src/http/app.js';
import { createTestDatabase } from './database.js';

export const DEMO_PASSWORD = 'test-demo-password';
export const TEST_NOW = '2026-11-28T09:00:00Z';
export const PUBLIC_URL = 'http://localhost:8080';

export interface TestPlatform {
  /** The data directory (stored files) of this platform, removed on close. */
  dataDir: string;
  app: FastifyInstance;
  db: Db;
  clock: ReturnType<typeof fixedClock>;
  demo: DemoLoadResult | null;
  trust: TrustServices;
  config: Config;
  /** Signs in and returns an agent whose requests carry the session cookie and CSRF token. */
  signIn(email: string, password?: string): Promise<Agent>;
  close(): Promise<void>;
}

export interface Agent {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  csrfToken: string;
  cookie: string;
}

export async function createTestPlatform(options: { demo?: boolean; now?: string; app?: AppOptions; trust?: TrustServicesOptions } = {}): Promise<TestPlatform> {
  const database = await createTestDatabase();
  const clock = fixedClock(options.now ?? TEST_NOW);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-test-'));
  // Each platform its own key-encryption key, as an operator would give one (with or without the demo).
  const config = loadConfig({ PUBLIC_URL, DEMO: options.demo === false ? '0' : '1', DEMO_PASSWORD, DATA_DIR: dataDir, KEY_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
  const trust = await createTrustServices(database.db, config, options.trust);
  const demo = options.demo === false ? null : await loadDemoData(database.db, { password: DEMO_PASSWORD, now: clock.now() });
  if (demo) await loadDemoLedger(database.db, { now: clock.now() });
  if (demo) await loadDemoCredentials(database.db, trust, { apiToken: config.demoApiToken, now: clock.now(), codes: demo.codes });
  const app = await buildApp({ db: database.db, clock, config, trust }, { loginRateLimit: { max: 1000, timeWindow: 60_000 }, ...options.app });
  await app.ready();

  let signIns = 0;
  async function signIn(email: string, password = DEMO_PASSWORD): Promise<Agent> {
    // Each sign-in comes from its own address, so that tests do not trip the per-address rate limit.
    signIns += 1;
    const remoteAddress = `10.250.${Math.floor(signIns / 250)}.${(signIns % 250) + 1}`;
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, remoteAddress });
    if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
    const setCookie = response.cookies.find((cookie) => cookie.name === 'mc_session');
    if (!setCookie) throw new Error('no session cookie');
    const cookie = `mc_session=${setCookie.value}`;
    const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return {
      cookie,
      csrfToken,
      request: (request) =>
        app.inject({ ...request, headers: { cookie, 'x-csrf-token': csrfToken, ...(request.headers ?? {}) } }),
    };
  }

  return {
    dataDir,
    app,
    db: database.db,
    clock,
    demo,
    signIn,
    trust,
    config,
    close: async () => {
      await app.close();
      await trust.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs a new tree head of the ledger now (the server's scheduler does it once a minute), so that
 * what was issued so far has an inclusion proof and its ledger check passes.
 */
export async function signLedgerHead(platform: Pick<TestPlatform, 'db' | 'trust' | 'clock'>) {
  return signNewTreeHead(platform.db, await platform.trust.ledgerKey(), platform.clock);
}
