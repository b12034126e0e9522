// A course award as an unsigned Open Badges 3.0 OpenBadgeCredential (VC 2.0): the learner, the
// course version's Achievement (every EU element, see achievement.ts) and the status entry.
// Personal data is what the EU "identification of the learner" element needs: the name, and the
// e-mail only as a salted hash (OB 3.0 IdentityObject).
import { createHash, randomBytes } from 'node:crypto';
import type { AchievementSource } from './achievement.js';
import { courseAchievement } from './achievement.js';
import { MICROCRED_CONTEXT_URL, OB_V3_CONTEXT_URL, VC_V2_CONTEXT_URL } from './contexts.js';

export const CREDENTIAL_CONTEXT = [VC_V2_CONTEXT_URL, OB_V3_CONTEXT_URL, MICROCRED_CONTEXT_URL] as const;
export const CREDENTIAL_TYPE = ['VerifiableCredential', 'OpenBadgeCredential'] as const;

export interface Learner {
  name: string;
  email: string;
}

export interface AwardInput {
  /** The credential's id: a URL of the platform or a urn:uuid. */
  id: string;
  issuer: { did: string; name: string };
  learner: Learner;
  /** 'YYYY-MM-DD', the date of award (an EU element). */
  awardDate: string;
  /** When the credential is issued (validFrom); ISO 8601 without milliseconds. */
  issuedAt: string;
  course: AchievementSource;
  credentialStatus: object;
  /** The salt of the e-mail hash; random by default, so two credentials of one learner cannot be linked by it. */
  salt?: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** `sha256$<hex>` of the normalised e-mail followed by the salt, as OB 3.0 hashes identities. */
export function emailIdentityHash(email: string, salt: string): string {
  return `sha256$${createHash('sha256').update(normaliseEmail(email) + salt, 'utf8').digest('hex')}`;
}

export function learnerIdentifiers(learner: Learner, salt: string) {
  return [
    { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: emailIdentityHash(learner.email, salt), salt },
    { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: learner.name.trim() },
  ];
}

/** The unsigned credential for one award. */
export function buildOpenBadgeCredential(input: AwardInput) {
  const { '@context': _context, ...achievement } = courseAchievement(input.course);
  const salt = input.salt ?? randomBytes(16).toString('base64url');
  return {
    '@context': [...CREDENTIAL_CONTEXT],
    id: input.id,
    type: [...CREDENTIAL_TYPE],
    name: achievement.name,
    issuer: { id: input.issuer.did, type: ['Profile'], name: input.issuer.name },
    validFrom: input.issuedAt,
    awardedDate: `${input.awardDate}T00:00:00Z`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: learnerIdentifiers(input.learner, salt),
      achievement,
    },
    credentialStatus: input.credentialStatus,
  };
}

export type UnsignedOpenBadgeCredential = ReturnType<typeof buildOpenBadgeCredential>;
