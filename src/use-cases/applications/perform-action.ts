// Every step of the procedure goes through here: load the application under a row lock, check
// the version the actor saw, ask the transition table, check the step's guards, then write the
// new state, the step's own records, the deadlines it opens, meets or cancels, the event, the
// audit entry and the documents, all in one transaction.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/accounts/roles.js';
import { dueDate } from '../../domain/calendar/deadlines.js';
import { tbilisiDate } from '../../domain/calendar/tbilisi.js';
import type { Bilingual } from '../../domain/course/description.js';
import { DomainError, ValidationError } from '../../domain/errors.js';
import { fieldError, type FieldError } from '../../domain/field-error.js';
import { type ApplicationContent, checkApplicationContent } from '../../domain/procedure/application-content.js';
import type { CouncilDecision } from '../../domain/procedure/decision.js';
import {
  checkCorrectionPeriod,
  checkExpertGroup,
  checkHearingNotice,
  councilMajority,
  isWithin,
  rightValidUntil,
} from '../../domain/procedure/guards.js';
import {
  type ApplicationAction,
  type ApplicationState,
  type DeadlineKind,
  decide,
  deadlineRules,
  type Transition,
} from '../../domain/procedure/transitions.js';
import { complianceRatings, listComponents, standardsCatalogue } from '../../domain/standards/catalogue.js';
import type { Db } from '../../db/database.js';
import * as applications from '../../db/queries/applications.js';
import { appendAudit } from '../../db/queries/audit.js';
import { refreshRegistryEntries } from '../../db/queries/courses.js';
import type { ProcedureRecord } from '../../domain/procedure/record.js';
import { nextPublicCode } from '../../db/queries/public-codes.js';
import type { UseCaseContext } from '../courses.js';
import { issueDocument, type DocumentKind } from './documents.js';
import { appendToLedger, rightEvent } from '../ledger.js';

/** The input each action takes; the HTTP schemas mirror these. */
export interface ActionInputs {
  submit: Record<string, never>;
  'set-deficiencies': { correctionWorkingDays: number; deficiencies: string[] };
  'submit-correction': Record<string, never>;
  'recognise-seeker': Record<string, never>;
  'leave-without-review': { reasons: string };
  'form-expert-group': { members: { expertId: string; role: string }[]; chairExpertId: string; visitFrom: string; visitTo: string };
  'move-recusal': { assignmentId: string; reasons: string };
  'decide-recusal': { decision: 'granted' | 'refused'; reasons: string; replacementExpertId?: string | undefined };
  'submit-agenda': { agenda: { date: string; topic: string }[] };
  'send-agenda': Record<string, never>;
  'record-visit': { oralFindings: string };
  'submit-draft-report': { ratings: { componentId: string; rating: string; reasons: string }[]; summary: Bilingual };
  'return-draft-report': { reasons: string };
  'send-draft-report': Record<string, never>;
  'submit-position': { text: string };
  'submit-final-report': { ratings: { componentId: string; rating: string; reasons: string }[]; summary: Bilingual };
  'schedule-hearing': { meetingAt: string; place: string };
  'record-decision': { attendees: string[]; votes: { memberId: string; vote: CouncilDecision }[]; reasons: Bilingual; implementationMonths?: number | undefined };
  'sign-minutes': Record<string, never>;
  'publish-decision': Record<string, never>;
  'file-appeal': { grounds: string };
  'decide-appeal': { outcome: 'upheld' | 'dismissed'; reasons: string };
  withdraw: { reasons?: string | undefined };
  'submit-registration': Record<string, never>;
  'acknowledge-registration': Record<string, never>;
  'reject-registration': { reasons: string };
}

export interface ActionRequest<A extends ApplicationAction = ApplicationAction> {
  actor: Actor & { councilPosition?: 'chair' | 'secretary' | 'member' | null };
  code: string;
  action: A;
  input: ActionInputs[A];
  /** The application's version the actor saw; a step taken on a stale view is refused. */
  expectedVersion: number;
}

interface StepContext {
  trx: Db;
  app: applications.ApplicationRow;
  actor: ActionRequest['actor'];
  now: Date;
  today: string;
  procedure: ProcedureRecord;
  transition: Transition;
  details: Record<string, unknown>;
  documents: { kind: DocumentKind; isPublic: boolean; data: Record<string, unknown> }[];
}

