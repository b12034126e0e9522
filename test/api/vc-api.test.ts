// The W3C VC-API issuer endpoint (POST /credentials/issue) for machine clients: a provider's
// token issues OpenBadgeCredentials about its own registered courses, completed from the
// registry; a test issuer (did:key) signs any well-formed VC 2.0 credential as given. A
// malformed request is a 422, never a 401; a well-formed one without a live token is a 401.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { findIssuerByDid } from '../../src/db/queries/issuers.js';
import { credentialElements } from '../../src/domain/credential/elements.js';
import { emailIdentityHash } from '../../src/domain/credential/open-badge.js';
import { checkCredentialStatus, verifyCredential } from '../../src/trust/credentials.js';
import { createTestIssuer } from '../../src/use-cases/credentials/issuers.js';
import { hashSecretToken } from '../../src/use-cases/secret-tokens.js';
import { serverUrl } from '../helpers/database.js';
import { createTestPlatform, PUBLIC_URL, type TestPlatform } from '../helpers/platform.js';

type Json = Record<string, unknown>;

const ISSUER_DID = 'did:web:localhost%3A8080:issuers:mtkvari-university';
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

let platform: TestPlatform;
let code: string;
let otherProviderCode: string;
let course: { versionNo: number; titleEn: string; ects: number };

