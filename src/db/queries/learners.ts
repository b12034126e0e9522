// All SQL about learners' own credentials (claimed into their account through the claim link)
// and the share links they make for them.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

/**
 * Links a credential to a learner's account, unless it is already in another account.
 * Returns false when another account holds it (nothing changes then).
 */
export async function linkCredentialToLearner(db: Executor, credentialId: string, userId: string): Promise<boolean> {
  const updated = await db
    .updateTable('credentials')
    .set({ learner_user_id: userId })
    .where('id', '=', credentialId)
    .where((eb) => eb.or([eb('learner_user_id', 'is', null), eb('learner_user_id', '=', userId)]))
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** The credentials claimed into a learner's account, joined to their course version and provider. */
function learnerCredentialRows(db: Executor, userId: string) {
  return db
    .selectFrom('credentials as cr')
    .leftJoin('course_versions as v', 'v.id', 'cr.course_version_id')
    .leftJoin('courses as c', 'c.id', 'v.course_id')
    .leftJoin('providers as p', 'p.id', 'cr.provider_id')
    .select(['cr.id', 'cr.state', 'cr.award_date', 'cr.issued_at', 'c.code', 'v.version_no', 'v.title_ka', 'v.title_en', 'p.slug as provider_slug', 'p.name as provider_name'])
    .where('cr.learner_user_id', '=', userId);
}

/** A learner's credentials, newest award first, with the course and the provider. */
export async function listLearnerCredentials(db: Executor, userId: string) {
  return learnerCredentialRows(db, userId).orderBy('cr.award_date', 'desc').orderBy('cr.issued_at', 'desc').orderBy('cr.id').execute();
}

/** One credential of this learner, with its signed text; undefined for anyone else's (the caller answers 404). */
export async function findLearnerCredential(db: Executor, userId: string, credentialId: string) {
  return learnerCredentialRows(db, userId).select('cr.document').where('cr.id', '=', credentialId).executeTakeFirst();
}

export type LearnerCredentialRow = NonNullable<Awaited<ReturnType<typeof findLearnerCredential>>>;

// ---------------------------------------------------------------------------------------
// Share links

export async function insertShareLink(
  db: Executor,
  link: { id: string; credentialId: string; userId: string; tokenHash: string; label: string | null; createdAt: Date; expiresAt: Date },
) {
  return db
    .insertInto('share_links')
    .values({
      id: link.id,
      credential_id: link.credentialId,
      user_id: link.userId,
      token_hash: link.tokenHash,
      label: link.label,
      created_at: link.createdAt,
      expires_at: link.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

const shareLinkColumns = ['id', 'credential_id', 'label', 'created_at', 'expires_at', 'withdrawn_at', 'views', 'last_viewed_at'] as const;

/** The share links of one of the learner's credentials, newest first. */
export async function listShareLinks(db: Executor, userId: string, credentialId: string) {
  return db
    .selectFrom('share_links')
    .select(shareLinkColumns)
    .where('user_id', '=', userId)
    .where('credential_id', '=', credentialId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export type ShareLinkRow = Awaited<ReturnType<typeof listShareLinks>>[number];

/** Withdraws one of the learner's links (a second withdrawal keeps the first date). */
export async function withdrawShareLink(db: Executor, userId: string, linkId: string, at: Date) {
  const link = await db.selectFrom('share_links').select(shareLinkColumns).where('id', '=', linkId).where('user_id', '=', userId).executeTakeFirst();
  if (!link) return undefined;
  if (link.withdrawn_at) return link;
  return db.updateTable('share_links').set({ withdrawn_at: at }).where('id', '=', linkId).returning(shareLinkColumns).executeTakeFirstOrThrow();
}

/**
 * Counts one view of a live link (neither withdrawn nor expired) in one statement, so that
 * concurrent views all count; undefined when the link is unknown, withdrawn or expired.
 */
export async function recordShareLinkView(db: Executor, tokenHash: string, at: Date) {
  return db
    .updateTable('share_links')
    .set((eb) => ({ views: eb('views', '+', 1), last_viewed_at: at }))
    .where('token_hash', '=', tokenHash)
    .where('withdrawn_at', 'is', null)
    .where('expires_at', '>', at)
    .returning(['id', 'credential_id', 'expires_at'])
    .executeTakeFirst();
}
