// Learners keep and share their credentials.
//
// Keeping: the claim link of the issuing e-mail proves control of the learner's mailbox, so
// whoever opens it may keep the credential in a learner account: one they sign in to, or one
// they create there and then (its e-mail is the credential's, the mailbox the link went to).
// A credential is in at most one account; another account's claim is refused (409).
//
// Sharing: a share link is 32 random bytes (base64url) of which only the SHA-256 is stored.
// The shared page shows the credential and its live verification, nothing else of the learner.
// An unknown, expired or withdrawn link all answer the same 404 ("no longer shared"), so that
// nobody learns from the answer whether a token ever existed.
import { appendAudit } from '../db/queries/audit.js';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import * as accounts from '../db/queries/accounts.js';
import { findCredential, findCredentialByClaimHash } from '../db/queries/credentials.js';
import * as learners from '../db/queries/learners.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import { DomainError } from '../domain/errors.js';
import { hashPassword } from '../trust/passwords.js';
import type { JsonObject } from '../trust/credentials.js';
import type { TrustServices } from './credentials/trust-services.js';
import { verifyCredentialFully, type VerificationResult } from './verification.js';
import { hashSecretToken, newSecretToken } from './secret-tokens.js';

export const SHARE_LINK_MIN_HOURS = 1;
export const SHARE_LINK_MAX_HOURS = 365 * 24;
export const SHARE_LINK_DEFAULT_HOURS = 30 * 24;
export const SHARE_LABEL_MAX = 200;

const NOT_SHARED = 'This link is no longer shared: it has expired, been withdrawn, or never existed.';

