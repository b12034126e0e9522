// Credentials over HTTP: a provider administrator awards a course (one learner, or a CSV / JSON
// list issued in the background), the learner opens the claim link and downloads the credential,
// the provider suspends, reinstates and revokes it, and a verifier reads only public documents
// (the issuer's DID document and the status list) to check it.
import fs from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFromPng, extractFromSvg } from '../../src/documents/badge.js';
import { containsText, extractPdfText } from '../../src/documents/pdf-text.js';
import { credentialElements } from '../../src/domain/credential/elements.js';
import { emailIdentityHash } from '../../src/domain/credential/open-badge.js';
import { checkCredentialStatus, verifyCredential, type JsonObject } from '../../src/trust/credentials.js';
import { didWebToUrl } from '../../src/trust/did-web.js';
import { createDocumentLoader, type DocumentLoader } from '../../src/trust/document-loader.js';
import { rotateProviderKey } from '../../src/use-cases/credentials/issuers.js';
import { type Agent, createTestPlatform, PUBLIC_URL, type TestPlatform } from '../helpers/platform.js';

type Json = Record<string, unknown>;

const OB3_SCHEMA = '/work/shared/reference/ob3/ob_v3p0_achievementcredential_schema.json';
const ISSUER_DID = 'did:web:localhost%3A8080:issuers:mtkvari-university';
const AWARD_DATE = '2026-11-20';

let platform: TestPlatform;
let admin: Agent; // mtkvari-university, the provider of the sample course
let otherAdmin: Agent; // another provider
let learner: Agent;
let officer: Agent;
let code: string; // ai-research: the provider holds a valid right
let noRightCode: string; // research-methods: the provider's, without a right
let otherProviderCode: string; // inclusive-education: another provider's course
let suspendedRightCode: string; // public-procurement: the provider's, its right suspended since 2026-10-20
let providerId: string;
let course: { versionNo: number; titleKa: string; titleEn: string; ects: number };

// Every response body of the routes under test, for the check that no secret ever leaks.
const bodies: string[] = [];
function record(response: LightMyRequestResponse): LightMyRequestResponse {
  bodies.push(response.rawPayload.toString('latin1'));
  return response;
}
const anonymous = async (options: InjectOptions) => record(await platform.app.inject(options));
const as = (agent: Agent) => async (options: InjectOptions) => record(await agent.request(options));

