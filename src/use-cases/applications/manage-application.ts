// Starting an application for one course version, editing its content while it is the
// applicant's to edit, and reading it with its timeline, deadlines and the steps open to the reader.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/accounts/roles.js';
import { workingDaysBetween } from '../../domain/calendar/deadlines.js';
import { tbilisiDate } from '../../domain/calendar/tbilisi.js';
import { DomainError } from '../../domain/errors.js';
import { type ApplicationContent, checkApplicationContent, emptyApplicationContent } from '../../domain/procedure/application-content.js';
import { type ApplicationState, availableActions, deadlineRules, type DeadlineKind } from '../../domain/procedure/transitions.js';
import { currentCatalogueVersion, standardsCatalogue } from '../../domain/standards/catalogue.js';
import { emptySelfEvaluation } from '../../domain/standards/self-evaluation.js';
import * as applications from '../../db/queries/applications.js';
import { appendAudit } from '../../db/queries/audit.js';
import * as courses from '../../db/queries/courses.js';
import { nextPublicCode } from '../../db/queries/public-codes.js';
import type { UseCaseContext } from '../courses.js';

/** States in which the applicant edits the content: before submission, and while correcting deficiencies. */
const editableStates: readonly string[] = ['draft', 'deficiencies'];

export async function createApplication(
  context: UseCaseContext,
  options: { actor: Actor; courseCode: string; route: 'right' | 'hei-registration' },
): Promise<{ code: string; version: number }> {
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    const course = await courses.findCourseByCode(trx, options.courseCode);
    if (!course) throw new DomainError('not_found', `There is no course ${options.courseCode}.`);
    if (options.actor.role !== 'provider-admin' || options.actor.providerId !== course.provider_id) {
      throw new DomainError('forbidden', "You may apply only for your own provider's courses.");
    }
    if (!course.current_version_id) {
      throw new DomainError('validation', 'The course has no published version to apply for.', [
        { path: 'courseCode', code: 'not_published', message: 'Publish the course description first: an application is for a published version.' },
      ]);
    }
    const provider = await courses.findProviderById(trx, course.provider_id);
    if (options.route === 'hei-registration' && provider?.kind !== 'hei') {
      throw new DomainError('validation', 'Only a higher education institution registers a course.', [
        { path: 'route', code: 'not_hei', message: 'Only a higher education institution with an accredited programme registers a course without a separate right.' },
      ]);
    }
    const code = await nextPublicCode(trx, 'AP', Number(tbilisiDate(now).slice(0, 4)));
    const content = emptyApplicationContent(emptySelfEvaluation(standardsCatalogue(currentCatalogueVersion)));
    await trx
      .insertInto('applications')
      .values({
        id: randomUUID(),
        code,
        provider_id: course.provider_id,
        course_id: course.id,
        course_version_id: course.current_version_id,
        catalogue_version: currentCatalogueVersion,
        route: options.route,
        state: 'draft',
        content: JSON.stringify(content),
        procedure: JSON.stringify({}),
        created_by: options.actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await appendAudit(trx, { actorId: options.actor.id, action: 'application.created', entityType: 'application', entityId: code, after: { courseCode: options.courseCode, route: options.route } });
    return { code, version: 0 };
  });
}

export async function updateApplicationContent(
  context: UseCaseContext,
  options: { actor: Actor; code: string; content: ApplicationContent; expectedVersion: number },
): Promise<{ code: string; version: number; missing: ReturnType<typeof checkApplicationContent> }> {
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    const app = await applications.findApplicationByCode(trx, options.code, { forUpdate: true });
    if (!app) throw new DomainError('not_found', `There is no application ${options.code}.`);
    if (options.actor.role !== 'provider-admin' || options.actor.providerId !== app.provider_id) {
      throw new DomainError('forbidden', "You may edit only your own provider's applications.");
    }
    if (!editableStates.includes(app.state)) throw new DomainError('conflict', `The application is "${app.state}" and can no longer be edited.`);
    const fileIds = [
      options.content.letter.fileSha256,
      options.content.heiAgreement?.fileSha256,
      ...options.content.needJustification.minutesFileSha256s,
      ...options.content.selfEvaluation.flatMap((answer) => answer.evidenceFileIds),
    ].filter((id): id is string => typeof id === 'string' && id !== '');
    if (fileIds.length > 0) {
      const known = await trx.selectFrom('files').select('sha256').where('sha256', 'in', fileIds).execute();
      const unknown = fileIds.filter((id) => !known.some((row) => row.sha256 === id));
      if (unknown.length > 0) {
        throw new DomainError('validation', 'Some attached files were never uploaded.', unknown.map((id) => ({ path: 'content', code: 'unknown_file', message: `No uploaded file has the address ${id}.` })));
      }
    }
    const ok = await applications.updateApplication(trx, app.id, options.expectedVersion, { content: options.content, at: now });
    if (!ok) throw new DomainError('conflict', 'The application changed since you opened it; reload it and try again.');
    await appendAudit(trx, { actorId: options.actor.id, action: 'application.content-updated', entityType: 'application', entityId: app.code, before: app.content, after: options.content });
    const missing = checkApplicationContent(options.content, { providerIsHei: app.provider_kind === 'hei', catalogue: standardsCatalogue(app.catalogue_version), route: app.route });
    return { code: app.code, version: options.expectedVersion + 1, missing };
  });
}

/** May this person read this application? The applicant, Center officers, the group's experts, the Council. */
export async function assertMayRead(context: UseCaseContext, actor: Actor, app: applications.ApplicationRow): Promise<void> {
  if (actor.role === 'center-officer' || actor.role === 'council-member') return;
  if (actor.role === 'provider-admin' && actor.providerId === app.provider_id) return;
  if (actor.role === 'expert') {
    const members = await applications.listActiveAssignments(context.db, app.id);
    if (members.some((member) => member.expert_id === actor.id)) return;
  }
  throw new DomainError('forbidden', 'You may not read this application.');
}

