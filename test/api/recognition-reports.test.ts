// Recognition reports: a recognition officer (administrator of a higher education institution)
// uploads a credential — the platform's, one re-signed without two elements, another issuer's
// Open Badges 3.0 (did:key), an ELM document — reads the report, records a decision (audited),
// and the learner whose credential it is sees the decision. Every route, every role, bad files.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../src/db/queries/accounts.js';
import { containsText, extractPdfText } from '../../src/documents/pdf-text.js';
import { toEuropeanLearningModel, type ElmSourceCredential } from '../../src/domain/credential/elm.js';
import { credentialIssuerId, signCredential } from '../../src/trust/credentials.js';
import { hashPassword } from '../../src/trust/passwords.js';
import { createTestIssuer } from '../../src/use-cases/credentials/issuers.js';
import { appendToLedger, credentialIssuedEvent } from '../../src/use-cases/ledger.js';
import { awardCredential, type Json } from '../helpers/credentials.js';
import { type Agent, createTestPlatform, DEMO_PASSWORD, PUBLIC_URL, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

interface Report {
  id: string;
  format: string;
  source: string;
  fileName: string | null;
  credentialId: string | null;
  verification: { outcome: string; checks: Array<{ check: string; outcome: string }>; issuer: { inRegistry: boolean }; reason: { en: string } | null };
  elements: Array<{ element: string; found: boolean }>;
  missing: string[];
  criteria: Array<{ criterion: string; status: string; evidence: { en: string; ka: string } }>;
  level: { outcome: string };
  recommendation: { route: string; reasons: Array<{ en: string; ka: string }> };
  decision: { outcome: string; credits: number | null; programme: string; component: string | null } | null;
}

let platform: TestPlatform;
let admin: Agent; // Mtkvari University (a higher education institution) issues and recognises
const target = 'programme=MA%20Education%20Policy&framework=nqf&level=7';

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
});
afterAll(async () => platform.close());

async function signHead() {
  await signLedgerHead(platform);
}

/** Re-signs a copy with the issuer's own key after `change`, and logs it, as a buggy issuer could. */
async function resign(template: Json, change: (credential: Json) => void): Promise<Json> {
  const { proof: _proof, ...credential } = structuredClone(template);
  credential.id = `${PUBLIC_URL}/credentials/${randomUUID()}`;
  change(credential);
  const key = await platform.trust.keyStore.getActiveKey(credentialIssuerId(credential)!);
  const now = platform.clock.now();
  const signed = (await signCredential(credential, { key: key!, documentLoader: platform.trust.documentLoader, date: now })) as Json;
  await platform.db.transaction().execute((trx) => appendToLedger(trx, [credentialIssuedEvent(JSON.stringify(signed), now)]));
  return signed;
}

const microCredential = (credential: Json) => ((credential.credentialSubject as Json).achievement as Json).microCredential as Json;

async function upload(agent: Agent, body: string | Buffer, options: { contentType?: string; query?: string } = {}) {
  return agent.request({
    method: 'POST',
    url: `/api/recognition/reports?${options.query ?? `${target}&fileName=credential.json`}`,
    headers: { 'content-type': options.contentType ?? 'application/json' },
    payload: body,
  });
}

async function report(agent: Agent, credential: unknown, query?: string): Promise<Report> {
  const response = await upload(agent, JSON.stringify(credential), query === undefined ? {} : { query });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Report;
}

const statuses = (r: Report) => Object.fromEntries(r.criteria.map((item) => [item.criterion, item.status]));

/** A user of another role or institution, created for the test and signed in. */
async function signInAs(role: 'provider-admin' | 'learner', providerSlug: string | null): Promise<{ agent: Agent; id: string }> {
  const id = randomUUID();
  const providerId = providerSlug ? (await platform.db.selectFrom('providers').select('id').where('slug', '=', providerSlug).executeTakeFirstOrThrow()).id : null;
  const email = `${role}-${id.slice(0, 8)}@example.ge`;
  await insertUser(platform.db, { id, email, name: `Test ${role}`, passwordHash: await hashPassword(DEMO_PASSWORD), role, providerId });
  return { agent: await platform.signIn(email), id };
}