async function countCredentials(): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM credentials`.execute(platform.db);
  return result.rows[0]!.n;
}

const pathsOf = (response: LightMyRequestResponse) => (response.json() as { errors?: Array<{ path: string }> }).errors?.map((error) => error.path) ?? [];
const codesOf = (response: LightMyRequestResponse) => (response.json() as { errors?: Array<{ code: string }> }).errors?.map((error) => error.code) ?? [];

/** A verifier that knows only the platform's public HTTP documents (DID documents, status lists). */
function publicDocumentLoader(): DocumentLoader {
  const get = async (url: string) => {
    const response = await anonymous({ method: 'GET', url: url.slice(PUBLIC_URL.length) });
    return response.statusCode === 200 ? (response.json() as unknown) : undefined;
  };
  return createDocumentLoader({
    resolveDidWeb: async (did) => get(didWebToUrl(did, { protocol: 'http:' }).toString()),
    loadDocument: async (url) => (url.startsWith(`${PUBLIC_URL}/status-lists/`) ? get(url) : undefined),
  });
}

interface AwardResponse {
  id: string;
  state: string;
  awardDate: string;
  verifyUrl: string;
  claimUrl: string;
  elements: ReturnType<typeof credentialElements>;
  credential: Json & { proof: Json; credentialStatus: Json };
}

async function awardOne(row: { courseCode?: string; learnerName: string; learnerEmail: string; awardDate?: string }): Promise<AwardResponse> {
  const response = await as(admin)({
    method: 'POST',
    url: '/api/workspace/credentials',
    payload: { courseCode: code, awardDate: AWARD_DATE, ...row },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function storedDocument(id: string): Promise<string> {
  const row = await platform.db.selectFrom('credentials').select('document').where('id', '=', id).executeTakeFirstOrThrow();
  return row.document;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  const codes = platform.demo!.codes;
  code = codes['ai-research']!;
  noRightCode = codes['research-methods']!;
  otherProviderCode = codes['inclusive-education']!;
  suspendedRightCode = codes['public-procurement']!;
  admin = await platform.signIn('admin@university.demo');
  otherAdmin = await platform.signIn('admin@academy.demo');
  learner = await platform.signIn('learner@example.demo');
  officer = await platform.signIn('officer@eqe.demo');
  providerId = (await platform.db.selectFrom('providers').select('id').where('slug', '=', 'mtkvari-university').executeTakeFirstOrThrow()).id;
  const version = await platform.db
    .selectFrom('course_versions as v')
    .innerJoin('courses as c', 'c.id', 'v.course_id')
    .select(['v.version_no', 'v.title_ka', 'v.title_en', 'v.ects'])
    .where('c.code', '=', code)
    .where('v.status', '=', 'published')
    .orderBy('v.version_no', 'desc')
    .executeTakeFirstOrThrow();
  course = { versionNo: version.version_no, titleKa: version.title_ka, titleEn: version.title_en, ects: Number(version.ects) };
});
afterAll(async () => platform?.close());

// ---------------------------------------------------------------------------------------

describe('awarding a course to one learner', () => {
  const learnerName = 'ნინო გელაშვილი';
  const learnerEmail = 'Nino.Gelashvili@Example.org';
  let awarded: AwardResponse;
  let document: string;

  beforeAll(async () => {
    awarded = await awardOne({ learnerName, learnerEmail });
    document = await storedDocument(awarded.id);
  });

  it('answers 201 with the stored credential, which verifies with its status checked', async () => {
    expect(awarded).toMatchObject({ state: 'valid', awardDate: AWARD_DATE, verifyUrl: `${PUBLIC_URL}/verify/${awarded.id}` });
    expect(awarded.credential).toEqual(JSON.parse(document));
    expect(awarded.credential.issuer).toMatchObject({ id: ISSUER_DID });
    expect(awarded.credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
    expect(String(awarded.credential.proof.verificationMethod).startsWith(`${ISSUER_DID}#z6Mk`)).toBe(true);
    const result = await verifyCredential(JSON.parse(document) as object, { documentLoader: platform.trust.documentLoader, checkStatus: true });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    // A verifier that only reads the platform's public documents over HTTP agrees.
    expect((await verifyCredential(JSON.parse(document) as object, { documentLoader: publicDocumentLoader(), checkStatus: true })).verified).toBe(true);
  });

  it('stops verifying when any one field of it changes', async () => {
    const tamper = (change: (credential: Json) => void) => {
      const copy = JSON.parse(document) as Json;
      change(copy);
      return copy;
    };
    const subject = (credential: Json) => credential.credentialSubject as Json & { identifier: Json[]; achievement: Json & { microCredential: Json } };
    const changes: Record<string, Json> = {
      'learner name': tamper((c) => void (subject(c).identifier.find((item) => item.identityType === 'name')!.identityHash = 'ნინო გელაშვილა')),
      'e-mail hash': tamper((c) => {
        const email = subject(c).identifier.find((item) => item.identityType === 'emailAddress')!;
        email.identityHash = emailIdentityHash('someone.else@example.org', String(email.salt));
      }),
      ECTS: tamper((c) => void (subject(c).achievement.microCredential.ectsCredits = course.ects + 1)),
      'date of award': tamper((c) => void (c.awardedDate = '2026-11-21T00:00:00Z')),
      'title (en)': tamper((c) => void ((subject(c).achievement.microCredential.titleTranslations as Json).en = `${course.titleEn}!`)),
      'issuer name': tamper((c) => void ((c.issuer as Json).name = 'Another University')),
      'status entry': tamper((c) => {
        const status = c.credentialStatus as Json;
        const index = String((Number(status.statusListIndex) + 1) % 131_072);
        Object.assign(status, { statusListIndex: index, id: `${String(status.statusListCredential)}#${index}` });
      }),
      'valid from': tamper((c) => void (c.validFrom = '2026-11-27T09:00:00Z')),
    };
    // One byte of the signed document's text, in the middle of the course description.
    const at = document.indexOf('"knowledge"') + 40;
    const flipped = document.slice(0, at) + String.fromCharCode(document.charCodeAt(at) ^ 1) + document.slice(at + 1);
    expect(flipped).not.toBe(document);
    changes['one byte of the text'] = JSON.parse(flipped) as Json;

    const stillVerified: string[] = [];
    for (const [name, changed] of Object.entries(changes)) {
      expect(changed, name).not.toEqual(JSON.parse(document));
      const result = await verifyCredential(changed, { documentLoader: platform.trust.documentLoader });
      if (result.verified) stillVerified.push(name);
    }
    expect(stillVerified).toEqual([]);
  });

  it('is valid against the Open Badges 3.0 JSON schema (proof wrapped in an array)', () => {
    const schema = JSON.parse(fs.readFileSync(OB3_SCHEMA, 'utf8')) as object;
    // ajv-formats is CommonJS: under NodeNext its default import is the module object.
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormatsModule.default(ajv);
    const validate = ajv.compile(schema);
    const credential = JSON.parse(document) as Json;
    const valid = validate({ ...credential, proof: [credential.proof] });
    expect(valid ? [] : validate.errors?.map((error) => `${error.instancePath} ${error.message}`)).toEqual([]);
  });

  it('carries every EU element, the course version and its registry URL', () => {
    const elements = credentialElements(JSON.parse(document));
    expect(elements.missing).toEqual([]);
    expect(elements).toMatchObject({
      learnerName,
      title: { ka: course.titleKa, en: course.titleEn },
      awardedDate: AWARD_DATE,
      ectsCredits: course.ects,
      country: 'GE',
      courseCode: code,
      courseVersion: course.versionNo,
      registryUrl: `${PUBLIC_URL}/courses/${code}/versions/${course.versionNo}`,
      issuer: { id: ISSUER_DID },
    });
    expect(awarded.elements).toEqual(elements);
  });

  it('has the e-mail only as a salted hash', () => {
    expect(document.toLowerCase()).not.toContain('nino.gelashvili@example.org');
    expect(document.toLowerCase()).not.toContain('nino.gelashvili');
    const identifiers = (JSON.parse(document) as { credentialSubject: { identifier: Json[] } }).credentialSubject.identifier;
    const email = identifiers.find((item) => item.identityType === 'emailAddress')!;
    expect(email).toMatchObject({ type: 'IdentityObject', hashed: true });
    expect(String(email.salt).length).toBeGreaterThanOrEqual(16);
    expect(email.identityHash).toBe(emailIdentityHash(learnerEmail, String(email.salt)));
    expect(email.identityHash).not.toBe(emailIdentityHash(learnerEmail, ''));
  });

  describe("the learner's claim link", () => {
    let token: string;

    it('is e-mailed to the learner, once', async () => {
      const emails = await platform.db.selectFrom('email_outbox').selectAll().where('to_address', '=', 'nino.gelashvili@example.org').execute();
      expect(emails).toHaveLength(1);
      const link = new RegExp(`${PUBLIC_URL}/claim/([A-Za-z0-9_-]{20,})`).exec(emails[0]!.body_text);
      expect(link, emails[0]!.body_text).not.toBeNull();
      token = link![1]!;
      expect(awarded.claimUrl).toBe(`${PUBLIC_URL}/claim/${token}`);
      expect(emails[0]!.subject).toContain(course.titleEn);
      expect(emails[0]!.body_text).toContain(learnerName);
    });

    it('opens the credential with its elements in Georgian and English', async () => {
      const response = await anonymous({ method: 'GET', url: `/api/claims/${token}` });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ id: awarded.id, state: 'valid', awardDate: AWARD_DATE, credential: JSON.parse(document) });
      expect(body.elements.title).toEqual({ ka: course.titleKa, en: course.titleEn });
      expect(body.elements.learnerName).toBe(learnerName);
      expect(body.elements.missing).toEqual([]);
      expect(body.elements.learningOutcomes.knowledge.length).toBeGreaterThan(0);
      for (const outcome of body.elements.learningOutcomes.knowledge as Array<{ ka: string; en: string }>) {
        expect(outcome.ka).toMatch(/[\u10D0-\u10FF]/); // Georgian script
        expect(outcome.en).toMatch(/[A-Za-z]/);
      }
    });

    it('downloads the credential in every format with the right content type', async () => {
      const expected: Record<string, RegExp> = {
        json: /^application\/vc\+ld\+json/,
        pdf: /^application\/pdf/,
        png: /^image\/png/,
        svg: /^image\/svg\+xml/,
        elm: /^application\/ld\+json/,
      };
      for (const [format, type] of Object.entries(expected)) {
        const response = await anonymous({ method: 'GET', url: `/api/claims/${token}/download/${format}` });
        expect(response.statusCode, `${format}: ${response.body.slice(0, 200)}`).toBe(200);
        expect(response.headers['content-type'], format).toMatch(type);
        expect(response.headers['content-disposition'], format).toMatch(/^attachment; filename="credential-[0-9a-f-]+\./);
        expect(response.rawPayload.length, format).toBeGreaterThan(100);
      }
      const elm = await anonymous({ method: 'GET', url: `/api/claims/${token}/download/elm` });
      expect(elm.body).toContain(course.titleEn);
      const unknown = await anonymous({ method: 'GET', url: `/api/claims/${token}/download/docx` });
      expect(unknown.statusCode).toBe(422);
    });

    it('gives the signed JSON byte for byte as stored, and baked into the badges', async () => {
      const json = await anonymous({ method: 'GET', url: `/api/claims/${token}/download/json` });
      expect(json.rawPayload.equals(Buffer.from(document, 'utf8'))).toBe(true);
      const png = await anonymous({ method: 'GET', url: `/api/claims/${token}/download/png` });
      expect(png.rawPayload.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(extractFromPng(new Uint8Array(png.rawPayload))).toBe(document);
      const svg = await anonymous({ method: 'GET', url: `/api/claims/${token}/download/svg` });
      expect(svg.body).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
      expect(extractFromSvg(svg.body)).toBe(document);
    });

    it("gives a PDF certificate with the learner's name, the title in both languages and the verification URL", async () => {
      const pdf = await anonymous({ method: 'GET', url: `/api/claims/${token}/download/pdf` });
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await extractPdfText(new Uint8Array(pdf.rawPayload));
      for (const expected of [learnerName, course.titleKa, course.titleEn, `${PUBLIC_URL}/verify/${awarded.id}`]) {
        expect(containsText(text, expected), `${expected} in ${JSON.stringify(text.pages.map((page) => page.lines))}`).toBe(true);
      }
    });

    it('opens nothing with a wrong token', async () => {
      const wrong = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const url of [`/api/claims/${wrong}`, `/api/claims/${wrong}/download/json`, `/api/claims/${'x'.repeat(43)}/download/pdf`]) {
        const response = await anonymous({ method: 'GET', url });
        expect(response.statusCode, url).toBe(404);
        expect(response.body).not.toContain(awarded.id);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------

describe('refusing an award', () => {
  const good = () => ({ courseCode: code, learnerName: 'Levan Refused', learnerEmail: 'levan.refused@example.org', awardDate: AWARD_DATE });

  it.each([
    ['an award date before the right', { awardDate: '2025-10-01' }, 'rows.0.awardDate', undefined],
    ['a course without a right', { courseCode: 'RESEARCH_METHODS' }, 'rows.0.awardDate', undefined],
    ["another provider's course", { courseCode: 'OTHER_PROVIDER' }, 'rows.0.courseCode', 'not_yours'],
    ['a date on which the right was suspended', { courseCode: 'SUSPENDED_RIGHT' }, 'rows.0.awardDate', 'right_suspended'],
    ['a date inside the right, issued after it was suspended (backdating)', { courseCode: 'SUSPENDED_RIGHT', awardDate: '2026-10-01' }, 'rows.0.awardDate', 'right_suspended_today'],
    ['an unknown course', { courseCode: 'MC-2026-9999' }, 'rows.0.courseCode', 'unknown_course'],
    ['a date in the future', { awardDate: '2026-11-29' }, 'rows.0.awardDate', 'future'],
    ['a date that does not exist', { awardDate: '2026-02-30' }, 'rows.0.awardDate', 'format'],
    ['a bad e-mail', { learnerEmail: 'levan.refused@example' }, 'rows.0.learnerEmail', 'format'],
    ['an empty name', { learnerName: '  ' }, 'rows.0.learnerName', 'required'],
  ])('refuses %s with 422 naming the field, and writes nothing', async (_name, change, path, errorCode) => {
    const row: Record<string, string> = { ...good(), ...change };
    if (row.courseCode === 'RESEARCH_METHODS') row.courseCode = noRightCode;
    if (row.courseCode === 'OTHER_PROVIDER') row.courseCode = otherProviderCode;
    if (row.courseCode === 'SUSPENDED_RIGHT') row.courseCode = suspendedRightCode;
    const before = await countCredentials();
    const outbox = await platform.db.selectFrom('email_outbox').select('id').execute();
    const response = await as(admin)({ method: 'POST', url: '/api/workspace/credentials', payload: row });
    expect(response.statusCode, response.body).toBe(422);
    expect(pathsOf(response)).toEqual([path]);
    if (errorCode) expect(codesOf(response)).toEqual([errorCode]);
    expect(await countCredentials()).toBe(before);
    expect(await platform.db.selectFrom('email_outbox').select('id').execute()).toHaveLength(outbox.length);
  });

  it('refuses unknown fields', async () => {
    const response = await as(admin)({ method: 'POST', url: '/api/workspace/credentials', payload: { ...good(), ects: 10 } });
    expect(response.statusCode).toBe(422);
    expect(pathsOf(response)).toEqual(['ects']);
  });

  it('issues one credential when the same award is sent several times at once (one 201, the rest 409)', async () => {
    const row = { ...good(), learnerName: 'Salome Simultaneous', learnerEmail: 'salome.simultaneous@example.org' };
    const before = await countCredentials();
    const responses = await Promise.all(Array.from({ length: 4 }, () => as(admin)({ method: 'POST', url: '/api/workspace/credentials', payload: row })));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(await countCredentials()).toBe(before + 1);
    expect(await platform.db.selectFrom('email_outbox').select('id').where('to_address', '=', row.learnerEmail).execute()).toHaveLength(1);
  });

  it('refuses the same award twice with 409 (the e-mail compared without case)', async () => {
    const row = { ...good(), learnerName: 'Levan Twice', learnerEmail: 'levan.twice@example.org' };
    await awardOne(row);
    const before = await countCredentials();
    const again = await as(admin)({ method: 'POST', url: '/api/workspace/credentials', payload: { ...row, learnerEmail: ' LEVAN.Twice@example.org ' } });
    expect(again.statusCode, again.body).toBe(409);
    expect(await countCredentials()).toBe(before);
    // Another date of award is another award.
    await awardOne({ ...row, awardDate: '2026-11-21' });
    expect(await countCredentials()).toBe(before + 1);
  });
});

// ---------------------------------------------------------------------------------------

describe('awarding a list (CSV or JSON)', () => {
  const header = 'course_code,learner_name,learner_email,award_date';
  const csv = (rows: string[][]) => [header, ...rows.map((row) => row.join(','))].join('\n') + '\n';
  const upload = (body: string, query = '') =>
    as(admin)({ method: 'POST', url: `/api/workspace/credential-batches${query}`, headers: { 'content-type': 'text/csv' }, payload: body });
  const learners = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => [code, `${prefix} Learner ${i + 1}`, `${prefix.toLowerCase()}.${i + 1}@example.org`, '2026-11-10']);

  async function emailsIssued(prefix: string): Promise<number> {
    const rows = await platform.db.selectFrom('credentials').select('id').where('learner_email', 'like', `${prefix.toLowerCase()}.%`).execute();
    return rows.length;
  }

  async function waitForBatch(id: string, agent = admin) {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const response = await as(agent)({ method: 'GET', url: `/api/workspace/credential-batches/${id}` });
      expect(response.statusCode, response.body).toBe(200);
      const progress = response.json() as { id: string; total: number; done: number; state: string };
      if (progress.state === 'done') return progress;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`batch ${id} did not finish`);
  }

  it('refuses a file whose header is wrong', async () => {
    const before = await countCredentials();
    const response = await upload('course,name,email,date\nMC-2026-0001,Ana,ana@example.org,2026-11-10\n');
    expect(response.statusCode, response.body).toBe(422);
    expect(pathsOf(response)).toEqual(['header']);
    expect(await countCredentials()).toBe(before);
  });

  it('refuses a file with bad rows, one error per bad row, and issues none of its good rows', async () => {
    const good = learners('Mixed', 3);
    const rows = [
      good[0]!, // rows.0: good
      [code, 'Bad Date', 'bad.date@example.org', '2026-13-01'], // rows.1
      good[1]!, // rows.2: good
      [...good[0]!], // rows.3: the same as row 0
      ['MC-2026-9999', 'Unknown Course', 'unknown.course@example.org', '2026-11-10'], // rows.4
      [code, 'Before Right', 'before.right@example.org', '2025-09-01'], // rows.5: before the right took effect
      good[2]!, // rows.6: good
    ];
    const before = await countCredentials();
    const response = await upload(csv(rows));
    expect(response.statusCode, response.body).toBe(422);
    expect(pathsOf(response).sort()).toEqual(['rows.1.awardDate', 'rows.3', 'rows.4.courseCode', 'rows.5.awardDate']);
    expect(codesOf(response)).toContain('duplicate');
    expect(response.json().detail).toMatch(/4 of 7 rows/);
    expect(await countCredentials()).toBe(before);
    expect(await emailsIssued('Mixed')).toBe(0);
    expect(await platform.db.selectFrom('issuance_batches').select('id').execute()).toHaveLength(0);
  });

  it('with dryRun lists the rows and issues nothing', async () => {
    const before = await countCredentials();
    const response = await upload(csv(learners('Dry', 4)), '?dryRun=true');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 4, alreadyIssued: 0 });
    expect(body.rows).toHaveLength(4);
    expect(body.rows[0]).toEqual({ courseCode: code, versionNo: course.versionNo, learnerName: 'Dry Learner 1', learnerEmail: 'dry.1@example.org', awardDate: '2026-11-10', alreadyIssued: false });
    expect(await countCredentials()).toBe(before);
    expect(await platform.db.selectFrom('issuance_batches').select('id').execute()).toHaveLength(0);
  });

  it('issues a good CSV in the background (202, then progress to done), and the same file again issues nothing', { timeout: 120_000 }, async () => {
    const rows = learners('Bulk', 40);
    const before = await countCredentials();
    const response = await upload(csv(rows));
    expect(response.statusCode, response.body).toBe(202);
    const { id, total, alreadyIssued } = response.json() as { id: string; total: number; alreadyIssued: number };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.location).toBe(`/api/workspace/credential-batches/${id}`);
    expect({ total, alreadyIssued }).toEqual({ total: 40, alreadyIssued: 0 });
    expect(await waitForBatch(id)).toEqual({ id, total: 40, done: 40, state: 'done' });
    expect(await countCredentials()).toBe(before + 40);
    expect(await emailsIssued('Bulk')).toBe(40);
    const outbox = await platform.db.selectFrom('email_outbox').select('id').where('to_address', 'like', 'bulk.%').execute();
    expect(outbox).toHaveLength(40);

    // Every credential of the batch verifies and has its own status entry.
    const issued = await platform.db.selectFrom('credentials').select(['document', 'status_index']).where('learner_email', 'like', 'bulk.%').execute();
    expect(new Set(issued.map((row) => row.status_index)).size).toBe(40);
    for (const row of issued.slice(0, 3)) {
      expect((await verifyCredential(JSON.parse(row.document) as object, { documentLoader: platform.trust.documentLoader, checkStatus: true })).verified).toBe(true);
    }

    const again = await upload(csv(rows));
    expect(again.statusCode, again.body).toBe(202);
    expect(again.json()).toMatchObject({ total: 40, alreadyIssued: 40 });
    expect(again.json().rows.every((row: { alreadyIssued: boolean }) => row.alreadyIssued)).toBe(true);
    const second = await waitForBatch(again.json().id as string);
    expect(second).toMatchObject({ total: 40, done: 40, state: 'done' });
    expect(await countCredentials()).toBe(before + 40);
    expect(await platform.db.selectFrom('email_outbox').select('id').where('to_address', 'like', 'bulk.%').execute()).toHaveLength(40);
  });

  it('issues a JSON list the same way', { timeout: 120_000 }, async () => {
    const rows = learners('Json', 5).map(([courseCode, learnerName, learnerEmail, awardDate]) => ({ courseCode, learnerName, learnerEmail, awardDate }));
    const before = await countCredentials();
    const dry = await as(admin)({ method: 'POST', url: '/api/workspace/credential-batches?dryRun=true', payload: { rows } });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ total: 5, alreadyIssued: 0 });
    expect(await countCredentials()).toBe(before);

    const bad = await as(admin)({ method: 'POST', url: '/api/workspace/credential-batches', payload: { rows: [...rows, { ...rows[0], awardDate: '2026-12-01' }] } });
    expect(bad.statusCode, bad.body).toBe(422);
    expect(pathsOf(bad)).toEqual(['rows.5.awardDate']);
    expect(await countCredentials()).toBe(before);

    const response = await as(admin)({ method: 'POST', url: '/api/workspace/credential-batches', payload: { rows } });
    expect(response.statusCode, response.body).toBe(202);
    expect(await waitForBatch(response.json().id as string)).toMatchObject({ total: 5, done: 5, state: 'done' });
    expect(await countCredentials()).toBe(before + 5);

    const again = await as(admin)({ method: 'POST', url: '/api/workspace/credential-batches', payload: { rows } });
    expect(again.statusCode, again.body).toBe(202);
    expect(again.json()).toMatchObject({ total: 5, alreadyIssued: 5 });
    await waitForBatch(again.json().id as string);
    expect(await countCredentials()).toBe(before + 5);
  });

  it('refuses a JSON body that is not a list of rows', async () => {
    const response = await as(admin)({ method: 'POST', url: '/api/workspace/credential-batches', payload: { rows: [{ courseCode: code }] } });
    expect(response.statusCode).toBe(422);
    expect(pathsOf(response)).toEqual(expect.arrayContaining(['rows.0.learnerName', 'rows.0.learnerEmail', 'rows.0.awardDate']));
  });

  it("lists the provider's credentials, and finds them by learner", async () => {
    const response = await as(admin)({ method: 'GET', url: '/api/workspace/credentials?q=json.3%40example.org' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ total: 1, items: [{ learnerName: 'Json Learner 3', learnerEmail: 'json.3@example.org', state: 'valid', course: { code } }] });
  });
});

