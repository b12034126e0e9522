// Row types of the database, as Kysely sees them. Keep in step with migrations/.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Bilingual, CourseDescription } from '../domain/course/description.js';

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
  created_at: Generated<Date>;
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
}