// Every response body, for the check that no secret ever leaks.
const bodies: string[] = [];
const issue = async (body: unknown, token: string | null = platform.config.demoApiToken) => {
  const response = await platform.app.inject({
    method: 'POST',
    url: '/credentials/issue',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  bodies.push(response.body);
  return response;
};

async function countCredentials(): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM credentials`.execute(platform.db);
  return result.rows[0]!.n;
}

const pathsOf = (response: LightMyRequestResponse) => (response.json() as { errors?: Array<{ path: string }> }).errors?.map((error) => error.path) ?? [];

/** An OpenBadgeCredential request naming the course by `achievement`. */
function openBadgeRequest(achievement: Json, learner: { name: string; email: string } = { name: 'Ana Beridze', email: 'ana.beridze@example.org' }, extra: Json = {}) {
  return {
    credential: {
      '@context': [VC_V2, OB_V3],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: ISSUER_DID,
      awardedDate: '2026-11-20T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: learner.name },
          { type: 'IdentityObject', identityType: 'emailAddress', hashed: false, identityHash: learner.email },
        ],
        achievement: { type: ['Achievement'], ...achievement },
      },
      ...extra,
    },
    options: {},
  };
}

beforeAll(async () => {
  platform = await createTestPlatform();
  code = platform.demo!.codes['ai-research']!;
  otherProviderCode = platform.demo!.codes['inclusive-education']!;
  const version = await platform.db
    .selectFrom('course_versions as v')
    .innerJoin('courses as c', 'c.id', 'v.course_id')
    .select(['v.version_no', 'v.title_en', 'v.ects'])
    .where('c.code', '=', code)
    .where('v.status', '=', 'published')
    .orderBy('v.version_no', 'desc')
    .executeTakeFirstOrThrow();
  course = { versionNo: version.version_no, titleEn: version.title_en, ects: Number(version.ects) };
});
afterAll(async () => platform?.close());

describe("a provider's token issues OpenBadgeCredentials about its courses", () => {
  it.each([
    ['achievement.humanCode', 'ana.humancode@example.org', () => ({ humanCode: code })],
    ['achievement.id (the registry URL)', 'ana.registryurl@example.org', () => ({ id: `${PUBLIC_URL}/courses/${code}` })],
  ])('names the course by %s: 201 with a credential that verifies, completed from the registry', async (_how, email, achievement) => {
    const before = await countCredentials();
    const response = await issue(openBadgeRequest(achievement(), { name: 'Ana Beridze', email }));
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as { verifiableCredential: Json & { credentialStatus: Json; proof: Json } };
    expect(Object.keys(body)).toEqual(['verifiableCredential']);
    const vc = body.verifiableCredential;
    expect(await countCredentials()).toBe(before + 1);

    const result = await verifyCredential(vc, { documentLoader: platform.trust.documentLoader, checkStatus: true });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(vc.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
    expect(String(vc.proof.verificationMethod).startsWith(`${ISSUER_DID}#`)).toBe(true);

    // The registry's elements, which the client did not send.
    const elements = credentialElements(vc);
    expect(elements.missing).toEqual([]);
    expect(elements).toMatchObject({
      learnerName: 'Ana Beridze',
      awardedDate: '2026-11-20',
      courseCode: code,
      courseVersion: course.versionNo,
      registryUrl: `${PUBLIC_URL}/courses/${code}/versions/${course.versionNo}`,
      ectsCredits: course.ects,
      title: { en: course.titleEn },
      issuer: { id: ISSUER_DID },
    });
    // One status entry, on the issuer's list, which the platform wrote.
    expect(vc.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'message', statusSize: 2 });
    expect(String(vc.credentialStatus.statusListCredential).startsWith(`${PUBLIC_URL}/status-lists/`)).toBe(true);
    expect(await checkCredentialStatus(vc, { documentLoader: platform.trust.documentLoader })).toMatchObject({ checked: true, revoked: false, suspended: false });

    // The e-mail sent in the clear is kept only as a salted hash.
    const text = JSON.stringify(vc);
    expect(text).not.toContain(email);
    const hashed = (vc.credentialSubject as { identifier: Json[] }).identifier.find((item) => item.identityType === 'emailAddress')!;
    expect(hashed).toMatchObject({ hashed: true, identityHash: emailIdentityHash(email, String(hashed.salt)) });

    // It is stored as issued, with the learner told by e-mail.
    const stored = await platform.db.selectFrom('credentials').selectAll().where('learner_email', '=', email).execute();
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]!.document)).toEqual(vc);
    expect(await platform.db.selectFrom('email_outbox').select('id').where('to_address', '=', email).execute()).toHaveLength(1);
  });

  it('gives the same credential for the same request again, without a second one', async () => {
    const request = openBadgeRequest({ humanCode: code }, { name: 'Giorgi Twice', email: 'giorgi.twice@example.org' });
    const first = await issue(request);
    expect(first.statusCode, first.body).toBe(201);
    const before = await countCredentials();
    const second = await issue(request);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toEqual(first.json());
    // The same award named the other way (registry URL, e-mail in other case) is the same award.
    const third = await issue(openBadgeRequest({ id: `${PUBLIC_URL}/courses/${code}` }, { name: 'Giorgi Twice', email: 'Giorgi.Twice@Example.org' }));
    expect(third.statusCode, third.body).toBe(201);
    expect(third.json()).toEqual(first.json());
    expect(await countCredentials()).toBe(before);
    expect(await platform.db.selectFrom('email_outbox').select('id').where('to_address', '=', 'giorgi.twice@example.org').execute()).toHaveLength(1);
  });

  it('gives one credential to the same request sent several times at once', async () => {
    const request = openBadgeRequest({ humanCode: code }, { name: 'Eka Simultaneous', email: 'eka.simultaneous@example.org' });
    const before = await countCredentials();
    const responses = await Promise.all(Array.from({ length: 4 }, () => issue(request)));
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(responses.map((response) => response.body)).size).toBe(1);
    expect(await countCredentials()).toBe(before + 1);
  });

  it('refuses a request with no body and no content type with 422, token or not', async () => {
    for (const headers of [{}, { authorization: `Bearer ${platform.config.demoApiToken}` }]) {
      const response = await platform.app.inject({ method: 'POST', url: '/credentials/issue', headers });
      expect(response.statusCode, response.body).toBe(422);
    }
  });

  const good = () => openBadgeRequest({ humanCode: code }, { name: 'Nobody Issued', email: 'nobody.issued@example.org' });
  const withCredential = (change: (credential: Json) => void) => {
    const body = good() as { credential: Json; options: Json };
    change(body.credential);
    return body;
  };

  it.each<[string, () => unknown, string[]]>([
    ['no body', () => undefined, ['body']],
    ['a body that is not JSON', () => '{"credential": ', ['body']],
    ['a body that is an array', () => [good()], ['']],
    ['"credential" missing', () => ({ options: {} }), ['credential']],
    ['"credential" not an object', () => ({ credential: 'a credential' }), ['credential']],
    ['"credential" an array', () => ({ credential: [good().credential] }), ['credential']],
    ['"@context" missing', () => withCredential((c) => delete c['@context']), ['credential.@context']],
    ['"@context" not starting with VC 2.0', () => withCredential((c) => (c['@context'] = [OB_V3, VC_V2])), ['credential.@context']],
    ['"type" missing', () => withCredential((c) => delete c.type), ['credential.type']],
    ['"type" without VerifiableCredential', () => withCredential((c) => (c.type = ['OpenBadgeCredential'])), ['credential.type']],
    ['"issuer" missing (it is never filled in)', () => withCredential((c) => delete c.issuer), ['credential.issuer']],
    ['"issuer" not a URL', () => withCredential((c) => (c.issuer = 'mtkvari')), ['credential.issuer']],
    ['"credentialSubject" a string', () => withCredential((c) => (c.credentialSubject = 'did:example:123')), ['credential.credentialSubject']],
    ['"credentialSubject" missing', () => withCredential((c) => delete c.credentialSubject), ['credential.credentialSubject']],
    ['a proof already', () => withCredential((c) => (c.proof = { type: 'DataIntegrityProof' })), ['credential.proof']],
    ['an unknown top-level property', () => ({ ...good(), extra: true }), ['extra']],
  ])('refuses %s with 422 naming it (never 401, token or not), and issues nothing', async (_name, body, paths) => {
    const before = await countCredentials();
    for (const token of [platform.config.demoApiToken, null, 'mc_wrong-token-0000000000000000000000']) {
      const response = await issue(body(), token);
      expect(response.statusCode, `${String(token)}: ${response.body}`).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(pathsOf(response), String(token)).toEqual(paths);
    }
    expect(await countCredentials()).toBe(before);
  });

  it.each<[string, () => unknown, string]>([
    ['a title that differs from the registry', () => openBadgeRequest({ humanCode: code, name: 'Advanced Quantum Basket Weaving' }), 'credential.credentialSubject.achievement.name'],
    [
      'ECTS that differ from the registry',
      () => openBadgeRequest({ humanCode: code, microCredential: { ectsCredits: course.ects + 10 } }),
      'credential.credentialSubject.achievement.microCredential',
    ],
    ["another provider's course", () => openBadgeRequest({ humanCode: otherProviderCode }), 'credential.credentialSubject.achievement'],
    ['a credential name other than the course title', () => openBadgeRequest({ humanCode: code }, undefined, { name: 'Something else' }), 'credential.name'],
    ['an unknown course', () => openBadgeRequest({ humanCode: 'MC-2026-9999' }), 'credential.credentialSubject.achievement'],
    ['a course URL outside the registry', () => openBadgeRequest({ id: `https://elsewhere.example/courses/${code}` }), 'credential.credentialSubject.achievement.id'],
    ['a version that was not current on the date of award', () => openBadgeRequest({ id: `${PUBLIC_URL}/courses/${code}/versions/${course.versionNo + 1}` }), 'credential.credentialSubject.achievement.id'],
    [
      'a credentialStatus sent by the client',
      () => openBadgeRequest({ humanCode: code }, undefined, { credentialStatus: { id: 'https://elsewhere.example/status/1#5', type: 'BitstringStatusListEntry' } }),
      'credential.credentialStatus',
    ],
    ['an e-mail already hashed', () => {
      const body = openBadgeRequest({ humanCode: code });
      (body.credential.credentialSubject.identifier[1] as Json).hashed = true;
      return body;
    }, 'credential.credentialSubject.identifier'],
    ['a date of award in the future', () => openBadgeRequest({ humanCode: code }, undefined, { awardedDate: '2027-01-01T00:00:00Z' }), 'credential.awardedDate'],
    ['a date of award before the right', () => openBadgeRequest({ humanCode: code }, undefined, { awardedDate: '2025-01-01T00:00:00Z' }), 'credential.awardedDate'],
  ])('refuses %s with 422 naming the field, and issues nothing', async (_name, body, path) => {
    const before = await countCredentials();
    const response = await issue(body());
    expect(response.statusCode, response.body).toBe(422);
    expect(pathsOf(response)).toContain(path);
    expect(await countCredentials()).toBe(before);
  });

  it("refuses with 403 an issuer that is not the token's, and issues nothing", async () => {
    const before = await countCredentials();
    const body = openBadgeRequest({ humanCode: otherProviderCode });
    body.credential.issuer = 'did:web:localhost%3A8080:issuers:rioni-university';
    const response = await issue(body);
    expect(response.statusCode, response.body).toBe(403);
    expect(pathsOf(response)).toEqual(['credential.issuer']);
    const asObject = openBadgeRequest({ humanCode: code });
    (asObject.credential as Json).issuer = { id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', type: ['Profile'] };
    expect((await issue(asObject)).statusCode).toBe(403);
    expect(await countCredentials()).toBe(before);
  });

  it('refuses a well-formed request without a live token with 401, and issues nothing', async () => {
    const before = await countCredentials();
    const body = openBadgeRequest({ humanCode: code }, { name: 'No Token', email: 'no.token@example.org' });
    for (const authorization of [undefined, 'Bearer mc_wrong-token-0000000000000000000000', `Basic ${platform.config.demoApiToken}`, 'Bearer ', `Bearer ${platform.config.demoApiToken.slice(0, -1)}`]) {
      const response = await platform.app.inject({
        method: 'POST',
        url: '/credentials/issue',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        payload: body,
      });
      expect(response.statusCode, `${String(authorization)}: ${response.body}`).toBe(401);
    }
    // A revoked token is no longer live.
    await platform.db.updateTable('api_tokens').set({ revoked_at: platform.clock.now() }).where('token_hash', '=', hashSecretToken(platform.config.demoApiToken)).execute();
    try {
      expect((await issue(body)).statusCode).toBe(401);
    } finally {
      await platform.db.updateTable('api_tokens').set({ revoked_at: null }).where('token_hash', '=', hashSecretToken(platform.config.demoApiToken)).execute();
    }
    expect(await countCredentials()).toBe(before);
    expect((await issue(body)).statusCode).toBe(201);
  });
});

