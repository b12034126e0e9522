// All SQL about courses, their versions and the public registry.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Bilingual, CourseDescription } from '../../domain/course/description.js';
import type { RightKind, RightRecord, RightStatus } from '../../domain/rights/status.js';
import type { Database, ProviderKind } from '../schema.js';

type Executor = Kysely<Database>;

/** The description fields the registry filters on, copied into their own columns. */
function filterColumns(description: CourseDescription) {
  return {
    title_ka: description.title.ka,
    title_en: description.title.en,
    ects: description.workload.ects,
    nqf_level: description.level.nqf,
    isced_field: description.iscedField,
    participation_mode: description.participationMode,
    languages: description.languages,
  };
}

export async function insertCourse(db: Executor, course: { id: string; code: string; providerId: string }) {
  await db.insertInto('courses').values({ id: course.id, code: course.code, provider_id: course.providerId }).execute();
}

export async function insertDraftVersion(
  db: Executor,
  version: { id: string; courseId: string; versionNo: number; description: CourseDescription; createdBy: string | null },
) {
  await db
    .insertInto('course_versions')
    .values({
      id: version.id,
      course_id: version.courseId,
      version_no: version.versionNo,
      status: 'draft',
      description: JSON.stringify(version.description),
      created_by: version.createdBy,
      ...filterColumns(version.description),
    })
    .execute();
}

export async function updateDraftDescription(db: Executor, versionId: string, description: CourseDescription, at: Date) {
  await db
    .updateTable('course_versions')
    .set({ description: JSON.stringify(description), updated_at: at, ...filterColumns(description) })
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .execute();
}

export async function publishVersion(db: Executor, params: { courseId: string; versionId: string; by: string; at: Date }) {
  await db
    .updateTable('course_versions')
    .set({ status: 'published', published_at: params.at, published_by: params.by })
    .where('id', '=', params.versionId)
    .where('status', '=', 'draft')
    .execute();
  await db.updateTable('courses').set({ current_version_id: params.versionId }).where('id', '=', params.courseId).execute();
  await refreshRegistryEntries(db, [params.courseId]);
}

const entryColumns = [
  'course_id', 'code', 'provider_id', 'version_id', 'version_no', 'published_at', 'title_ka', 'title_en', 'ects',
  'nqf_level', 'isced_field', 'participation_mode', 'languages', 'search', 'title_search',
] as const;

/** Rewrites the registry's read model for these courses (all courses when none are named) from their current versions. */
export async function refreshRegistryEntries(db: Executor, courseIds?: string[]) {
  const which = courseIds ? sql`c.id = ANY(${courseIds}::uuid[])` : sql`true`;
  await sql`
    INSERT INTO registry_entries (${sql.join(entryColumns.map((column) => sql.ref(column)))})
    SELECT c.id, c.code, c.provider_id, v.id, v.version_no, v.published_at, v.title_ka, v.title_en, v.ects,
           v.nqf_level, v.isced_field, v.participation_mode, v.languages,
           setweight(to_tsvector('simple', v.title_ka || ' ' || v.title_en), 'A')
             || setweight(jsonb_to_tsvector('simple', v.description, '["string"]'), 'B'),
           to_tsvector('simple', v.title_ka || ' ' || v.title_en)
    FROM courses c JOIN course_versions v ON v.id = c.current_version_id AND v.status = 'published'
    WHERE ${which}
    ON CONFLICT (course_id) DO UPDATE SET
      ${sql.join(entryColumns.filter((column) => column !== 'course_id').map((column) => sql`${sql.ref(column)} = EXCLUDED.${sql.ref(column)}`))}
  `.execute(db);
}