// ---------------------------------------------------------------------------------------

describe('revoking, suspending and reinstating', () => {
  let awarded: AwardResponse;
  let listPath: string;
  const change = (id: string, state: string, reason: string, agent = admin) =>
    as(agent)({ method: 'POST', url: `/api/workspace/credentials/${id}/status`, payload: { state, reason } });
  const listDocument = async () => {
    const response = await anonymous({ method: 'GET', url: listPath });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as JsonObject & { credentialSubject: { encodedList: string } };
  };
  const status = async () => checkCredentialStatus(awarded.credential, { documentLoader: publicDocumentLoader() });

  beforeAll(async () => {
    awarded = await awardOne({ learnerName: 'Tamar Status', learnerEmail: 'tamar.status@example.org' });
    const url = String(awarded.credential.credentialStatus.statusListCredential);
    expect(url.startsWith(`${PUBLIC_URL}/status-lists/`)).toBe(true);
    listPath = url.slice(PUBLIC_URL.length);
  });

  it('refuses a change without a reason', async () => {
    for (const reason of ['', '   ']) {
      const response = await change(awarded.id, 'suspended', reason);
      expect(response.statusCode, response.body).toBe(422);
      expect(pathsOf(response)).toEqual(['reason']);
    }
    expect((await status()).suspended).toBe(false);
  });

  it('suspends: the served status list changes and the credential reads as suspended', async () => {
    const before = await listDocument();
    expect(await status()).toMatchObject({ checked: true, revoked: false, suspended: false });
    const response = await change(awarded.id, 'suspended', 'Plagiarism is being investigated');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: awarded.id, from: 'valid', to: 'suspended', reason: 'Plagiarism is being investigated' });
    const after = await listDocument();
    expect(after.credentialSubject.encodedList).not.toBe(before.credentialSubject.encodedList);
    expect(after.proof).not.toEqual(before.proof);
    expect(await status()).toMatchObject({ checked: true, revoked: false, suspended: true });
    const verified = await verifyCredential(awarded.credential, { documentLoader: publicDocumentLoader(), checkStatus: true });
    expect(verified.verified).toBe(false);
    // The same through the platform's own loader.
    expect((await checkCredentialStatus(awarded.credential, { documentLoader: platform.trust.documentLoader })).suspended).toBe(true);
  });

  it('reinstates: valid again', async () => {
    const response = await change(awarded.id, 'valid', 'The investigation found no plagiarism');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ from: 'suspended', to: 'valid' });
    expect(await status()).toMatchObject({ checked: true, revoked: false, suspended: false });
    expect((await verifyCredential(awarded.credential, { documentLoader: publicDocumentLoader(), checkStatus: true })).verified).toBe(true);
    expect((await change(awarded.id, 'valid', 'again')).statusCode).toBe(409);
  });

  it('revokes for good: reinstating is then refused with 409', async () => {
    const response = await change(awarded.id, 'revoked', 'Awarded by mistake');
    expect(response.statusCode, response.body).toBe(200);
    expect(await status()).toMatchObject({ checked: true, revoked: true, suspended: false });
    expect((await verifyCredential(awarded.credential, { documentLoader: publicDocumentLoader(), checkStatus: true })).verified).toBe(false);
    const listBefore = await listDocument();
    for (const state of ['valid', 'suspended', 'revoked']) {
      const refused = await change(awarded.id, state, 'Try to undo');
      expect(refused.statusCode, `${state}: ${refused.body}`).toBe(409);
    }
    expect(await listDocument()).toEqual(listBefore);
    expect(await status()).toMatchObject({ revoked: true });
  });

  it('leaves the other credentials of the list valid', async () => {
    const others = await platform.db
      .selectFrom('credentials')
      .select('document')
      .where('id', '!=', awarded.id)
      .where('learner_email', 'like', 'bulk.%')
      .limit(3)
      .execute();
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      expect(await checkCredentialStatus(JSON.parse(other.document) as JsonObject, { documentLoader: publicDocumentLoader() })).toMatchObject({
        checked: true,
        revoked: false,
        suspended: false,
      });
    }
  });

  it('keeps every one of simultaneous changes to credentials of one list', async () => {
    const rows = await platform.db.selectFrom('credentials').select(['id', 'document']).where('learner_email', 'like', 'json.%').orderBy('learner_email').execute();
    expect(rows).toHaveLength(5);
    const lists = new Set(rows.map((row) => (JSON.parse(row.document) as { credentialStatus: { statusListCredential: string } }).credentialStatus.statusListCredential));
    expect(lists.size).toBe(1);
    const responses = await Promise.all(rows.map((row) => change(row.id, 'suspended', 'Simultaneous suspension')));
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200]);
    for (const row of rows) {
      expect(await checkCredentialStatus(JSON.parse(row.document) as JsonObject, { documentLoader: publicDocumentLoader() }), row.id).toMatchObject({
        checked: true,
        suspended: true,
      });
    }
    // And the one revoked before stays revoked.
    expect(await status()).toMatchObject({ revoked: true });
  });

  it('shows the history with who and why, and audits each change', async () => {
    const response = await as(admin)({ method: 'GET', url: `/api/workspace/credentials/${awarded.id}` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ id: awarded.id, state: 'revoked', learnerEmail: 'tamar.status@example.org' });
    expect(body.history).toEqual([
      { from: 'valid', to: 'suspended', reason: 'Plagiarism is being investigated', by: 'Giorgi Kapanadze', at: expect.any(String) },
      { from: 'suspended', to: 'valid', reason: 'The investigation found no plagiarism', by: 'Giorgi Kapanadze', at: expect.any(String) },
      { from: 'valid', to: 'revoked', reason: 'Awarded by mistake', by: 'Giorgi Kapanadze', at: expect.any(String) },
    ]);
    const audit = await platform.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'credential.status-changed')
      .where('entity_id', '=', awarded.id)
      .orderBy('id')
      .execute();
    expect(audit.map((row) => [row.before, row.after])).toEqual([
      [{ state: 'valid' }, { state: 'suspended', reason: 'Plagiarism is being investigated' }],
      [{ state: 'suspended' }, { state: 'valid', reason: 'The investigation found no plagiarism' }],
      [{ state: 'valid' }, { state: 'revoked', reason: 'Awarded by mistake' }],
    ]);
    const adminId = (await platform.db.selectFrom('users').select('id').where('email', '=', 'admin@university.demo').executeTakeFirstOrThrow()).id;
    expect(audit.every((row) => row.actor_id === adminId && row.entity_type === 'credential')).toBe(true);
  });

  it('lists by state', async () => {
    const response = await as(admin)({ method: 'GET', url: '/api/workspace/credentials?state=revoked' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((item: { id: string }) => item.id)).toEqual([awarded.id]);
  });
});