describe('reports', () => {
  it('recommends the Lisbon Recognition Convention for a complete credential of ours, verified and linked to the stored credential', async () => {
    const { id, credential } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    await signHead();
    const r = await report(admin, credential);
    expect(r).toMatchObject({ format: 'platform', source: 'json', fileName: 'credential.json', credentialId: id, missing: [], recommendation: { route: 'lisbon' } });
    expect(r.verification.outcome).toBe('verified');
    expect(r.elements).toHaveLength(12);
    expect(r.elements.every((item) => item.found)).toBe(true);
    expect(Object.values(statuses(r))).toEqual(Array(7).fill('met'));
    expect(r.level.outcome).toBe('same'); // an NQF 7 course against an NQF 7 programme
    expect(r.recommendation.reasons[0]!.en).toBe('All twelve mandatory elements are present.');
  });

  it('routes to RPL a credential re-signed by its issuer without two elements, naming both', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    const incomplete = await resign(credential, (copy) => {
      delete microCredential(copy).assessmentType;
      delete (microCredential(copy).qualityAssurance as Json).external;
    });
    await signHead();
    const r = await report(admin, incomplete);
    expect(r.missing).toEqual(['assessment', 'qualityAssurance']);
    expect(r.recommendation.route).toBe('rpl');
    expect(r.recommendation.reasons[0]!.en).toContain('2 of the twelve mandatory elements are missing: Type of assessment; Type of quality assurance');
    expect(r.recommendation.reasons[0]!.ka).toContain('შეფასების ფორმა');
    expect(r.verification.checks.find((check) => check.check === 'proof')?.outcome).toBe('passed');
    expect(statuses(r).assessmentMethods).toBe('not-met');
    expect(r.credentialId).toBeNull(); // the re-signed copy is not a stored credential
  });

  it('checks the proof of another issuer’s Open Badges 3.0 credential (did:key) and says its issuer is not in the registry', async () => {
    const testIssuer = await createTestIssuer(platform.db, platform.trust, { at: platform.clock.now() });
    const issued = await platform.app.inject({
      method: 'POST',
      url: '/credentials/issue',
      headers: { authorization: `Bearer ${testIssuer.token}` },
      payload: {
        credential: {
          '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
          type: ['VerifiableCredential', 'OpenBadgeCredential'],
          issuer: { id: testIssuer.id, type: ['Profile'], name: 'Tartu Open University' },
          validFrom: '2026-03-01T10:00:00Z',
          credentialSubject: {
            type: ['AchievementSubject'],
            id: 'did:example:learner',
            achievement: { id: 'https://example.ee/achievements/data-ethics', type: ['Achievement'], name: 'Data Ethics', description: 'A course on data ethics.', criteria: { narrative: 'Pass a written exam.' }, creditsAvailable: 5 },
          },
        },
      },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const external = (issued.json() as { verifiableCredential: Json }).verifiableCredential;
    const r = await report(admin, external);
    expect(r.format).toBe('open-badges');
    expect(r.verification.issuer.inRegistry).toBe(false);
    expect(Object.fromEntries(r.verification.checks.map((check) => [check.check, check.outcome]))).toMatchObject({ proof: 'passed', right: 'not-checked', ledger: 'not-checked' });
    expect(statuses(r)).toMatchObject({ certificateVerification: 'met', courseQuality: 'unknown', workload: 'unknown', learnerIdentification: 'unknown', courseLevel: 'not-met' });
    expect(r.missing).toEqual(['country', 'learningOutcomes', 'level', 'participation', 'qualityAssurance']);
    expect(r.recommendation.route).toBe('rpl');
  });

  it('reads an ELM document, says it is not verifiable here rather than failing, and finds all twelve elements', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    const elm = toEuropeanLearningModel(credential as unknown as ElmSourceCredential);
    const r = await report(admin, elm);
    expect(r.format).toBe('elm');
    expect(r.verification.outcome).toBe('not-verifiable');
    expect(r.verification.reason?.en).toMatch(/^Not verifiable here/);
    expect(r.missing).toEqual([]);
    expect(statuses(r).certificateVerification).toBe('unknown');
    expect(r.recommendation).toMatchObject({ route: 'lisbon', reasons: [expect.anything(), { en: expect.stringContaining('confirm it with the issuer') }] });
  });

  it('reads a badge image as /api/verify does', async () => {
    const { id } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    const png = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${id}/download/png` });
    const response = await upload(admin, png.rawPayload, { contentType: 'image/png', query: `${target}&fileName=badge.png` });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ source: 'png', credentialId: id, fileName: 'badge.png' });
  });

  it('renders the report as a PDF in Georgian and English, and lists the institution’s reports', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    const r = await report(admin, credential);
    const pdf = await admin.request({ method: 'GET', url: `/api/recognition/reports/${r.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await extractPdfText(new Uint8Array(pdf.rawPayload));
    expect(containsText(text, 'Recognition report')).toBe(true);
    expect(containsText(text, 'აღიარების ანგარიში')).toBe(true);
    expect(containsText(text, 'Identification of the learner')).toBe(true);
    expect(containsText(text, 'Assess under the Lisbon Recognition Convention')).toBe(true);
    const list = await admin.request({ method: 'GET', url: '/api/recognition/reports' });
    expect((list.json() as { items: Array<{ id: string }> }).items.map((item) => item.id)).toContain(r.id);
  });
});

describe('bad files', () => {
  it('refuses what is not a credential with a 4xx problem naming the file', async () => {
    const notJson = await upload(admin, 'this is not JSON', { query: `${target}&fileName=notes.json` });
    expect(notJson.statusCode).toBe(422);
    expect(notJson.json()).toMatchObject({ detail: expect.stringContaining('“notes.json”'), errors: [{ path: 'file', code: 'invalid_json' }] });

    const array = await upload(admin, '[1,2]', { query: `${target}&fileName=list.json` });
    expect(array.statusCode).toBe(422);
    expect(array.json()).toMatchObject({ detail: expect.stringContaining('“list.json”') });

    const otherVc = await upload(admin, JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], credentialSubject: { id: 'did:example:1' } }), { query: `${target}&fileName=vc.json` });
    expect(otherVc.statusCode).toBe(422);
    expect(otherVc.json()).toMatchObject({ detail: expect.stringMatching(/^“vc\.json” is not a credential a recognition report can read/), errors: [{ path: 'file', code: 'not_a_credential' }] });

    const image = await upload(admin, Buffer.from('not a png'), { contentType: 'image/png', query: `${target}&fileName=photo.png` });
    expect(image.statusCode).toBe(422);
    expect(image.json()).toMatchObject({ detail: expect.stringContaining('“photo.png”') });
  });

  it('refuses a file over 10 MB, an unknown type and an empty body, naming the file', async () => {
    const huge = await upload(admin, Buffer.alloc(10 * 1024 * 1024 + 1, 32), { query: `${target}&fileName=huge.json` });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ detail: expect.stringContaining('“huge.json” is larger than the 10 MB') });

    const text = await upload(admin, 'hello', { contentType: 'text/plain', query: `${target}&fileName=notes.txt` });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ detail: expect.stringContaining('“notes.txt”') });

    const empty = await upload(admin, '', { query: `${target}&fileName=empty.json` });
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ detail: expect.stringContaining('“empty.json” is empty') });
  });

  it('asks for the target programme and its level', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    const missing = await upload(admin, JSON.stringify(credential), { query: 'fileName=c.json' });
    expect(missing.statusCode).toBe(422);
    const paths = (missing.json() as { errors: Array<{ path: string }> }).errors.map((error) => error.path).join(' ');
    expect(paths).toMatch(/programme/);
    expect(paths).toMatch(/level/);
    const outOfRange = await upload(admin, JSON.stringify(credential), { query: 'programme=MA&level=9' });
    expect(outOfRange.statusCode).toBe(422);
  });
});

