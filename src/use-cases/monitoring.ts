// Monitoring of a course's right (or registration): scheduled by the Center, or unscheduled on a
// complaint naming specific violations, which must end within 30 calendar days with published
// results. The outcome keeps, suspends or terminates the right.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/accounts/roles.js';
import { dueDate } from '../domain/calendar/deadlines.js';
import { tbilisiDate } from '../domain/calendar/tbilisi.js';
import type { Bilingual } from '../domain/course/description.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { fieldError, type FieldError } from '../domain/field-error.js';
import { deadlineRules } from '../domain/procedure/transitions.js';
import { governingRight } from '../domain/rights/status.js';
import type { Db } from '../db/database.js';
import { appendAudit } from '../db/queries/audit.js';
import * as courses from '../db/queries/courses.js';
import { nextPublicCode } from '../db/queries/public-codes.js';
import { renderDocument } from '../documents/templates.js';
import { storeFile } from '../files/store.js';
import type { UseCaseContext } from './courses.js';
import { appendToLedger, rightEvent } from './ledger.js';

export type MonitoringOutcome = 'keep' | 'suspend' | 'terminate';

async function openMonitoring(
  trx: Db,
  params: { courseId: string; kind: 'scheduled' | 'unscheduled'; complaintId: string | null; actorId: string | null; now: Date; today: string; dueDate: string | null },
) {
  const rights = await courses.listRights(trx, params.courseId);
  const right = governingRight(
    rights.map((row) => ({ kind: row.kind, effectiveFrom: row.effective_from, validUntil: row.valid_until, suspendedFrom: row.suspended_from, terminatedFrom: row.terminated_from, id: row.id })),
    params.today,
  );
  const id = randomUUID();
  const code = await nextPublicCode(trx, 'MN', Number(params.today.slice(0, 4)));
  await trx
    .insertInto('monitorings')
    .values({ id, code, course_id: params.courseId, right_id: right?.id ?? null, kind: params.kind, complaint_id: params.complaintId, opened_at: params.now, opened_by: params.actorId, due_date: params.dueDate })
    .execute();
  return { id, code };
}

export async function scheduleMonitoring(context: UseCaseContext, options: { actor: Actor; courseCode: string; kind: 'scheduled' | 'unscheduled'; dueDate: string }) {
  if (options.actor.role !== 'center-officer') throw new DomainError('forbidden', 'Only a Center officer schedules monitoring.');
  const now = context.clock.now();
  const today = tbilisiDate(now);
  if (options.dueDate < today) throw new ValidationError([fieldError('dueDate', 'future_date', 'The monitoring ends today or later.')]);
  return context.db.transaction().execute(async (trx) => {
    const course = await courses.findCourseByCode(trx, options.courseCode);
    if (!course) throw new DomainError('not_found', `There is no course ${options.courseCode}.`);
    const monitoring = await openMonitoring(trx, { courseId: course.id, kind: options.kind, complaintId: null, actorId: options.actor.id, now, today, dueDate: options.dueDate });
    await appendAudit(trx, { actorId: options.actor.id, action: 'monitoring.opened', entityType: 'monitoring', entityId: monitoring.code, after: { courseCode: options.courseCode, kind: options.kind, dueDate: options.dueDate } });
    return monitoring;
  });
}

export interface ComplaintInput {
  courseCode: string;
  complainantKind: 'learner' | 'employer' | 'association';
  complainantName: string;
  complainantEmail: string;
  violations: string[];
}