// ---------------------------------------------------------------------------------------

describe('who may do what', () => {
  let credentialId: string;
  let batchId: string;
  const routes = () => [
    { method: 'GET', url: '/api/workspace/credentials' },
    { method: 'POST', url: '/api/workspace/credentials', payload: { courseCode: code, learnerName: 'Auth Test', learnerEmail: 'auth.test@example.org', awardDate: AWARD_DATE } },
    { method: 'GET', url: `/api/workspace/credentials/${credentialId}` },
    { method: 'GET', url: `/api/workspace/credentials/${credentialId}/download/json` },
    { method: 'POST', url: `/api/workspace/credentials/${credentialId}/status`, payload: { state: 'revoked', reason: 'not allowed' } },
    {
      method: 'POST',
      url: '/api/workspace/credential-batches',
      headers: { 'content-type': 'text/csv' },
      payload: `course_code,learner_name,learner_email,award_date\n${code},Auth Test,auth.test@example.org,${AWARD_DATE}\n`,
    },
    { method: 'POST', url: '/api/workspace/credential-batches', payload: { rows: [{ courseCode: code, learnerName: 'Auth Test', learnerEmail: 'auth.test@example.org', awardDate: AWARD_DATE }] } },
    { method: 'GET', url: `/api/workspace/credential-batches/${batchId}` },
  ] as InjectOptions[];

  beforeAll(async () => {
    credentialId = (await awardOne({ learnerName: 'Irakli Owned', learnerEmail: 'irakli.owned@example.org' })).id;
    const batch = await as(admin)({
      method: 'POST',
      url: '/api/workspace/credential-batches',
      payload: { rows: [{ courseCode: code, learnerName: 'Batch Owned', learnerEmail: 'batch.owned@example.org', awardDate: AWARD_DATE }] },
    });
    expect(batch.statusCode, batch.body).toBe(202);
    batchId = batch.json().id as string;
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const progress = await as(admin)({ method: 'GET', url: `/api/workspace/credential-batches/${batchId}` });
      if (progress.json().state === 'done') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('refuses the public (401), learners and Center officers (403) on every workspace route, writing nothing', async () => {
    const before = await countCredentials();
    for (const route of routes()) {
      const name = `${String(route.method)} ${String(route.url)}`;
      expect((await anonymous(route)).statusCode, `anonymous ${name}`).toBe(401);
      expect((await as(learner)(route)).statusCode, `learner ${name}`).toBe(403);
      expect((await as(officer)(route)).statusCode, `officer ${name}`).toBe(403);
    }
    expect(await countCredentials()).toBe(before);
    expect((await platform.db.selectFrom('credentials').select('state').where('id', '=', credentialId).executeTakeFirstOrThrow()).state).toBe('valid');
    expect(await platform.db.selectFrom('credentials').select('id').where('learner_email', '=', 'auth.test@example.org').execute()).toHaveLength(0);
  });

  it("hides a provider's credentials and batches from another provider's administrator", async () => {
    const other = as(otherAdmin);
    for (const url of [`/api/workspace/credentials/${credentialId}`, `/api/workspace/credentials/${credentialId}/download/json`, `/api/workspace/credential-batches/${batchId}`]) {
      const response = await other({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('Irakli Owned');
    }
    const listed = await other({ method: 'GET', url: '/api/workspace/credentials' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((item: { id: string }) => item.id)).not.toContain(credentialId);

    const listPath = String(
      (JSON.parse(await storedDocument(credentialId)) as { credentialStatus: { statusListCredential: string } }).credentialStatus.statusListCredential,
    ).slice(PUBLIC_URL.length);
    const listBefore = (await anonymous({ method: 'GET', url: listPath })).body;
    for (const state of ['revoked', 'suspended']) {
      const response = await other({ method: 'POST', url: `/api/workspace/credentials/${credentialId}/status`, payload: { state, reason: 'not mine' } });
      expect(response.statusCode, response.body).toBe(404);
    }
    expect((await platform.db.selectFrom('credentials').select('state').where('id', '=', credentialId).executeTakeFirstOrThrow()).state).toBe('valid');
    expect((await anonymous({ method: 'GET', url: listPath })).body).toBe(listBefore);
    expect(await platform.db.selectFrom('credential_status_events').select('id').where('credential_id', '=', credentialId).execute()).toHaveLength(0);
  });

  it('refuses a state-changing request without the CSRF header (403)', async () => {
    const before = await countCredentials();
    for (const route of routes().filter((candidate) => candidate.method === 'POST')) {
      const response = await anonymous({ ...route, headers: { ...(route.headers as Record<string, string> | undefined), cookie: admin.cookie } });
      expect(response.statusCode, `${String(route.url)}: ${response.body}`).toBe(403);
      expect(response.json().type).toBe('https://microcred.ge/problems/csrf');
    }
    expect(await countCredentials()).toBe(before);
    expect((await platform.db.selectFrom('credentials').select('state').where('id', '=', credentialId).executeTakeFirstOrThrow()).state).toBe('valid');
  });
});

// ---------------------------------------------------------------------------------------

describe('public documents for verifiers', () => {
  it("serves the issuer's DID document with its key", async () => {
    const response = await anonymous({ method: 'GET', url: '/issuers/mtkvari-university/did.json' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/did\+json/);
    const did = response.json();
    expect(did.id).toBe(ISSUER_DID);
    expect(did.verificationMethod).toHaveLength(1);
    expect(did.verificationMethod[0]).toMatchObject({ type: 'Multikey', controller: ISSUER_DID });
    expect(did.verificationMethod[0].publicKeyMultibase).toMatch(/^z6Mk/);
    expect(did.assertionMethod).toEqual([did.verificationMethod[0].id]);
  });

  it('answers 404 for an unknown issuer, and for a provider that has issued nothing', async () => {
    for (const url of ['/issuers/no-such-provider/did.json', '/issuers/rioni-university/did.json', '/issuers/..%2F..%2Fetc/did.json', '/status-lists/no-such-list']) {
      const response = await anonymous({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
    }
  });

  it('serves the status list as a signed BitstringStatusListCredential that verifies', async () => {
    const list = await platform.db.selectFrom('status_lists as s').innerJoin('issuers as i', 'i.id', 's.issuer_id').select('s.slug').where('i.did', '=', ISSUER_DID).executeTakeFirstOrThrow();
    const response = await anonymous({ method: 'GET', url: `/status-lists/${list.slug}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/vc\+ld\+json/);
    const document = response.json();
    expect(document).toMatchObject({
      id: `${PUBLIC_URL}/status-lists/${list.slug}`,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: ISSUER_DID,
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'message' },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
    });
    expect((await verifyCredential(document as object, { documentLoader: publicDocumentLoader() })).verified).toBe(true);
    // The list with one character of its bits changed: the proof no longer holds.
    const encoded = String(document.credentialSubject.encodedList);
    const at = encoded.length - 12;
    const changed = `${encoded.slice(0, at)}${encoded[at] === 'B' ? 'C' : 'B'}${encoded.slice(at + 1)}`;
    const forged = { ...document, credentialSubject: { ...document.credentialSubject, encodedList: changed } };
    expect((await verifyCredential(forged as object, { documentLoader: publicDocumentLoader() })).verified).toBe(false);
  });

  it('keeps earlier credentials verifying after a key rotation, and signs new ones with the new key', async () => {
    const early = await awardOne({ learnerName: 'Before Rotation', learnerEmail: 'before.rotation@example.org' });
    const oldKey = String(early.credential.proof.verificationMethod);
    const rotated = await rotateProviderKey(platform.db, platform.trust, providerId, platform.clock.now());
    expect(rotated.id).not.toBe(oldKey);

    const later = await awardOne({ learnerName: 'After Rotation', learnerEmail: 'after.rotation@example.org' });
    expect(later.credential.proof.verificationMethod).toBe(rotated.id);

    const response = await anonymous({ method: 'GET', url: '/issuers/mtkvari-university/did.json' });
    const did = response.json();
    expect(did.verificationMethod.map((method: { id: string }) => method.id)).toEqual([rotated.id, oldKey]);
    expect(did.assertionMethod).toEqual([rotated.id, oldKey]);

    for (const credential of [early.credential, later.credential, JSON.parse(await storedDocument(early.id)) as Json]) {
      expect((await verifyCredential(credential, { documentLoader: publicDocumentLoader(), checkStatus: true })).verified).toBe(true);
      expect((await verifyCredential(credential, { documentLoader: platform.trust.documentLoader, checkStatus: true })).verified).toBe(true);
    }
    // A status change after the rotation re-signs the list with the new key; earlier credentials still read it.
    const suspended = await as(admin)({ method: 'POST', url: `/api/workspace/credentials/${early.id}/status`, payload: { state: 'suspended', reason: 'Checking the rotation' } });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(await checkCredentialStatus(early.credential, { documentLoader: publicDocumentLoader() })).toMatchObject({ checked: true, suspended: true });
  });
});

// ---------------------------------------------------------------------------------------

describe('secrets', () => {
  it('no response of these routes carries an encrypted key or the key-encryption key', () => {
    const kekBytes = Buffer.from(platform.config.keyEncryptionKey.value!, 'hex');
    const kek = kekBytes.toString('base64');
    expect(kekBytes).toHaveLength(32);
    const forms = [kek, kekBytes.toString('base64url'), kekBytes.toString('hex')];
    expect(bodies.length).toBeGreaterThan(100);
    const leaks = bodies.filter((body) => ['encryptedSecretKey', 'ciphertext', ...forms].some((secret) => body.includes(secret)));
    expect(leaks).toEqual([]);
  });
});
