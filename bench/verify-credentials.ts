// Verification over HTTP: `POST /credentials/verify` with all five checks (proof, status, right,
// elements, ledger) at 1, 8 and 64 concurrent clients, against the reference: a plain
// sequential loop of `vc.verifyCredential` (signature only) on the same credentials in this
// process. Reports credentials per second, median/p95/p99 latency, the CPU the server spent per
// verification, and the two targets of issue 6: throughput at 8 clients ≥ 1.0× the reference,
// p99 at 64 clients < 250 ms.
//
// Set-up as production runs it: a fresh DATA_DIR, the demo data, the credentials issued by the
// CLI's own use cases (check, batch, issue) for the demo provider's sample course, a tree head
// signed over them; then `microcred serve` in a child process (so that the server's CPU is not
// the clients'), kept-alive connections from Node's fetch. Every credential is verified by the
// server once only (a warm-up set of its own comes first), and every answer must be 200 with
// `verified: true` and five passed checks: a failure makes the run fail.
//
//   npx tsx bench/verify-credentials.ts                       # PGlite
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/verify-credentials.ts
//
// Options by environment: BENCH_VERIFY_COUNTS (credentials per phase, "200,800,1000"),
// BENCH_VERIFY_WARMUP (100), BENCH_VERIFY_REFERENCE (how many of the 8-client phase's credentials
// the reference verifies: all of them by default).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { systemClock, tbilisiDate } from '../src/domain/calendar/tbilisi.js';
import type { AwardRow } from '../src/domain/credential/award-rows.js';
import { latestHead, ledgerSize } from '../src/db/queries/ledger.js';
import { DEMO_ISSUING_PROVIDER } from '../src/db/seed/demo-credentials.js';
import { openMigratedDatabase, seedIfEmpty } from '../src/platform.js';
import { credentialIssuerId, dateTimeStamp, type JsonObject } from '../src/trust/credentials.js';
import { keyStoreDidResolver } from '../src/trust/did-web.js';
import { createDocumentLoader } from '../src/trust/document-loader.js';
import { checkAwards, createBatch, runBatch } from '../src/use-cases/credentials/award.js';
import { createTrustServices } from '../src/use-cases/credentials/trust-services.js';
import { signNewTreeHead } from '../src/use-cases/ledger.js';
import { verificationChecks } from '../src/use-cases/verification.js';
import { summarize } from './stats.js';

const CLIENTS = [1, 8, 64] as const;
const COUNTS = (process.env.BENCH_VERIFY_COUNTS ?? '200,800,1000').split(',').map(Number);
const WARMUP = Number(process.env.BENCH_VERIFY_WARMUP ?? 100);
const WARMUP_CLIENTS = 8;
const REFERENCE = process.env.BENCH_VERIFY_REFERENCE ? Number(process.env.BENCH_VERIFY_REFERENCE) : Number.POSITIVE_INFINITY;
const REFERENCE_WARMUP = 20;
const TARGET_RATIO = 1.0;
const TARGET_P99_MS = 250;
// The credentials' issuer DIDs and status-list URLs are made from the public URL; the server is
// given the same one, whatever port it listens on.
const PUBLIC_URL = 'http://localhost:8080';
const CLI = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL('./results/verify-credentials.json', import.meta.url));
const FAILURES_SHOWN = 5;

interface Failures {
  count: number;
  /** The first few, as a person can read them. */
  examples: string[];
}

export interface HttpPhaseResult {
  clients: number;
  credentials: number;
  seconds: number;
  perSecond: number;
  latencyMs: { median: number; p95: number; p99: number; max: number };
  /** CPU time of the server process per verification (all its threads); other load on the machine hardly moves it. */
  serverCpuMsPerCredential: number | null;
  /** CPU time of this process (the clients) per verification. */
  clientCpuMsPerCredential: number;
  failures: Failures;
}

