// All SQL about applications for the right, their steps, deadlines, experts, reports and hearings.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

export async function findApplicationByCode(db: Executor, code: string, options: { forUpdate?: boolean } = {}) {
  let query = db
    .selectFrom('applications as a')
    .innerJoin('providers as p', 'p.id', 'a.provider_id')
    .innerJoin('courses as c', 'c.id', 'a.course_id')
    .innerJoin('course_versions as v', 'v.id', 'a.course_version_id')
    .selectAll('a')
    .select(['p.slug as provider_slug', 'p.name as provider_name', 'p.kind as provider_kind', 'c.code as course_code', 'v.version_no as course_version_no', 'v.title_ka', 'v.title_en'])
    .where('a.code', '=', code);
  if (options.forUpdate) query = query.forUpdate('a');
  return query.executeTakeFirst();
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplicationByCode>>>;

export async function updateApplication(
  db: Executor,
  id: string,
  expectedLockVersion: number,
  changes: { state?: string; content?: unknown; procedure?: unknown; submittedAt?: Date; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('applications')
    .set({
      ...(changes.state ? { state: changes.state } : {}),
      ...(changes.content !== undefined ? { content: JSON.stringify(changes.content) } : {}),
      ...(changes.procedure !== undefined ? { procedure: JSON.stringify(changes.procedure) } : {}),
      ...(changes.submittedAt ? { submitted_at: changes.submittedAt } : {}),
      updated_at: changes.at,
      lock_version: sql<number>`lock_version + 1`,
    })
    .where('id', '=', id)
    .where('lock_version', '=', expectedLockVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertEvent(
  db: Executor,
  event: { applicationId: string; actorId: string | null; action: string; fromState: string; toState: string; details: Record<string, unknown>; at: Date },
) {
  await db
    .insertInto('application_events')
    .values({
      application_id: event.applicationId,
      actor_id: event.actorId,
      action: event.action,
      from_state: event.fromState,
      to_state: event.toState,
      details: JSON.stringify(event.details),
      at: event.at,
    })
    .execute();
}

export async function listEvents(db: Executor, applicationId: string) {
  return db
    .selectFrom('application_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.at', 'e.action', 'e.from_state', 'e.to_state', 'e.details', 'u.name as actor_name', 'u.role as actor_role'])
    .where('e.application_id', '=', applicationId)
    .orderBy('e.id')
    .execute();
}

export async function insertDeadline(
  db: Executor,
  deadline: { id: string; applicationId: string | null; monitoringId?: string | null; kind: string; legalBasis: string; startEvent: string; startDate: string; length: number; unit: 'working' | 'calendar'; dueDate: string },
) {
  await db
    .insertInto('deadlines')
    .values({
      id: deadline.id,
      application_id: deadline.applicationId,
      monitoring_id: deadline.monitoringId ?? null,
      kind: deadline.kind,
      legal_basis: deadline.legalBasis,
      start_event: deadline.startEvent,
      start_date: deadline.startDate,
      length: deadline.length,
      unit: deadline.unit,
      due_date: deadline.dueDate,
    })
    .execute();
}

export async function closeDeadlines(db: Executor, applicationId: string, kinds: readonly string[], how: 'met' | 'cancelled', at: Date) {
  if (kinds.length === 0) return;
  await db
    .updateTable('deadlines')
    .set(how === 'met' ? { met_at: at } : { cancelled_at: at })
    .where('application_id', '=', applicationId)
    .where('kind', 'in', [...kinds])
    .where('met_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .execute();
}

export async function listDeadlines(db: Executor, applicationId: string) {
  return db.selectFrom('deadlines').selectAll().where('application_id', '=', applicationId).orderBy('created_at').orderBy('due_date').execute();
}

export async function findOpenDeadline(db: Executor, applicationId: string, kind: string) {
  return db
    .selectFrom('deadlines')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('kind', '=', kind)
    .where('met_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function listActiveAssignments(db: Executor, applicationId: string) {
  return db
    .selectFrom('expert_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.expert_id')
    .select(['a.id', 'a.expert_id', 'a.group_role', 'a.is_chair', 'a.assigned_at', 'u.name as expert_name'])
    .where('a.application_id', '=', applicationId)
    .where('a.removed_at', 'is', null)
    .orderBy('a.assigned_at')
    .execute();
}

export async function conflictedExperts(db: Executor, providerId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('expert_conflicts').select('expert_id').where('provider_id', '=', providerId).execute();
  return new Set(rows.map((row) => row.expert_id));
}

export async function usersWithIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('users').select(['id', 'name', 'email', 'role', 'council_position']).where('id', 'in', [...ids]).execute();
}

export async function listApplications(db: Executor, filter: { providerId?: string; expertId?: string; states?: readonly string[] }) {
  let query = db
    .selectFrom('applications as a')
    .innerJoin('providers as p', 'p.id', 'a.provider_id')
    .innerJoin('courses as c', 'c.id', 'a.course_id')
    .innerJoin('course_versions as v', 'v.id', 'a.course_version_id')
    .select((eb) => [
      'a.code',
      'a.state',
      'a.route',
      'a.submitted_at',
      'a.updated_at',
      'p.name as provider_name',
      'c.code as course_code',
      'v.title_ka',
      'v.title_en',
      eb
        .selectFrom('deadlines as d')
        .select((inner) => inner.fn.min('d.due_date').as('next_due'))
        .whereRef('d.application_id', '=', 'a.id')
        .where('d.met_at', 'is', null)
        .where('d.cancelled_at', 'is', null)
        .as('next_due'),
    ])
    .orderBy('next_due', (ob) => ob.asc().nullsLast())
    .orderBy('a.code');
  if (filter.providerId) query = query.where('a.provider_id', '=', filter.providerId);
  if (filter.states) query = query.where('a.state', 'in', [...filter.states]);
  if (filter.expertId) {
    const expertId = filter.expertId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('expert_assignments as x').select('x.id').whereRef('x.application_id', '=', 'a.id').where('x.expert_id', '=', expertId).where('x.removed_at', 'is', null)),
    );
  }
  return query.execute();
}
