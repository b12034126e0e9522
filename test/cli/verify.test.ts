// Offline verification: a signed snapshot of the registry and the ledger, read back only
// under the trusted ledger key, verifies credentials with the same five checks as the server;
// and `microcred verify` does it from the command line without a database or network.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import type { JsonObject } from '../../src/trust/credentials.js';
import { createSnapshot, readSnapshot, type Snapshot, SnapshotError } from '../../src/use-cases/snapshot.js';
import { verifyCredentialWith } from '../../src/use-cases/verification.js';
import { type Agent, createTestPlatform, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

const projectRoot = path.resolve(import.meta.dirname, '../..');

let platform: TestPlatform;
let admin: Agent;
let trustedKey: string;
let workDir: string;
/** A bare directory for the commands that must need nothing: no data folder, no project. */
let cliDir: string;
let seq = 0;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
  trustedKey = (await platform.trust.ledgerKey()).publicKeyMultibase;
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-verify-'));
}, 120_000);
afterAll(async () => {
  await platform.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

async function award(): Promise<{ id: string; credential: JsonObject; text: string }> {
  seq += 1;
  const response = await admin.request({
    method: 'POST',
    url: '/api/workspace/credentials',
    payload: { courseCode: platform.demo!.codes['ai-research'], learnerName: `Offline Learner ${seq}`, learnerEmail: `offline${seq}@example.ge`, awardDate: '2026-11-20' },
  });
  expect(response.statusCode, response.body).toBe(201);
  const { id } = response.json() as { id: string };
  const download = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${id}/download/json` });
  expect(download.statusCode).toBe(200);
  return { id, credential: JSON.parse(download.body) as JsonObject, text: download.body };
}

async function setState(id: string, state: 'revoked' | 'valid' | 'suspended') {
  const response = await admin.request({ method: 'POST', url: `/api/workspace/credentials/${id}/status`, payload: { state, reason: 'offline test' } });
  expect(response.statusCode, response.body).toBe(200);
}

async function snapshotNow(): Promise<string> {
  await signLedgerHead(platform);
  return JSON.stringify(await createSnapshot(platform.db, platform.trust, { clock: platform.clock }));
}

async function verifyOffline(snapshotText: string, credential: JsonObject) {
  const sources = await readSnapshot(snapshotText, { trustedKey });
  const result = await verifyCredentialWith(sources, credential, { now: platform.clock.now() });
  return { result, outcome: Object.fromEntries(result.checks.map((check) => [check.check, check.outcome])) };
}

async function refusal(promise: Promise<unknown>): Promise<SnapshotError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SnapshotError);
  return error as SnapshotError;
}

describe('a verification snapshot', () => {
  it('verifies an issued credential with all five checks passed, from the snapshot alone', async () => {
    const { credential } = await award();
    const snapshot = await snapshotNow();
    const { result, outcome } = await verifyOffline(snapshot, credential);
    expect(outcome, JSON.stringify(result.checks)).toEqual({ proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' });
    expect(result.verified).toBe(true);
    expect(result.ledger?.treeSize).toBe((JSON.parse(snapshot) as Snapshot).body.ledger.head?.treeSize);
  });

  it('fails the proof of a credential with one changed byte', async () => {
    const { text } = await award();
    const snapshot = await snapshotNow();
    const changed = text.replace('Offline Learner', 'Offline Learnes');
    expect(changed).not.toBe(text);
    const { result, outcome } = await verifyOffline(snapshot, JSON.parse(changed) as JsonObject);
    expect(result.verified).toBe(false);
    expect(outcome.proof).toBe('failed');
    expect(outcome.ledger).toBe('failed');
  });

  it('refuses a snapshot with a changed byte at its signature check, before reading anything', async () => {
    const { credential } = await award();
    const snapshot = await snapshotNow();
    // A right's date moved by one digit: a change that would otherwise pass every shape check.
    const tampered = snapshot.replace(/"effectiveFrom":"(\d{4})-/, (_match, year: string) => `"effectiveFrom":"${Number(year) - 1}-`);
    expect(tampered).not.toBe(snapshot);
    const error = await refusal(verifyOffline(tampered, credential));
    expect(error.code).toBe('bad_signature');
    expect(error.message).toMatch(/signature does not verify with the trusted ledger key/);
    // A changed format behind an intact signature is refused by the signature too, not by the format check.
    const reformatted = snapshot.replace('"format":"microcred-verification-snapshot/v1"', '"format":"microcred-verification-snapshot/v9"');
    expect((await refusal(readSnapshot(reformatted, { trustedKey }))).code).toBe('bad_signature');
    expect((await refusal(readSnapshot('{"body":', { trustedKey }))).code).toBe('not_a_snapshot');
  });

  it('refuses a snapshot under any other trusted key', async () => {
    const snapshot = await snapshotNow();
    const otherKey = (await platform.trust.keyStore.listKeys((JSON.parse(snapshot) as Snapshot).body.issuers[0]!.did))[0]!.publicKeyMultibase;
    expect(otherKey).not.toBe(trustedKey);
    const error = await refusal(readSnapshot(snapshot, { trustedKey: otherKey }));
    expect(error.code).toBe('untrusted_key');
    expect(error.message).toContain(otherKey);
    // A snapshot claiming to be signed by the trusted key but signed by another.
    const claimed = JSON.parse(snapshot) as Snapshot;
    claimed.signature.publicKeyMultibase = otherKey;
    expect((await refusal(readSnapshot(JSON.stringify(claimed), { trustedKey: otherKey }))).code).toBe('bad_signature');
    expect((await refusal(readSnapshot(snapshot, { trustedKey: 'not-a-key' }))).code).toBe('bad_trusted_key');
  });

  it('knows only the revocations made before it: later ones are not visible (the documented limit)', async () => {
    const before = await award();
    const after = await award();
    await setState(before.id, 'revoked');
    const snapshot = await snapshotNow();
    await setState(after.id, 'revoked');

    const revokedBefore = await verifyOffline(snapshot, before.credential);
    expect(revokedBefore.outcome.status).toBe('failed');
    expect(revokedBefore.result.checks.find((check) => check.check === 'status')?.reason.en).toMatch(/revoked/);
    expect(revokedBefore.result.verified).toBe(false);

    const revokedAfter = await verifyOffline(snapshot, after.credential);
    expect(revokedAfter.outcome.status).toBe('passed');
    expect(revokedAfter.result.verified).toBe(true);
    // A new snapshot sees it.
    expect((await verifyOffline(await snapshotNow(), after.credential)).outcome.status).toBe('failed');
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `microcred <args>`, by default from a bare directory with a database address nobody answers
 * and no data folder. Commands that sign need `cwd` in the project: their worker threads load tsx.
 */
function microcred(args: string[], env: NodeJS.ProcessEnv = {}, cwd = cliDir): Promise<Run> {
  const environment: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:9/unreachable', ...env };
  for (const name of ['DATA_DIR', 'MICROCRED_LEDGER_KEY', 'KEY_ENCRYPTION_KEY', 'KEY_ENCRYPTION_KEY_FILE', 'PUBLIC_URL']) if (!(name in env)) delete environment[name];
  for (const [name, value] of Object.entries(environment)) if (value === undefined) delete environment[name];
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), [path.join(projectRoot, 'src/cli/main.ts'), ...args], {
      cwd,
      env: environment,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`microcred ${args.join(' ')} did not finish in time:\n${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(() => {
  cliDir = fs.mkdtempSync(path.join(workDir, 'cwd-'));
});

describe('microcred verify', () => {
  let files: { snapshot: string; valid: string; badge: string; revoked: string; changed: string; tampered: string; garbage: string };

  beforeAll(async () => {
    const valid = await award();
    const revoked = await award();
    await setState(revoked.id, 'revoked');
    const png = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${valid.id}/download/png` });
    expect(png.statusCode).toBe(200);
    const snapshot = await snapshotNow();
    const write = (name: string, content: string | Buffer) => {
      const file = path.join(workDir, name);
      fs.writeFileSync(file, content);
      return file;
    };
    files = {
      snapshot: write('snapshot.json', snapshot),
      valid: write('valid.json', valid.text),
      badge: write('badge.png', png.rawPayload),
      revoked: write('revoked.json', revoked.text),
      changed: write('changed.json', valid.text.replace('Offline Learner', 'Offline Learnes')),
      tampered: write('tampered.json', snapshot.replace(/"effectiveFrom":"(\d{4})-/, (_match, year: string) => `"effectiveFrom":"${Number(year) - 1}-`)),
      garbage: write('garbage.bin', Buffer.from([0, 1, 2, 3, 255])),
    };
  }, 120_000);

  it('says valid (exit 0) for a credential JSON and for its PNG badge, check by check, without a database', async () => {
    const json = await microcred(['verify', files.valid, '--snapshot', files.snapshot, '--trusted-key', trustedKey]);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toMatch(/Signature\s+Passed\s+Signed by did:web:/);
    expect(json.stdout).toMatch(/Public ledger\s+Passed/);
    expect(json.stdout).toMatch(/Verdict: This micro-credential is valid\./);
    expect(json.stdout).toMatch(/Snapshot of http:\/\/localhost:8080, made /);

    const badge = await microcred(['verify', files.badge, '--snapshot', files.snapshot, '--json'], { MICROCRED_LEDGER_KEY: trustedKey });
    expect(badge.code, badge.stderr).toBe(0);
    const result = JSON.parse(badge.stdout) as { verified: boolean; checks: Array<{ outcome: string }>; snapshot: { stale: boolean; notice: string } };
    expect(result.verified).toBe(true);
    expect(result.snapshot.stale).toBe(false);
    expect(result.snapshot.notice).toMatch(/Revocations, suspensions and issuances after .* are not visible/);
    expect(result.checks.every((check) => check.outcome === 'passed')).toBe(true);
    // Nothing was opened: PGlite would have made ./data here, and the PostgreSQL address answers nobody.
    expect(fs.readdirSync(cliDir)).toEqual([]);
  }, 120_000);

  it('says not valid (exit 1) for a revoked or changed credential, with the reason, in English or Georgian', async () => {
    const revoked = await microcred(['verify', files.revoked, '--snapshot', files.snapshot, '--trusted-key', trustedKey]);
    expect(revoked.code, revoked.stderr).toBe(1);
    expect(revoked.stdout).toMatch(/Status\s+Failed\s+The issuer has revoked this credential\./);
    expect(revoked.stdout).toMatch(/Verdict: This micro-credential is not valid\./);
    const changed = await microcred(['verify', files.changed, '--snapshot', files.snapshot, '--trusted-key', trustedKey, '--lang', 'ka']);
    expect(changed.code, changed.stderr).toBe(1);
    expect(changed.stdout).toMatch(/ხელმოწერა\s+ვერ გაიარა/);
    expect(changed.stdout).toMatch(/დასკვნა: ეს მიკროკრედენციალი არ არის ნამდვილი\./);
  }, 120_000);

  it('says the snapshot is stale on the status line when it is more than a day old', async () => {
    // The snapshot's age is measured against the real clock (the platform's is fixed): make one
    // "three days ago" by setting the platform's clock back; --at keeps the checks at the platform's time.
    const saved = platform.clock.now();
    platform.clock.set(new Date(Date.now() - 3 * 24 * 60 * 60 * 1000));
    const old = path.join(workDir, 'old-snapshot.json');
    fs.writeFileSync(old, JSON.stringify(await createSnapshot(platform.db, platform.trust, { clock: platform.clock })));
    platform.clock.set(saved);
    const run = await microcred(['verify', files.valid, '--snapshot', old, '--trusted-key', trustedKey, '--at', saved.toISOString()]);
    expect(run.stdout).toMatch(/Status\s+Passed\s+Neither revoked nor suspended\. As of the snapshot, made 3 days ago: a revocation or suspension since .* is not visible\./);
  }, 120_000);

  it('refuses unusable input with exit 2 and one clear line: a changed snapshot, another key, a bad file', async () => {
    const tampered = await microcred(['verify', files.valid, '--snapshot', files.tampered, '--trusted-key', trustedKey]);
    expect(tampered.code).toBe(2);
    expect(tampered.stdout).toBe('');
    expect(tampered.stderr.trim()).toBe("The snapshot's signature does not verify with the trusted ledger key: the file was changed after it was signed.");

    const otherKey = 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
    const wrongKey = await microcred(['verify', files.valid, '--snapshot', files.snapshot, '--trusted-key', otherKey]);
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toContain(`not by the trusted key ${otherKey}`);
    expect(wrongKey.stderr.trim().split('\n')).toHaveLength(1);

    const garbage = await microcred(['verify', files.garbage, '--snapshot', files.snapshot, '--trusted-key', trustedKey]);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/not a credential/);

    const missing = await microcred(['verify', path.join(workDir, 'nothing.json'), '--snapshot', files.snapshot, '--trusted-key', trustedKey]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);

    const noKey = await microcred(['verify', files.valid, '--snapshot', files.snapshot]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/--trusted-key z6Mk\.\.\. or MICROCRED_LEDGER_KEY/);
  }, 120_000);
});

describe('microcred snapshot', () => {
  it('writes a snapshot of the database it is configured for, signed with the key it names, that verifies its credentials', async () => {
    const dataDir = fs.mkdtempSync(path.join(workDir, 'data-'));
    const env = { DATA_DIR: dataDir, DATABASE_URL: undefined, DEMO: '1', DEMO_PASSWORD: 'snapshot-test-password', SIGNING_WORKERS: '1', LOG_LEVEL: 'silent' };
    const seeded = await microcred(['seed'], env, projectRoot);
    expect(seeded.code, seeded.stderr).toBe(0);
    const out = path.join(workDir, 'cli-snapshot.json');
    const made = await microcred(['snapshot', '--out', out], env, projectRoot);
    expect(made.code, made.stderr).toBe(0);
    const key = /--trusted-key (z6Mk\w+)/.exec(made.stderr)?.[1];
    expect(key, made.stderr).toBeDefined();
    const sources = await readSnapshot(fs.readFileSync(out, 'utf8'), { trustedKey: key! });
    expect(sources.body.issuers.length).toBeGreaterThan(0);
    expect(sources.body.courses.length).toBeGreaterThan(0);
    // The snapshot's fresh head covers the demo's issuances.
    expect(sources.body.ledger.head?.treeSize).toBe(sources.body.ledger.entries.length);

    const db = await openDatabase({ pgliteDir: path.join(dataDir, 'pgdata') });
    let documents: string[];
    try {
      const rows = await db.selectFrom('credentials').select('document').where('state', '=', 'valid').where('provider_id', 'is not', null).limit(1).execute();
      documents = rows.map((row) => row.document);
    } finally {
      await db.destroy();
    }
    expect(documents).toHaveLength(1);
    const credentialFile = path.join(workDir, 'demo-credential.json');
    fs.writeFileSync(credentialFile, documents[0]!);
    const run = await microcred(['verify', credentialFile, '--snapshot', out, '--trusted-key', key!]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Signature\s+Passed/);
    expect(run.stdout).toMatch(/Public ledger\s+Passed/);
  }, 240_000);
});