export interface VerifyBenchResult {
  database: 'PGlite' | 'PostgreSQL';
  credentialsIssued: number;
  warmup: { credentials: number; clients: number; failures: Failures };
  phases: HttpPhaseResult[];
  reference: { count: number; seconds: number; perSecond: number; latencyMs: { median: number; p95: number; p99: number; max: number }; cpuMsPerCredential: number; failures: Failures };
  ratio8: number;
  /**
   * The reference's CPU per credential ÷ the server's at 8 clients: the same comparison by CPU
   * time, which other load on a shared machine hardly moves (on PostgreSQL the database
   * server's own CPU is not counted; PGlite runs inside the server process and is).
   */
  cpuRatio8: number | null;
  p99At64Ms: number;
  targets: { ratio8: number; p99At64Ms: number; ratioMet: boolean; p99Met: boolean };
  /** Every answer was 200, verified, with all five checks passed (and every reference result verified). */
  valid: boolean;
  setupSeconds: number;
  machine: string;
  loadAverage: { before: number; after: number };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function recordFailure(failures: Failures, message: string) {
  failures.count += 1;
  if (failures.examples.length < FAILURES_SHOWN) failures.examples.push(message);
}

// ---------------------------------------------------------------------------------------
// Set-up: data directory, database, demo data, credentials, tree head.

/** A fresh database on the PostgreSQL server (created here, dropped at the end), or none for PGlite. */
async function freshPostgresDatabase(postgresUrl: string | undefined): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  if (!postgresUrl) return { url: undefined, drop: async () => {} };
  const name = `mc_bench_verify_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The environment both the set-up here and the server read their configuration from. */
function platformEnvironment(dataDir: string, databaseUrl: string | undefined): NodeJS.ProcessEnv {
  return {
    DATA_DIR: dataDir,
    DEMO: '1',
    PUBLIC_URL,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(process.env.SIGNING_WORKERS ? { SIGNING_WORKERS: process.env.SIGNING_WORKERS } : {}),
  };
}

/**
 * Loads the demo data, issues `count` credentials of the demo provider's sample course as
 * `microcred credentials issue` does, signs a tree head over them, and returns their signed
 * JSON (as stored) and their issuer's DID document; the database is closed on return.
 */
async function issueCredentials(environment: NodeJS.ProcessEnv, count: number, log: (line: string) => void) {
  const config = loadConfig(environment);
  const db = await openMigratedDatabase(config);
  const trust = await createTrustServices(db, config);
  try {
    if (!(await seedIfEmpty(db, trust, config, systemClock))) throw new Error('the fresh database was not empty, or DEMO is off');
    const provider = await db.selectFrom('providers').select('id').where('slug', '=', DEMO_ISSUING_PROVIDER).executeTakeFirstOrThrow();
    // The course of the demo's own credential: the sample course, under a valid right.
    const { code: courseCode } = await db
      .selectFrom('credentials as cr')
      .innerJoin('course_versions as v', 'v.id', 'cr.course_version_id')
      .innerJoin('courses as c', 'c.id', 'v.course_id')
      .select('c.code')
      .where('cr.provider_id', '=', provider.id)
      .executeTakeFirstOrThrow();
    const now = systemClock.now();
    // A week ago, as the demo's own credential: within the course's right, after its publication.
    const awardDate = tbilisiDate(new Date(now.getTime() - 7 * 86_400_000));
    const rows: AwardRow[] = Array.from({ length: count }, (_, i) => ({
      courseCode,
      learnerName: `Verify Learner ${i + 1}`,
      learnerEmail: `verify.learner.${i + 1}@bench.example`,
      awardDate,
    }));
    log(`verify credentials: issuing ${count} credentials of ${courseCode} (${DEMO_ISSUING_PROVIDER})…`);
    const awards = await checkAwards(db, { providerId: provider.id, rows, today: tbilisiDate(now) });
    const batchId = await createBatch(db, { providerId: provider.id, source: 'cli', awards, actorId: null });
    const outcome = await runBatch(db, trust, { batchId, clock: systemClock });
    if (outcome.issued.length !== count) throw new Error(`issued ${outcome.issued.length} of ${count} (skipped ${outcome.skipped})`);

    // The server's ledger job would sign one within 30 seconds; sign it now so every credential is under it.
    await signNewTreeHead(db, await trust.ledgerKey(), systemClock);
    const head = await latestHead(db);
    const size = await ledgerSize(db);
    if (Number(head?.tree_size) !== size) throw new Error(`the signed tree head covers ${String(head?.tree_size)} of ${size} ledger entries`);

    const stored = await db.selectFrom('credentials').select('document').where('batch_id', '=', batchId).execute();
    const credentials = stored.map((row) => JSON.parse(row.document) as JsonObject);
    const dids = new Set(credentials.map((credential) => credentialIssuerId(credential) ?? ''));
    const didDocuments = new Map<string, unknown>();
    for (const did of dids) didDocuments.set(did, await keyStoreDidResolver(trust.keyStore)(did));
    return { credentials, didDocuments };
  } finally {
    await trust.close();
    await db.destroy();
  }
}

// ---------------------------------------------------------------------------------------
// The server, in a child process.

async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** CPU time (ms) a process has used so far, all threads, from /proc (Linux); undefined elsewhere. */
function processCpuMs(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in ticks of 1/100 s
  } catch {
    return undefined;
  }
}

interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/** `microcred serve` with the same loader as this process (tsx), its log in a file; resolves once /health answers. */
async function startServer(environment: NodeJS.ProcessEnv, logFile: string): Promise<RunningServer> {
  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...process.execArgv, CLI, 'serve'], {
    env: { ...process.env, ...environment, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const exited = once(child, 'exit');
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}); its log:\n${logTail(logFile)}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok && ((await response.json()) as { status?: string }).status === 'ok') return { baseUrl, process: child, logFile, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer /health within 120 s; its log:\n${logTail(logFile)}`);
}