describe('decisions', () => {
  it('records a decision once, audits it, and shows it to the learner whose credential it is — and to no one else', async () => {
    const { id, credential } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    await signHead();
    const learner = await signInAs('learner', null);
    await platform.db.updateTable('credentials').set({ learner_user_id: learner.id }).where('id', '=', id).execute();
    const r = await report(admin, credential);

    const tooMany = await admin.request({ method: 'POST', url: `/api/recognition/reports/${r.id}/decision`, payload: { outcome: 'recognised', credits: 50, programme: 'MA Education Policy', reason: 'Outcomes match.' } });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json()).toMatchObject({ errors: [{ path: 'credits', code: 'too_many' }] });
    const noCredits = await admin.request({ method: 'POST', url: `/api/recognition/reports/${r.id}/decision`, payload: { outcome: 'recognised', programme: 'MA Education Policy', reason: 'Outcomes match.' } });
    expect(noCredits.statusCode).toBe(422);
    const noReason = await admin.request({ method: 'POST', url: `/api/recognition/reports/${r.id}/decision`, payload: { outcome: 'refused', programme: 'MA Education Policy' } });
    expect(noReason.statusCode).toBe(422);

    const decided = await admin.request({
      method: 'POST',
      url: `/api/recognition/reports/${r.id}/decision`,
      payload: { outcome: 'recognised', credits: 5, programme: 'MA Education Policy', component: 'Research component', reason: 'The outcomes match the research methods module.' },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect((decided.json() as Report).decision).toMatchObject({ outcome: 'recognised', credits: 5, programme: 'MA Education Policy', component: 'Research component' });
    const again = await admin.request({ method: 'POST', url: `/api/recognition/reports/${r.id}/decision`, payload: { outcome: 'refused', programme: 'MA', reason: 'Changed my mind.' } });
    expect(again.statusCode).toBe(409);
    expect((await admin.request({ method: 'GET', url: `/api/recognition/reports/${r.id}` })).json()).toMatchObject({ decision: { outcome: 'recognised', credits: 5 } });

    const audit = await platform.db.selectFrom('audit_log').select(['action', 'actor_id', 'after']).where('entity_id', '=', r.id).orderBy('id').execute();
    expect(audit.map((row) => row.action)).toEqual(['recognition.report-created', 'recognition.decision-recorded']);
    expect(audit[1]!.after).toMatchObject({ decision: { outcome: 'recognised', credits: 5, programme: 'MA Education Policy' } });

    const seen = await learner.agent.request({ method: 'GET', url: '/api/me/recognition-decisions' });
    expect(seen.statusCode).toBe(200);
    const items = (seen.json() as { items: Array<Json> }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ credentialId: id, outcome: 'recognised', credits: 5, programme: 'MA Education Policy', component: 'Research component', university: { en: expect.any(String) } });

    const other = await signInAs('learner', null);
    expect((await other.agent.request({ method: 'GET', url: '/api/me/recognition-decisions' })).json()).toEqual({ items: [] });
  });

  it('records a refusal without credits', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    const r = await report(admin, credential);
    const withCredits = await admin.request({ method: 'POST', url: `/api/recognition/reports/${r.id}/decision`, payload: { outcome: 'refused', credits: 2, programme: 'MA', reason: 'No match.' } });
    expect(withCredits.statusCode).toBe(422);
    const refused = await admin.request({ method: 'POST', url: `/api/recognition/reports/${r.id}/decision`, payload: { outcome: 'refused', programme: 'MA Education Policy', reason: 'The outcomes do not match any module.' } });
    expect(refused.statusCode, refused.body).toBe(201);
    expect((refused.json() as Report).decision).toMatchObject({ outcome: 'refused', credits: null });
  });
});

