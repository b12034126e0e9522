// The shapes the procedure's API answers with (src/http/routes/applications.ts and
// src/use-cases/applications/manage-application.ts), as the front-end reads them.
import type { ApplicationContent } from '../../domain/procedure/application-content.js';
import type { CouncilDecision } from '../../domain/procedure/decision.js';
import type { GroupRole } from '../../domain/procedure/guards.js';
import type { ProcedureRecord } from '../../domain/procedure/record.js';
import type { ApplicationAction, ApplicationState, DeadlineKind } from '../../domain/procedure/transitions.js';
import type { FieldError, ProviderKind } from '../api.js';
import type { Bilingual } from '../i18n.js';

export type { ApplicationAction, ApplicationContent, ApplicationState, CouncilDecision, DeadlineKind, GroupRole };

export type ApplicationRoute = 'right' | 'hei-registration';

export interface QueueItem {
  code: string;
  state: ApplicationState;
  route: ApplicationRoute;
  provider: Bilingual;
  course: { code: string; title: Bilingual };
  submittedAt: string | null;
  /** The soonest open deadline, 'YYYY-MM-DD'. */
  nextDue: string | null;
}

export type DeadlineStatus = 'open' | 'met' | 'cancelled' | 'overdue';

export interface Deadline {
  kind: DeadlineKind;
  legalBasis: string;
  startEvent: string;
  startDate: string;
  length: number;
  unit: 'working' | 'calendar';
  dueDate: string;
  status: DeadlineStatus;
  closedAt: string | null;
  workingDaysLeft: number | null;
}

export interface TimelineEvent {
  at: string;
  action: ApplicationAction;
  fromState: ApplicationState;
  toState: ApplicationState;
  actor: { name: string; role: string } | null;
  details: Record<string, unknown>;
}

export interface GroupMember {
  assignmentId: string;
  expertId: string;
  name: string;
  role: GroupRole;
  isChair: boolean;
}

export interface Rating {
  componentId: string;
  rating: string;
  reasons: string;
}

export interface Report {
  stage: 'draft' | 'final';
  ratings: Rating[];
  summary: Bilingual;
  submittedAt: string;
}

export interface Vote {
  memberId: string;
  vote: CouncilDecision;
}

export interface Hearing {
  meetingAt: string;
  place: string;
  attendees: string[];
  votes: Vote[];
  decision: CouncilDecision | null;
  reasons: Bilingual | null;
  implementationMonths: number | null;
  signedByChair: boolean;
  signedBySecretary: boolean;
  publishedAt: string | null;
}

export interface ApplicationDocument {
  code: string;
  kind: string;
  title: Bilingual;
  issuedAt: string;
  isPublic: boolean;
  hasPdf: boolean;
}

export interface Application {
  code: string;
  state: ApplicationState;
  version: number;
  route: ApplicationRoute;
  provider: { slug: string; name: Bilingual; kind: ProviderKind };
  course: { code: string; versionNo: number; title: Bilingual };
  catalogueVersion: string;
  submittedAt: string | null;
  content: ApplicationContent;
  missing: FieldError[];
  procedure: ProcedureRecord;
  workingDays: { limit: number; used: number; dueDate: string; met: boolean } | null;
  deadlines: Deadline[];
  timeline: TimelineEvent[];
  expertGroup: GroupMember[];
  recusalMotions: { assignmentId: string; reasons: string; filedAt: string; decision: 'granted' | 'refused' | null; decisionReasons: string | null }[];
  reports: Report[];
  hearing: Hearing | null;
  appeals: { grounds: string; filedAt: string; outcome: 'upheld' | 'dismissed' | null; outcomeReasons: string | null }[];
  documents: ApplicationDocument[];
  availableActions: ApplicationAction[];
}

export interface Expert {
  id: string;
  name: string;
  email: string;
  conflicts: { providerId: string; reason: string }[];
}

export interface CouncilMember {
  id: string;
  name: string;
  position: 'chair' | 'secretary' | 'member' | null;
}

export interface PublishedDecision {
  applicationCode: string;
  decision: CouncilDecision;
  reasons: Bilingual | null;
  publishedAt: string;
  implementationMonths: number | null;
  provider: Bilingual;
  course: { code: string; title: Bilingual };
  right: { decisionCode: string; effectiveFrom: string; validUntil: string | null } | null;
  appeals: { outcome: 'upheld' | 'dismissed' | null; reasons: string | null }[];
}

export interface DecisionsResponse {
  items: PublishedDecision[];
  documents: { code: string; kind: string; title: Bilingual; issuedAt: string }[];
}

/** The six roles of the expert group in the order of the guide (a type-only import keeps guards.ts out of the bundle). */
const roleOrder = {
  'qa-expert': 0,
  'course-expert': 1,
  'field-expert': 2,
  'resources-expert': 3,
  'learner-expert': 4,
  employer: 5,
} satisfies Record<GroupRole, number>;
export const groupRoles = (Object.keys(roleOrder) as GroupRole[]).sort((a, b) => roleOrder[a] - roleOrder[b]);

/** The main road of each route, for the steps still to come. */
export const mainPath: Record<ApplicationRoute, readonly ApplicationAction[]> = {
  right: [
    'submit',
    'recognise-seeker',
    'form-expert-group',
    'submit-agenda',
    'send-agenda',
    'record-visit',
    'submit-draft-report',
    'send-draft-report',
    'submit-final-report',
    'schedule-hearing',
    'record-decision',
    'sign-minutes',
    'publish-decision',
  ],
  'hei-registration': ['submit-registration', 'acknowledge-registration'],
};
