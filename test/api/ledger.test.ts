// The public ledger end to end: events of the registry land in it, tree heads are signed,
// proofs verify with the RFC 9162 algorithms, the tables refuse changes, and the monitor (the
// function and the real command against a listening server) catches a rewritten entry.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, ledgerLeafHash, sha256Hex } from '../../src/trust/ledger/entry.js';
import { verifyConsistency, verifyInclusion } from '../../src/trust/ledger/merkle.js';
import { monitorLedger, type MonitorState } from '../../src/trust/ledger/monitor.js';
import { decodeBase64, verifyTreeHead } from '../../src/trust/ledger/signed-tree-head.js';
import { validDescription } from '../factories/course.js';
import { type Agent, createTestPlatform, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let admin: Agent;
let officer: Agent;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
  officer = await platform.signIn('officer@eqe.demo');
});
afterAll(async () => platform.close());

async function get(url: string) {
  const response = await platform.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

async function publishNewCourse(): Promise<{ code: string }> {
  const created = await admin.request({ method: 'POST', url: '/api/workspace/courses', payload: { description: validDescription() } });
  expect(created.statusCode, created.body).toBe(201);
  const { code } = created.json() as { code: string };
  const published = await officer.request({ method: 'POST', url: `/api/workspace/courses/${code}/publish`, payload: { versionNo: 1 } });
  expect(published.statusCode, published.body).toBe(200);
  return { code };
}

/** The monitor's fetch, answered by the app without a socket. */
const injectFetch = async (url: string) => {
  const { pathname, search } = new URL(url);
  const response = await platform.app.inject({ method: 'GET', url: pathname + search });
  return { ok: response.statusCode < 300, status: response.statusCode, json: async () => response.json() as unknown };
};

async function tamper(statement: ReturnType<typeof sql>) {
  // Only the table's owner can lift the trigger: the attack the monitor is there to catch.
  await sql`ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only`.execute(platform.db);
  try {
    await statement.execute(platform.db);
  } finally {
    await sql`ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only`.execute(platform.db);
  }
}

describe('the ledger', () => {
  it('records a published course with its public document, and signs a head anyone can verify', async () => {
    const before = (await get('/ledger/entries?start=0&end=100000')).body.treeSize as number;
    const { code } = await publishNewCourse();
    await signLedgerHead(platform);
    const entries = (await get(`/ledger/entries?start=${before}&end=${before + 10}`)).body.entries as Array<Record<string, unknown>>;
    const entry = entries.find((candidate) => candidate.subject === `${code}/1`);
    expect(entry).toMatchObject({ type: 'course.published', document: { course: code, version: 1 } });
    expect(sha256Hex(canonicalJson(entry!.document))).toBe(entry!.documentHash);

    const head = (await get('/ledger/sth')).body as { treeSize: number; rootHash: string; timestamp: number; signature: string; keyId: string };
    expect(head.treeSize).toBeGreaterThan(before);
    const did = (await get('/ledger/did.json')).body as { verificationMethod: Array<{ id: string }> };
    const method = did.verificationMethod.find((candidate) => candidate.id === head.keyId)!;
    const verifier = (await Ed25519Multikey.from(method)).verifier();
    expect(await verifyTreeHead(head, (data, signature) => verifier.verify({ data, signature }))).toBe(true);
    expect(await verifyTreeHead({ ...head, treeSize: head.treeSize + 1 }, (data, signature) => verifier.verify({ data, signature }))).toBe(false);
    expect(JSON.stringify(await get('/ledger/did.json'))).not.toMatch(/encryptedSecretKey|ciphertext/);
  });

  it('proves an entry is included in a signed head, and that a later head extends an earlier one', async () => {
    const { code } = await publishNewCourse();
    await signLedgerHead(platform);
    const first = (await get('/ledger/sth')).body as { treeSize: number; rootHash: string };
    const entries = (await get(`/ledger/entries?start=0&end=${first.treeSize}`)).body.entries as Array<{ index: number; type: string; time: string; documentHash: string; subject?: string }>;
    const entry = entries.find((candidate) => candidate.subject === `${code}/1`)!;

    const inclusion = (await get(`/ledger/proof/inclusion?hash=${entry.documentHash}`)).body as { leafIndex: number; treeSize: number; auditPath: string[] };
    expect(inclusion.leafIndex).toBe(entry.index);
    const leaf = ledgerLeafHash({ type: entry.type as 'course.published', time: entry.time, documentHash: entry.documentHash });
    const path = inclusion.auditPath.map((item) => decodeBase64(item)!);
    expect(verifyInclusion(leaf, entry.index, inclusion.treeSize, path, decodeBase64(first.rootHash)!)).toBe(true);
    expect(verifyInclusion(leaf, entry.index + 1, inclusion.treeSize, path, decodeBase64(first.rootHash)!)).toBe(false);

    await publishNewCourse();
    await signLedgerHead(platform);
    const second = (await get('/ledger/sth')).body as { treeSize: number; rootHash: string };
    const consistency = (await get(`/ledger/proof/consistency?first=${first.treeSize}&second=${second.treeSize}`)).body as { consistency: string[] };
    const proof = consistency.consistency.map((item) => decodeBase64(item)!);
    expect(verifyConsistency(first.treeSize, second.treeSize, decodeBase64(first.rootHash)!, decodeBase64(second.rootHash)!, proof)).toBe(true);
    expect(verifyConsistency(first.treeSize, second.treeSize, decodeBase64(second.rootHash)!, decodeBase64(second.rootHash)!, proof)).toBe(false);
  });

  it('holds each issued credential by the hash of its exact text, and its revocation, without the learner', async () => {
    const awarded = await admin.request({
      method: 'POST',
      url: '/api/workspace/credentials',
      payload: { courseCode: platform.demo!.codes['ai-research'], learnerName: 'Ledger Learner', learnerEmail: 'ledger.learner@example.ge', awardDate: '2026-11-20' },
    });
    expect(awarded.statusCode, awarded.body).toBe(201);
    const { id } = awarded.json() as { id: string };
    const download = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${id}/download/json` });
    const hash = sha256Hex(download.body);
    expect((await get(`/ledger/proof/inclusion?hash=${hash}`)).status).toBe(404); // not under a head yet
    await signLedgerHead(platform);
    const proof = (await get(`/ledger/proof/inclusion?hash=${hash}`)).body as { leafIndex: number; treeSize: number; auditPath: string[]; entry: Record<string, unknown>; signedTreeHead: { rootHash: string } };
    expect(proof.entry).toMatchObject({ type: 'credential.issued', documentHash: hash });
    expect(proof.entry).not.toHaveProperty('document');
    const leaf = ledgerLeafHash({ type: 'credential.issued', time: proof.entry.time as string, documentHash: hash });
    expect(verifyInclusion(leaf, proof.leafIndex, proof.treeSize, proof.auditPath.map((item) => decodeBase64(item)!), decodeBase64(proof.signedTreeHead.rootHash)!)).toBe(true);

    const revoked = await admin.request({ method: 'POST', url: `/api/workspace/credentials/${id}/status`, payload: { state: 'revoked', reason: 'awarded by mistake' } });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const size = (await get('/ledger/sth')).body.treeSize as number;
    const latest = (await get(`/ledger/entries?start=${size}&end=${size + 5}`)).body.entries as Array<{ type: string; document: Record<string, unknown> }>;
    expect(latest.at(-1)).toMatchObject({ type: 'credential.revoked', document: { credential: hash, from: 'valid', to: 'revoked' } });
    expect(JSON.stringify(latest)).not.toMatch(/Ledger Learner|ledger\.learner|awarded by mistake/);
  });

  it('answers clearly for an unknown hash, a bad hash and a range beyond the tree', async () => {
    expect((await get(`/ledger/proof/inclusion?hash=${'0'.repeat(64)}`)).status).toBe(404);
    const bad = await get('/ledger/proof/inclusion?hash=xyz');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('querystring.hash');
    const size = (await get('/ledger/sth')).body.treeSize as number;
    const beyond = await get(`/ledger/proof/consistency?first=1&second=${size + 5}`);
    expect(beyond.status).toBe(422);
  });

  it('refuses any change to its tables', async () => {
    await expect(sql`UPDATE ledger_entries SET event_type = 'x' WHERE idx = 0`.execute(platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM ledger_nodes WHERE level = 0`.execute(platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM ledger_heads`.execute(platform.db)).rejects.toThrow(/append-only/);
  });
});

describe('the monitor', () => {
  it('accepts a growing log and catches a rewritten entry, a rewritten leaf and a shrunk log', async () => {
    await signLedgerHead(platform);
    const first = await monitorLedger({ baseUrl: 'http://localhost:8080', previous: null, audit: true, fetch: injectFetch });
    expect(first.ok, first.messages.join(' ')).toBe(true);
    await publishNewCourse();
    await signLedgerHead(platform);
    const second = await monitorLedger({ baseUrl: 'http://localhost:8080', previous: first.head!, audit: true, fetch: injectFetch });
    expect(second.ok, second.messages.join(' ')).toBe(true);
    expect(second.messages.join(' ')).toMatch(/extends the tree of size/);

    const shrunk: MonitorState = { ...second.head!, treeSize: second.head!.treeSize + 3 };
    const shrinking = await monitorLedger({ baseUrl: 'http://localhost:8080', previous: shrunk, audit: false, fetch: injectFetch });
    expect(shrinking).toMatchObject({ ok: false });
    expect(shrinking.messages.at(-1)).toMatch(/shrank/);

    const original = await sql<{ hash: string }>`SELECT encode(document_hash, 'hex') AS hash FROM ledger_entries WHERE idx = 1`.execute(platform.db);
    await tamper(sql`UPDATE ledger_entries SET document_hash = decode(${'ab'.repeat(32)}, 'hex') WHERE idx = 1`);
    const rewritten = await monitorLedger({ baseUrl: 'http://localhost:8080', previous: second.head!, audit: true, fetch: injectFetch });
    expect(rewritten.ok).toBe(false);
    expect(rewritten.messages.at(-1)).toMatch(/Entry 1\b/);
    await tamper(sql`UPDATE ledger_entries SET document_hash = decode(${original.rows[0]!.hash}, 'hex') WHERE idx = 1`);
    expect((await monitorLedger({ baseUrl: 'http://localhost:8080', previous: second.head!, audit: true, fetch: injectFetch })).ok).toBe(true);
  });
});

describe('the monitor command against a listening server', () => {
  let url: string;
  let stateFile: string;

  beforeAll(async () => {
    await signLedgerHead(platform);
    url = await platform.app.listen({ port: 0, host: '127.0.0.1' });
    stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-monitor-')), 'state.json');
  });

  function monitor(): Promise<{ code: number | null; out: string; err: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ledger', 'monitor', '--url', url, '--state', stateFile], {
        env: { ...process.env, DEMO: '0' },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += String(chunk)));
      child.stderr.on('data', (chunk) => (err += String(chunk)));
      child.on('close', (code) => resolve({ code, out, err }));
    });
  }

  it('exits 0 on an intact log and 1, saying why, once a leaf was rewritten in the database', async () => {
    const good = await monitor();
    expect(good.code, good.err).toBe(0);
    expect(good.out).toMatch(/hash to the signed root/);
    expect(JSON.parse(fs.readFileSync(stateFile, 'utf8'))).toMatchObject({ treeSize: expect.any(Number) });

    // A thorough forger rewrites the entry and its leaf hash together: the root no longer matches.
    await tamper(sql`UPDATE ledger_entries SET document_hash = decode(${'cd'.repeat(32)}, 'hex'), leaf_hash = decode(${'ef'.repeat(32)}, 'hex') WHERE idx = 0`);
    const caught = await monitor();
    expect(caught.code).toBe(1);
    expect(caught.err).toMatch(/Entry 0|signed root/);
  }, 60_000);
});

describe('anchoring signed heads on a chain', () => {
  it('anchors the latest head once, stores the transaction with it, and the chain holds its root', async () => {
    const ganache = (await import('ganache')).default;
    const { custom } = await import('viem');
    const { createChainAnchor } = await import('../../src/trust/ledger/anchor.js');
    const { startLedgerJobs } = await import('../../src/jobs/ledger.js');
    const provider = ganache.provider({ logging: { quiet: true }, wallet: { deterministic: true }, chain: { chainId: 1337 } });
    try {
      const transport = custom({ request: ({ method, params }) => provider.request({ method, params } as never) });
      const [account] = (await provider.request({ method: 'eth_accounts', params: [] })) as `0x${string}`[];
      const anchor = await createChainAnchor({ transport, account: account! });
      await publishNewCourse();
      const log = { info: () => undefined, warn: () => undefined, error: (details: object) => console.error(details) };
      const jobs = startLedgerJobs({ db: platform.db, trust: platform.trust, clock: platform.clock, log, anchor, headEveryMs: 3_600_000 });
      await jobs.tick();
      await jobs.tick(); // nothing new: no second anchor
      await jobs.stop();
      const head = (await get('/ledger/sth')).body as { treeSize: number; rootHash: string; anchor?: { chainId: number; transactionHash: `0x${string}` } };
      expect(head.anchor).toMatchObject({ chainId: 1337, transactionHash: expect.stringMatching(/^0x[0-9a-f]{64}$/) });
      expect(Buffer.from(await anchor.readRoot(head.anchor!.transactionHash)).toString('base64')).toBe(head.rootHash);
      const anchors = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ledger_anchors`.execute(platform.db);
      expect(anchors.rows[0]?.n).toBe(1);
    } finally {
      await provider.disconnect();
    }
  }, 60_000);
});