export function sharedPageUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/shared/${token}`;
}

async function credentialOfClaim(db: Db, token: string) {
  const row = await findCredentialByClaimHash(db, hashSecretToken(token));
  if (!row) throw new DomainError('not_found', 'This link does not open a credential; check that it was copied whole.');
  return row;
}

const heldElsewhere = 'This credential is already kept in another account.';

/** Where the credential of a claim link stands for the reader: in no account, theirs, or another. */
export async function claimAccountState(db: Db, token: string, userId: string | null) {
  const row = await credentialOfClaim(db, token);
  return {
    learnerEmail: row.learner_email,
    kept: row.learner_user_id !== null,
    inYourAccount: userId !== null && row.learner_user_id === userId,
  };
}

/** Keeps the claim link's credential in the signed-in learner's account. */
export async function keepClaimedCredential(db: Db, options: { token: string; userId: string }) {
  const row = await credentialOfClaim(db, options.token);
  if (row.learner_user_id === options.userId) return { credentialId: row.id };
  return db.transaction().execute(async (trx) => {
    if (!(await learners.linkCredentialToLearner(trx, row.id, options.userId))) throw new DomainError('conflict', heldElsewhere);
    await appendAudit(trx, { actorId: options.userId, action: 'learner.credential-claimed', entityType: 'credential', entityId: row.id });
    return { credentialId: row.id };
  });
}

/**
 * Creates a learner account with the credential's e-mail (the claim link proves that mailbox)
 * and keeps the credential in it. An e-mail that already has an account is refused: its owner
 * signs in instead.
 */
export async function createLearnerAccountFromClaim(db: Db, options: { token: string; name: string; password: string }) {
  const row = await credentialOfClaim(db, options.token);
  if (row.learner_user_id !== null) throw new DomainError('conflict', heldElsewhere);
  const email = row.learner_email;
  if (!email) throw new DomainError('conflict', 'This credential names no e-mail address to make an account with.');
  if (await accounts.findUserByEmail(db, email)) {
    throw new DomainError('conflict', `An account with the e-mail ${email} exists already: sign in to keep the credential in it.`);
  }
  const passwordHash = await hashPassword(options.password);
  const userId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await accounts.insertUser(trx, { id: userId, email, name: options.name.trim(), passwordHash, role: 'learner', providerId: null });
    if (!(await learners.linkCredentialToLearner(trx, row.id, userId))) throw new DomainError('conflict', heldElsewhere);
    await appendAudit(trx, { actorId: userId, action: 'learner.account-created', entityType: 'user', entityId: userId, after: { credentialId: row.id } }); // no e-mail: the audit log is append-only and erasure must leave none
    await appendAudit(trx, { actorId: userId, action: 'learner.credential-claimed', entityType: 'credential', entityId: row.id });
  });
  return { userId, email, credentialId: row.id };
}

/** One of the learner's credentials; anyone else's is "not found", so that ids are not confirmed. */
export async function learnerCredential(db: Db, userId: string, credentialId: string) {
  const row = await learners.findLearnerCredential(db, userId, credentialId);
  if (!row) throw new DomainError('not_found', `You have no credential ${credentialId}.`);
  return row;
}

export function presentShareLink(link: learners.ShareLinkRow, now: Date) {
  const expiresAt = new Date(link.expires_at);
  return {
    id: link.id,
    label: link.label,
    createdAt: new Date(link.created_at).toISOString(),
    expiresAt: expiresAt.toISOString(),
    withdrawnAt: link.withdrawn_at ? new Date(link.withdrawn_at).toISOString() : null,
    status: link.withdrawn_at ? ('withdrawn' as const) : expiresAt <= now ? ('expired' as const) : ('active' as const),
    views: link.views,
    lastViewedAt: link.last_viewed_at ? new Date(link.last_viewed_at).toISOString() : null,
  };
}

/** Makes a share link; the token is returned this once (only its hash is kept). */
export async function createShareLink(
  db: Db,
  options: { userId: string; credentialId: string; expiresInHours: number; label: string | null; clock: Clock; publicUrl: string },
) {
  await learnerCredential(db, options.userId, options.credentialId);
  const token = newSecretToken();
  const createdAt = options.clock.now();
  const expiresAt = new Date(createdAt.getTime() + options.expiresInHours * 3_600_000);
  const label = options.label?.trim() || null;
  const link = await db.transaction().execute(async (trx) => {
    const inserted = await learners.insertShareLink(trx, {
      id: randomUUID(),
      credentialId: options.credentialId,
      userId: options.userId,
      tokenHash: hashSecretToken(token),
      label,
      createdAt,
      expiresAt,
    });
    await appendAudit(trx, {
      actorId: options.userId,
      action: 'share-link.created',
      entityType: 'share-link',
      entityId: inserted.id,
      after: { credentialId: options.credentialId, expiresAt: expiresAt.toISOString(), label },
    });
    return inserted;
  });
  return { ...presentShareLink(link, createdAt), token, url: sharedPageUrl(options.publicUrl, token) };
}

export async function listCredentialShareLinks(db: Db, options: { userId: string; credentialId: string; clock: Clock }) {
  await learnerCredential(db, options.userId, options.credentialId);
  const now = options.clock.now();
  return (await learners.listShareLinks(db, options.userId, options.credentialId)).map((link) => presentShareLink(link, now));
}

export async function withdrawShareLink(db: Db, options: { userId: string; linkId: string; clock: Clock }) {
  const now = options.clock.now();
  return db.transaction().execute(async (trx) => {
    const link = await learners.withdrawShareLink(trx, options.userId, options.linkId, now);
    if (!link) throw new DomainError('not_found', `You have no share link ${options.linkId}.`);
    await appendAudit(trx, { actorId: options.userId, action: 'share-link.withdrawn', entityType: 'share-link', entityId: link.id });
    return presentShareLink(link, now);
  });
}

export interface SharedCredential {
  credentialId: string;
  sharedUntil: string;
  result: VerificationResult;
}

/** What a share link shows: the credential's elements and its live verification; counts the view. */
export async function openSharedCredential(db: Db, trust: TrustServices, options: { token: string; clock: Clock }): Promise<SharedCredential> {
  const link = await learners.recordShareLinkView(db, hashSecretToken(options.token), options.clock.now());
  if (!link) throw new DomainError('not_found', NOT_SHARED);
  const row = await findCredential(db, link.credential_id);
  // A credential erased at the learner's request (its document gone) is no longer shared either.
  const document: string | null = row?.document ?? null;
  if (!row || document === null) throw new DomainError('not_found', NOT_SHARED);
  const result = await verifyCredentialFully(db, trust, JSON.parse(document) as JsonObject, { clock: options.clock });
  return { credentialId: row.id, sharedUntil: new Date(link.expires_at).toISOString(), result };
}
