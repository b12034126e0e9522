// Use cases of course descriptions: create, edit a draft, publish. Each loads, checks
// the actor may act, checks the state, writes with its audit entry in one transaction.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/accounts/roles.js';
import { canOnCourse } from '../domain/accounts/roles.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import { tbilisiDate } from '../domain/calendar/tbilisi.js';
import { appendToLedger, coursePublishedEvent } from './ledger.js';
import type { CourseDescription } from '../domain/course/description.js';
import { isIscedCode } from '../domain/course/isced.js';
import { validateCourseDescription } from '../domain/course/validate.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import type { Db } from '../db/database.js';
import { appendAudit } from '../db/queries/audit.js';
import * as courses from '../db/queries/courses.js';
import { nextPublicCode } from '../db/queries/public-codes.js';

export interface UseCaseContext {
  db: Db;
  clock: Clock;
}

function assertValid(description: CourseDescription): void {
  const errors = validateCourseDescription(description, { isIscedCode });
  if (errors.length > 0) throw new ValidationError(errors, 'The course description is not complete or not valid.');
}

export async function createCourse(
  context: UseCaseContext,
  options: { actor: Actor; providerId?: string | undefined; description: CourseDescription },
): Promise<{ code: string; versionNo: number }> {
  const providerId = options.providerId ?? options.actor.providerId;
  if (!providerId) throw new DomainError('forbidden', 'Only a provider administrator creates courses.');
  if (!canOnCourse(options.actor, 'create', { providerId })) {
    throw new DomainError('forbidden', 'You may create courses only for your own provider.');
  }
  assertValid(options.description);
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    const provider = await courses.findProviderById(trx, providerId);
    if (!provider) throw new DomainError('not_found', 'This provider does not exist.');
    const code = await nextPublicCode(trx, 'MC', Number(tbilisiDate(now).slice(0, 4)));
    const courseId = randomUUID();
    await courses.insertCourse(trx, { id: courseId, code, providerId });
    await courses.insertDraftVersion(trx, {
      id: randomUUID(),
      courseId,
      versionNo: 1,
      description: options.description,
      createdBy: options.actor.id,
    });
    await appendAudit(trx, {
      actorId: options.actor.id,
      action: 'course.created',
      entityType: 'course',
      entityId: code,
      after: { versionNo: 1, description: options.description },
    });
    return { code, versionNo: 1 };
  });
}

/** Saves a course's draft; when the course has no draft, the edit opens the next version as one. */
export async function saveDraft(
  context: UseCaseContext,
  options: { actor: Actor; code: string; description: CourseDescription },
): Promise<{ code: string; versionNo: number }> {
  return context.db.transaction().execute(async (trx) => {
    const course = await courses.findCourseByCode(trx, options.code, { forUpdate: true });
    if (!course) throw new DomainError('not_found', `There is no course ${options.code}.`);
    if (!canOnCourse(options.actor, 'edit-draft', { providerId: course.provider_id })) {
      throw new DomainError('forbidden', "You may edit only your own provider's courses.");
    }
    assertValid(options.description);
    const draft = await courses.findDraft(trx, course.id);
    if (draft) {
      await courses.updateDraftDescription(trx, draft.id, options.description, context.clock.now());
      await appendAudit(trx, {
        actorId: options.actor.id,
        action: 'course.draft-updated',
        entityType: 'course',
        entityId: course.code,
        before: { versionNo: draft.version_no, description: draft.description },
        after: { versionNo: draft.version_no, description: options.description },
      });
      return { code: course.code, versionNo: draft.version_no };
    }
    const versionNo = (await courses.latestVersionNo(trx, course.id)) + 1;
    await courses.insertDraftVersion(trx, {
      id: randomUUID(),
      courseId: course.id,
      versionNo,
      description: options.description,
      createdBy: options.actor.id,
    });
    await appendAudit(trx, {
      actorId: options.actor.id,
      action: 'course.draft-started',
      entityType: 'course',
      entityId: course.code,
      after: { versionNo, description: options.description },
    });
    return { code: course.code, versionNo };
  });
}

/** A Center officer publishes a course's draft: it becomes the current version and is frozen. */
export async function publishCourse(
  context: UseCaseContext,
  options: { actor: Actor; code: string; expectedVersionNo?: number | undefined },
): Promise<{ code: string; versionNo: number; publishedAt: Date }> {
  return context.db.transaction().execute(async (trx) => {
    const course = await courses.findCourseByCode(trx, options.code, { forUpdate: true });
    if (!course) throw new DomainError('not_found', `There is no course ${options.code}.`);
    if (!canOnCourse(options.actor, 'publish', { providerId: course.provider_id })) {
      throw new DomainError('forbidden', 'Only a Center officer publishes course descriptions.');
    }
    const draft = await courses.findDraft(trx, course.id);
    if (!draft) throw new DomainError('conflict', 'This course has no draft to publish.');
    if (options.expectedVersionNo !== undefined && options.expectedVersionNo !== draft.version_no) {
      throw new DomainError('conflict', `The draft is version ${draft.version_no}, not ${options.expectedVersionNo}.`);
    }
    // The rules may have changed since the draft was saved; a published version must meet today's.
    assertValid(draft.description);
    const publishedAt = context.clock.now();
    const previous = course.current_version_id ? await courses.findVersionById(trx, course.current_version_id) : undefined;
    await courses.publishVersion(trx, { courseId: course.id, versionId: draft.id, by: options.actor.id, at: publishedAt });
    await appendToLedger(trx, [coursePublishedEvent({ code: course.code, versionNo: draft.version_no, description: draft.description }, publishedAt)]);
    await appendAudit(trx, {
      actorId: options.actor.id,
      action: 'course.published',
      entityType: 'course',
      entityId: course.code,
      before: previous ? { currentVersionNo: previous.version_no } : { currentVersionNo: null },
      after: { currentVersionNo: draft.version_no, publishedAt: publishedAt.toISOString() },
    });
    return { code: course.code, versionNo: draft.version_no, publishedAt };
  });
}
