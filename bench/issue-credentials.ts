// Bulk issuance: 10,000 awards of the sample course (demo course 'ai-research' of
// 'mtkvari-university'), checked, put in a batch and issued (signed on the signing threads,
// stored with their status entries, outbox e-mails and audit rows), against the reference: a
// plain single-threaded loop of `vc.issue` (through signCredential) on the same credential.
// Reports credentials per second of both, the ratio (target ≥ 1.5×) and the process memory
// sampled every 500 credentials. PGlite in a temporary directory by default; a fresh database
// on the PostgreSQL server of DATABASE_URL (created and dropped here) when it is set.
//
//   npx tsx bench/issue-credentials.ts                       # PGlite
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/issue-credentials.ts
//
// Options by environment: BENCH_AWARDS (10000), BENCH_REFERENCE (1000), SIGNING_WORKERS (one
// per core), KEY_ENCRYPTION_KEY (else demo mode generates one in a temporary DATA_DIR).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { systemClock, tbilisiDate } from '../src/domain/calendar/tbilisi.js';
import { buildOpenBadgeCredential } from '../src/domain/credential/open-badge.js';
import type { AwardRow } from '../src/domain/credential/award-rows.js';
import { type Db, openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { versionsForIssue } from '../src/db/queries/credentials.js';
import { DEMO_ISSUING_PROVIDER } from '../src/db/seed/demo-credentials.js';
import { loadDemoData } from '../src/db/seed/load-demo.js';
import { courseUrl } from '../src/http/presenters/courses.js';
import { signCredential, verifyCredential } from '../src/trust/credentials.js';
import { createDocumentLoader } from '../src/trust/document-loader.js';
import { checkAwards, createBatch, runBatch } from '../src/use-cases/credentials/award.js';
import { allocateStatusSlots, providerIssuer } from '../src/use-cases/credentials/issuers.js';
import { createTrustServices, credentialUrl } from '../src/use-cases/credentials/trust-services.js';
import { percentile } from './stats.js';

const AWARDS = Number(process.env.BENCH_AWARDS ?? 10_000);
const REFERENCE = Number(process.env.BENCH_REFERENCE ?? 1_000);
const REFERENCE_BLOCK = 100;
const REFERENCE_WARMUP = 20;
const SAMPLE_EVERY = 500;
const TARGET_RATIO = 1.5;
const PUBLIC_URL = 'http://localhost:8080';
const RESULTS_FILE = fileURLToPath(new URL('./results/issue-credentials.json', import.meta.url));

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

interface MemorySample {
  done: number;
  seconds: number;
  rssMb: number;
  heapUsedMb: number;
}

export interface IssueBenchResult {
  database: 'PGlite' | 'PostgreSQL';
  awards: number;
  /** cpuMsPerCredential: CPU time of the whole process (every thread) per credential; unlike the rates, other load on the machine hardly moves it. */
  endToEnd: { seconds: number; perSecond: number; checkSeconds: number; batchSeconds: number; issueSeconds: number; cpuMsPerCredential: number; mainThreadCpuMsPerCredential: number | null };
  reference: { count: number; perSecond: number; medianBlockPerSecond: number; meanPerSecond: number; medianMsPerCredential: number; cpuMsPerCredential: number };
  ratio: number;
  target: number;
  met: boolean;
  memory: {
    /** Process-wide: the main thread, the signing threads and the database (PGlite's WebAssembly heap) together. */
    peakRssMb: number;
    rssAt1kMb: number | null;
    rssAt5kMb: number | null;
    rssAt10kMb: number | null;
    /** The highest rss the kernel saw for the whole process (setup included). */
    maxRssMb: number;
    /** The main thread's V8 heap only; the signing threads' heaps are in rss, not here. */
    peakHeapUsedMb: number;
    samples: MemorySample[];
  };
  signingWorkers: number;
  poolStartSeconds: number;
  machine: string;
  /** The 1-minute load average before the timed part and after it: other work on the machine skews the rates. */
  loadAverage: { before: number; after: number };
}

/** CPU time (ms) of this process's main thread so far, from /proc (Linux); undefined elsewhere. */
function mainThreadCpuMs(): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in ticks of 1/100 s
  } catch {
    return undefined;
  }
}

/** The process's peak rss (MB): VmHWM on Linux (getrusage's maxrss can carry a parent's peak across exec). */
function processPeakRssMb(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return mb(Number(kb) * 1024);
  } catch {
    // not Linux
  }
  return mb(process.resourceUsage().maxRSS * 1024);
}

function machineNote(signingWorkers: number): string {
  const cpu = os.cpus()[0]?.model ?? 'cpu';
  return `${os.availableParallelism()} cores (${cpu}), ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${os.platform()}/${os.arch()}, ${signingWorkers} signing threads`;
}