function refuse(errors: FieldError[], message: string): never {
  throw new ValidationError(errors, message);
}

function requireText(value: string | undefined, path: string, what: string): void {
  if (!value || value.trim() === '') refuse([fieldError(path, 'required', `${what} is required.`)], `${what} is required.`);
}

async function assertAssignedExpert(step: StepContext): Promise<void> {
  const members = await applications.listActiveAssignments(step.trx, step.app.id);
  if (!members.some((member) => member.expert_id === step.actor.id)) {
    throw new DomainError('forbidden', 'Only an expert of this application\'s group may do this.');
  }
}

function checkRatings(step: StepContext, ratings: ActionInputs['submit-draft-report']['ratings']): void {
  const components = listComponents(standardsCatalogue(step.app.catalogue_version));
  const errors: FieldError[] = [];
  for (const component of components) {
    const rating = ratings.find((item) => item.componentId === component.id);
    if (!rating) errors.push(fieldError(`ratings.${component.id}`, 'required', `Rate component ${component.number}.`));
    else {
      if (!(complianceRatings as readonly string[]).includes(rating.rating)) errors.push(fieldError(`ratings.${component.id}.rating`, 'rating', 'Not a compliance rating.'));
      if (rating.reasons.trim() === '') errors.push(fieldError(`ratings.${component.id}.reasons`, 'required', 'Give the reasons for the rating.'));
    }
  }
  for (const rating of ratings) {
    if (!components.some((component) => component.id === rating.componentId)) {
      errors.push(fieldError(`ratings.${rating.componentId}`, 'unknown_component', 'No such component in the catalogue the application is judged against.'));
    }
  }
  if (errors.length > 0) refuse(errors, 'The report must rate every standard component, with reasons.');
}

async function saveReport(step: StepContext, stage: 'draft' | 'final', input: ActionInputs['submit-draft-report']) {
  checkRatings(step, input.ratings);
  await step.trx.deleteFrom('expert_reports').where('application_id', '=', step.app.id).where('stage', '=', stage).execute();
  await step.trx
    .insertInto('expert_reports')
    .values({
      id: randomUUID(),
      application_id: step.app.id,
      stage,
      ratings: JSON.stringify(input.ratings),
      summary: JSON.stringify(input.summary),
      submitted_by: step.actor.id,
      submitted_at: step.now,
    })
    .execute();
  step.documents.push({ kind: 'expert-report', isPublic: stage === 'final', data: { stage, ratings: input.ratings, summary: input.summary } });
}

