// Verifying credentials from other issuers: each accepted proof suite, signed here with the
// suite's own library by a did:key issuer made in the test, verifies as signed and fails
// after one changed byte; and input that cannot be verified at all is named before any check.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { createSignCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { beforeAll, describe, expect, it } from 'vitest';
import { type JsonObject, unverifiableReason, unverifiableReasons, verifyCredential } from './credentials.js';
import { createDocumentLoader } from './document-loader.js';
import { ED25519_2020, externalOpenBadge, multikeyIssuer, OB_V3, VC_V2, verificationKey2020Issuer } from '../../test/trust/external-issuers.js';

const NOW = new Date('2026-11-28T09:00:00Z');

const documentLoader = createDocumentLoader();

type Suite = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'Ed25519Signature2020';

async function signWith(suite: Suite, version: '1.1' | '2.0'): Promise<JsonObject> {
  const date = new Date('2026-01-15T00:00:00Z');
  if (suite === 'Ed25519Signature2020') {
    const { did, key } = await verificationKey2020Issuer();
    // The suite's own context, as Ed25519Signature2020 signers add it.
    const credential = externalOpenBadge(did, version, [ED25519_2020]);
    return vc.issue({ credential, suite: new Ed25519Signature2020({ key, date }), documentLoader, now: date });
  }
  const { did, key } = await multikeyIssuer();
  const cryptosuite = suite === 'eddsa-rdfc-2022' ? eddsaRdfc2022 : createSignCryptosuite();
  const proofSuite = new DataIntegrityProof({ signer: key.signer(), date, cryptosuite });
  return vc.issue({ credential: externalOpenBadge(did, version), suite: proofSuite, documentLoader, now: date });
}

const cases: Array<{ suite: Suite; version: '1.1' | '2.0' }> = [
  { suite: 'eddsa-rdfc-2022', version: '2.0' },
  { suite: 'eddsa-jcs-2022', version: '2.0' },
  { suite: 'Ed25519Signature2020', version: '1.1' },
  { suite: 'Ed25519Signature2020', version: '2.0' },
];

describe.each(cases)('a $suite credential (VC $version) of a did:key issuer', ({ suite, version }) => {
  let signed: JsonObject;
  beforeAll(async () => {
    signed = await signWith(suite, version);
  });

  it('carries the suite it was signed with and passes the precheck', () => {
    const proof = signed.proof as JsonObject;
    if (suite === 'Ed25519Signature2020') expect(proof.type).toBe('Ed25519Signature2020');
    else expect(proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: suite });
    expect(unverifiableReason(signed)).toBeUndefined();
  });

  it('verifies', async () => {
    const result = await verifyCredential(signed, { documentLoader, now: NOW });
    expect(result.verified, String(result.error)).toBe(true);
  });

  it('fails after one changed byte in the achievement', async () => {
    const changed = structuredClone(signed);
    const achievement = (changed.credentialSubject as JsonObject).achievement as JsonObject;
    achievement.name = 'Data Literacy Basict';
    const result = await verifyCredential(changed, { documentLoader, now: NOW });
    expect(result.verified).toBe(false);
    expect((result.results?.[0]?.error as Error | undefined)?.message).toBe('Invalid signature.');
  });

  it('fails when the issuer is swapped for another did:key', async () => {
    const other = await multikeyIssuer();
    const changed = structuredClone(signed);
    (changed.issuer as JsonObject).id = other.did;
    expect((await verifyCredential(changed, { documentLoader, now: NOW })).verified).toBe(false);
  });
});

describe('unverifiableReason', () => {
  const base = (): JsonObject => ({
    ...externalOpenBadge('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', '2.0'),
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: 'did:key:z6Mk#z6Mk', proofValue: 'z1' },
  });

  it('accepts a well-formed credential, also with an inline context object', () => {
    expect(unverifiableReasons(base())).toEqual([]);
    const inline = base();
    inline['@context'] = [VC_V2, OB_V3, { nickname: 'https://academy.example/terms#nickname' }];
    expect(unverifiableReason(inline)).toBeUndefined();
  });

  it('names an unknown proof suite and lists the accepted ones', () => {
    const rsa = base();
    rsa.proof = { type: 'RsaSignature2018', jws: 'x' };
    expect(unverifiableReason(rsa)).toMatchObject({ field: 'proof', code: 'unknown_proof_suite', message: expect.stringContaining('"RsaSignature2018"') });
    expect(unverifiableReason(rsa)?.message).toMatch(/eddsa-rdfc-2022.*eddsa-jcs-2022.*Ed25519Signature2020/);

    const ecdsa = base();
    ecdsa.proof = { ...(ecdsa.proof as JsonObject), cryptosuite: 'ecdsa-rdfc-2019' };
    expect(unverifiableReason(ecdsa)?.message).toContain('"DataIntegrityProof (ecdsa-rdfc-2019)"');
  });

  it('names a proof of a set that is not accepted, even next to one that is', () => {
    const set = base();
    set.proof = [set.proof, { type: 'BbsBlsSignature2020' }];
    expect(unverifiableReasons(set)).toEqual([expect.objectContaining({ field: 'proof', message: expect.stringContaining('BbsBlsSignature2020') })]);
  });

  it('names a remote context and says remote contexts are never fetched', () => {
    const remote = base();
    remote['@context'] = [VC_V2, 'https://evil.example/contexts/v1.jsonld'];
    const reason = unverifiableReason(remote);
    expect(reason).toMatchObject({ field: '@context', code: 'remote_context' });
    expect(reason?.message).toContain('"https://evil.example/contexts/v1.jsonld"');
    expect(reason?.message).toMatch(/never fetched/);
  });

  it('refuses a context that does not start with VC 1.1 or VC 2.0, and a context entry that is neither URL nor object', () => {
    const openBadgeFirst = base();
    openBadgeFirst['@context'] = [OB_V3, VC_V2];
    expect(unverifiableReason(openBadgeFirst)).toMatchObject({ field: '@context', code: 'not_a_credential' });
    const none = base();
    delete none['@context'];
    expect(unverifiableReason(none)).toMatchObject({ field: '@context', code: 'not_a_credential' });
    const numeric = base();
    numeric['@context'] = [VC_V2, 42];
    expect(unverifiableReason(numeric)).toMatchObject({ field: '@context', code: 'invalid_context' });
  });

  it('says a credential without a proof is not signed', () => {
    const unsigned = base();
    delete unsigned.proof;
    expect(unverifiableReason(unsigned)).toMatchObject({ field: 'proof', code: 'missing_proof', message: expect.stringMatching(/not signed/) });
    expect(unverifiableReason({ ...unsigned, proof: [] })).toMatchObject({ code: 'missing_proof' });
  });
});