export async function readApplication(context: UseCaseContext, options: { actor: Actor & { councilPosition?: 'chair' | 'secretary' | 'member' | null }; code: string }) {
  const app = await applications.findApplicationByCode(context.db, options.code);
  if (!app) throw new DomainError('not_found', `There is no application ${options.code}.`);
  await assertMayRead(context, options.actor, app);
  const today = tbilisiDate(context.clock.now());
  const [events, deadlines, members, reports, hearing, documents, motions, appeals] = await Promise.all([
    applications.listEvents(context.db, app.id),
    applications.listDeadlines(context.db, app.id),
    applications.listActiveAssignments(context.db, app.id),
    context.db.selectFrom('expert_reports').selectAll().where('application_id', '=', app.id).execute(),
    context.db.selectFrom('hearings').selectAll().where('application_id', '=', app.id).executeTakeFirst(),
    context.db.selectFrom('documents').select(['code', 'kind', 'title', 'issued_at', 'is_public', 'pdf_sha256']).where('application_id', '=', app.id).orderBy('issued_at').execute(),
    context.db.selectFrom('recusal_motions').selectAll().where('application_id', '=', app.id).orderBy('filed_at').execute(),
    context.db.selectFrom('appeals').selectAll().where('application_id', '=', app.id).orderBy('filed_at').execute(),
  ]);
  const overall = deadlines.find((deadline) => deadline.kind === 'center.decision');
  const role = options.actor.role === 'learner' ? null : options.actor.role;
  const missing = checkApplicationContent(app.content as unknown as ApplicationContent, {
    providerIsHei: app.provider_kind === 'hei',
    catalogue: standardsCatalogue(app.catalogue_version),
    route: app.route,
  });
  return {
    code: app.code,
    state: app.state as ApplicationState,
    version: app.lock_version,
    route: app.route,
    provider: { slug: app.provider_slug, name: app.provider_name, kind: app.provider_kind },
    course: { code: app.course_code, versionNo: app.course_version_no, title: { ka: app.title_ka, en: app.title_en } },
    catalogueVersion: app.catalogue_version,
    submittedAt: app.submitted_at?.toISOString() ?? null,
    content: app.content as unknown as ApplicationContent,
    missing,
    procedure: app.procedure,
    workingDays: overall
      ? { limit: overall.length, used: workingDaysBetween(overall.start_date, overall.met_at ? tbilisiDate(overall.met_at) : today), dueDate: overall.due_date, met: overall.met_at !== null }
      : null,
    deadlines: deadlines.map((deadline) => ({
      kind: deadline.kind,
      description: deadlineRules[deadline.kind as DeadlineKind]?.startEvent ?? deadline.start_event,
      legalBasis: deadline.legal_basis,
      startEvent: deadline.start_event,
      startDate: deadline.start_date,
      length: deadline.length,
      unit: deadline.unit,
      dueDate: deadline.due_date,
      status: deadline.met_at ? 'met' : deadline.cancelled_at ? 'cancelled' : today > deadline.due_date ? 'overdue' : 'open',
      closedAt: (deadline.met_at ?? deadline.cancelled_at)?.toISOString() ?? null,
      workingDaysLeft: deadline.met_at || deadline.cancelled_at ? null : workingDaysBetween(today, deadline.due_date),
    })),
    timeline: events.map((event) => ({
      at: event.at.toISOString(),
      action: event.action,
      fromState: event.from_state,
      toState: event.to_state,
      actor: event.actor_name ? { name: event.actor_name, role: event.actor_role } : null,
      details: event.details,
    })),
    expertGroup: members.map((member) => ({ assignmentId: member.id, expertId: member.expert_id, name: member.expert_name, role: member.group_role, isChair: member.is_chair })),
    recusalMotions: motions.map((motion) => ({ assignmentId: motion.assignment_id, reasons: motion.reasons, filedAt: motion.filed_at.toISOString(), decision: motion.decision, decisionReasons: motion.decision_reasons })),
    reports: reports.map((report) => ({ stage: report.stage, ratings: report.ratings, summary: report.summary, submittedAt: report.submitted_at.toISOString() })),
    hearing: hearing
      ? {
          meetingAt: hearing.meeting_at.toISOString(),
          place: hearing.place,
          attendees: hearing.attendees,
          votes: hearing.votes,
          decision: hearing.decision,
          reasons: hearing.reasons,
          implementationMonths: hearing.implementation_months,
          signedByChair: hearing.signed_by_chair !== null,
          signedBySecretary: hearing.signed_by_secretary !== null,
          publishedAt: hearing.published_at?.toISOString() ?? null,
        }
      : null,
    appeals: appeals.map((appeal) => ({ grounds: appeal.grounds, filedAt: appeal.filed_at.toISOString(), outcome: appeal.outcome, outcomeReasons: appeal.outcome_reasons })),
    documents: documents.map((document) => ({ code: document.code, kind: document.kind, title: document.title, issuedAt: document.issued_at.toISOString(), isPublic: document.is_public, hasPdf: document.pdf_sha256 !== null })),
    // Recording the decision and signing belong to the Council's chair and secretary only.
    availableActions: availableActions(app.state as ApplicationState, role).filter(
      (action) => !((action === 'record-decision' || action === 'sign-minutes') && options.actor.councilPosition !== 'chair' && options.actor.councilPosition !== 'secretary'),
    ),
  };
}