/** The part of each step that is its own: checks beyond the table and the records it keeps. */
async function applyStep(step: StepContext, request: ActionRequest): Promise<void> {
  const { trx, app, procedure } = step;
  const input = request.input as ActionInputs[ApplicationAction];
  const action = request.action;
  switch (action) {
    case 'submit':
    case 'submit-correction':
    case 'submit-registration': {
      const errors = checkApplicationContent(app.content as unknown as ApplicationContent, {
        providerIsHei: app.provider_kind === 'hei',
        catalogue: standardsCatalogue(app.catalogue_version),
        route: app.route,
      });
      if (action === 'submit-registration' && app.provider_kind !== 'hei') {
        errors.push(fieldError('route', 'not_hei', 'Only a higher education institution registers a course without a separate right.'));
      }
      if (errors.length > 0) refuse(errors, 'The application is not complete.');
      if (action === 'submit-correction') {
        const correction = await applications.findOpenDeadline(trx, app.id, 'provider.correction');
        if (!correction || !isWithin(step.today, correction.due_date)) {
          throw new DomainError('conflict', `The correction period ended on ${correction?.due_date ?? 'an earlier day'}; the Center may now leave the application without review.`);
        }
      }
      step.details.receipt = { submittedAt: step.now.toISOString(), contentVersion: app.lock_version };
      return;
    }
    case 'set-deficiencies': {
      const { correctionWorkingDays, deficiencies } = input as ActionInputs['set-deficiencies'];
      const errors = checkCorrectionPeriod(correctionWorkingDays);
      if (deficiencies.length === 0 || deficiencies.some((item) => item.trim() === '')) {
        errors.push(fieldError('deficiencies', 'required', 'Name each deficiency.'));
      }
      if (errors.length > 0) refuse(errors, 'The notice of deficiencies is not valid.');
      procedure.deficiencies = deficiencies;
      procedure.correctionWorkingDays = correctionWorkingDays;
      step.details.deficiencies = deficiencies;
      step.documents.push({ kind: 'order-deficiencies', isPublic: false, data: { deficiencies, correctionWorkingDays, dueDate: dueDate(step.today, correctionWorkingDays, 'working') } });
      return;
    }
    case 'recognise-seeker':
      step.documents.push({ kind: 'order-seeker-status', isPublic: false, data: {} });
      return;
    case 'leave-without-review': {
      const { reasons } = input as ActionInputs['leave-without-review'];
      requireText(reasons, 'reasons', 'The reasons');
      procedure.withoutReviewReasons = reasons;
      step.details.reasons = reasons;
      step.documents.push({ kind: 'order-without-review', isPublic: false, data: { reasons } });
      return;
    }
    case 'form-expert-group': {
      const { members, chairExpertId, visitFrom, visitTo } = input as ActionInputs['form-expert-group'];
      const errors = checkExpertGroup(members, await applications.conflictedExperts(trx, app.provider_id));
      const users = await applications.usersWithIds(trx, members.map((member) => member.expertId));
      members.forEach((member, index) => {
        const user = users.find((candidate) => candidate.id === member.expertId);
        if (!user || user.role !== 'expert') errors.push(fieldError(`members.${index}.expertId`, 'not_an_expert', 'No expert has this id.'));
      });
      if (!members.some((member) => member.expertId === chairExpertId)) errors.push(fieldError('chairExpertId', 'not_in_group', 'The chair must be a member of the group.'));
      if (!(visitFrom > step.today)) errors.push(fieldError('visitFrom', 'future_date', 'The visit starts after today, so that the institution can move to recuse an expert.'));
      if (visitTo < visitFrom) errors.push(fieldError('visitTo', 'date_order', 'The visit cannot end before it starts.'));
      if (errors.length > 0) refuse(errors, 'The expert group cannot be formed like this.');
      for (const member of members) {
        await trx
          .insertInto('expert_assignments')
          .values({ id: randomUUID(), application_id: app.id, expert_id: member.expertId, group_role: member.role as never, is_chair: member.expertId === chairExpertId, assigned_at: step.now })
          .execute();
      }
      procedure.visitFrom = visitFrom;
      procedure.visitTo = visitTo;
      step.details.members = members.map((member) => ({ ...member, name: users.find((user) => user.id === member.expertId)?.name }));
      step.details.visit = { from: visitFrom, to: visitTo };
      step.documents.push({ kind: 'order-expert-group', isPublic: false, data: { members: step.details.members, chairExpertId, visitFrom, visitTo } });
      return;
    }
    case 'move-recusal': {
      const { assignmentId, reasons } = input as ActionInputs['move-recusal'];
      requireText(reasons, 'reasons', 'The reasons for the motion');
      const window = await applications.findOpenDeadline(trx, app.id, 'provider.recusal-window');
      if (!window || !isWithin(step.today, window.due_date)) {
        throw new DomainError('conflict', `A motion for recusal could be filed until ${window?.due_date ?? 'two working days after the order'}; that time has passed.`);
      }
      const members = await applications.listActiveAssignments(trx, app.id);
      if (!members.some((member) => member.id === assignmentId)) refuse([fieldError('assignmentId', 'not_in_group', 'This is not a member of the expert group.')], 'No such member.');
      await trx.insertInto('recusal_motions').values({ id: randomUUID(), application_id: app.id, assignment_id: assignmentId, reasons, filed_at: step.now, filed_by: step.actor.id }).execute();
      step.details.motion = { assignmentId, reasons };
      return;
    }
    case 'decide-recusal': {
      const { decision, reasons, replacementExpertId } = input as ActionInputs['decide-recusal'];
      requireText(reasons, 'reasons', 'The reasons for the decision');
      const motion = await trx.selectFrom('recusal_motions').selectAll().where('application_id', '=', app.id).where('decision', 'is', null).executeTakeFirst();
      if (!motion) throw new DomainError('conflict', 'There is no motion for recusal to decide.');
      let replacementId: string | null = null;
      if (decision === 'granted') {
        const assignment = await trx.selectFrom('expert_assignments').selectAll().where('id', '=', motion.assignment_id).executeTakeFirstOrThrow();
        if (!replacementExpertId) refuse([fieldError('replacementExpertId', 'required', 'Name the expert who replaces the recused one.')], 'A granted recusal needs a replacement.');
        const conflicts = await applications.conflictedExperts(trx, app.provider_id);
        const members = await applications.listActiveAssignments(trx, app.id);
        const [replacement] = await applications.usersWithIds(trx, [replacementExpertId]);
        const errors: FieldError[] = [];
        if (!replacement || replacement.role !== 'expert') errors.push(fieldError('replacementExpertId', 'not_an_expert', 'No expert has this id.'));
        if (conflicts.has(replacementExpertId)) errors.push(fieldError('replacementExpertId', 'conflict_of_interest', 'This expert declared a conflict of interest with the provider.'));
        if (members.some((member) => member.expert_id === replacementExpertId)) errors.push(fieldError('replacementExpertId', 'expert_twice', 'This expert is already in the group.'));
        if (errors.length > 0) refuse(errors, 'The replacement cannot be assigned.');
        await trx.updateTable('expert_assignments').set({ removed_at: step.now, removed_reason: `recused: ${reasons}` }).where('id', '=', assignment.id).execute();
        replacementId = randomUUID();
        await trx
          .insertInto('expert_assignments')
          .values({ id: replacementId, application_id: app.id, expert_id: replacementExpertId!, group_role: assignment.group_role, is_chair: assignment.is_chair, assigned_at: step.now })
          .execute();
        step.details.replaced = { role: assignment.group_role, removedExpertId: assignment.expert_id, replacementExpertId };
      }
      await trx
        .updateTable('recusal_motions')
        .set({ decision, decision_reasons: reasons, decided_at: step.now, decided_by: step.actor.id, replacement_assignment_id: replacementId })
        .where('id', '=', motion.id)
        .execute();
      step.details.decision = decision;
      step.documents.push({ kind: 'recusal-decision', isPublic: false, data: { decision, reasons, motionReasons: motion.reasons, replaced: step.details.replaced ?? null } });
      return;
    }
    case 'submit-agenda': {
      await assertAssignedExpert(step);
      const { agenda } = input as ActionInputs['submit-agenda'];
      const errors: FieldError[] = [];
      if (agenda.length === 0) errors.push(fieldError('agenda', 'required', 'List the issues of each visit day.'));
      agenda.forEach((item, index) => {
        if (procedure.visitFrom && procedure.visitTo && (item.date < procedure.visitFrom || item.date > procedure.visitTo)) {
          errors.push(fieldError(`agenda.${index}.date`, 'outside_visit', `The visit is from ${procedure.visitFrom} to ${procedure.visitTo}.`));
        }
        if (item.topic.trim() === '') errors.push(fieldError(`agenda.${index}.topic`, 'required', 'Name the issue examined.'));
      });
      if (errors.length > 0) refuse(errors, 'The agenda is not valid.');
      procedure.agenda = agenda;
      procedure.agendaSubmittedAt = step.now.toISOString();
      return;
    }
    case 'send-agenda':
      if (!procedure.agendaSubmittedAt) throw new DomainError('conflict', 'The experts have not submitted the visit agenda yet.');
      procedure.agendaSentAt = step.now.toISOString();
      return;
    case 'record-visit': {
      if (step.actor.role === 'expert') await assertAssignedExpert(step);
      const { oralFindings } = input as ActionInputs['record-visit'];
      requireText(oralFindings, 'oralFindings', 'The oral findings presented on the last day');
      if (!procedure.agendaSentAt) throw new DomainError('conflict', 'The visit agenda has not been sent to the institution.');
      if (procedure.visitTo && step.today < procedure.visitTo) throw new DomainError('conflict', `The visit ends on ${procedure.visitTo}; record it on its last day or later.`);
      procedure.oralFindings = oralFindings;
      return;
    }
    case 'submit-draft-report':
      await assertAssignedExpert(step);
      await saveReport(step, 'draft', input as ActionInputs['submit-draft-report']);
      return;
    case 'return-draft-report': {
      const { reasons } = input as ActionInputs['return-draft-report'];
      requireText(reasons, 'reasons', 'What is missing from the draft report');
      step.details.reasons = reasons;
      return;
    }
    case 'send-draft-report':
      return;
    case 'submit-position': {
      const { text } = input as ActionInputs['submit-position'];
      requireText(text, 'text', 'The reasoned position');
      const window = await applications.findOpenDeadline(trx, app.id, 'provider.position-window');
      if (!window || !isWithin(step.today, window.due_date)) throw new DomainError('conflict', 'The five days for a reasoned position have passed.');
      procedure.position = text;
      procedure.positionReceivedAt = step.now.toISOString();
      return;
    }
    case 'submit-final-report': {
      await assertAssignedExpert(step);
      const window = await applications.findOpenDeadline(trx, app.id, 'provider.position-window');
      if (!procedure.positionReceivedAt && window && isWithin(step.today, window.due_date)) {
        throw new DomainError('conflict', `The institution may send a reasoned position until ${window.due_date}; the final report waits for it or for that day to pass.`);
      }
      await saveReport(step, 'final', input as ActionInputs['submit-final-report']);
      return;
    }
    case 'schedule-hearing': {
      const { meetingAt, place } = input as ActionInputs['schedule-hearing'];
      requireText(place, 'place', 'The place of the meeting');
      const meetingDate = tbilisiDate(new Date(meetingAt));
      const errors = checkHearingNotice(step.today, meetingDate);
      if (errors.length > 0) refuse(errors, 'The hearing is too soon.');
      await trx.insertInto('hearings').values({ id: randomUUID(), application_id: app.id, meeting_at: new Date(meetingAt), place, notified_at: step.now, votes: JSON.stringify([]) }).execute();
      step.details.hearing = { meetingAt, place };
      step.documents.push({ kind: 'hearing-notice', isPublic: true, data: { meetingAt, place } });
      return;
    }
    case 'record-decision': {
      if (step.actor.councilPosition !== 'chair' && step.actor.councilPosition !== 'secretary') {
        throw new DomainError('forbidden', 'The chair or the secretary of the Council records the decision.');
      }
      const { attendees, votes, reasons, implementationMonths } = input as ActionInputs['record-decision'];
      const hearing = await trx.selectFrom('hearings').selectAll().where('application_id', '=', app.id).executeTakeFirstOrThrow();
      if (step.now < hearing.meeting_at) throw new DomainError('conflict', 'The Council meeting has not taken place yet.');
      const members = await applications.usersWithIds(trx, attendees);
      const errors: FieldError[] = [];
      if (attendees.length === 0) errors.push(fieldError('attendees', 'required', 'Record who attended.'));
      attendees.forEach((id, index) => {
        if (!members.some((member) => member.id === id && member.role === 'council-member')) errors.push(fieldError(`attendees.${index}`, 'not_a_member', 'Not a member of the Council.'));
      });
      votes.forEach((vote, index) => {
        if (!attendees.includes(vote.memberId)) errors.push(fieldError(`votes.${index}.memberId`, 'not_attending', 'Only members attending the meeting vote.'));
        if (votes.findIndex((other) => other.memberId === vote.memberId) !== index) errors.push(fieldError(`votes.${index}.memberId`, 'voted_twice', 'A member votes once.'));
      });
      if (reasons.ka.trim() === '' || reasons.en.trim() === '') errors.push(fieldError('reasons', 'required', 'Give the reasons in Georgian and English.'));
      const decision = councilMajority(attendees, votes);
      if (decision === null && errors.length === 0) {
        errors.push(fieldError('votes', 'no_majority', 'No decision has the votes of a majority of the members attending (a tie is not a majority).'));
      }
      if (decision && decision !== 'refuse' && !(implementationMonths && implementationMonths > 0)) {
        errors.push(fieldError('implementationMonths', 'required', 'A grant states the timeframe for implementing the course.'));
      }
      if (errors.length > 0) refuse(errors, 'The decision cannot be recorded.');
      await trx
        .updateTable('hearings')
        .set({ attendees, votes: JSON.stringify(votes), decision, reasons: JSON.stringify(reasons), implementation_months: decision === 'refuse' ? null : implementationMonths ?? null, decided_at: step.now })
        .where('id', '=', hearing.id)
        .execute();
      step.details.decision = decision;
      step.details.tally = votes.reduce<Record<string, number>>((tally, vote) => ({ ...tally, [vote.vote]: (tally[vote.vote] ?? 0) + 1 }), {});
      return;
    }
    case 'sign-minutes': {
      const hearing = await trx.selectFrom('hearings').selectAll().where('application_id', '=', app.id).executeTakeFirstOrThrow();
      if (step.actor.councilPosition === 'chair') {
        if (hearing.signed_by_chair) throw new DomainError('conflict', 'The chair has already signed.');
        await trx.updateTable('hearings').set({ signed_by_chair: step.actor.id }).where('id', '=', hearing.id).execute();
      } else if (step.actor.councilPosition === 'secretary') {
        if (hearing.signed_by_secretary) throw new DomainError('conflict', 'The secretary has already signed.');
        await trx.updateTable('hearings').set({ signed_by_secretary: step.actor.id }).where('id', '=', hearing.id).execute();
      } else {
        throw new DomainError('forbidden', 'Only the chair and the secretary sign the minutes and the order.');
      }
      const signed = await trx.selectFrom('hearings').selectAll().where('id', '=', hearing.id).executeTakeFirstOrThrow();
      if (signed.signed_by_chair && signed.signed_by_secretary) {
        await trx.updateTable('hearings').set({ minutes_signed_at: step.now }).where('id', '=', hearing.id).execute();
      }
      step.details.signedAs = step.actor.councilPosition;
      return;
    }
    case 'publish-decision': {
      const hearing = await trx.selectFrom('hearings').selectAll().where('application_id', '=', app.id).executeTakeFirstOrThrow();
      if (!hearing.minutes_signed_at) throw new DomainError('conflict', 'The minutes and the order need the signatures of the chair and the secretary first.');
      await trx.updateTable('hearings').set({ published_at: step.now }).where('id', '=', hearing.id).execute();
      let right: { effectiveFrom: string; validUntil: string } | null = null;
      if (hearing.decision !== 'refuse') {
        right = { effectiveFrom: step.today, validUntil: rightValidUntil(step.today) };
        const decisionCode = await nextPublicCode(trx, 'AC', Number(step.today.slice(0, 4)));
        await trx
          .insertInto('rights')
          .values({
            id: randomUUID(),
            course_id: app.course_id,
            provider_id: app.provider_id,
            kind: 'right',
            decision_code: decisionCode,
            effective_from: right.effectiveFrom,
            valid_until: right.validUntil,
            subject_to_monitoring: hearing.decision === 'grant-with-monitoring',
            application_id: app.id,
            reasons: JSON.stringify(hearing.reasons),
          })
          .execute();
        await refreshRegistryEntries(trx, [app.course_id]);
        await appendToLedger(trx, [rightEvent('right.granted', { decisionCode, courseCode: await courseCodeOf(trx, app.course_id), kind: 'right', ...right }, step.now)]);
      }
      step.details.decision = hearing.decision;
      step.details.right = right;
      step.documents.push({
        kind: 'council-decision',
        isPublic: true,
        data: { decision: hearing.decision, reasons: hearing.reasons, implementationMonths: hearing.implementation_months, attendees: hearing.attendees.length, votes: hearing.votes, right },
      });
      return;
    }
    case 'file-appeal': {
      const { grounds } = input as ActionInputs['file-appeal'];
      requireText(grounds, 'grounds', 'The grounds of the appeal');
      await trx.insertInto('appeals').values({ id: randomUUID(), application_id: app.id, grounds, filed_at: step.now, filed_by: step.actor.id }).execute();
      return;
    }
    case 'decide-appeal': {
      const { outcome, reasons } = input as ActionInputs['decide-appeal'];
      requireText(reasons, 'reasons', 'The reasons of the outcome');
      const appeal = await trx.selectFrom('appeals').selectAll().where('application_id', '=', app.id).where('outcome', 'is', null).executeTakeFirstOrThrow();
      await trx.updateTable('appeals').set({ outcome, outcome_reasons: reasons, decided_at: step.now, published_at: step.now }).where('id', '=', appeal.id).execute();
      step.details.outcome = outcome;
      step.documents.push({ kind: 'appeal-outcome', isPublic: true, data: { outcome, reasons, grounds: appeal.grounds } });
      return;
    }
    case 'withdraw':
      step.details.reasons = (input as ActionInputs['withdraw']).reasons ?? null;
      return;
    case 'acknowledge-registration': {
      const decisionCode = await nextPublicCode(trx, 'REG', Number(step.today.slice(0, 4)));
      await trx
        .insertInto('rights')
        .values({
          id: randomUUID(),
          course_id: app.course_id,
          provider_id: app.provider_id,
          kind: 'hei-registration',
          decision_code: decisionCode,
          effective_from: step.today,
          valid_until: null,
          application_id: app.id,
        })
        .execute();
      await refreshRegistryEntries(trx, [app.course_id]);
      await appendToLedger(trx, [
        rightEvent('right.granted', { decisionCode, courseCode: await courseCodeOf(trx, app.course_id), kind: 'hei-registration', effectiveFrom: step.today, validUntil: null }, step.now),
      ]);
      return;
    }
    case 'reject-registration': {
      const { reasons } = input as ActionInputs['reject-registration'];
      requireText(reasons, 'reasons', 'The reasons');
      procedure.registrationDecision = reasons;
      return;
    }
  }
}