/** A complaint that names specific violations opens unscheduled monitoring, due in 30 calendar days. */
export async function fileComplaint(context: UseCaseContext, input: ComplaintInput) {
  const errors: FieldError[] = [];
  if (input.complainantName.trim() === '') errors.push(fieldError('complainantName', 'required', 'Give your name.'));
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.complainantEmail)) errors.push(fieldError('complainantEmail', 'email', 'This is not an e-mail address.'));
  if (input.violations.length === 0) errors.push(fieldError('violations', 'required', 'Name at least one specific violation.'));
  input.violations.forEach((violation, index) => {
    if (violation.trim().length < 20) errors.push(fieldError(`violations.${index}`, 'not_specific', 'Describe the violation specifically: what happened, when, and which element of the course it concerns.'));
  });
  if (errors.length > 0) throw new ValidationError(errors, 'The complaint cannot be accepted as it is.');
  const now = context.clock.now();
  const today = tbilisiDate(now);
  return context.db.transaction().execute(async (trx) => {
    const course = await courses.findCourseByCode(trx, input.courseCode);
    if (!course || !course.current_version_id) throw new DomainError('not_found', `There is no published course ${input.courseCode}.`);
    const complaintId = randomUUID();
    const complaintCode = await nextPublicCode(trx, 'CP', Number(today.slice(0, 4)));
    const rule = deadlineRules['center.monitoring'];
    const due = dueDate(today, rule.length, rule.unit);
    const monitoring = await openMonitoring(trx, { courseId: course.id, kind: 'unscheduled', complaintId, actorId: null, now, today, dueDate: due });
    await trx
      .insertInto('complaints')
      .values({
        id: complaintId,
        code: complaintCode,
        course_id: course.id,
        complainant_kind: input.complainantKind,
        complainant_name: input.complainantName,
        complainant_email: input.complainantEmail,
        violations: JSON.stringify(input.violations),
        received_at: now,
        monitoring_id: monitoring.id,
      })
      .execute();
    await trx
      .insertInto('deadlines')
      .values({ id: randomUUID(), application_id: null, monitoring_id: monitoring.id, kind: rule.kind, legal_basis: rule.legalBasis, start_event: rule.startEvent, start_date: today, length: rule.length, unit: rule.unit, due_date: due })
      .execute();
    await appendAudit(trx, { actorId: null, action: 'complaint.received', entityType: 'complaint', entityId: complaintCode, after: { courseCode: input.courseCode, monitoring: monitoring.code, violations: input.violations.length } });
    return { complaintCode, monitoringCode: monitoring.code, dueDate: due };
  });
}

/** Ends a monitoring with its findings, publishes them, and keeps, suspends or terminates the right. */
export async function closeMonitoring(context: UseCaseContext & { dataDir: string }, options: { actor: Actor; code: string; outcome: MonitoringOutcome; findings: Bilingual }) {
  if (options.actor.role !== 'center-officer') throw new DomainError('forbidden', 'Only a Center officer closes monitoring.');
  const errors: FieldError[] = [];
  if (options.findings.ka.trim() === '') errors.push(fieldError('findings.ka', 'required', 'Write the findings in Georgian.'));
  if (options.findings.en.trim() === '') errors.push(fieldError('findings.en', 'required', 'Write the findings in English.'));
  if (errors.length > 0) throw new ValidationError(errors);
  const now = context.clock.now();
  const today = tbilisiDate(now);
  return context.db.transaction().execute(async (trx) => {
    const monitoring = await trx.selectFrom('monitorings').selectAll().where('code', '=', options.code).forUpdate().executeTakeFirst();
    if (!monitoring) throw new DomainError('not_found', `There is no monitoring ${options.code}.`);
    if (monitoring.closed_at) throw new DomainError('conflict', 'This monitoring has already ended.');
    if (options.outcome !== 'keep') {
      if (!monitoring.right_id) throw new DomainError('conflict', 'The course holds no right to suspend or terminate.');
      const right = await trx
        .updateTable('rights')
        .set(options.outcome === 'suspend' ? { suspended_from: today } : { terminated_from: today })
        .where('id', '=', monitoring.right_id)
        .returning(['decision_code', 'kind'])
        .executeTakeFirstOrThrow();
      await courses.refreshRegistryEntries(trx, [monitoring.course_id]);
      const course = await trx.selectFrom('courses').select('code').where('id', '=', monitoring.course_id).executeTakeFirstOrThrow();
      await appendToLedger(trx, [
        rightEvent(
          options.outcome === 'suspend' ? 'right.suspended' : 'right.terminated',
          { decisionCode: right.decision_code, courseCode: course.code, kind: right.kind, from: today },
          now,
        ),
      ]);
    }
    await trx
      .updateTable('monitorings')
      .set({ outcome: options.outcome, findings: JSON.stringify(options.findings), closed_at: now, published_at: now })
      .where('id', '=', monitoring.id)
      .execute();
    await trx.updateTable('deadlines').set({ met_at: now }).where('monitoring_id', '=', monitoring.id).where('met_at', 'is', null).execute();
    const documentCode = await issueMonitoringResult(trx, context.dataDir, { monitoring, outcome: options.outcome, findings: options.findings, actorId: options.actor.id, now, today });
    await appendAudit(trx, {
      actorId: options.actor.id,
      action: 'monitoring.closed',
      entityType: 'monitoring',
      entityId: monitoring.code,
      before: { outcome: null },
      after: { outcome: options.outcome, findings: options.findings, closedOn: today, late: monitoring.due_date !== null && today > monitoring.due_date },
    });
    return { code: monitoring.code, outcome: options.outcome, publishedAt: now.toISOString(), document: documentCode };
  });
}