function logTail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------
// The clients and the reference.

/** What is wrong with a verification answer, or undefined when it is 200, verified, every check passed. */
function answerProblem(status: number, body: unknown): string | undefined {
  const answer = body as { verified?: unknown; checks?: Array<{ check?: string; outcome?: string }>; errors?: string[]; warnings?: string[]; title?: string } | null;
  const outcomes = (answer?.checks ?? []).map((check) => `${check.check}: ${check.outcome}`).join(', ');
  if (status !== 200 || answer?.verified !== true) {
    const reasons = [...(answer?.errors ?? []), ...(answer?.warnings ?? [])].join('; ') || answer?.title || JSON.stringify(body).slice(0, 200);
    return `HTTP ${status}, verified ${String(answer?.verified)}: ${reasons}`;
  }
  const passed = new Set((answer.checks ?? []).filter((check) => check.outcome === 'passed').map((check) => check.check));
  const missing = verificationChecks.filter((check) => !passed.has(check));
  if (missing.length > 0) return `verified, but not every check passed (${outcomes})`;
  return undefined;
}

/** The answer checking must be able to fail: a changed credential (from the warm-up set) must be refused. */
async function checkTheCheck(server: RunningServer, credential: JsonObject): Promise<void> {
  const changed = structuredClone(credential);
  changed.validFrom = dateTimeStamp(new Date(Date.parse(String(changed.validFrom)) + 1000));
  const response = await fetch(`${server.baseUrl}/credentials/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ verifiableCredential: changed }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (answerProblem(response.status, body) === undefined) throw new Error('a changed credential was answered as verified: the benchmark cannot tell success from failure');
}

/** `clients` loops, each sending one credential at a time over its own kept-alive connection, until all are verified. */
async function runHttpPhase(server: RunningServer, credentials: readonly JsonObject[], clients: number): Promise<HttpPhaseResult> {
  const latencies: number[] = [];
  const failures: Failures = { count: 0, examples: [] };
  let next = 0;
  const serverCpuBefore = server.process.pid ? processCpuMs(server.process.pid) : undefined;
  const clientCpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < credentials.length) {
        const credential = credentials[next++]!;
        const sent = performance.now();
        try {
          const response = await fetch(`${server.baseUrl}/credentials/verify`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ verifiableCredential: credential }),
          });
          const body: unknown = await response.json().catch(() => null);
          latencies.push(performance.now() - sent);
          const problem = answerProblem(response.status, body);
          if (problem) recordFailure(failures, `${String(credential.id)}: ${problem}`);
        } catch (error) {
          latencies.push(performance.now() - sent);
          recordFailure(failures, `${String(credential.id)}: ${(error as Error).message}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const serverCpuAfter = server.process.pid ? processCpuMs(server.process.pid) : undefined;
  const latency = summarize(latencies);
  return {
    clients,
    credentials: credentials.length,
    seconds: round(seconds, 2),
    perSecond: round(credentials.length / seconds, 1),
    latencyMs: { median: round(latency.median, 1), p95: round(latency.p95, 1), p99: round(latency.p99, 1), max: round(latency.max, 1) },
    serverCpuMsPerCredential: serverCpuBefore === undefined || serverCpuAfter === undefined ? null : round((serverCpuAfter - serverCpuBefore) / credentials.length, 1),
    clientCpuMsPerCredential: round((clientCpu.user + clientCpu.system) / 1000 / credentials.length, 2),
    failures,
  };
}

/**
 * The reference: `vc.verifyCredential` of @digitalbazaar/vc in a sequential loop, signature
 * only: a DataIntegrityProof (eddsa-rdfc-2022) suite, a loader serving the contexts from local
 * copies and the issuer's DID document from memory, and a status check that answers verified
 * (as src/trust/credentials.ts does when the status is not asked for).
 */
async function runReference(credentials: readonly JsonObject[], warmup: readonly JsonObject[], didDocuments: ReadonlyMap<string, unknown>) {
  const documentLoader = createDocumentLoader({
    resolveDidWeb: async (did) => {
      if (!didDocuments.has(did)) throw new Error(`no DID document for ${did}`);
      return didDocuments.get(did);
    },
  });
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  const verifyOne = (credential: JsonObject) => vc.verifyCredential({ credential, suite, documentLoader, checkStatus: async () => ({ verified: true }) });
  const failures: Failures = { count: 0, examples: [] };
  for (const credential of warmup) {
    const result = await verifyOne(credential);
    if (!result.verified) recordFailure(failures, `warm-up ${String(credential.id)}: ${String(result.error)}`);
  }
  global.gc?.();
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const credential of credentials) {
    const t0 = performance.now();
    const result = await verifyOne(credential);
    latencies.push(performance.now() - t0);
    if (!result.verified) recordFailure(failures, `${String(credential.id)}: ${String(result.error)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const latency = summarize(latencies);
  return {
    count: credentials.length,
    seconds: round(seconds, 2),
    perSecond: round(credentials.length / seconds, 1),
    latencyMs: { median: round(latency.median, 1), p95: round(latency.p95, 1), p99: round(latency.p99, 1), max: round(latency.max, 1) },
    cpuMsPerCredential: round((cpu.user + cpu.system) / 1000 / credentials.length, 2),
    failures,
  };
}

// ---------------------------------------------------------------------------------------

export async function benchVerifyCredentials(postgresUrl: string | undefined, log: (line: string) => void = console.log): Promise<VerifyBenchResult> {
  if (COUNTS.length !== CLIENTS.length || COUNTS.some((count) => !Number.isInteger(count) || count < 1)) {
    throw new Error(`BENCH_VERIFY_COUNTS must be ${CLIENTS.length} positive integers, one per phase (${CLIENTS.join(', ')} clients)`);
  }
  if (!Number.isInteger(WARMUP) || WARMUP < 1) throw new Error('BENCH_VERIFY_WARMUP must be a positive integer');
  const measured = COUNTS.reduce((sum, count) => sum + count, 0);
  const total = WARMUP + measured;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-bench-verify-'));
  const database = await freshPostgresDatabase(postgresUrl);
  const environment = platformEnvironment(dataDir, database.url);
  let server: RunningServer | undefined;
  try {
    const setupStarted = performance.now();
    log(`verify credentials (${database.url ? 'PostgreSQL' : 'PGlite'}): loading the demo data into a fresh database…`);
    const { credentials, didDocuments } = await issueCredentials(environment, total, log);
    // No credential is verified twice by the server: the sets are disjoint, and the ids prove it.
    const ids = new Set(credentials.map((credential) => String(credential.id)));
    if (ids.size !== total) throw new Error(`${total} credentials issued but only ${ids.size} distinct ids`);
    const warmupSet = credentials.slice(0, WARMUP);
    const phaseSets: JsonObject[][] = [];
    let offset = WARMUP;
    for (const count of COUNTS) {
      phaseSets.push(credentials.slice(offset, offset + count));
      offset += count;
    }

    server = await startServer(environment, path.join(dataDir, 'server.log'));
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    log(`verify credentials: server up at ${server.baseUrl} after ${setupSeconds.toFixed(1)} s of set-up; warm-up with ${WARMUP} credentials…`);
    await checkTheCheck(server, warmupSet[0]!);
    const warmupResult = await runHttpPhase(server, warmupSet, WARMUP_CLIENTS);
    if (warmupResult.failures.count > 0) log(`verify credentials: ${warmupResult.failures.count} warm-up failures, e.g. ${warmupResult.failures.examples[0]}`);

    const loadBefore = os.loadavg()[0]!;
    const phases: HttpPhaseResult[] = [];
    for (const [index, clients] of CLIENTS.entries()) {
      global.gc?.();
      const phase = await runHttpPhase(server, phaseSets[index]!, clients);
      phases.push(phase);
      log(`verify credentials: ${clients} client(s) done, ${phase.perSecond}/s`);
    }
    await server.stop();
    server = undefined;

    // The reference, with the server stopped, on the credentials of the phase it is compared
    // with (8 clients); the server is another process, so nothing it cached helps here.
    const referenceSet = phaseSets[CLIENTS.indexOf(8)]!.slice(0, REFERENCE);
    log(`verify credentials: the reference vc.verifyCredential loop on ${referenceSet.length} credentials…`);
    const reference = await runReference(referenceSet, warmupSet.slice(0, REFERENCE_WARMUP), didDocuments);
    const loadAfter = os.loadavg()[0]!;

    const at8 = phases[CLIENTS.indexOf(8)]!;
    const at64 = phases[CLIENTS.indexOf(64)]!;
    const ratio8 = at8.perSecond / reference.perSecond;
    const valid = warmupResult.failures.count === 0 && reference.failures.count === 0 && phases.every((phase) => phase.failures.count === 0);
    return {
      database: database.url ? 'PostgreSQL' : 'PGlite',
      credentialsIssued: total,
      warmup: { credentials: WARMUP, clients: WARMUP_CLIENTS, failures: warmupResult.failures },
      phases,
      reference,
      ratio8: round(ratio8, 2),
      cpuRatio8: at8.serverCpuMsPerCredential ? round(reference.cpuMsPerCredential / at8.serverCpuMsPerCredential, 2) : null,
      p99At64Ms: at64.latencyMs.p99,
      targets: { ratio8: TARGET_RATIO, p99At64Ms: TARGET_P99_MS, ratioMet: ratio8 >= TARGET_RATIO, p99Met: at64.latencyMs.p99 < TARGET_P99_MS },
      valid,
      setupSeconds: round(setupSeconds, 1),
      machine: `${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${os.platform()}/${os.arch()}`,
      loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
    };
  } finally {
    await server?.stop();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatVerifyResult(result: VerifyBenchResult): string[] {
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  const failuresOf = (failures: Failures) => String(failures.count);
  const r = result.reference;
  const lines = [
    `verify credentials (${result.database}), ${result.credentialsIssued} distinct credentials (${result.warmup.credentials} of them a warm-up set), each verified by the server once:`,
    `  ${'what'.padEnd(34)} ${pad('n', 5)} ${pad('cred/s', 8)} ${pad('median', 8)} ${pad('p95', 8)} ${pad('p99', 8)} ${pad('max', 8)} ${pad('srv CPU', 8)} ${pad('failed', 6)}`,
    ...result.phases.map(
      (phase) =>
        `  ${`HTTP, all five checks, ${phase.clients} client${phase.clients === 1 ? '' : 's'}`.padEnd(34)} ${pad(phase.credentials, 5)} ${pad(phase.perSecond.toFixed(1), 8)} ${pad(phase.latencyMs.median.toFixed(1), 8)} ${pad(phase.latencyMs.p95.toFixed(1), 8)} ${pad(phase.latencyMs.p99.toFixed(1), 8)} ${pad(phase.latencyMs.max.toFixed(1), 8)} ${pad(phase.serverCpuMsPerCredential?.toFixed(1) ?? '?', 8)} ${pad(failuresOf(phase.failures), 6)}`,
    ),
    `  ${'reference vc.verifyCredential'.padEnd(34)} ${pad(r.count, 5)} ${pad(r.perSecond.toFixed(1), 8)} ${pad(r.latencyMs.median.toFixed(1), 8)} ${pad(r.latencyMs.p95.toFixed(1), 8)} ${pad(r.latencyMs.p99.toFixed(1), 8)} ${pad(r.latencyMs.max.toFixed(1), 8)} ${pad(r.cpuMsPerCredential.toFixed(1), 8)} ${pad(failuresOf(r.failures), 6)}`,
    `  (latencies in ms; srv CPU: ms of CPU per credential, all threads of the server process, or of this process for the reference)`,
    `verify credentials, throughput at 8 clients / reference: ${result.ratio8.toFixed(2)}× (target ≥ ${result.targets.ratio8}×: ${result.targets.ratioMet ? 'met' : 'NOT met'}); p99 at 64 clients: ${result.p99At64Ms.toFixed(1)} ms (target < ${result.targets.p99At64Ms} ms: ${result.targets.p99Met ? 'met' : 'NOT met'})`,
    `verify credentials, by CPU time per credential (load-independent): reference ${r.cpuMsPerCredential.toFixed(1)} ms ÷ server at 8 clients ${result.phases[CLIENTS.indexOf(8)]?.serverCpuMsPerCredential?.toFixed(1) ?? '?'} ms = ${result.cpuRatio8?.toFixed(2) ?? '?'}×${result.database === 'PostgreSQL' ? " (the PostgreSQL server's CPU not counted)" : ' (PGlite runs inside the server process)'}`,
    `verify credentials, machine: ${result.machine}; clients and server share it; load average ${result.loadAverage.before} before the phases, ${result.loadAverage.after} after`,
  ];
  if (!result.valid) {
    lines.push('verify credentials: INVALID RUN: some verifications failed, so the numbers above measure errors:');
    for (const [label, failures] of [['warm-up', result.warmup.failures] as const, ...result.phases.map((phase) => [`${phase.clients} client(s)`, phase.failures] as const), ['reference', r.failures] as const]) {
      for (const example of failures.examples) lines.push(`  ${label}: ${example}`);
    }
  }
  return lines;
}

/** The JSON on one line (as `npm run bench`'s log keeps it), and in bench/results (ignored by git). */
export function reportVerifyResult(result: VerifyBenchResult, log: (line: string) => void = console.log): void {
  log(`verify credentials, JSON: ${JSON.stringify(result)}`);
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchVerifyCredentials(process.env.DATABASE_URL || undefined);
  for (const line of formatVerifyResult(result)) console.log(line);
  reportVerifyResult(result);
  if (!result.valid) process.exitCode = 1;
}