export async function performApplicationAction(context: UseCaseContext & { dataDir: string }, request: ActionRequest) {
  const now = context.clock.now();
  const today = tbilisiDate(now);
  return context.db.transaction().execute(async (trx) => {
    const app = await applications.findApplicationByCode(trx, request.code, { forUpdate: true });
    if (!app) throw new DomainError('not_found', `There is no application ${request.code}.`);
    if (request.actor.role === 'provider-admin' && request.actor.providerId !== app.provider_id) {
      throw new DomainError('forbidden', "You may act only on your own provider's applications.");
    }
    if (app.lock_version !== request.expectedVersion) {
      throw new DomainError('conflict', `The application changed since you opened it (version ${app.lock_version}, not ${request.expectedVersion}); reload it and try again.`);
    }
    const verdict = decide(app.state as ApplicationState, request.action, request.actor.role === 'learner' ? 'learner' : request.actor.role);
    if (!verdict.ok) throw new DomainError(verdict.reason === 'wrong-role' ? 'forbidden' : 'conflict', verdict.message);
    const { transition } = verdict;
    const step: StepContext = { trx, app, actor: request.actor, now, today, procedure: { ...(app.procedure as ProcedureRecord) }, transition, details: {}, documents: [] };
    await applyStep(step, request);

    await applications.closeDeadlines(trx, app.id, transition.meets, 'met', now);
    await applications.closeDeadlines(trx, app.id, transition.cancels, 'cancelled', now);
    for (const kind of transition.opens) await openDeadline(trx, app.id, kind, today, step.procedure);

    const updated = await applications.updateApplication(trx, app.id, request.expectedVersion, {
      state: transition.to,
      procedure: step.procedure,
      ...(request.action === 'submit' || request.action === 'submit-registration' ? { submittedAt: now } : {}),
      at: now,
    });
    if (!updated) throw new DomainError('conflict', 'Someone else acted on this application at the same moment; reload it and try again.');

    const documentCodes: string[] = [];
    for (const document of step.documents) {
      documentCodes.push(await issueDocument(trx, { app, kind: document.kind, isPublic: document.isPublic, data: document.data, actorId: request.actor.id, now, today, dataDir: context.dataDir }));
    }
    await applications.insertEvent(trx, {
      applicationId: app.id,
      actorId: request.actor.id,
      action: request.action,
      fromState: app.state,
      toState: transition.to,
      details: { ...step.details, ...(documentCodes.length > 0 ? { documents: documentCodes } : {}) },
      at: now,
    });
    await appendAudit(trx, {
      actorId: request.actor.id,
      action: 'application.transition',
      entityType: 'application',
      entityId: app.code,
      before: { state: app.state, version: app.lock_version },
      after: { state: transition.to, version: app.lock_version + 1, action: request.action, details: step.details },
    });
    return { code: app.code, state: transition.to, version: app.lock_version + 1, documents: documentCodes };
  });
}

async function openDeadline(trx: Db, applicationId: string, kind: DeadlineKind, today: string, procedure: ProcedureRecord) {
  const rule = deadlineRules[kind];
  // The correction period is the one the officer set (5 to 15 working days), not a fixed length.
  const length = kind === 'provider.correction' ? procedure.correctionWorkingDays ?? rule.length : rule.length;
  await applications.insertDeadline(trx, {
    id: randomUUID(),
    applicationId,
    kind,
    legalBasis: rule.legalBasis,
    startEvent: rule.startEvent,
    startDate: today,
    length,
    unit: rule.unit,
    dueDate: dueDate(today, length, rule.unit),
  });
}

async function courseCodeOf(trx: Db, courseId: string): Promise<string> {
  const row = await trx.selectFrom('courses').select('code').where('id', '=', courseId).executeTakeFirstOrThrow();
  return row.code;
}