describe('a test issuer (did:key) signs any well-formed VC 2.0 credential as given', () => {
  let testIssuer: { id: string; token: string };
  const plain = () => ({
    '@context': [VC_V2],
    type: ['VerifiableCredential'],
    issuer: testIssuer.id,
    credentialSubject: { id: 'did:example:123' },
    name: 'Conformance test credential',
    description: 'Signed as given, for a conformance suite.',
  });

  beforeAll(async () => {
    testIssuer = await createTestIssuer(platform.db, platform.trust, { name: 'Conformance', at: platform.clock.now() });
  });

  it('has a did:key identifier and a token', async () => {
    expect(testIssuer.id).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
    expect(testIssuer.token).toMatch(/^mc_[A-Za-z0-9_-]{43}$/);
    expect(await findIssuerByDid(platform.db, testIssuer.id)).toMatchObject({ is_test: true, provider_id: null });
  });

  it('signs the credential exactly as given plus a DataIntegrityProof (eddsa-rdfc-2022), which verifies', async () => {
    const credential = plain();
    const response = await issue({ credential, options: {} }, testIssuer.token);
    expect(response.statusCode, response.body).toBe(201);
    const { verifiableCredential: vc } = response.json() as { verifiableCredential: Json & { proof: Json } };
    const { proof, ...rest } = vc;
    expect(rest).toEqual(credential);
    expect(proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${testIssuer.id}#${testIssuer.id.slice('did:key:'.length)}`,
      created: '2026-11-28T09:00:00Z',
    });
    const result = await verifyCredential(vc, { documentLoader: platform.trust.documentLoader });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect((await verifyCredential({ ...vc, name: 'Changed' }, { documentLoader: platform.trust.documentLoader })).verified).toBe(false);
  });

  it('refuses a term no context defines with 422 (JSON-LD safe mode)', async () => {
    for (const credential of [
      { ...plain(), credentialSubject: { id: 'did:example:123', favouriteColour: 'blue' } },
      { ...plain(), type: ['VerifiableCredential', 'UndefinedCredentialType'] },
    ]) {
      const response = await issue({ credential }, testIssuer.token);
      expect(response.statusCode, response.body).toBe(422);
      expect(pathsOf(response)).toEqual(['credential']);
    }
  });

  it("refuses the provider's issuer with the test issuer's token, and the test issuer's with the provider's token (403)", async () => {
    const asProvider = openBadgeRequest({ humanCode: code });
    expect((await issue(asProvider, testIssuer.token)).statusCode).toBe(403);
    expect((await issue({ credential: plain() }, platform.config.demoApiToken)).statusCode).toBe(403);
  });
});

