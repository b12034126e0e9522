// The procedure for the right to implement a micro-credential (guide, sections VII to XII), as
// one table: (state, action) → next state, who may act, the guard the use case checks, and the
// deadlines the step meets, opens or cancels. The code, the screens and the tests all read it.

export const applicationStates = [
  'draft',
  'submitted',
  'deficiencies',
  'corrected',
  'seeker',
  'without-review',
  'expert-group',
  'recusal-pending',
  'visit-held',
  'draft-report',
  'draft-report-sent',
  'final-report',
  'hearing-scheduled',
  'decided',
  'published',
  'appealed',
  'withdrawn',
  'registration-submitted',
  'registered',
  'registration-rejected',
] as const;
export type ApplicationState = (typeof applicationStates)[number];

export const applicationActions = [
  'submit',
  'set-deficiencies',
  'submit-correction',
  'recognise-seeker',
  'leave-without-review',
  'form-expert-group',
  'move-recusal',
  'decide-recusal',
  'submit-agenda',
  'send-agenda',
  'record-visit',
  'submit-draft-report',
  'return-draft-report',
  'send-draft-report',
  'submit-position',
  'submit-final-report',
  'schedule-hearing',
  'record-decision',
  'sign-minutes',
  'publish-decision',
  'file-appeal',
  'decide-appeal',
  'withdraw',
  'submit-registration',
  'acknowledge-registration',
  'reject-registration',
] as const;
export type ApplicationAction = (typeof applicationActions)[number];

/** Who acts: the applicant's administrator, a Center officer, an expert of the group, a council member. */
export type ProcedureRole = 'provider-admin' | 'center-officer' | 'expert' | 'council-member';

/** What the use case must check before the step, beyond state and role (see guards.ts). */
export type Guard =
  | 'self-evaluation-complete' // every standard component answered; HEI agreement for a non-HEI
  | 'correction-period-in-range' // 5 to 15 working days
  | 'within-correction-period'
  | 'six-roles-no-conflict' // all six roles, no expert with a declared conflict with the provider
  | 'within-recusal-window' // 2 working days from receiving the order
  | 'assigned-expert' // the acting expert is in the group
  | 'agenda-submitted'
  | 'agenda-sent-and-visit-over' // the visit's last day has come
  | 'every-component-rated'
  | 'within-position-window' // 5 calendar days from receiving the draft report
  | 'position-received-or-window-over'
  | 'notice-at-least-7-days'
  | 'meeting-held-majority' // the meeting time has come; a majority of attendees voted one way
  | 'chair-or-secretary'
  | 'both-signed'
  | 'applicant-is-hei';

/** Deadlines a step opens (with its legal basis), meets, or cancels. */
export type DeadlineKind =
  | 'center.admissibility' // 3 working days from submission (VIII)
  | 'center.decision' // the whole procedure: 60 working days from submission (VII)
  | 'center.seeker-order' // 10 calendar days from submission when nothing is missing (VIII)
  | 'provider.correction' // the correction period the officer sets: 5 to 15 working days (VIII)
  | 'center.seeker-order-after-correction' // 15 working days from the correction (VIII)
  | 'center.expert-group-order' // 10 working days from the seeker order (VIII)
  | 'provider.recusal-window' // 2 working days from receiving the group order (IX)
  | 'center.recusal-decision' // 3 working days from the motion (IX)
  | 'provider.position-window' // 5 calendar days from receiving the draft report (XI)
  | 'council.minutes' // 10 working days from the meeting (XII)
  | 'center.monitoring'; // 30 calendar days from a complaint (monitoring)

export interface DeadlineRule {
  kind: DeadlineKind;
  legalBasis: string;
  length: number;
  unit: 'working' | 'calendar';
  /** The event it counts from, in words. */
  startEvent: string;
}

