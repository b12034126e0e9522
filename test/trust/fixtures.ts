// Shared setup for the trust tests: a did:web issuer with keys in a memory key store, a
// document loader that answers for it, and an OpenBadgeCredential for a sample course.
import { createHash, randomUUID } from 'node:crypto';
import { courseAchievement } from '../../src/domain/credential/achievement.js';
import { MICROCRED_CONTEXT_URL, OB_V3_CONTEXT_URL, VC_V2_CONTEXT_URL } from '../../src/domain/credential/contexts.js';
import type { StatusListEntry } from '../../src/trust/credentials.js';
import { issuerDid, keyStoreDidResolver } from '../../src/trust/did-web.js';
import { createDocumentLoader } from '../../src/trust/document-loader.js';
import { KeyEncryptionKey, MemoryKeyStore } from '../../src/trust/keys.js';
import { validDescription } from '../factories/course.js';

export const PLATFORM_URL = 'http://localhost:8080';
export const ISSUER_DID = issuerDid(PLATFORM_URL, 'mtkvari-university');

/** A key store holding one active key for ISSUER_DID, and a loader resolving the issuer from it. */
export async function trustSetup(options: { documents?: Map<string, unknown> } = {}) {
  const kek = KeyEncryptionKey.generate();
  const store = new MemoryKeyStore(kek);
  await store.rotate(ISSUER_DID, new Date('2025-01-01T00:00:00Z'));
  const documents = options.documents ?? new Map<string, unknown>();
  const documentLoader = createDocumentLoader({
    resolveDidWeb: keyStoreDidResolver(store),
    loadDocument: async (url) => documents.get(url),
  });
  return { kek, store, documents, documentLoader };
}

export function emailIdentity(email: string, salt: string) {
  return {
    type: 'IdentityObject',
    identityType: 'emailAddress',
    hashed: true,
    identityHash: `sha256$${createHash('sha256').update(email + salt, 'utf8').digest('hex')}`,
    salt,
  };
}

/** An unsigned OpenBadgeCredential for the sample course, issued by ISSUER_DID. */
export function openBadgeCredential(options: { credentialStatus?: StatusListEntry | StatusListEntry[]; validFrom?: string } = {}) {
  const { '@context': _context, ...achievement } = courseAchievement({
    code: 'MC-0001',
    versionNo: 1,
    url: `${PLATFORM_URL}/courses/MC-0001/versions/1`,
    description: validDescription(),
    provider: {
      name: { en: 'Mtkvari University', ka: 'მტკვრის უნივერსიტეტი' },
      did: ISSUER_DID,
      website: 'https://mtkvari.example.edu.ge',
      country: 'GE',
      region: { en: 'Tbilisi', ka: 'თბილისი' },
    },
  });
  return {
    '@context': [VC_V2_CONTEXT_URL, OB_V3_CONTEXT_URL, MICROCRED_CONTEXT_URL],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: { id: ISSUER_DID, type: ['Profile'], name: 'Mtkvari University' },
    validFrom: options.validFrom ?? '2025-06-30T00:00:00Z',
    awardedDate: '2025-06-30T00:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        emailIdentity('learner@example.org', 'c2FsdC1mb3ItdGVzdHM'),
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Nino Beridze' },
      ],
      achievement,
    },
    ...(options.credentialStatus ? { credentialStatus: options.credentialStatus } : {}),
  };
}