describe('secrets', () => {
  it('no answer carries an encrypted key, the key-encryption key or a token', () => {
    const kekBytes = Buffer.from(platform.config.keyEncryptionKey.value!, 'hex');
    const kek = kekBytes.toString('base64');
    expect(kekBytes).toHaveLength(32);
    const secrets = ['encryptedSecretKey', 'ciphertext', kek, kekBytes.toString('base64url'), kekBytes.toString('hex'), platform.config.demoApiToken];
    expect(bodies.length).toBeGreaterThan(50);
    expect(bodies.filter((body) => secrets.some((secret) => body.includes(secret)))).toEqual([]);
  });
});

describe('microcred issuers create-test', () => {
  it('prints { "id": "did:key:…", "token": "…" }, and the token issues', { timeout: 120_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-cli-'));
    let databaseUrl: string | undefined;
    let dropDatabase = async () => {};
    if (serverUrl) {
      const pg = (await import('pg')).default;
      const name = `mc_test_cli_${Math.random().toString(16).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      dropDatabase = async () => {
        const cleanup = new pg.Client({ connectionString: serverUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      };
    }
    try {
      const environment: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO: '1', SIGNING_WORKERS: '1', LOG_LEVEL: 'silent' };
      delete environment.DATABASE_URL;
      delete environment.KEY_ENCRYPTION_KEY;
      delete environment.KEY_ENCRYPTION_KEY_FILE;
      if (databaseUrl) environment.DATABASE_URL = databaseUrl;
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'issuers', 'create-test', '--name', 'Suite'], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: environment,
        timeout: 100_000,
      });
      const printed = JSON.parse(stdout) as { id: string; token: string };
      expect(Object.keys(printed).sort()).toEqual(['id', 'token']);
      expect(printed.id).toMatch(/^did:key:z6Mk/);
      expect(printed.token).toMatch(/^mc_[A-Za-z0-9_-]{43}$/);

      // The issuer and its token are in the database the CLI used, the token only as a hash.
      const db = await openDatabase(databaseUrl ? { url: databaseUrl } : { pgliteDir: path.join(dataDir, 'pgdata') });
      try {
        const issuer = await findIssuerByDid(db, printed.id);
        expect(issuer).toMatchObject({ is_test: true, name: 'Suite', provider_id: null });
        const tokens = await db.selectFrom('api_tokens').select(['token_hash', 'issuer_id']).execute();
        expect(tokens).toEqual([{ token_hash: hashSecretToken(printed.token), issuer_id: issuer!.id }]);
        const audit = await db.selectFrom('audit_log').select('action').where('entity_id', '=', printed.id).execute();
        expect(audit.map((row) => row.action)).toEqual(['issuer.test-created']);
      } finally {
        await db.destroy();
      }
    } finally {
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