describe('who may do what, route by route', () => {
  it('answers 401 to anyone not signed in (with well-formed input, which is validated first)', async () => {
    const id = randomUUID();
    const decision = JSON.stringify({ outcome: 'refused', programme: 'MA', reason: 'x' });
    for (const [method, url, body] of [
      ['POST', `/api/recognition/reports?${target}`, '{}'],
      ['GET', '/api/recognition/reports'],
      ['GET', `/api/recognition/reports/${id}`],
      ['GET', `/api/recognition/reports/${id}/pdf`],
      ['POST', `/api/recognition/reports/${id}/decision`, decision],
      ['GET', '/api/me/recognition-decisions'],
    ] as Array<['GET' | 'POST', string, string?]>) {
      const response = await platform.app.inject({ method, url, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { payload: body }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('lets only administrators of higher education institutions make and read reports, each only their own institution’s', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Recognised Learner' });
    const r = await report(admin, credential);
    const nonHei = await platform.signIn('admin@academy.demo');
    const officer = await platform.signIn('officer@eqe.demo');
    const learner = await platform.signIn('learner@example.demo');
    for (const agent of [nonHei, officer, learner]) {
      expect((await upload(agent, JSON.stringify(credential))).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: '/api/recognition/reports' })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: `/api/recognition/reports/${r.id}` })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: `/api/recognition/reports/${r.id}/pdf` })).statusCode).toBe(403);
      expect((await agent.request({ method: 'POST', url: `/api/recognition/reports/${r.id}/decision`, payload: { outcome: 'refused', programme: 'MA', reason: 'x' } })).statusCode).toBe(403);
    }
    // Another university's officer: the report is not theirs to read or decide on.
    const rioni = await signInAs('provider-admin', 'rioni-university');
    expect((await rioni.agent.request({ method: 'GET', url: `/api/recognition/reports/${r.id}` })).statusCode).toBe(404);
    expect((await rioni.agent.request({ method: 'GET', url: `/api/recognition/reports/${r.id}/pdf` })).statusCode).toBe(404);
    expect((await rioni.agent.request({ method: 'POST', url: `/api/recognition/reports/${r.id}/decision`, payload: { outcome: 'refused', programme: 'MA', reason: 'x' } })).statusCode).toBe(404);
    expect((await rioni.agent.request({ method: 'GET', url: '/api/recognition/reports' })).json()).toEqual({ items: [] });
    expect((await upload(rioni.agent, JSON.stringify(credential))).statusCode).toBe(201);
    // The learners' list is for learners only.
    expect((await admin.request({ method: 'GET', url: '/api/me/recognition-decisions' })).statusCode).toBe(403);
  });
});