export const deadlineRules: Record<DeadlineKind, DeadlineRule> = {
  'center.admissibility': { kind: 'center.admissibility', legalBasis: 'Guide VIII', length: 3, unit: 'working', startEvent: 'submission of the application' },
  'center.decision': { kind: 'center.decision', legalBasis: 'Guide VII', length: 60, unit: 'working', startEvent: 'submission of the application' },
  'center.seeker-order': { kind: 'center.seeker-order', legalBasis: 'Guide VIII', length: 10, unit: 'calendar', startEvent: 'submission of the application' },
  'provider.correction': { kind: 'provider.correction', legalBasis: 'Guide VIII', length: 5, unit: 'working', startEvent: 'notice of deficiencies' },
  'center.seeker-order-after-correction': { kind: 'center.seeker-order-after-correction', legalBasis: 'Guide VIII', length: 15, unit: 'working', startEvent: 'correction of the deficiencies' },
  'center.expert-group-order': { kind: 'center.expert-group-order', legalBasis: 'Guide VIII', length: 10, unit: 'working', startEvent: 'order recognising the seeker' },
  'provider.recusal-window': { kind: 'provider.recusal-window', legalBasis: 'Guide IX', length: 2, unit: 'working', startEvent: 'receipt of the order forming the expert group' },
  'center.recusal-decision': { kind: 'center.recusal-decision', legalBasis: 'Guide IX', length: 3, unit: 'working', startEvent: 'motion for recusal' },
  'provider.position-window': { kind: 'provider.position-window', legalBasis: 'Guide XI', length: 5, unit: 'calendar', startEvent: 'receipt of the draft report' },
  'council.minutes': { kind: 'council.minutes', legalBasis: 'Guide XII', length: 10, unit: 'working', startEvent: 'the Council meeting' },
  'center.monitoring': { kind: 'center.monitoring', legalBasis: 'Guide VI (monitoring on a complaint)', length: 30, unit: 'calendar', startEvent: 'receipt of the complaint' },
};

export interface Transition {
  from: ApplicationState;
  action: ApplicationAction;
  to: ApplicationState;
  roles: readonly ProcedureRole[];
  guards: readonly Guard[];
  opens: readonly DeadlineKind[];
  meets: readonly DeadlineKind[];
  cancels: readonly DeadlineKind[];
}

const t = (
  from: ApplicationState,
  action: ApplicationAction,
  to: ApplicationState,
  roles: readonly ProcedureRole[],
  effects: { guards?: Guard[]; opens?: DeadlineKind[]; meets?: DeadlineKind[]; cancels?: DeadlineKind[] } = {},
): Transition => ({ from, action, to, roles, guards: effects.guards ?? [], opens: effects.opens ?? [], meets: effects.meets ?? [], cancels: effects.cancels ?? [] });

const P = ['provider-admin'] as const;
const O = ['center-officer'] as const;
const E = ['expert'] as const;
const C = ['council-member'] as const;
const open: readonly ApplicationState[] = ['submitted', 'deficiencies', 'corrected', 'seeker', 'expert-group', 'recusal-pending', 'visit-held', 'draft-report', 'draft-report-sent', 'final-report', 'hearing-scheduled'];

