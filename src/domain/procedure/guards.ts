// The rules behind the transition table's guards that need only data and dates (pure).
import { addDays, daysBetween } from '../calendar/holidays.js';
import { fieldError, type FieldError } from '../field-error.js';
import type { CouncilDecision } from './decision.js';

export const CORRECTION_MIN_WORKING_DAYS = 5;
export const CORRECTION_MAX_WORKING_DAYS = 15;
export const HEARING_NOTICE_MIN_DAYS = 7;
export const RIGHT_VALIDITY_YEARS = 2;

export const groupRoles = ['qa-expert', 'course-expert', 'field-expert', 'resources-expert', 'learner-expert', 'employer'] as const;
export type GroupRole = (typeof groupRoles)[number];

export function checkCorrectionPeriod(workingDays: number): FieldError[] {
  if (!Number.isInteger(workingDays) || workingDays < CORRECTION_MIN_WORKING_DAYS || workingDays > CORRECTION_MAX_WORKING_DAYS) {
    return [
      fieldError(
        'correctionWorkingDays',
        'correction_period_range',
        `The correction period is from ${CORRECTION_MIN_WORKING_DAYS} to ${CORRECTION_MAX_WORKING_DAYS} working days.`,
      ),
    ];
  }
  return [];
}

/** A window is open up to and including its last day. Dates are 'YYYY-MM-DD'. */
export function isWithin(today: string, lastDay: string): boolean {
  return today <= lastDay;
}


export function checkHearingNotice(noticeDate: string, meetingDate: string): FieldError[] {
  if (daysBetween(noticeDate, meetingDate) < HEARING_NOTICE_MIN_DAYS) {
    return [
      fieldError(
        'meetingAt',
        'hearing_notice',
        `The institution must be notified at least ${HEARING_NOTICE_MIN_DAYS} calendar days before the hearing; notified on ${noticeDate}, the meeting can be on ${addDays(noticeDate, HEARING_NOTICE_MIN_DAYS)} at the earliest.`,
      ),
    ];
  }
  return [];
}


/** Every one of the six roles filled once, nobody twice, nobody with a declared conflict with the provider. */
export function checkExpertGroup(
  members: { expertId: string; role: string }[],
  conflictedExpertIds: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const role of groupRoles) {
    const count = members.filter((member) => member.role === role).length;
    if (count === 0) errors.push(fieldError(`members.${role}`, 'role_missing', `The group needs a ${role}.`));
    if (count > 1) errors.push(fieldError(`members.${role}`, 'role_twice', `The ${role} role is filled twice.`));
  }
  members.forEach((member, index) => {
    if (!(groupRoles as readonly string[]).includes(member.role)) {
      errors.push(fieldError(`members.${index}.role`, 'unknown_role', `${member.role} is not a role of the expert group.`));
    }
    if (members.findIndex((other) => other.expertId === member.expertId) !== index) {
      errors.push(fieldError(`members.${index}.expertId`, 'expert_twice', 'An expert can hold only one role in the group.'));
    }
    if (conflictedExpertIds.has(member.expertId)) {
      errors.push(fieldError(`members.${index}.expertId`, 'conflict_of_interest', 'This expert declared a conflict of interest with the provider and cannot be assigned.'));
    }
  });
  return errors;
}

/**
 * The Council decides by a majority of the members attending: a decision type needs more than
 * half of the attendees' votes. A tie, or a split with no such majority, decides nothing.
 */
export function councilMajority(attendees: readonly string[], votes: readonly { memberId: string; vote: CouncilDecision }[]): CouncilDecision | null {
  const counted = votes.filter((vote) => attendees.includes(vote.memberId));
  const tally = new Map<CouncilDecision, number>();
  for (const vote of counted) tally.set(vote.vote, (tally.get(vote.vote) ?? 0) + 1);
  for (const [decision, count] of tally) if (count * 2 > attendees.length) return decision;
  return null;
}

/** A right is valid two years from taking effect: its last day is the day before the second anniversary. */
export function rightValidUntil(effectiveFrom: string): string {
  const date = new Date(`${effectiveFrom}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + RIGHT_VALIDITY_YEARS);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
