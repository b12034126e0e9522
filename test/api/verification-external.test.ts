// Credentials of other issuers through the verification API: an Open Badges 3.0 credential of a
// did:web issuer whose DID document is served over HTTPS (a local server whose certificate the
// test platform trusts), and an Ed25519Signature2020 VC 1.1 credential of a did:key issuer, get
// their proof checked and "not in this registry" for the rest; a proof of an unknown suite and
// a remote context are refused up front, naming the field, without any request going out.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/trust/document-loader.js';
import { json, type LocalHttpsServer, startHttpsServer } from '../helpers/https-server.js';
import { createTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { ED25519_2020, externalOpenBadge, multikeyIssuer, OB_V3, VC_V2, verificationKey2020Issuer } from '../trust/external-issuers.js';

type Json = Record<string, unknown>;
interface Verdict {
  verified: boolean;
  checks: Array<{ check: string; outcome: string; reason: { en: string; ka: string } }>;
  issuer: { id: string | null; inRegistry: boolean };
}
interface Problem {
  status: number;
  type: string;
  errors?: Array<{ path: string; code: string; message: string }>;
}

const DID_DOCUMENT_PATH = '/issuers/academy/did.json';

let server: LocalHttpsServer;
let platform: TestPlatform;
let issuerDid: string;
let webCredential: Json; // eddsa-rdfc-2022, VC 2.0, did:web over HTTPS
let legacyCredential: Json; // Ed25519Signature2020, VC 1.1, did:key
const documentLoader = createDocumentLoader();

beforeAll(async () => {
  server = await startHttpsServer();
  // The external issuer: a did:web on the local HTTPS server, its key a Multikey in its DID document.
  issuerDid = `did:web:localhost%3A${server.port}:issuers:academy`;
  const keyId = `${issuerDid}#key-1`;
  const { key } = await multikeyIssuer(issuerDid, keyId);
  server.routes.set(
    DID_DOCUMENT_PATH,
    json({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: issuerDid,
      verificationMethod: [{ id: keyId, type: 'Multikey', controller: issuerDid, publicKeyMultibase: key.publicKeyMultibase }],
      assertionMethod: [keyId],
    }),
  );
  const date = new Date('2026-01-15T00:00:00Z');
  webCredential = await vc.issue({
    credential: externalOpenBadge(issuerDid, '2.0'),
    suite: new DataIntegrityProof({ signer: key.signer(), date, cryptosuite: eddsaRdfc2022 }),
    documentLoader,
    now: date,
  });

  const legacy = await verificationKey2020Issuer();
  legacyCredential = await vc.issue({ credential: externalOpenBadge(legacy.did, '1.1', [ED25519_2020]), suite: new Ed25519Signature2020({ key: legacy.key, date }), documentLoader, now: date });

  platform = await createTestPlatform({ demo: false, trust: { externalDidWeb: { ca: server.ca, allowPrivateAddresses: true } } });
});
afterAll(async () => {
  await platform?.close();
  await server?.close();
});

async function verifyViaVcApi(credential: unknown) {
  const response = await platform.app.inject({ method: 'POST', url: '/credentials/verify', payload: { verifiableCredential: credential } });
  return { status: response.statusCode, contentType: String(response.headers['content-type']), body: response.json() as Verdict & Problem };
}

async function verifyViaPage(credential: unknown) {
  const response = await platform.app.inject({ method: 'POST', url: '/api/verify', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(credential) });
  return { status: response.statusCode, contentType: String(response.headers['content-type']), body: response.json() as { result: Verdict } & Problem };
}

const outcomes = (verdict: Verdict) => Object.fromEntries(verdict.checks.map((check) => [check.check, check.outcome]));
const reason = (verdict: Verdict, check: string) => verdict.checks.find((item) => item.check === check)?.reason.en;

describe('an external did:web issuer over HTTPS', () => {
  it('gets the proof checked against the DID document fetched over HTTPS, and "not in this registry" for right and ledger', async () => {
    const { status, body } = await verifyViaVcApi(webCredential);
    expect(outcomes(body)).toMatchObject({ proof: 'passed', right: 'not-checked', ledger: 'not-checked' });
    expect(reason(body, 'right')).toMatch(/issuer is not in this registry/);
    expect(reason(body, 'ledger')).toMatch(/issuer is not in this registry/);
    expect(body.issuer).toEqual({ id: issuerDid, inRegistry: false });
    // not every check passed (our EU elements are not in another issuer's badge): not verified
    expect(status).toBe(422);
    expect(body.verified).toBe(false);
    expect(server.requests).toContain(DID_DOCUMENT_PATH);
  });

  it('fails the proof of the same credential with a changed byte', async () => {
    const changed = structuredClone(webCredential);
    changed.name = 'Data Literacy Basicz';
    expect(outcomes((await verifyViaVcApi(changed)).body).proof).toBe('failed');
  });

  it('says "verified" when only the proof is asked for, and the page agrees on the proof', async () => {
    const response = await platform.app.inject({ method: 'POST', url: '/credentials/verify', payload: { verifiableCredential: webCredential, options: { checks: ['proof'] } } });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as Verdict).verified).toBe(true);
    const page = await verifyViaPage(webCredential);
    expect(page.status).toBe(200);
    expect(outcomes(page.body.result)).toMatchObject({ proof: 'passed', right: 'not-checked', ledger: 'not-checked' });
  });

  it('answers a burst of verifications from one fetch of the DID document (cached)', async () => {
    const before = server.requests.filter((path) => path === DID_DOCUMENT_PATH).length;
    const verdicts = await Promise.all(Array.from({ length: 5 }, () => verifyViaVcApi(webCredential)));
    for (const { body } of verdicts) expect(outcomes(body).proof).toBe('passed');
    expect(server.requests.filter((path) => path === DID_DOCUMENT_PATH).length).toBe(before);
    expect(before).toBe(1);
  });

  it('fails the proof, with the reason, when the issuer\'s host has no DID document', async () => {
    const stranger = structuredClone(webCredential);
    const missingDid = `did:web:localhost%3A${server.port}:issuers:nobody`;
    stranger.issuer = { ...(stranger.issuer as Json), id: missingDid };
    (stranger.proof as Json).verificationMethod = `${missingDid}#key-1`;
    const { body } = await verifyViaVcApi(stranger);
    expect(outcomes(body).proof).toBe('failed');
    expect(reason(body, 'proof')).toContain(missingDid);
    expect(reason(body, 'proof')).toMatch(/404/); // the resolver's own reason reaches the reader
    expect(server.requests).toContain('/issuers/nobody/did.json');
  });
});