export const transitions: readonly Transition[] = [
  t('draft', 'submit', 'submitted', P, {
    guards: ['self-evaluation-complete'],
    opens: ['center.admissibility', 'center.decision', 'center.seeker-order'],
  }),
  t('submitted', 'set-deficiencies', 'deficiencies', O, {
    guards: ['correction-period-in-range'],
    opens: ['provider.correction'],
    meets: ['center.admissibility'],
    cancels: ['center.seeker-order'],
  }),
  t('submitted', 'recognise-seeker', 'seeker', O, {
    meets: ['center.admissibility', 'center.seeker-order'],
    opens: ['center.expert-group-order'],
  }),
  t('deficiencies', 'submit-correction', 'corrected', P, {
    guards: ['within-correction-period', 'self-evaluation-complete'],
    meets: ['provider.correction'],
    opens: ['center.seeker-order-after-correction'],
  }),
  t('deficiencies', 'leave-without-review', 'without-review', O, { cancels: ['provider.correction', 'center.decision'] }),
  t('corrected', 'recognise-seeker', 'seeker', O, {
    meets: ['center.seeker-order-after-correction'],
    opens: ['center.expert-group-order'],
  }),
  t('corrected', 'leave-without-review', 'without-review', O, { cancels: ['center.seeker-order-after-correction', 'center.decision'] }),
  t('seeker', 'form-expert-group', 'expert-group', O, {
    guards: ['six-roles-no-conflict'],
    meets: ['center.expert-group-order'],
    opens: ['provider.recusal-window'],
  }),
  t('expert-group', 'move-recusal', 'recusal-pending', P, {
    guards: ['within-recusal-window'],
    opens: ['center.recusal-decision'],
  }),
  t('recusal-pending', 'decide-recusal', 'expert-group', O, { meets: ['center.recusal-decision'] }),
  t('expert-group', 'submit-agenda', 'expert-group', E, { guards: ['assigned-expert'] }),
  t('expert-group', 'send-agenda', 'expert-group', O, { guards: ['agenda-submitted'] }),
  t('expert-group', 'record-visit', 'visit-held', ['center-officer', 'expert'], { guards: ['agenda-sent-and-visit-over'], cancels: ['provider.recusal-window'] }),
  t('visit-held', 'submit-draft-report', 'draft-report', E, { guards: ['assigned-expert', 'every-component-rated'] }),
  t('draft-report', 'return-draft-report', 'visit-held', O),
  t('draft-report', 'send-draft-report', 'draft-report-sent', O, { opens: ['provider.position-window'] }),
  t('draft-report-sent', 'submit-position', 'draft-report-sent', P, { guards: ['within-position-window'], meets: ['provider.position-window'] }),
  t('draft-report-sent', 'submit-final-report', 'final-report', E, {
    guards: ['assigned-expert', 'position-received-or-window-over', 'every-component-rated'],
    cancels: ['provider.position-window'],
  }),
  t('final-report', 'schedule-hearing', 'hearing-scheduled', O, { guards: ['notice-at-least-7-days'] }),
  t('hearing-scheduled', 'record-decision', 'decided', C, {
    guards: ['chair-or-secretary', 'meeting-held-majority'],
    meets: ['center.decision'],
    opens: ['council.minutes'],
  }),
  t('decided', 'sign-minutes', 'decided', C, { guards: ['chair-or-secretary'] }),
  t('decided', 'publish-decision', 'published', O, { guards: ['both-signed'], meets: ['council.minutes'] }),
  t('published', 'file-appeal', 'appealed', P),
  t('appealed', 'decide-appeal', 'published', O),
  ...open.map((from) => t(from, 'withdraw', 'withdrawn', P, { cancels: Object.keys(deadlineRules) as DeadlineKind[] })),
  // A higher education institution's registration of a course based on an accredited programme (guide VI).
  t('draft', 'submit-registration', 'registration-submitted', P, { guards: ['applicant-is-hei', 'self-evaluation-complete'] }),
  t('registration-submitted', 'acknowledge-registration', 'registered', O),
  t('registration-submitted', 'reject-registration', 'registration-rejected', O),
];

export const terminalStates: readonly ApplicationState[] = ['without-review', 'withdrawn', 'registered', 'registration-rejected'];

export function findTransition(state: ApplicationState, action: ApplicationAction): Transition | undefined {
  return transitions.find((transition) => transition.from === state && transition.action === action);
}

export type Refusal = { ok: false; reason: 'wrong-state' | 'wrong-role'; message: string };

/** The table's answer for a state, action and role, before any guard is checked. */
export function decide(state: ApplicationState, action: ApplicationAction, role: ProcedureRole | 'learner' | null): { ok: true; transition: Transition } | Refusal {
  const transition = findTransition(state, action);
  if (!transition) {
    return { ok: false, reason: 'wrong-state', message: `An application in state "${state}" does not allow "${action}".` };
  }
  if (role === null || role === 'learner' || !transition.roles.includes(role)) {
    return { ok: false, reason: 'wrong-role', message: `Only ${transition.roles.join(' or ')} may ${action} here.` };
  }
  return { ok: true, transition };
}

/** The actions a role may take in a state (the screens show these as buttons). */
export function availableActions(state: ApplicationState, role: ProcedureRole | 'learner' | null): ApplicationAction[] {
  return transitions.filter((transition) => transition.from === state && role !== null && role !== 'learner' && transition.roles.includes(role)).map((transition) => transition.action);
}
