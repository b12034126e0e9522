// Row types of the database, as Kysely sees them. Keep in step with migrations/.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Bilingual, CourseDescription } from '../domain/course/description.js';
import type { EncryptedKey } from '../trust/keys.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date, read and written as 'YYYY-MM-DD'. */
type DateColumn = ColumnType<string, string, string>;

export type Role = 'center-officer' | 'provider-admin' | 'expert' | 'council-member' | 'learner';
export type ProviderKind = 'hei' | 'other';
export type RightKind = 'right' | 'hei-registration';

export interface ProvidersTable {
  id: string;
  slug: string;
  name: JSONColumnType<Bilingual>;
  kind: ProviderKind;
  country: string;
  region: JSONColumnType<Bilingual>;
  website: string | null;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  provider_id: string | null;
  council_position: Generated<'chair' | 'secretary' | 'member' | null>;
  created_at: Generated<Date>;
  /** When a learner's account was anonymised at their request (migration 008); NULL otherwise. */
  erased_at: Generated<Date | null>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface PublicCodeCountersTable {
  prefix: string;
  year: number;
  last: number;
}

export interface CoursesTable {
  id: string;
  code: string;
  provider_id: string;
  current_version_id: string | null;
  created_at: Generated<Date>;
}

export interface CourseVersionsTable {
  id: string;
  course_id: string;
  version_no: number;
  status: 'draft' | 'published';
  description: JSONColumnType<CourseDescription>;
  title_ka: string;
  title_en: string;
  ects: number;
  nqf_level: number;
  isced_field: string;
  participation_mode: string;
  languages: string[];
  created_at: Generated<Date>;
  created_by: string | null;
  updated_at: Generated<Date>;
  published_at: Date | null;
  published_by: string | null;
}

export interface RegistryEntriesTable {
  course_id: string;
  code: string;
  provider_id: string;
  version_id: string;
  version_no: number;
  published_at: Date;
  title_ka: string;
  title_en: string;
  ects: number;
  nqf_level: number;
  isced_field: string;
  participation_mode: string;
  languages: string[];
  search: string;
  title_search: string;
}

export interface RightsTable {
  id: string;
  course_id: string;
  provider_id: string;
  kind: RightKind;
  decision_code: string;
  effective_from: DateColumn;
  valid_until: DateColumn | null;
  subject_to_monitoring: Generated<boolean>;
  suspended_from: DateColumn | null;
  terminated_from: DateColumn | null;
  application_id: Generated<string | null>;
  reasons: JSONColumnType<Bilingual> | null;
  created_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: JSONColumnType<object> | null;
  after: JSONColumnType<object> | null;
}

type Json<T extends object | null> = JSONColumnType<T>;

export interface FilesTable {
  sha256: string;
  media_type: string;
  size_bytes: number;
  original_name: string;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
}

export interface ApplicationsTable {
  id: string;
  code: string;
  provider_id: string;
  course_id: string;
  course_version_id: string;
  catalogue_version: string;
  route: Generated<'right' | 'hei-registration'>;
  state: string;
  content: Json<Record<string, unknown>>;
  procedure: Json<Record<string, unknown>>;
  submitted_at: Date | null;
  lock_version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ApplicationEventsTable {
  id: Generated<string>;
  application_id: string;
  at: Generated<Date>;
  actor_id: string | null;
  action: string;
  from_state: string;
  to_state: string;
  details: Json<Record<string, unknown>>;
}

export interface DeadlinesTable {
  id: string;
  application_id: string | null;
  monitoring_id: string | null;
  kind: string;
  legal_basis: string;
  start_event: string;
  start_date: DateColumn;
  length: number;
  unit: 'working' | 'calendar';
  due_date: DateColumn;
  met_at: Date | null;
  cancelled_at: Date | null;
  reminded_on: DateColumn | null;
  overdue_notified_at: Date | null;
  created_at: Generated<Date>;
}

export interface DocumentsTable {
  id: string;
  code: string;
  application_id: string | null;
  monitoring_id: string | null;
  kind: string;
  title: Json<Bilingual>;
  data: Json<Record<string, unknown>>;
  pdf_sha256: string | null;
  is_public: Generated<boolean>;
  issued_at: Generated<Date>;
  issued_by: string | null;
}

export interface ExpertConflictsTable {
  expert_id: string;
  provider_id: string;
  reason: string;
  declared_at: Generated<Date>;
}

export type GroupRole = 'qa-expert' | 'course-expert' | 'field-expert' | 'resources-expert' | 'learner-expert' | 'employer';

export interface ExpertAssignmentsTable {
  id: string;
  application_id: string;
  expert_id: string;
  group_role: GroupRole;
  is_chair: Generated<boolean>;
  assigned_at: Generated<Date>;
  removed_at: Date | null;
  removed_reason: string | null;
}

export interface RecusalMotionsTable {
  id: string;
  application_id: string;
  assignment_id: string;
  reasons: string;
  filed_at: Generated<Date>;
  filed_by: string | null;
  decision: 'granted' | 'refused' | null;
  decision_reasons: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  replacement_assignment_id: string | null;
}

export interface ExpertReportsTable {
  id: string;
  application_id: string;
  stage: 'draft' | 'final';
  ratings: Json<{ componentId: string; rating: string; reasons: string }[]>;
  summary: Json<Bilingual>;
  submitted_by: string | null;
  submitted_at: Generated<Date>;
}

export type CouncilDecision = 'grant' | 'grant-with-monitoring' | 'refuse';

export interface HearingsTable {
  id: string;
  application_id: string;
  meeting_at: Date;
  place: string;
  notified_at: Date;
  attendees: Generated<string[]>;
  votes: Json<{ memberId: string; vote: CouncilDecision }[]>;
  decision: CouncilDecision | null;
  reasons: Json<Bilingual> | null;
  implementation_months: number | null;
  decided_at: Date | null;
  minutes_signed_at: Date | null;
  signed_by_chair: string | null;
  signed_by_secretary: string | null;
  published_at: Date | null;
}

export interface MonitoringsTable {
  id: string;
  code: string;
  course_id: string;
  right_id: string | null;
  kind: 'scheduled' | 'unscheduled';
  complaint_id: string | null;
  opened_at: Generated<Date>;
  opened_by: string | null;
  due_date: DateColumn | null;
  outcome: 'keep' | 'suspend' | 'terminate' | null;
  findings: Json<Bilingual> | null;
  closed_at: Date | null;
  published_at: Date | null;
}

export interface ComplaintsTable {
  id: string;
  code: string;
  course_id: string;
  complainant_kind: 'learner' | 'employer' | 'association';
  complainant_name: string;
  complainant_email: string;
  violations: Json<string[]>;
  received_at: Generated<Date>;
  monitoring_id: string | null;
}

export interface AppealsTable {
  id: string;
  application_id: string;
  grounds: string;
  filed_at: Generated<Date>;
  filed_by: string | null;
  outcome: 'upheld' | 'dismissed' | null;
  outcome_reasons: string | null;
  decided_at: Date | null;
  published_at: Date | null;
}

export interface EmailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  dedupe_key: string;
  created_at: Generated<Date>;
  claimed_at: Date | null;
  sent_at: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface CourseDesignStepsTable {
  course_id: string;
  step: number;
  participants: JSONColumnType<{ kind: 'employer' | 'association' | 'regulator' | 'other'; name: string }[]>;
  evidence: string;
  file_sha256: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface IssuersTable {
  id: string;
  did: string;
  provider_id: string | null;
  is_test: Generated<boolean>;
  name: string;
  created_at: Generated<Date>;
}

export interface IssuerKeysTable {
  key_id: string;
  issuer_id: string;
  encrypted: JSONColumnType<EncryptedKey>;
  created_at: Timestamp;
  retired_at: Timestamp | null;
}

export interface ApiTokensTable {
  id: string;
  issuer_id: string;
  token_hash: string;
  label: string;
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

export interface StatusListsTable {
  id: string;
  slug: string;
  issuer_id: string;
  purpose: 'message';
  length: number;
  stride: number;
  start_offset: number;
  allocated: Generated<number>;
  document: string;
  updated_at: Generated<Date>;
}

export type CredentialStateColumn = 'valid' | 'revoked' | 'suspended';

export interface IssuanceBatchesTable {
  id: string;
  provider_id: string;
  source: 'csv' | 'json' | 'cli';
  rows: JSONColumnType<IssuanceRowInput[]>;
  total: number;
  state: 'issuing' | 'done';
  created_by: string | null;
  created_at: Generated<Date>;
  finished_at: Date | null;
}

/** One checked row of a batch, as stored. */
export interface IssuanceRowInput {
  courseVersionId: string;
  learnerName: string;
  learnerEmail: string;
  awardDate: string;
}

export interface CredentialsTable {
  id: string;
  issuer_id: string;
  provider_id: string | null;
  course_version_id: string | null;
  learner_name: string | null;
  learner_email: string | null;
  award_date: DateColumn | null;
  status_list_id: string;
  status_index: number;
  state: Generated<CredentialStateColumn>;
  /**
   * The signed credential as issued; NULL once erased at the learner's request (migration 008,
   * `erased_at` set). Read as string so that code handling a credential it has just issued needs
   * no assertion; every reader of a stored credential checks `erased_at` (see
   * src/domain/credential/erasure.ts `storedDocument`).
   */
  document: ColumnType<string, string, string | null>;
  claim_token_hash: string | null;
  /** The learner account the credential was claimed into (migration 007). */
  learner_user_id: string | null;
  batch_id: string | null;
  issued_by: string | null;
  issued_at: Timestamp;
  /** When the learner's personal data was erased (migration 008); NULL otherwise. */
  erased_at: Timestamp | null;
  /** SHA-256 (hex) of the erased document, so the ledger can still name it (migration 008). */
  erased_document_sha256: string | null;
}

export interface CredentialStatusEventsTable {
  id: Generated<string>;
  credential_id: string;
  from_state: CredentialStateColumn;
  to_state: CredentialStateColumn;
  reason: string;
  actor_id: string | null;
  at: Timestamp;
}

export interface LedgerEntriesTable {
  /** bigint: read as a string. */
  idx: string;
  event_type: string;
  occurred_at: Timestamp;
  document_hash: Buffer;
  leaf_hash: Buffer;
  subject: string | null;
  document: JSONColumnType<object> | null;
}

export interface LedgerNodesTable {
  level: number;
  index: string;
  hash: Buffer;
}

export interface LedgerStateTable {
  id: number;
  size: string;
}

export interface LedgerKeysTable {
  key_id: string;
  encrypted: JSONColumnType<EncryptedKey>;
  created_at: Timestamp;
  retired_at: Timestamp | null;
}

export interface LedgerHeadsTable {
  tree_size: string;
  root_hash: Buffer;
  timestamp: string;
  signature: Buffer;
  key_id: string;
}

export interface LedgerAnchorsTable {
  tree_size: string;
  chain_id: number;
  tx_hash: string;
  anchored_at: Timestamp;
}

export interface ShareLinksTable {
  id: string;
  credential_id: string;
  user_id: string;
  token_hash: string;
  label: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  withdrawn_at: Date | null;
  views: Generated<number>;
  last_viewed_at: Date | null;
}

/** One row: a counter that every committed change to what verification caches increments. */
export interface VerificationSourcesVersionTable {
  singleton: boolean;
  version: string;
}

/** A credential offer to a wallet (OID4VCI pre-authorized code flow, migration 011); only hashes of secrets. */
export interface Oid4vciOffersTable {
  id: string;
  credential_id: string;
  created_by: string | null;
  pre_authorized_code_hash: string;
  tx_code_hash: string | null;
  failed_tx_codes: Generated<number>;
  created_at: Date;
  expires_at: Date;
  redeemed_at: Date | null;
  access_token_hash: string | null;
  access_token_expires_at: Date | null;
  credential_sent_at: Date | null;
}

/** A recognition agreement of a receiving institution's programme (migration 009). */
export interface RecognitionAgreementsTable {
  id: string;
  provider_id: string;
  programme_name: JSONColumnType<Bilingual>;
  programme_nqf_level: number;
  programme_total_ects: number | null;
  valid_from: DateColumn;
  valid_until: DateColumn | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_by: string | null;
  updated_at: Timestamp;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}

export interface RecognitionComponentsTable {
  id: string;
  agreement_id: string;
  position: number;
  name: JSONColumnType<Bilingual>;
  cap_ects: number;
}

export interface RecognitionComponentCoursesTable {
  component_id: string;
  course_id: string;
  position: number;
  ects: number;
}

export interface RecognitionReportsTable {
  id: string;
  provider_id: string;
  created_by: string;
  created_at: Generated<Date>;
  file_name: string | null;
  source: 'json' | 'pdf' | 'png' | 'svg';
  format: 'platform' | 'open-badges' | 'elm';
  document_sha256: string;
  credential_id: string | null;
  target_programme: string;
  target_framework: 'nqf' | 'eqf';
  target_level: number;
  route: 'lisbon' | 'rpl';
  /** The whole report as shown (migration 010): see use-cases/recognition-reports.ts. */
  report: JSONColumnType<object>;
}

export interface RecognitionDecisionsTable {
  id: string;
  report_id: string;
  decided_by: string;
  decided_at: Generated<Date>;
  outcome: 'recognised' | 'refused';
  /** numeric(5,1): read as a string by pg and PGlite. */
  credits: ColumnType<string | null, number | null, number | null>;
  programme: string;
  component: string | null;
  reason: string;
}

export interface Database {
  providers: ProvidersTable;
  users: UsersTable;
  sessions: SessionsTable;
  public_code_counters: PublicCodeCountersTable;
  courses: CoursesTable;
  course_versions: CourseVersionsTable;
  registry_entries: RegistryEntriesTable;
  rights: RightsTable;
  audit_log: AuditLogTable;
  files: FilesTable;
  applications: ApplicationsTable;
  application_events: ApplicationEventsTable;
  deadlines: DeadlinesTable;
  documents: DocumentsTable;
  expert_conflicts: ExpertConflictsTable;
  expert_assignments: ExpertAssignmentsTable;
  recusal_motions: RecusalMotionsTable;
  expert_reports: ExpertReportsTable;
  hearings: HearingsTable;
  monitorings: MonitoringsTable;
  complaints: ComplaintsTable;
  appeals: AppealsTable;
  email_outbox: EmailOutboxTable;
  course_design_steps: CourseDesignStepsTable;
  issuers: IssuersTable;
  issuer_keys: IssuerKeysTable;
  api_tokens: ApiTokensTable;
  status_lists: StatusListsTable;
  issuance_batches: IssuanceBatchesTable;
  credentials: CredentialsTable;
  credential_status_events: CredentialStatusEventsTable;
  ledger_entries: LedgerEntriesTable;
  ledger_nodes: LedgerNodesTable;
  ledger_state: LedgerStateTable;
  ledger_keys: LedgerKeysTable;
  ledger_heads: LedgerHeadsTable;
  ledger_anchors: LedgerAnchorsTable;
  verification_sources_version: VerificationSourcesVersionTable;
  share_links: ShareLinksTable;
  oid4vci_offers: Oid4vciOffersTable;
  recognition_agreements: RecognitionAgreementsTable;
  recognition_components: RecognitionComponentsTable;
  recognition_component_courses: RecognitionComponentCoursesTable;
  recognition_reports: RecognitionReportsTable;
  recognition_decisions: RecognitionDecisionsTable;
}
