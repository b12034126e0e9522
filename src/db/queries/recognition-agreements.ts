// All SQL about recognition agreements (migration 009): the agreements of receiving
// institutions, their components and the courses counting toward each, and the learner's
// credentials that progress is computed from.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Bilingual } from '../../domain/course/description.js';
import type { AgreementInput, LearnerCredential } from '../../domain/recognition/stacking.js';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

/** A course of the registry as an agreement lists it. */
export interface PublishedCourseFacts {
  courseId: string;
  code: string;
  title: Bilingual;
  ects: number;
  providerSlug: string;
}

/** The published courses with these codes, by code; ECTS and title are those of the current version. */
export async function publishedCoursesByCode(db: Executor, codes: readonly string[]): Promise<Map<string, PublishedCourseFacts>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('courses')
    .innerJoin('course_versions', 'course_versions.id', 'courses.current_version_id')
    .innerJoin('providers', 'providers.id', 'courses.provider_id')
    .select(['courses.id', 'courses.code', 'course_versions.title_ka', 'course_versions.title_en', 'course_versions.ects', 'providers.slug'])
    .where('courses.code', 'in', [...new Set(codes)])
    .execute();
  return new Map(
    rows.map((row) => [row.code, { courseId: row.id, code: row.code, title: { ka: row.title_ka, en: row.title_en }, ects: row.ects, providerSlug: row.slug }]),
  );
}

export interface AgreementRecord {
  id: string;
  provider: { id: string; slug: string; name: Bilingual };
  programme: { name: Bilingual; nqfLevel: number; totalEcts: number | null };
  validFrom: string;
  validUntil: string | null;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  components: {
    name: Bilingual;
    capEcts: number;
    courses: { courseCode: string; title: Bilingual; courseEcts: number; ects: number }[];
  }[];
}

async function loadAgreements(db: Executor, filter: { ids?: readonly string[]; providerId?: string; includeWithdrawn: boolean; courseId?: string }): Promise<AgreementRecord[]> {
  let query = db
    .selectFrom('recognition_agreements as a')
    .innerJoin('providers as p', 'p.id', 'a.provider_id')
    .select([
      'a.id',
      'a.provider_id',
      'p.slug as provider_slug',
      'p.name as provider_name',
      'a.programme_name',
      'a.programme_nqf_level',
      'a.programme_total_ects',
      'a.valid_from',
      'a.valid_until',
      'a.created_at',
      'a.updated_at',
      'a.withdrawn_at',
      'a.withdrawal_reason',
    ])
    .orderBy('a.valid_from', 'desc')
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id');
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('a.id', 'in', [...filter.ids]);
  }
  if (filter.providerId) query = query.where('a.provider_id', '=', filter.providerId);
  if (!filter.includeWithdrawn) query = query.where('a.withdrawn_at', 'is', null);
  if (filter.courseId) {
    const courseId = filter.courseId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('recognition_components as c')
          .innerJoin('recognition_component_courses as cc', 'cc.component_id', 'c.id')
          .select('c.id')
          .whereRef('c.agreement_id', '=', 'a.id')
          .where('cc.course_id', '=', courseId),
      ),
    );
  }
  const agreements = await query.execute();
  if (agreements.length === 0) return [];
  const ids = agreements.map((row) => row.id);
  const components = await db
    .selectFrom('recognition_components')
    .selectAll()
    .where('agreement_id', 'in', ids)
    .orderBy('agreement_id')
    .orderBy('position')
    .execute();
  const componentIds = components.map((row) => row.id);
  const courses =
    componentIds.length === 0
      ? []
      : await db
          .selectFrom('recognition_component_courses as cc')
          .innerJoin('courses', 'courses.id', 'cc.course_id')
          .innerJoin('course_versions as v', 'v.id', 'courses.current_version_id')
          .select(['cc.component_id', 'cc.ects', 'cc.position', 'courses.code', 'v.title_ka', 'v.title_en', 'v.ects as course_ects'])
          .where('cc.component_id', 'in', componentIds)
          .orderBy('cc.component_id')
          .orderBy('cc.position')
          .execute();
  return agreements.map((row) => ({
    id: row.id,
    provider: { id: row.provider_id, slug: row.provider_slug, name: row.provider_name },
    programme: { name: row.programme_name, nqfLevel: row.programme_nqf_level, totalEcts: row.programme_total_ects },
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    withdrawnAt: row.withdrawn_at === null ? null : new Date(row.withdrawn_at),
    withdrawalReason: row.withdrawal_reason,
    components: components
      .filter((component) => component.agreement_id === row.id)
      .map((component) => ({
        name: component.name,
        capEcts: component.cap_ects,
        courses: courses
          .filter((course) => course.component_id === component.id)
          .map((course) => ({ courseCode: course.code, title: { ka: course.title_ka, en: course.title_en }, courseEcts: course.course_ects, ects: course.ects })),
      })),
  }));
}

