// Bulk issuance from the command line survives a hard kill: `microcred credentials issue` is
// killed (SIGKILL) in the middle of a file, then run again with the same file. Afterwards every
// learner has exactly one credential (none lost, none twice), each with its own status entry,
// and the second run reports what the first had already issued.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Db, openDatabase } from '../../src/db/database.js';
import { tbilisiDate } from '../../src/domain/calendar/tbilisi.js';
import { verifyCredential } from '../../src/trust/credentials.js';
import { createTrustServices } from '../../src/use-cases/credentials/trust-services.js';
import { createTestDatabase, serverUrl, type TestDatabase } from '../helpers/database.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const LEARNERS = 60;

let dataDir: string;
let server: TestDatabase | undefined; // PostgreSQL, when TEST_DATABASE_URL is set; else PGlite in dataDir
let environment: NodeJS.ProcessEnv;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `microcred <args>`; `onStderr` sees standard error as it comes and may kill the process. */
function microcred(args: string[], onStderr?: (text: string, kill: () => void) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: projectRoot, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      onStderr?.(stderr, kill);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`microcred ${args.join(' ')} did not finish in time:\n${stderr}`));
    }, 240_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The database the CLI uses; with PGlite, open only while no CLI process runs (one process at a time). */
async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  if (server) return work(server.db);
  const db = await openDatabase({ pgliteDir: path.join(dataDir, 'pgdata') });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-kill-'));
  if (serverUrl) server = await createTestDatabase();
  environment = { ...process.env, DATA_DIR: dataDir, DEMO: '1', DEMO_PASSWORD: 'kill-test-password', SIGNING_WORKERS: '1', LOG_LEVEL: 'silent' };
  for (const name of ['DATABASE_URL', 'KEY_ENCRYPTION_KEY', 'KEY_ENCRYPTION_KEY_FILE', 'PUBLIC_URL', 'PORT', 'DEMO_API_TOKEN']) delete environment[name];
  if (server) environment.DATABASE_URL = server.url;
}, 120_000);

afterAll(async () => {
  await server?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('microcred credentials issue, killed and run again', () => {
  it('issues every learner exactly once', { timeout: 600_000 }, async () => {
    const seeded = await microcred(['seed']);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain('Demo data loaded.');

    // The sample course: the one of mtkvari-university whose right is valid today.
    const today = tbilisiDate(new Date());
    const awardDate = tbilisiDate(new Date(Date.now() - 86_400_000));
    const code = await withDatabase(async (db) => {
      const row = await db
        .selectFrom('rights as r')
        .innerJoin('courses as c', 'c.id', 'r.course_id')
        .innerJoin('providers as p', 'p.id', 'c.provider_id')
        .select('c.code')
        .where('p.slug', '=', 'mtkvari-university')
        .where('r.kind', '=', 'right')
        .where('r.effective_from', '<=', awardDate)
        .where('r.valid_until', '>=', today)
        .where('r.suspended_from', 'is', null)
        .where('r.terminated_from', 'is', null)
        .orderBy('r.effective_from')
        .executeTakeFirstOrThrow();
      return row.code;
    });

    const file = path.join(dataDir, 'rows.csv');
    const emails = Array.from({ length: LEARNERS }, (_, i) => `kill.learner.${i + 1}@example.org`);
    fs.writeFileSync(
      file,
      ['course_code,learner_name,learner_email,award_date', ...emails.map((email, i) => `${code},Kill Learner ${i + 1},${email},${awardDate}`)].join('\n') + '\n',
    );
    const issue = ['credentials', 'issue', '--provider', 'mtkvari-university', '--file', file];

    // First run: killed as soon as it reports the first chunk, before the end.
    let progressAtKill: string | undefined;
    const first = await microcred(issue, (stderr, kill) => {
      const match = /issued (\d+)\/(\d+)/.exec(stderr);
      if (match && !progressAtKill) {
        progressAtKill = match[0];
        kill();
      }
    });
    expect(progressAtKill, first.stderr).toBeDefined();
    expect(first.signal, first.stderr).toBe('SIGKILL');
    expect(first.stdout).toBe(''); // it never reported its result
    const [, done, total] = /issued (\d+)\/(\d+)/.exec(progressAtKill!)!.map(Number) as [number, number, number];
    expect(total).toBe(LEARNERS);
    expect(done).toBeLessThan(LEARNERS);

    const afterKill = await withDatabase(async (db) => (await db.selectFrom('credentials').select('id').where('learner_email', 'in', emails).execute()).length);
    expect(afterKill).toBeGreaterThanOrEqual(done);
    expect(afterKill).toBeLessThan(LEARNERS);

    // Second run: to the end, issuing only what is missing.
    const second = await microcred(issue);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain(`issued ${LEARNERS}/${LEARNERS}`);
    const result = JSON.parse(second.stdout) as { batch: string; total: number; issued: number; alreadyIssued: number };
    expect(result.total).toBe(LEARNERS);
    expect(result.alreadyIssued).toBeGreaterThan(0);
    expect(result.alreadyIssued).toBe(afterKill);
    expect(result.issued).toBe(LEARNERS - afterKill);

    await withDatabase(async (db) => {
      const credentials = await db
        .selectFrom('credentials')
        .select(['id', 'learner_email', 'status_list_id', 'status_index', 'document', 'batch_id'])
        .where('learner_email', 'in', emails)
        .execute();
      expect(credentials).toHaveLength(LEARNERS);
      expect(new Set(credentials.map((row) => row.learner_email))).toEqual(new Set(emails));
      expect(new Set(credentials.map((row) => `${row.status_list_id}#${row.status_index}`)).size).toBe(LEARNERS);
      // No status entry is shared with any other credential either (the demo's own).
      const all = await db.selectFrom('credentials').select(['status_list_id', 'status_index']).execute();
      expect(new Set(all.map((row) => `${row.status_list_id}#${row.status_index}`)).size).toBe(all.length);
      // One e-mail per learner, not one per run.
      const outbox = await db.selectFrom('email_outbox').select('to_address').where('to_address', 'in', emails).execute();
      expect(outbox).toHaveLength(LEARNERS);
      // Both runs issued some of them; the killed run's batch is left to resume, the second is done.
      const batches = await db.selectFrom('issuance_batches').select(['id', 'state', 'total']).where('source', '=', 'cli').orderBy('created_at').execute();
      expect(batches.map((batch) => [batch.state, batch.total])).toEqual([
        ['issuing', LEARNERS],
        ['done', LEARNERS],
      ]);
      expect(batches[1]!.id).toBe(result.batch);
      expect(new Set(credentials.map((row) => row.batch_id))).toEqual(new Set(batches.map((batch) => batch.id)));

      // A credential from each run verifies, with its status.
      const trust = await createTrustServices(db, loadConfig({ DATA_DIR: dataDir, DEMO: '1', SIGNING_WORKERS: '0' }));
      try {
        for (const batch of batches) {
          const one = credentials.find((row) => row.batch_id === batch.id)!;
          const verified = await verifyCredential(JSON.parse(one.document) as object, { documentLoader: trust.documentLoader, checkStatus: true });
          expect(verified.error, batch.state).toBeUndefined();
          expect(verified.verified).toBe(true);
        }
      } finally {
        await trust.close();
      }
    });
  });
});