describe('an Ed25519Signature2020 VC 1.1 credential of a did:key issuer', () => {
  it('gets the proof checked, and "not in this registry" for right and ledger', async () => {
    const { body } = await verifyViaVcApi(legacyCredential);
    expect(outcomes(body)).toMatchObject({ proof: 'passed', right: 'not-checked', ledger: 'not-checked' });
    expect(reason(body, 'right')).toMatch(/issuer is not in this registry/);
  });

  it('fails the proof after a changed byte', async () => {
    const changed = structuredClone(legacyCredential);
    changed.issuanceDate = '2026-01-16T00:00:00Z';
    expect(outcomes((await verifyViaVcApi(changed)).body).proof).toBe('failed');
  });
});

describe('input that cannot be verified is refused before any check', () => {
  const unknownSuite = () => ({ ...structuredClone(webCredential), proof: { type: 'RsaSignature2018', created: '2026-01-15T00:00:00Z', proofPurpose: 'assertionMethod', verificationMethod: `${issuerDid}#key-1`, jws: 'eyJ..x' } });
  const remoteContextUrl = () => `https://localhost:${server.port}/contexts/evil.jsonld`;
  const remoteContext = () => ({ ...structuredClone(webCredential), '@context': [VC_V2, OB_V3, remoteContextUrl()] });

  it('an unknown proof suite: a problem naming verifiableCredential.proof and the suite', async () => {
    const before = server.requests.length;
    const { status, contentType, body } = await verifyViaVcApi(unknownSuite());
    expect(status).toBe(422);
    expect(contentType).toMatch(/application\/problem\+json/);
    expect(body.errors).toEqual([expect.objectContaining({ path: 'verifiableCredential.proof', code: 'unknown_proof_suite', message: expect.stringContaining('RsaSignature2018') })]);
    // the issuer's DID document was not even fetched
    expect(server.requests.length).toBe(before);
  });

  it('a remote context: a problem naming verifiableCredential.@context and the URL, and no request goes out', async () => {
    server.routes.set('/contexts/evil.jsonld', json({ '@context': { name: 'https://evil.example/name' } }));
    const before = server.requests.length;
    const { status, body } = await verifyViaVcApi(remoteContext());
    expect(status).toBe(422);
    expect(body.errors).toEqual([expect.objectContaining({ path: 'verifiableCredential.@context', code: 'remote_context', message: expect.stringContaining(remoteContextUrl()) })]);
    expect(body.errors?.[0]?.message).toMatch(/never fetched/);
    expect(server.requests.length).toBe(before);
  });

  it('a credential without a proof: a problem naming verifiableCredential.proof', async () => {
    const { proof: _proof, ...unsigned } = webCredential;
    const { status, body } = await verifyViaVcApi(unsigned);
    expect(status).toBe(422);
    expect(body.errors?.map((error) => [error.path, error.code])).toEqual([['verifiableCredential.proof', 'missing_proof']]);
  });

  it('the same refusals through the verification page, naming the file', async () => {
    const before = server.requests.length;
    for (const [credential, code, says] of [
      [unknownSuite(), 'unknown_proof_suite', /RsaSignature2018/],
      [remoteContext(), 'remote_context', /evil\.jsonld.*never fetched/],
    ] as const) {
      const { status, contentType, body } = await verifyViaPage(credential);
      expect(status).toBe(422);
      expect(contentType).toMatch(/application\/problem\+json/);
      expect(body.errors).toEqual([expect.objectContaining({ path: 'file', code, message: expect.stringMatching(says) })]);
    }
    expect(server.requests.length).toBe(before);
  });
});
