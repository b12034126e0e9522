// Credentials of other issuers, for the tests of verifying them: an Open Badges 3.0 credential in
// VC 2.0 or VC 1.1 form, and Ed25519 keys of the two kinds other issuers sign with.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';

export const VC_V1 = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const ED25519_2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';

/** An Open Badges 3.0 credential of `issuer`, in VC 2.0 or (with `issuanceDate`) VC 1.1 form, unsigned. */
export function externalOpenBadge(issuer: string, version: '1.1' | '2.0', extraContexts: readonly string[] = []): Record<string, unknown> {
  return {
    '@context': [version === '2.0' ? VC_V2 : VC_V1, OB_V3, ...extraContexts],
    id: 'urn:uuid:6f1f0c3e-6a0e-4c55-9d3a-3b1c2a4d5e6f',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Data Literacy Basics',
    issuer: { id: issuer, type: ['Profile'], name: 'Another Academy' },
    ...(version === '2.0' ? { validFrom: '2026-01-15T00:00:00Z' } : { issuanceDate: '2026-01-15T00:00:00Z' }),
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://academy.example/achievements/data-literacy',
        type: ['Achievement'],
        name: 'Data Literacy Basics',
        description: 'Reads, cleans and charts a small data set.',
        criteria: { narrative: 'Passed the final project.' },
      },
    },
  };
}

/** A new Ed25519 Multikey of `controller` with the id `keyId`; by default a did:key and its key fragment. */
export async function multikeyIssuer(controller?: string, keyId?: string) {
  const generated = await Ed25519Multikey.generate();
  const did = controller ?? `did:key:${generated.publicKeyMultibase}`;
  const exported = await generated.export({ publicKey: true, secretKey: true, includeContext: true });
  const key = await Ed25519Multikey.from({ ...exported, id: keyId ?? `${did}#${generated.publicKeyMultibase}`, controller: did });
  return { did, key };
}

/** A did:key Ed25519VerificationKey2020 key pair, as Ed25519Signature2020 signers carry. */
export async function verificationKey2020Issuer() {
  const key = await Ed25519VerificationKey2020.generate();
  const did = `did:key:${key.fingerprint()}`;
  key.controller = did;
  key.id = `${did}#${key.fingerprint()}`;
  return { did, key };
}
