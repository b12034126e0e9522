// A learner's personal data: the download of everything held about them, and erasure at their
// request. Erasure leaves no trace of the learner's name or e-mail in any table, leaves the
// ledger exactly as it was, and the learner's own copy of their credential still verifies.
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../src/db/queries/accounts.js';
import { sha256Hex } from '../../src/trust/ledger/entry.js';
import { hashPassword } from '../../src/trust/passwords.js';
import { type Agent, createTestPlatform, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

type Json = Record<string, unknown>;

const AWARD_DATE = '2026-11-20';
const PASSWORD = 'a learner password 7';
// Distinctive, so that a search of every table finds nothing else.
const ERASED = { name: 'Tinatin Erasurashvili', email: 'tinatin.erasure@example.ge' };
const OTHER = { name: 'Levan Keepadze', email: 'levan.keeps@example.ge' };

let platform: TestPlatform;
let admin: Agent;
let erasing: Agent;
let other: Agent;
let erasingId: string;
let otherId: string;
let credentialId: string;
let otherCredentialId: string;
let code: string;

const anonymous = (options: InjectOptions) => platform.app.inject(options);

async function createLearner(person: { name: string; email: string }): Promise<string> {
  const id = randomUUID();
  await insertUser(platform.db, { id, email: person.email, name: person.name, passwordHash: await hashPassword(PASSWORD), role: 'learner', providerId: null });
  return id;
}

/** Awards the course to the person and keeps the credential in their account (as the claim link would). */
async function awardTo(person: { name: string; email: string }, userId: string): Promise<string> {
  const response = await admin.request({ method: 'POST', url: '/api/workspace/credentials', payload: { courseCode: code, awardDate: AWARD_DATE, learnerName: person.name, learnerEmail: person.email } });
  expect(response.statusCode, response.body).toBe(201);
  const id = (response.json() as { id: string }).id;
  await platform.db.updateTable('credentials').set({ learner_user_id: userId }).where('id', '=', id).execute();
  return id;
}

async function addShareLink(credential: string, userId: string, label: string) {
  const now = platform.clock.now();
  await platform.db
    .insertInto('share_links')
    .values({ id: randomUUID(), credential_id: credential, user_id: userId, token_hash: sha256Hex(randomUUID()), label, created_at: now, expires_at: new Date(now.getTime() + 86_400_000) })
    .execute();
}

/**
 * A university's recognition report on the credential, quoting the learner's name (the report
 * as the officer read it) and a decision recorded on it, when the recognition tables exist.
 */
let reportId: string | undefined;
async function addRecognitionReport(credential: string) {
  const exists = await sql<{ found: string | null }>`SELECT to_regclass('recognition_decisions')::text AS found`.execute(platform.db);
  if ((exists.rows[0]?.found ?? null) === null) return;
  const officer = await platform.db.selectFrom('users').select(['id', 'provider_id']).where('email', '=', 'admin@university.demo').executeTakeFirstOrThrow();
  reportId = randomUUID();
  const report = JSON.stringify({ elements: { learnerName: ERASED.name, courseCode: code }, note: `Uploaded by ${ERASED.name}` });
  await sql`INSERT INTO recognition_reports (id, provider_id, created_by, file_name, source, format, document_sha256, credential_id, target_programme, target_framework, target_level, route, report)
    VALUES (${reportId}, ${officer.provider_id}, ${officer.id}, ${`${ERASED.name}.json`}, 'json', 'platform', ${'0'.repeat(64)}, ${credential}, 'MA Education Policy', 'nqf', 7, 'lisbon', ${report}::jsonb)`.execute(platform.db);
  await sql`INSERT INTO recognition_decisions (id, report_id, decided_by, outcome, credits, programme, reason)
    VALUES (${randomUUID()}, ${reportId}, ${officer.id}, 'recognised', 5, 'MA Education Policy', 'Complete elements.')`.execute(platform.db);
}

/** Tables (outside the ledger's) with a row whose text contains the needle, case-insensitively. */
async function tablesMentioning(needle: string): Promise<string[]> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(platform.db);
  const found: string[] = [];
  for (const { table_name: table } of tables.rows) {
    const hits = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} AS t WHERE t::text ILIKE ${`%${needle}%`}`.execute(platform.db);
    if (hits.rows[0]!.n > 0) found.push(table);
  }
  return found;
}

async function ledgerState() {
  const sth = (await anonymous({ method: 'GET', url: '/ledger/sth' })).json() as Json;
  const entries = await platform.db.selectFrom('ledger_entries').select(['idx', 'event_type', 'document_hash', 'leaf_hash']).orderBy('idx').execute();
  return { treeSize: sth.treeSize ?? sth.tree_size, rootHash: sth.rootHash ?? sth.sha256_root_hash, entries: entries.map((row) => ({ ...row, document_hash: row.document_hash.toString('hex'), leaf_hash: row.leaf_hash.toString('hex') })) };
}

async function verifyText(text: string) {
  const response = await anonymous({ method: 'POST', url: '/api/verify', headers: { 'content-type': 'application/json' }, payload: text });
  expect(response.statusCode, response.body).toBe(200);
  const { result } = response.json() as { result: { verified: boolean; checks: Array<{ check: string; outcome: string }> } };
  return { verified: result.verified, outcomes: Object.fromEntries(result.checks.map((check) => [check.check, check.outcome])) };
}

const exportOf = async (agent: Agent) => {
  const response = await agent.request({ method: 'GET', url: '/api/me/data' });
  expect(response.statusCode, response.body).toBe(200);
  return response;
};

beforeAll(async () => {
  platform = await createTestPlatform();
  code = platform.demo!.codes['ai-research']!;
  admin = await platform.signIn('admin@university.demo');
  erasingId = await createLearner(ERASED);
  otherId = await createLearner(OTHER);
  credentialId = await awardTo(ERASED, erasingId);
  otherCredentialId = await awardTo(OTHER, otherId);
  await addShareLink(credentialId, erasingId, 'for my employer');
  await addRecognitionReport(credentialId);
  // A signed tree head over the issuances, as the minute's job would make.
  await signLedgerHead(platform);
  await addShareLink(otherCredentialId, otherId, 'for the other employer');
  erasing = await platform.signIn(ERASED.email, PASSWORD);
  other = await platform.signIn(OTHER.email, PASSWORD);
});
afterAll(async () => platform?.close());

describe('who may use the personal data routes', () => {
  it('refuses anyone signed out (401) and every role but a learner (403)', async () => {
    for (const route of [
      { method: 'GET', url: '/api/me/data' },
      { method: 'POST', url: '/api/me/erasure', payload: { password: PASSWORD } },
    ] as const) {
      expect((await anonymous(route)).statusCode).toBe(401);
      for (const email of ['admin@university.demo', 'officer@eqe.demo']) {
        const agent = await platform.signIn(email);
        const response = await agent.request(route);
        expect(response.statusCode, `${email} ${route.url}`).toBe(403);
      }
    }
    // The other learners' data and credentials are still all there.
    expect(await platform.db.selectFrom('credentials').select('id').where('erased_at', 'is not', null).execute()).toHaveLength(0);
  });

  it('refuses an erasure without the CSRF header, and a body without a password', async () => {
    const noCsrf = await platform.app.inject({ method: 'POST', url: '/api/me/erasure', headers: { cookie: erasing.cookie }, payload: { password: PASSWORD } });
    expect(noCsrf.statusCode).toBe(403);
    const empty = await erasing.request({ method: 'POST', url: '/api/me/erasure', payload: {} });
    expect(empty.statusCode).toBe(422);
    expect((await platform.db.selectFrom('users').select('erased_at').where('id', '=', erasingId).executeTakeFirstOrThrow()).erased_at).toBeNull();
  });
});

describe('downloading my data', () => {
  it('holds the account, the credential with its signed document, share links and e-mails, and nothing of another learner', async () => {
    const response = await exportOf(erasing);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="microcred-my-data-\d{4}-\d{2}-\d{2}\.json"/);
    const data = response.json() as Json & {
      account: Json;
      credentials: Array<Json & { document: string }>;
      shareLinks: Json[];
      emails: Array<Json & { body: string }>;
      recognition_reports?: Json[];
      recognition_decisions?: Json[];
    };
    expect(data.account).toMatchObject({ id: erasingId, email: ERASED.email, name: ERASED.name, role: 'learner' });
    expect(data.credentials.map((credential) => credential.id)).toEqual([credentialId]);
    expect(data.credentials[0]).toMatchObject({ learnerName: ERASED.name, learnerEmail: ERASED.email, state: 'valid', keptInAccount: true, awardDate: AWARD_DATE });
    const stored = await platform.db.selectFrom('credentials').select('document').where('id', '=', credentialId).executeTakeFirstOrThrow();
    expect(data.credentials[0]!.document).toBe(stored.document);
    expect(data.shareLinks).toEqual([expect.objectContaining({ credentialId, label: 'for my employer', views: 0 })]);
    if (reportId) {
      expect(data.recognition_reports).toEqual([expect.objectContaining({ id: reportId, credential_id: credentialId })]);
      expect(data.recognition_decisions).toEqual([expect.objectContaining({ report_id: reportId, outcome: 'recognised' })]);
    }
    expect(data.emails.length).toBeGreaterThan(0);
    expect(data.emails.every((email) => email.to === ERASED.email)).toBe(true);
    expect(data.emails[0]!.body).toContain('/claim/');
    // Nothing of the other learner.
    for (const foreign of [OTHER.name, OTHER.email, otherId, otherCredentialId, 'for the other employer']) expect(response.body).not.toContain(foreign);
    // And the other learner's own download has none of the first's.
    const theirs = await exportOf(other);
    for (const foreign of [ERASED.name, ERASED.email, erasingId, credentialId, 'for my employer']) expect(theirs.body).not.toContain(foreign);
  });

  it("the saved credential from the download verifies with all five checks", async () => {
    const data = (await exportOf(erasing)).json() as { credentials: Array<{ document: string }> };
    const checked = await verifyText(data.credentials[0]!.document);
    expect(checked).toEqual({ verified: true, outcomes: { proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' } });
  });
});

describe('erasure', () => {
  let savedCopy: string;
  let claimPath: string;
  let ledgerBefore: Awaited<ReturnType<typeof ledgerState>>;

  beforeAll(async () => {
    const data = (await exportOf(erasing)).json() as { credentials: Array<{ document: string }>; emails: Array<{ body: string }> };
    savedCopy = data.credentials[0]!.document;
    claimPath = /\/claim\/[A-Za-z0-9_-]+/.exec(data.emails[0]!.body)![0];
    expect((await anonymous({ method: 'GET', url: `/api${claimPath.replace('/claim/', '/claims/')}` })).statusCode).toBe(200);
    ledgerBefore = await ledgerState();
  });

  it('refuses a wrong password and changes nothing', async () => {
    const response = await erasing.request({ method: 'POST', url: '/api/me/erasure', payload: { password: 'not my password' } });
    expect(response.statusCode).toBe(422);
    expect((response.json() as { errors: Array<{ path: string }> }).errors.map((error) => error.path)).toEqual(['password']);
    const row = await platform.db.selectFrom('credentials').select(['learner_name', 'document', 'erased_at']).where('id', '=', credentialId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ learner_name: ERASED.name, document: savedCopy, erased_at: null });
    expect((await exportOf(erasing)).json()).toMatchObject({ account: { email: ERASED.email } });
    expect(await tablesMentioning(ERASED.email)).toContain('users');
  });

  it('removes the name and e-mail from every table, ends the sessions, and keeps the ledger as it was', async () => {
    const response = await erasing.request({ method: 'POST', url: '/api/me/erasure', payload: { password: PASSWORD } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ credentials: 1, shareLinks: 1 });
    expect((response.json() as { emails: number }).emails).toBeGreaterThan(0);
    expect(response.cookies.find((cookie) => cookie.name === 'mc_session')?.value).toBe('');

    expect(await tablesMentioning(ERASED.name)).toEqual([]);
    expect(await tablesMentioning(ERASED.email)).toEqual([]);
    expect(await tablesMentioning('Erasurashvili')).toEqual([]);

    // The ledger: the same entries and the same signed root.
    expect(await ledgerState()).toEqual(ledgerBefore);

    // The credential's row stays, with its state and status entry, and the hash of what was issued.
    const row = await platform.db.selectFrom('credentials').selectAll().where('id', '=', credentialId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'valid', document: null, learner_name: null, learner_email: null, claim_token_hash: null, learner_user_id: null, erased_document_sha256: sha256Hex(savedCopy) });
    expect(row.erased_at).not.toBeNull();

    // The audit row names the account by id only.
    const audit = await platform.db.selectFrom('audit_log').selectAll().where('action', '=', 'personal-data.erased').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: erasingId, entity_type: 'user', entity_id: erasingId });

    // Signed out everywhere, and the old password opens nothing.
    expect((await erasing.request({ method: 'GET', url: '/api/me/data' })).statusCode).toBe(401);
    const login = await anonymous({ method: 'POST', url: '/api/session', payload: { email: ERASED.email, password: PASSWORD }, remoteAddress: '10.251.0.1' });
    expect(login.statusCode).toBe(401);
  });

  it("keeps the university's recognition decision, its report without the learner's name", async () => {
    if (!reportId) return;
    const report = await sql<{ file_name: string | null; report: Json }>`SELECT file_name, report FROM recognition_reports WHERE id = ${reportId}`.execute(platform.db);
    expect(report.rows[0]).toEqual({ file_name: null, report: { elements: { learnerName: '[erased]', courseCode: code }, note: 'Uploaded by [erased]' } });
    const decisions = await sql<{ n: number }>`SELECT count(*)::int AS n FROM recognition_decisions WHERE report_id = ${reportId}`.execute(platform.db);
    expect(decisions.rows[0]!.n).toBe(1);
  });

  it("leaves the other learner's data alone", async () => {
    const row = await platform.db.selectFrom('credentials').select(['learner_name', 'document', 'erased_at']).where('id', '=', otherCredentialId).executeTakeFirstOrThrow();
    expect(row.learner_name).toBe(OTHER.name);
    expect(row.erased_at).toBeNull();
    const data = (await exportOf(other)).json() as { shareLinks: unknown[]; emails: unknown[] };
    expect(data.shareLinks).toHaveLength(1);
    expect(data.emails.length).toBeGreaterThan(0);
  });

  it("the learner's saved copy still verifies: all five checks pass", async () => {
    expect(await verifyText(savedCopy)).toEqual({ verified: true, outcomes: { proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' } });
  });

  it('the stored copy is gone: verification by id, the claim link and downloads say so', async () => {
    const byId = await anonymous({ method: 'GET', url: `/api/verify/${credentialId}` });
    expect(byId.statusCode).toBe(404);
    expect((byId.json() as { detail: string }).detail).toMatch(/erased at the learner's request.*Verify the learner's own file/);
    expect((await anonymous({ method: 'GET', url: `/api${claimPath.replace('/claim/', '/claims/')}` })).statusCode).toBe(404);
    const download = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${credentialId}/download/pdf` });
    expect(download.statusCode).toBe(404);
    expect((download.json() as { detail: string }).detail).toMatch(/erased/);
    const detail = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${credentialId}` });
    expect(detail.statusCode).toBe(404);
  });

  it("the provider's list shows the credential without the learner", async () => {
    const list = await admin.request({ method: 'GET', url: '/api/workspace/credentials' });
    expect(list.statusCode).toBe(200);
    const item = (list.json() as { items: Json[] }).items.find((entry) => entry.id === credentialId);
    expect(item).toMatchObject({ learnerName: null, learnerEmail: null, state: 'valid' });
  });

  it('the provider can still revoke it; the saved copy then fails only the status check', async () => {
    const response = await admin.request({ method: 'POST', url: `/api/workspace/credentials/${credentialId}/status`, payload: { state: 'revoked', reason: 'Assessment found to be invalid.' } });
    expect(response.statusCode, response.body).toBe(200);
    await signLedgerHead(platform);
    // The revocation's ledger entry names the credential by the hash of the text as issued.
    const last = await platform.db.selectFrom('ledger_entries').select(['event_type', 'document']).orderBy('idx', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(last.event_type).toBe('credential.revoked');
    expect(last.document).toMatchObject({ credential: sha256Hex(savedCopy), from: 'valid', to: 'revoked' });
    expect(await verifyText(savedCopy)).toEqual({ verified: false, outcomes: { proof: 'passed', status: 'failed', right: 'passed', elements: 'passed', ledger: 'passed' } });
  });

  it('awarding the same course again to the same address makes a new credential', async () => {
    const again = await admin.request({ method: 'POST', url: '/api/workspace/credentials', payload: { courseCode: code, awardDate: AWARD_DATE, learnerName: ERASED.name, learnerEmail: ERASED.email } });
    expect(again.statusCode, again.body).toBe(201);
    expect((again.json() as { id: string }).id).not.toBe(credentialId);
  });
});
