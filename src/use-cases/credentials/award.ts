// Awarding courses: check every row first (fields, duplicates, the course, the right on the date
// of award), then issue. Issuing is idempotent: an award (course version, learner e-mail, date)
// has at most one credential (a unique index), so a retried upload or a batch resumed after a
// crash issues only what is missing. Credentials are signed on the signing threads in chunks,
// the next chunk signing while the current one is written; each chunk is stored with its
// e-mails and audit entries in one transaction (three statements).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { appendAuditEntries } from '../../db/queries/audit.js';
import * as credentials from '../../db/queries/credentials.js';
import { findCourseByCode, listRightRecords } from '../../db/queries/courses.js';
import { insertEmails } from '../../db/queries/outbox.js';
import type { IssuanceRowInput } from '../../db/schema.js';
import { tbilisiDate, type Clock } from '../../domain/calendar/tbilisi.js';
import { type AwardRow, checkAwardRows } from '../../domain/credential/award-rows.js';
import { buildOpenBadgeCredential, normaliseEmail } from '../../domain/credential/open-badge.js';
import { DomainError, ValidationError } from '../../domain/errors.js';
import { fieldError, type FieldError } from '../../domain/field-error.js';
import { rightToIssue } from '../../domain/rights/right-to-issue.js';
import { credentialIssuedEmail } from '../../mail/credential-messages.js';
import { courseUrl } from '../../http/presenters/courses.js';
import { allocateStatusSlots, providerIssuer } from './issuers.js';
import { credentialUrl, type TrustServices } from './trust-services.js';
import { appendToLedger, credentialIssuedEvent } from '../ledger.js';
import { dateTimeStamp } from '../../trust/credentials.js';
import { hashSecretToken, newSecretToken } from '../secret-tokens.js';

export interface CheckedAward extends IssuanceRowInput {
  courseCode: string;
  versionNo: number;
  alreadyIssued: boolean;
}

export function claimUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/claim/${token}`;
}

/**
 * Checks an award list whole. Each course must be published and the provider's own, and the
 * provider must have held a valid right (or HEI registration) for it on each date of award. The
 * version awarded is the one current on the date of award (the first, for a date before it).
 * Throws a ValidationError naming every bad row and field; nothing is written.
 */
export async function checkAwards(db: Db, options: { providerId: string; rows: readonly AwardRow[]; today: string }): Promise<CheckedAward[]> {
  const errors: FieldError[] = checkAwardRows(options.rows, options.today);
  const bad = new Set(errors.map((error) => error.path.split('.').slice(0, 2).join('.')));
  const courses = new Map<string, Awaited<ReturnType<typeof loadCourse>>>();
  const checked: CheckedAward[] = [];
  for (const [index, row] of options.rows.entries()) {
    if (bad.has(`rows.${index}`)) continue;
    if (!courses.has(row.courseCode)) courses.set(row.courseCode, await loadCourse(db, row.courseCode));
    const course = courses.get(row.courseCode)!;
    const at = (field: keyof AwardRow) => `rows.${index}.${field}`;
    if (!course || course.versions.length === 0) {
      errors.push(fieldError(at('courseCode'), 'unknown_course', `There is no published course ${row.courseCode} in the registry.`));
      continue;
    }
    if (course.providerId !== options.providerId) {
      errors.push(fieldError(at('courseCode'), 'not_yours', `The course ${row.courseCode} is another provider's.`));
      continue;
    }
    const right = rightToIssue(course.rights, row.awardDate);
    if (!right.allowed) {
      errors.push(fieldError(at('awardDate'), `right_${right.status}`, right.reason.en));
      continue;
    }
    // Verifiers judge the right also on the day the ledger logs the issuance (no backdating):
    // an award inside the validity can no longer be issued once the right has ended.
    const rightToday = rightToIssue(course.rights, options.today);
    if (!rightToday.allowed) {
      errors.push(fieldError(at('awardDate'), `right_${rightToday.status}_today`, `It can no longer be issued: ${rightToday.reason.en}`));
      continue;
    }
    const version = [...course.versions].reverse().find((candidate) => tbilisiDate(candidate.published_at!) <= row.awardDate) ?? course.versions[0]!;
    checked.push({
      courseCode: row.courseCode,
      versionNo: version.version_no,
      courseVersionId: version.id,
      learnerName: row.learnerName.trim(),
      learnerEmail: normaliseEmail(row.learnerEmail),
      awardDate: row.awardDate,
      alreadyIssued: false,
    });
  }
  if (errors.length > 0) {
    const badRows = new Set(errors.filter((error) => error.path.startsWith('rows.')).map((error) => error.path.split('.')[1])).size;
    throw new ValidationError(errors, options.rows.length === 0 ? 'Give at least one learner; nothing was issued.' : `${badRows} of ${options.rows.length} rows are not valid; nothing was issued.`);
  }
  const existing = await credentials.existingAwards(db, checked);
  for (const award of checked) award.alreadyIssued = existing.has(credentials.awardKey(award));
  return checked;
}