export async function findCourseByCode(db: Executor, code: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('courses').selectAll().where('code', '=', code);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findDraft(db: Executor, courseId: string) {
  return db
    .selectFrom('course_versions')
    .selectAll()
    .where('course_id', '=', courseId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

export async function latestVersionNo(db: Executor, courseId: string): Promise<number> {
  const row = await db
    .selectFrom('course_versions')
    .select((eb) => eb.fn.max('version_no').as('max'))
    .where('course_id', '=', courseId)
    .executeTakeFirst();
  return row?.max ?? 0;
}

export async function findPublishedVersion(db: Executor, courseId: string, versionNo: number) {
  return db
    .selectFrom('course_versions')
    .selectAll()
    .where('course_id', '=', courseId)
    .where('version_no', '=', versionNo)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

export async function findVersionById(db: Executor, versionId: string) {
  return db.selectFrom('course_versions').selectAll().where('id', '=', versionId).executeTakeFirst();
}

export async function listPublishedVersions(db: Executor, courseId: string) {
  return db
    .selectFrom('course_versions')
    .select(['version_no', 'published_at'])
    .where('course_id', '=', courseId)
    .where('status', '=', 'published')
    .orderBy('version_no', 'asc')
    .execute();
}

export async function findProviderById(db: Executor, id: string) {
  return db.selectFrom('providers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findProviderBySlug(db: Executor, slug: string) {
  return db.selectFrom('providers').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function listProviders(db: Executor) {
  return db.selectFrom('providers').selectAll().orderBy('slug').execute();
}

export async function listRights(db: Executor, courseId: string) {
  return db.selectFrom('rights').selectAll().where('course_id', '=', courseId).orderBy('effective_from', 'asc').execute();
}

/** A provider's rights and registrations for a course, as the domain's rules read them. */
export async function listRightRecords(db: Executor, courseId: string, providerId: string): Promise<RightRecord[]> {
  const rows = await listRights(db, courseId);
  return rows
    .filter((right) => right.provider_id === providerId)
    .map((right) => ({
      kind: right.kind,
      effectiveFrom: right.effective_from,
      validUntil: right.valid_until,
      suspendedFrom: right.suspended_from,
      terminatedFrom: right.terminated_from,
    }));
}

/** A provider's own courses with their current and draft versions (for the provider's workspace). */
export async function listCoursesOfProvider(db: Executor, providerId: string | null) {
  let query = db
    .selectFrom('courses as c')
    .leftJoin('course_versions as cur', 'cur.id', 'c.current_version_id')
    .leftJoin('course_versions as d', (join) => join.onRef('d.course_id', '=', 'c.id').on('d.status', '=', 'draft'))
    .select([
      'c.code',
      'c.provider_id',
      'cur.version_no as current_version_no',
      'cur.title_ka as current_title_ka',
      'cur.title_en as current_title_en',
      'd.version_no as draft_version_no',
      'd.title_ka as draft_title_ka',
      'd.title_en as draft_title_en',
      'd.updated_at as draft_updated_at',
    ])
    .orderBy('c.code');
  if (providerId) query = query.where('c.provider_id', '=', providerId);
  return query.execute();
}

export interface RegistryFilters {
  q?: string | undefined;
  level?: number | undefined;
  minEcts?: number | undefined;
  maxEcts?: number | undefined;
  /** An ISCED-F code; a broad or narrow code also finds the fields below it. */
  field?: string | undefined;
  mode?: string | undefined;
  language?: string | undefined;
  /** A provider's slug. */
  provider?: string | undefined;
  status?: RightStatus | undefined;
}

export interface RegistryEntryRow {
  course_id: string;
  version_id: string;
  code: string;
  version_no: number;
  published_at: Date;
  title_ka: string;
  title_en: string;
  ects: number;
  nqf_level: number;
  isced_field: string;
  participation_mode: string;
  languages: string[];
  provider_slug: string;
  provider_name: Bilingual;
  provider_kind: ProviderKind;
  right_kind: RightKind | null;
  right_effective_from: string | null;
  right_valid_until: string | null;
  right_subject_to_monitoring: boolean | null;
  right_status: RightStatus;
  total: number;
}

/** Splits a query into words and asks for each as a prefix, so a partial word finds results. */
export function prefixTsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.slice(0, 12).map((word) => `${word}:*`).join(' & ');
}

// The status of each course's governing right on `today`; the rules are those of
// domain/rights/status.ts (rightStatusOn), written here as SQL so that filters can use them.
function rightStatusSql(today: string): RawBuilder<RightStatus> {
  return sql<RightStatus>`CASE
    WHEN r.id IS NULL THEN 'not-granted'
    WHEN r.terminated_from IS NOT NULL AND ${today}::date >= r.terminated_from THEN 'terminated'
    WHEN r.suspended_from IS NOT NULL AND ${today}::date >= r.suspended_from THEN 'suspended'
    WHEN r.valid_until IS NOT NULL AND ${today}::date > r.valid_until THEN 'expired'
    ELSE 'valid' END`;
}

function registryEntriesSql(filters: RegistryFilters, today: string, tsQuery: string | null) {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (tsQuery) conditions.push(sql`v.search @@ to_tsquery('simple', ${tsQuery})`);
  if (filters.level !== undefined) conditions.push(sql`v.nqf_level = ${filters.level}`);
  if (filters.minEcts !== undefined) conditions.push(sql`v.ects >= ${filters.minEcts}`);
  if (filters.maxEcts !== undefined) conditions.push(sql`v.ects <= ${filters.maxEcts}`);
  if (filters.field) conditions.push(sql`v.isced_field LIKE ${`${filters.field}%`}`);
  if (filters.mode) conditions.push(sql`v.participation_mode = ${filters.mode}`);
  if (filters.language) conditions.push(sql`v.languages @> ARRAY[${filters.language}]::text[]`);
  if (filters.provider) conditions.push(sql`p.slug = ${filters.provider}`);
  // Matches rank by their titles: the full-text vector of a whole description is large, and
  // reading it back for every match would cost more than the match itself.
  const rank = tsQuery ? sql`ts_rank(v.title_search, to_tsquery('simple', ${tsQuery}))` : sql`0`;
  return sql`
    SELECT v.course_id, v.version_id, v.code, v.version_no, v.published_at, v.title_ka, v.title_en, v.ects, v.nqf_level,
           v.isced_field, v.participation_mode, v.languages,
           p.slug AS provider_slug, p.name AS provider_name, p.kind AS provider_kind,
           r.kind AS right_kind, r.effective_from AS right_effective_from, r.valid_until AS right_valid_until,
           r.subject_to_monitoring AS right_subject_to_monitoring,
           ${rightStatusSql(today)} AS right_status,
           ${rank} AS rank
    FROM registry_entries v
    JOIN providers p ON p.id = v.provider_id
    LEFT JOIN LATERAL (
      SELECT * FROM rights WHERE rights.course_id = v.course_id AND rights.effective_from <= ${today}::date
      ORDER BY rights.effective_from DESC LIMIT 1
    ) r ON true
    WHERE ${sql.join(conditions, sql` AND `)}`;
}

export async function searchRegistry(
  db: Executor,
  filters: RegistryFilters,
  today: string,
  page: { limit: number; offset: number },
): Promise<{ rows: RegistryEntryRow[]; total: number }> {
  const tsQuery = filters.q ? prefixTsQuery(filters.q) : null;
  const statusCondition = filters.status ? sql`WHERE e.right_status = ${filters.status}` : sql``;
  const result = await sql<RegistryEntryRow>`
    WITH e AS (${registryEntriesSql(filters, today, tsQuery)})
    SELECT e.*, count(*) OVER () AS total FROM e ${statusCondition}
    ORDER BY e.rank DESC, e.code ASC
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const rows = result.rows;
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page.offset > 0) {
    const count = await sql<{ total: number }>`
      WITH e AS (${registryEntriesSql(filters, today, tsQuery)}) SELECT count(*) AS total FROM e ${statusCondition}`.execute(db);
    total = count.rows[0]?.total ?? 0;
  }
  return { rows, total: Number(total) };
}

/** Every published course with its full current description, for the registry exports. */
export async function exportRegistryRows(db: Executor, today: string) {
  const result = await sql<RegistryEntryRow & { description: CourseDescription }>`
    WITH e AS (${registryEntriesSql({}, today, null)})
    SELECT e.*, v.description
    FROM e JOIN course_versions v ON v.id = e.version_id
    ORDER BY e.code`.execute(db);
  return result.rows;
}