export async function findAgreement(db: Executor, id: string): Promise<AgreementRecord | undefined> {
  const [agreement] = await loadAgreements(db, { ids: [id], includeWithdrawn: true });
  return agreement;
}

/** A provider's agreements (all providers' when `providerId` is null), withdrawn ones included. */
export async function listAgreementsOf(db: Executor, providerId: string | null): Promise<AgreementRecord[]> {
  return loadAgreements(db, { ...(providerId ? { providerId } : {}), includeWithdrawn: true });
}

/** The agreements in force (not withdrawn), optionally only those listing one course or of one provider. */
export async function listAgreementsInForce(db: Executor, filter: { courseId?: string; providerId?: string } = {}): Promise<AgreementRecord[]> {
  return loadAgreements(db, { ...filter, includeWithdrawn: false });
}

async function insertComponents(db: Executor, agreementId: string, input: AgreementInput, courseIds: ReadonlyMap<string, string>) {
  for (const [position, component] of input.components.entries()) {
    const componentId = randomUUID();
    await db
      .insertInto('recognition_components')
      .values({ id: componentId, agreement_id: agreementId, position, name: JSON.stringify(component.name), cap_ects: component.capEcts })
      .execute();
    await db
      .insertInto('recognition_component_courses')
      .values(component.courses.map((course, index) => ({ component_id: componentId, course_id: courseIds.get(course.courseCode)!, position: index, ects: course.ects })))
      .execute();
  }
}

/** Stores a checked agreement; `courseIds` maps each listed course code to its course id. */
export async function insertAgreement(
  db: Executor,
  agreement: { id: string; providerId: string; input: AgreementInput; courseIds: ReadonlyMap<string, string>; actorId: string | null; at: Date },
) {
  const { input } = agreement;
  await db
    .insertInto('recognition_agreements')
    .values({
      id: agreement.id,
      provider_id: agreement.providerId,
      programme_name: JSON.stringify(input.programme.name),
      programme_nqf_level: input.programme.nqfLevel,
      programme_total_ects: input.programme.totalEcts,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      created_by: agreement.actorId,
      created_at: agreement.at,
      updated_by: agreement.actorId,
      updated_at: agreement.at,
    })
    .execute();
  await insertComponents(db, agreement.id, input, agreement.courseIds);
}

/** Replaces an agreement's programme, dates and components with checked ones. */
export async function replaceAgreement(db: Executor, change: { id: string; input: AgreementInput; courseIds: ReadonlyMap<string, string>; actorId: string; at: Date }) {
  const { input } = change;
  await db
    .updateTable('recognition_agreements')
    .set({
      programme_name: JSON.stringify(input.programme.name),
      programme_nqf_level: input.programme.nqfLevel,
      programme_total_ects: input.programme.totalEcts,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      updated_by: change.actorId,
      updated_at: change.at,
    })
    .where('id', '=', change.id)
    .execute();
  // Courses go with their components (ON DELETE CASCADE).
  await db.deleteFrom('recognition_components').where('agreement_id', '=', change.id).execute();
  await insertComponents(db, change.id, input, change.courseIds);
}

export async function withdrawAgreement(db: Executor, change: { id: string; reason: string; actorId: string; at: Date }) {
  await db
    .updateTable('recognition_agreements')
    .set({ withdrawn_at: change.at, withdrawn_by: change.actorId, withdrawal_reason: change.reason, updated_at: change.at, updated_by: change.actorId })
    .where('id', '=', change.id)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** The credentials claimed into a learner's account, with their registry course. */
export async function learnerCredentials(db: Executor, userId: string): Promise<LearnerCredential[]> {
  const rows = await db
    .selectFrom('credentials')
    .innerJoin('course_versions as v', 'v.id', 'credentials.course_version_id')
    .innerJoin('courses', 'courses.id', 'v.course_id')
    .select(['credentials.id', 'credentials.award_date', 'credentials.state', 'courses.code', 'v.title_ka', 'v.title_en', 'v.ects'])
    .where('credentials.learner_user_id', '=', userId)
    .orderBy('credentials.award_date')
    .orderBy('credentials.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    courseCode: row.code,
    courseTitle: { ka: row.title_ka, en: row.title_en },
    ects: row.ects,
    awardDate: row.award_date,
    state: row.state,
  }));
}