const officerPosition = { ka: 'ცენტრის უფლებამოსილი პირი', en: 'Authorised officer of the Center' };

/** The published result as a PDF in Georgian and English, kept with its data. */
async function issueMonitoringResult(
  trx: Db,
  dataDir: string,
  params: { monitoring: { id: string; code: string; kind: 'scheduled' | 'unscheduled'; course_id: string; complaint_id: string | null; opened_at: Date }; outcome: MonitoringOutcome; findings: Bilingual; actorId: string; now: Date; today: string },
): Promise<string> {
  const course = await trx
    .selectFrom('courses as c')
    .innerJoin('course_versions as v', 'v.id', 'c.current_version_id')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .select(['c.code', 'v.title_ka', 'v.title_en', 'v.version_no', 'p.name as provider_name'])
    .where('c.id', '=', params.monitoring.course_id)
    .executeTakeFirstOrThrow();
  const complaint = params.monitoring.complaint_id
    ? await trx.selectFrom('complaints').select(['code', 'received_at', 'violations']).where('id', '=', params.monitoring.complaint_id).executeTakeFirst()
    : undefined;
  const actor = await trx.selectFrom('users').select('name').where('id', '=', params.actorId).executeTakeFirstOrThrow();
  const code = await nextPublicCode(trx, 'MON', Number(params.today.slice(0, 4)));
  const data = {
    documentCode: code,
    issueDate: params.today,
    provider: { name: course.provider_name },
    course: { code: course.code, title: { ka: course.title_ka, en: course.title_en }, version: course.version_no },
    legalBasis: 'Guide VI',
    monitoringCode: params.monitoring.code,
    kind: params.monitoring.kind,
    ...(complaint
      ? { complaint: { code: complaint.code, receivedOn: tbilisiDate(complaint.received_at), violations: complaint.violations.map((violation) => ({ ka: violation, en: violation })) } }
      : {}),
    period: { from: tbilisiDate(params.monitoring.opened_at), to: params.today },
    findings: [params.findings],
    outcome: params.outcome,
    reasons: params.findings,
    signatory: { name: actor.name, position: officerPosition },
  };
  const bytes = await renderDocument({ kind: 'monitoring-result', data });
  const stored = await storeFile({ db: trx, dataDir }, { bytes, originalName: `${code}.pdf`, declaredType: 'application/pdf', uploadedBy: params.actorId });
  await trx
    .insertInto('documents')
    .values({
      id: randomUUID(),
      code,
      application_id: null,
      monitoring_id: params.monitoring.id,
      kind: 'monitoring-result',
      title: JSON.stringify({ ka: 'მონიტორინგის შედეგი', en: 'Monitoring result' }),
      // The complainant's identity is not part of the published document.
      data: JSON.stringify({ ...data, complaint: complaint ? { code: complaint.code } : null }),
      pdf_sha256: stored.sha256,
      is_public: true,
      issued_at: params.now,
      issued_by: params.actorId,
    })
    .execute();
  return code;
}

export async function listMonitorings(db: Db, options: { publishedOnly: boolean }) {
  let query = db
    .selectFrom('monitorings as m')
    .innerJoin('courses as c', 'c.id', 'm.course_id')
    .leftJoin('complaints as k', 'k.monitoring_id', 'm.id')
    .select(['m.code', 'm.kind', 'm.opened_at', 'm.due_date', 'm.outcome', 'm.findings', 'm.published_at', 'c.code as course_code', 'k.code as complaint_code', 'k.violations'])
    .orderBy('m.opened_at', 'desc');
  if (options.publishedOnly) query = query.where('m.published_at', 'is not', null);
  const rows = await query.execute();
  return rows.map((row) => ({
    code: row.code,
    kind: row.kind,
    courseCode: row.course_code,
    openedAt: row.opened_at.toISOString(),
    dueDate: row.due_date,
    outcome: row.outcome,
    findings: row.findings,
    publishedAt: row.published_at?.toISOString() ?? null,
    // The complainant's identity stays with the Center; the public sees the violations alleged.
    complaint: row.complaint_code ? { code: row.complaint_code, violations: row.violations } : null,
  }));
}