async function loadCourse(db: Db, code: string) {
  const course = await findCourseByCode(db, code);
  if (!course) return undefined;
  const [versions, rights] = await Promise.all([credentials.publishedVersionsOf(db, [course.id]), listRightRecords(db, course.id, course.provider_id)]);
  return { providerId: course.provider_id, versions, rights };
}

export interface IssuedCredential {
  id: string;
  courseVersionId: string;
  learnerEmail: string;
  awardDate: string;
  /** The claim link; only in the answer to the request that issued it (and in the learner's e-mail). */
  claimUrl: string;
}

// Small enough that a file of a few dozen rows reports progress before its end (test/cli/issue-kill.test.ts).
const CHUNK = 32;

/**
 * Issues the awards that have no credential yet, `CHUNK` at a time. `onProgress` hears the
 * number done (issued or found already issued) after each chunk.
 *
 * The chunks go through a pipeline: the next chunk is checked, given its status entries and
 * handed to the signing threads before the current one is written, so the threads sign while
 * this thread writes. An award that reaches the database another way in the meantime (a
 * concurrent request, or the same award twice in the list) is stopped by the unique award
 * index at insertion and counted as skipped, as before.
 */
export async function issueAwards(
  db: Db,
  trust: TrustServices,
  options: {
    providerId: string;
    awards: readonly IssuanceRowInput[];
    actorId: string | null;
    batchId: string | null;
    clock: Clock;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<{ issued: IssuedCredential[]; skipped: number }> {
  const issuer = await providerIssuer(db, trust, options.providerId, options.clock.now());
  const key = await trust.keyStore.getActiveEncryptedKey(issuer.did);
  if (!key) throw new Error(`The issuer ${issuer.did} has no active key.`);
  const versions = new Map((await credentials.versionsForIssue(db, [...new Set(options.awards.map((award) => award.courseVersionId))])).map((v) => [v.id, v]));
  const issued: IssuedCredential[] = [];
  let skipped = 0;

  /** Checks a chunk, allocates its status entries, builds its credentials and starts signing them. */
  const prepare = async (start: number) => {
    const chunk = options.awards.slice(start, start + CHUNK);
    const existing = await credentials.existingAwards(db, chunk);
    const todo = chunk.filter((award) => !existing.has(credentials.awardKey(award)));
    const now = options.clock.now();
    const slots = todo.length > 0 ? await allocateStatusSlots(db, trust, issuer, todo.length, now) : [];
    const issuedAt = dateTimeStamp(now);
    const items = todo.map((award, n) => {
      const version = versions.get(award.courseVersionId);
      if (!version || version.provider_id !== options.providerId) {
        throw new DomainError('conflict', `The course version ${award.courseVersionId} is not a published course of this provider.`);
      }
      const id = randomUUID();
      const token = newSecretToken();
      const credential = buildOpenBadgeCredential({
        id: credentialUrl(trust.publicUrl, id),
        issuer: { did: issuer.did, name: issuer.name },
        learner: { name: award.learnerName, email: award.learnerEmail },
        awardDate: award.awardDate,
        issuedAt,
        course: {
          code: version.code,
          versionNo: version.version_no,
          url: courseUrl(trust.publicUrl, version.code, version.version_no),
          description: version.description,
          provider: {
            name: version.provider_name,
            did: issuer.did,
            website: version.provider_website,
            country: version.provider_country,
            region: version.provider_region,
          },
        },
        credentialStatus: slots[n]!.entry,
      });
      return { id, token, award, version, slot: slots[n]!, credential };
    });
    // The key is read per chunk: a rotation during a long batch takes effect at the next chunk,
    // so no credential is signed with a key after its retirement.
    const chunkKey = items.length > 0 ? ((await trust.keyStore.getActiveEncryptedKey(issuer.did)) ?? key) : key;
    const signed = Promise.all(items.map((item) => trust.signingPool.sign({ credential: item.credential, key: chunkKey, date: now })));
    // Awaited only after the previous chunk is written: a failure meanwhile is not "unhandled".
    signed.catch(() => undefined);
    return { end: Math.min(start + CHUNK, options.awards.length), skipped: chunk.length - todo.length, now, items, signed };
  };

  /** Stores a signed chunk with its e-mails and audit entries, in one transaction. */
  const write = async (prepared: Awaited<ReturnType<typeof prepare>>) => {
    const { items, now } = prepared;
    const signed = await prepared.signed;
    const documents = signed.map((credential) => JSON.stringify(credential));
    await db.transaction().execute(async (trx) => {
      const inserted = await credentials.insertCredentials(
        trx,
        items.map((item, n) => ({
          id: item.id,
          issuerId: issuer.id,
          providerId: options.providerId,
          courseVersionId: item.award.courseVersionId,
          learnerName: item.award.learnerName,
          learnerEmail: item.award.learnerEmail,
          awardDate: item.award.awardDate,
          statusListId: item.slot.listId,
          statusIndex: item.slot.index,
          document: documents[n]!,
          claimTokenHash: hashSecretToken(item.token),
          batchId: options.batchId,
          issuedBy: options.actorId,
          issuedAt: now,
        })),
      );
      const stored = items.filter((item) => inserted.has(item.id));
      skipped += items.length - stored.length; // issued meanwhile by a concurrent request
      const links = stored.map((item) => claimUrl(trust.publicUrl, item.token));
      await insertEmails(
        trx,
        stored.map((item, n) => ({
          id: randomUUID(),
          to: item.award.learnerEmail,
          ...credentialIssuedEmail({
            learnerName: item.award.learnerName,
            courseTitle: item.version.description.title,
            providerName: item.version.provider_name,
            awardDate: item.award.awardDate,
            claimUrl: links[n]!,
          }),
          dedupeKey: `credential-issued:${item.id}`,
        })),
      );
      await appendAuditEntries(
        trx,
        stored.map((item) => ({
          actorId: options.actorId,
          action: 'credential.issued' as const,
          entityType: 'credential',
          entityId: item.id,
          after: { course: item.version.code, version: item.version.version_no, awardDate: item.award.awardDate, batch: options.batchId },
        })),
      );
      // The ledger holds the hash of exactly the text stored and served.
      await appendToLedger(
        trx,
        items.flatMap((item, n) => (inserted.has(item.id) ? [credentialIssuedEvent(documents[n]!, now)] : [])),
      );
      for (const [n, item] of stored.entries()) {
        issued.push({ id: item.id, courseVersionId: item.award.courseVersionId, learnerEmail: item.award.learnerEmail, awardDate: item.award.awardDate, claimUrl: links[n]! });
      }
    });
  };

  let next = options.awards.length > 0 ? await prepare(0) : undefined;
  while (next) {
    const current = next;
    skipped += current.skipped;
    // The next chunk goes to the signing threads before this one is written.
    next = current.end < options.awards.length ? await prepare(current.end) : undefined;
    if (current.items.length > 0) await write(current);
    options.onProgress?.(current.end, options.awards.length);
  }
  return { issued, skipped };
}

// ---------------------------------------------------------------------------------------
// Batches: checked rows kept in the database and issued in the background; a batch that a
// stop interrupted is resumed at the next start (or by rerunning the same rows).

export async function createBatch(
  db: Db,
  options: { providerId: string; source: 'csv' | 'json' | 'cli'; awards: readonly CheckedAward[]; actorId: string | null },
): Promise<string> {
  const id = randomUUID();
  const rows = options.awards.map(({ courseVersionId, learnerName, learnerEmail, awardDate }) => ({ courseVersionId, learnerName, learnerEmail, awardDate }));
  await credentials.insertBatch(db, { id, providerId: options.providerId, source: options.source, rows, createdBy: options.actorId });
  return id;
}

export async function runBatch(db: Db, trust: TrustServices, options: { batchId: string; clock: Clock; onProgress?: (done: number, total: number) => void }) {
  const batch = await credentials.findBatch(db, options.batchId);
  if (!batch) throw new DomainError('not_found', `There is no batch ${options.batchId}.`);
  const result = await issueAwards(db, trust, {
    providerId: batch.provider_id,
    awards: batch.rows,
    actorId: batch.created_by,
    batchId: batch.id,
    clock: options.clock,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  await credentials.finishBatch(db, batch.id, options.clock.now());
  return result;
}

export async function batchProgress(db: Db, batchId: string, providerId: string) {
  const batch = await credentials.findBatch(db, batchId);
  if (!batch || batch.provider_id !== providerId) throw new DomainError('not_found', `There is no batch ${batchId}.`);
  return { id: batch.id, total: batch.total, done: await credentials.countIssuedOfBatch(db, batch.id), state: batch.state };
}

/** Today in Tbilisi: the latest date of award allowed. */
export function awardToday(clock: Clock): string {
  return tbilisiDate(clock.now());
}

/** Starts a batch in the background; its failure is logged, and the next start resumes it. */
export function runBatchInBackground(db: Db, trust: TrustServices, batchId: string, clock: Clock, log: { error: (object: object, message: string) => void }) {
  runBatch(db, trust, { batchId, clock }).catch((error: unknown) => log.error({ err: error, batchId }, 'bulk issuance stopped; it resumes at the next start'));
}

/** Resumes every batch a stop interrupted, one after another. */
export async function resumeBatches(db: Db, trust: TrustServices, clock: Clock, log: { error: (object: object, message: string) => void }) {
  try {
    for (const batchId of await credentials.unfinishedBatchIds(db)) await runBatch(db, trust, { batchId, clock });
  } catch (error) {
    log.error({ err: error }, 'resuming bulk issuance failed');
  }
}