/** Opens a fresh database: PGlite in a temporary directory, or a new database on the server. */
async function freshDatabase(postgresUrl: string | undefined): Promise<{ db: Db; label: 'PGlite' | 'PostgreSQL'; drop(): Promise<void> }> {
  if (!postgresUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-bench-pglite-'));
    const db = await openDatabase({ pgliteDir: dir });
    return {
      db,
      label: 'PGlite',
      drop: async () => {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `mc_bench_issue_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  return {
    db,
    label: 'PostgreSQL',
    drop: async () => {
      try {
        await db.destroy();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

export async function benchIssueCredentials(postgresUrl: string | undefined, log: (line: string) => void = console.log): Promise<IssueBenchResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-bench-data-'));
  const database = await freshDatabase(postgresUrl);
  const { db } = database;
  const config = loadConfig({
    PUBLIC_URL,
    DATA_DIR: dataDir,
    DEMO: process.env.KEY_ENCRYPTION_KEY ? '0' : '1',
    ...(process.env.KEY_ENCRYPTION_KEY ? { KEY_ENCRYPTION_KEY: process.env.KEY_ENCRYPTION_KEY } : {}),
    ...(process.env.SIGNING_WORKERS ? { SIGNING_WORKERS: process.env.SIGNING_WORKERS } : {}),
  });
  const trust = await createTrustServices(db, config);
  let trustOpen = true;
  try {
    log(`issue credentials (${database.label}): setting up the demo data and ${AWARDS} awards…`);
    await migrate(db);
    const now = systemClock.now();
    const demo = await loadDemoData(db, { password: 'bench-password', now });
    const provider = await db.selectFrom('providers').select('id').where('slug', '=', DEMO_ISSUING_PROVIDER).executeTakeFirstOrThrow();
    const courseCode = demo.codes['ai-research']!;
    const today = tbilisiDate(now);
    // A week ago, as the demo's own credential: within the course's right, after its publication.
    const awardDate = tbilisiDate(new Date(now.getTime() - 7 * 86_400_000));
    const rows: AwardRow[] = Array.from({ length: AWARDS }, (_, i) => ({
      courseCode,
      learnerName: `Bench Learner ${i + 1}`,
      learnerEmail: `learner.${i + 1}@bench.example`,
      awardDate,
    }));

    // The issuer (key and first status list) exists before the clock starts, as it does for any
    // provider that issued before; and the reference credential is built from it exactly as
    // issueAwards builds one.
    const issuer = await providerIssuer(db, trust, provider.id, now);
    const [checkedOne] = await checkAwards(db, { providerId: provider.id, rows: [rows[0]!], today });
    const [version] = await versionsForIssue(db, [checkedOne!.courseVersionId]);
    const [slot] = await allocateStatusSlots(db, trust, issuer, 1, now);
    const referenceId = '00000000-0000-4000-8000-000000000000';
    const referenceCredential = buildOpenBadgeCredential({
      id: credentialUrl(trust.publicUrl, referenceId),
      issuer: { did: issuer.did, name: issuer.name },
      learner: { name: checkedOne!.learnerName, email: checkedOne!.learnerEmail },
      awardDate: checkedOne!.awardDate,
      issuedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      course: {
        code: version!.code,
        versionNo: version!.version_no,
        url: courseUrl(trust.publicUrl, version!.code, version!.version_no),
        description: version!.description,
        provider: {
          name: version!.provider_name,
          did: issuer.did,
          website: version!.provider_website,
          country: version!.provider_country,
          region: version!.provider_region,
        },
      },
      credentialStatus: slot!.entry,
    });
    if (database.label === 'PostgreSQL') await sql`VACUUM ANALYZE`.execute(db);

    // The signing threads start as a running server's have: one signature each before the clock starts.
    const encryptedKey = (await trust.keyStore.getActiveEncryptedKey(issuer.did))!;
    const poolStarted = performance.now();
    await Promise.all(Array.from({ length: Math.max(1, trust.signingPool.size) }, () => trust.signingPool.sign({ credential: referenceCredential, key: encryptedKey, date: now })));
    const poolStartSeconds = (performance.now() - poolStarted) / 1000;

    // ---- end to end: check, batch, issue ----
    global.gc?.();
    const samples: MemorySample[] = [];
    let started = performance.now();
    const sample = (done: number) => {
      const memory = process.memoryUsage();
      samples.push({ done, seconds: Math.round((performance.now() - started) / 10) / 100, rssMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed) });
    };
    sample(0);
    let nextSample = SAMPLE_EVERY;
    const loadBefore = os.loadavg()[0]!;
    const cpuStarted = process.cpuUsage();
    const mainCpuStarted = mainThreadCpuMs();
    started = performance.now();
    const checked = await checkAwards(db, { providerId: provider.id, rows, today });
    const checkedAt = performance.now();
    const batchId = await createBatch(db, { providerId: provider.id, source: 'cli', awards: checked, actorId: null });
    const batchedAt = performance.now();
    const result = await runBatch(db, trust, {
      batchId,
      clock: systemClock,
      onProgress: (done) => {
        if (done < nextSample && done < AWARDS) return;
        sample(done);
        while (nextSample <= done) nextSample += SAMPLE_EVERY;
      },
    });
    const finished = performance.now();
    const cpuEndToEnd = process.cpuUsage(cpuStarted);
    const mainCpuEnded = mainThreadCpuMs();
    if (samples.at(-1)?.done !== AWARDS) sample(AWARDS);
    const seconds = (finished - started) / 1000;
    if (result.issued.length !== AWARDS) throw new Error(`issued ${result.issued.length} of ${AWARDS} (skipped ${result.skipped})`);
    await trust.signingPool.close();
    trustOpen = false;

    // Everything an award writes is there, once.
    const count = async (query: Promise<{ n: number | string | bigint }>) => Number((await query).n);
    const stored = await count(db.selectFrom('credentials').select((eb) => eb.fn.countAll<number>().as('n')).where('batch_id', '=', batchId).executeTakeFirstOrThrow());
    const slots = await count(
      db.selectFrom('credentials').select(sql<number>`count(DISTINCT (status_list_id, status_index))`.as('n')).where('batch_id', '=', batchId).executeTakeFirstOrThrow(),
    );
    const emails = await count(db.selectFrom('email_outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('dedupe_key', 'like', 'credential-issued:%').executeTakeFirstOrThrow());
    const audits = await count(db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'credential.issued').executeTakeFirstOrThrow());
    if (stored !== AWARDS || slots !== AWARDS || emails !== AWARDS || audits !== AWARDS) {
      throw new Error(`stored ${stored} credentials, ${slots} status entries, ${emails} e-mails, ${audits} audit rows; expected ${AWARDS} each`);
    }
    const again = await checkAwards(db, { providerId: provider.id, rows, today });
    if (again.some((award) => !award.alreadyIssued)) throw new Error('a second check of the same rows found awards without a credential');
    const last = await db.selectFrom('credentials').select('document').where('batch_id', '=', batchId).orderBy('issued_at', 'desc').limit(1).executeTakeFirstOrThrow();
    const verification = await verifyCredential(JSON.parse(last.document) as object, { documentLoader: trust.documentLoader });
    if (!verification.verified) throw new Error(`an issued credential does not verify: ${String(verification.error)}`);

    // ---- the reference: vc.issue in a loop on this thread, the signing threads stopped ----
    const key = (await trust.keyStore.getActiveKey(issuer.did))!;
    const documentLoader = createDocumentLoader();
    const signOnce = () => signCredential(referenceCredential, { key, documentLoader, date: now });
    for (let i = 0; i < REFERENCE_WARMUP; i += 1) await signOnce();
    global.gc?.();
    const perCredentialMs: number[] = [];
    const blockRates: number[] = [];
    const cpuReference = process.cpuUsage();
    const referenceStarted = performance.now();
    let blockStarted = referenceStarted;
    for (let i = 1; i <= REFERENCE; i += 1) {
      const t0 = performance.now();
      await signOnce();
      const t1 = performance.now();
      perCredentialMs.push(t1 - t0);
      if (i % REFERENCE_BLOCK === 0) {
        blockRates.push(REFERENCE_BLOCK / ((t1 - blockStarted) / 1000));
        blockStarted = t1;
      }
    }
    const referenceSeconds = (performance.now() - referenceStarted) / 1000;
    const cpuReferenceUsed = process.cpuUsage(cpuReference);
    const loadAfter = os.loadavg()[0]!;
    const cpuMs = (usage: NodeJS.CpuUsage, count: number) => round((usage.user + usage.system) / 1000 / count, 2);
    const medianBlockPerSecond = percentile(blockRates, 50);

    const perSecond = AWARDS / seconds;
    const ratio = perSecond / medianBlockPerSecond;
    const rssAt = (threshold: number) => samples.find((entry) => entry.done >= threshold)?.rssMb ?? null;
    return {
      database: database.label,
      awards: AWARDS,
      endToEnd: {
        seconds: round(seconds, 2),
        perSecond: round(perSecond, 1),
        checkSeconds: round((checkedAt - started) / 1000, 2),
        batchSeconds: round((batchedAt - checkedAt) / 1000, 2),
        issueSeconds: round((finished - batchedAt) / 1000, 2),
        cpuMsPerCredential: cpuMs(cpuEndToEnd, AWARDS),
        mainThreadCpuMsPerCredential: mainCpuStarted === undefined || mainCpuEnded === undefined ? null : round((mainCpuEnded - mainCpuStarted) / AWARDS, 2),
      },
      reference: {
        count: REFERENCE,
        perSecond: round(medianBlockPerSecond, 1),
        medianBlockPerSecond: round(medianBlockPerSecond, 1),
        meanPerSecond: round(REFERENCE / referenceSeconds, 1),
        medianMsPerCredential: round(percentile(perCredentialMs, 50), 2),
        cpuMsPerCredential: cpuMs(cpuReferenceUsed, REFERENCE),
      },
      ratio: round(ratio, 2),
      target: TARGET_RATIO,
      met: ratio >= TARGET_RATIO,
      memory: {
        peakRssMb: Math.max(...samples.map((entry) => entry.rssMb)),
        rssAt1kMb: rssAt(1_000),
        rssAt5kMb: rssAt(5_000),
        rssAt10kMb: rssAt(10_000),
        maxRssMb: processPeakRssMb(),
        peakHeapUsedMb: Math.max(...samples.map((entry) => entry.heapUsedMb)),
        samples,
      },
      signingWorkers: trust.signingPool.size,
      poolStartSeconds: round(poolStartSeconds, 2),
      machine: machineNote(trust.signingPool.size),
      loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
    };
  } finally {
    if (trustOpen) await trust.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function formatIssueResult(result: IssueBenchResult): string[] {
  const { endToEnd: e, reference: r, memory: m } = result;
  const curve = m.samples.filter((entry) => entry.done % 2_000 < SAMPLE_EVERY || entry.done === result.awards).map((entry) => `${entry.done}: ${entry.rssMb}`).join(', ');
  return [
    `issue credentials, ${result.awards} awards end to end (${result.database}): ${e.perSecond.toFixed(1)} credentials/s (${e.seconds.toFixed(1)} s: check ${e.checkSeconds.toFixed(2)} s, batch ${e.batchSeconds.toFixed(2)} s, issue ${e.issueSeconds.toFixed(1)} s; ${e.cpuMsPerCredential.toFixed(1)} ms CPU each, all threads, ${e.mainThreadCpuMsPerCredential?.toFixed(1) ?? '?'} ms of it on the main thread)`,
    `issue credentials, reference vc.issue loop on one thread: ${r.perSecond.toFixed(1)} credentials/s (median of ${r.count / REFERENCE_BLOCK} blocks of ${REFERENCE_BLOCK}; mean ${r.meanPerSecond.toFixed(1)}/s, median ${r.medianMsPerCredential.toFixed(2)} ms each; ${r.cpuMsPerCredential.toFixed(1)} ms CPU each)`,
    `issue credentials, ratio end-to-end / reference: ${result.ratio.toFixed(2)}× (target ≥ ${result.target}×: ${result.met ? 'met' : 'NOT met'})`,
    `issue credentials, memory: peak rss ${m.peakRssMb} MB; rss at 1k ${m.rssAt1kMb ?? 'n/a'} MB, 5k ${m.rssAt5kMb ?? 'n/a'} MB, 10k ${m.rssAt10kMb ?? 'n/a'} MB; main-thread heap used peak ${m.peakHeapUsedMb} MB (rss includes the signing threads and the database; heap is the main thread's only); process max rss ${m.maxRssMb} MB`,
    `issue credentials, rss by credentials done (MB): ${curve}`,
    `issue credentials, machine: ${result.machine}; signing threads started in ${result.poolStartSeconds.toFixed(2)} s before timing; load average ${result.loadAverage.before} before, ${result.loadAverage.after} after`,
  ];
}

/** Writes the JSON next to the benchmark when bench/results is ignored by git; otherwise prints it. */
export function reportIssueResults(results: IssueBenchResult[], log: (line: string) => void = console.log): void {
  const json = JSON.stringify(results.length === 1 ? results[0] : results, null, 2);
  let ignored = false;
  try {
    execFileSync('git', ['check-ignore', '-q', RESULTS_FILE], { cwd: path.dirname(path.dirname(RESULTS_FILE)), stdio: 'ignore' });
    ignored = true;
  } catch {
    ignored = false;
  }
  if (ignored) {
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.writeFileSync(RESULTS_FILE, `${json}\n`);
    log(`issue credentials, results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  } else {
    log('issue credentials, results (JSON; bench/results is not ignored by git, so not written):');
    log(json);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchIssueCredentials(process.env.DATABASE_URL || undefined);
  for (const line of formatIssueResult(result)) console.log(line);
  reportIssueResults([result]);
}
