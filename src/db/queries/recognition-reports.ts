// Recognition reports and the decisions recorded on them (migration 010).
import type { Kysely } from 'kysely';
import type { Database, RecognitionDecisionsTable, RecognitionReportsTable } from '../schema.js';

type Executor = Kysely<Database>;

export type RecognitionReportInsert = Omit<RecognitionReportsTable, 'created_at' | 'report'> & { report: object; created_at: Date };

export async function insertRecognitionReport(db: Executor, row: RecognitionReportInsert): Promise<void> {
  await db
    .insertInto('recognition_reports')
    .values({ ...row, report: JSON.stringify(row.report) })
    .execute();
}

export async function findRecognitionReport(db: Executor, id: string) {
  return db
    .selectFrom('recognition_reports as r')
    .innerJoin('users as u', 'u.id', 'r.created_by')
    .innerJoin('providers as p', 'p.id', 'r.provider_id')
    .leftJoin('recognition_decisions as d', 'd.report_id', 'r.id')
    .leftJoin('users as du', 'du.id', 'd.decided_by')
    .select([
      'r.id',
      'r.provider_id',
      'r.created_at',
      'r.file_name',
      'r.source',
      'r.format',
      'r.credential_id',
      'r.report',
      'u.name as created_by_name',
      'p.name as provider_name',
      'd.id as decision_id',
      'd.outcome as decision_outcome',
      'd.credits as decision_credits',
      'd.programme as decision_programme',
      'd.component as decision_component',
      'd.reason as decision_reason',
      'd.decided_at as decision_at',
      'du.name as decided_by_name',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export type RecognitionReportRow = NonNullable<Awaited<ReturnType<typeof findRecognitionReport>>>;

/** The provider's latest reports, newest first. */
export async function listRecognitionReports(db: Executor, providerId: string, limit: number) {
  return db
    .selectFrom('recognition_reports as r')
    .leftJoin('recognition_decisions as d', 'd.report_id', 'r.id')
    .select(['r.id', 'r.created_at', 'r.file_name', 'r.format', 'r.route', 'r.target_programme', 'r.report', 'd.outcome as decision_outcome'])
    .where('r.provider_id', '=', providerId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

export async function insertRecognitionDecision(db: Executor, row: Omit<RecognitionDecisionsTable, 'decided_at' | 'credits'> & { credits: number | null; decided_at: Date }): Promise<void> {
  await db.insertInto('recognition_decisions').values(row).execute();
}

export async function decisionExists(db: Executor, reportId: string): Promise<boolean> {
  return (await db.selectFrom('recognition_decisions').select('id').where('report_id', '=', reportId).executeTakeFirst()) !== undefined;
}

/** Decisions on reports about credentials claimed into this learner's account, newest first. */
export async function listDecisionsForLearner(db: Executor, learnerUserId: string) {
  return db
    .selectFrom('recognition_decisions as d')
    .innerJoin('recognition_reports as r', 'r.id', 'd.report_id')
    .innerJoin('credentials as c', 'c.id', 'r.credential_id')
    .innerJoin('providers as p', 'p.id', 'r.provider_id')
    .select([
      'd.id',
      'd.outcome',
      'd.credits',
      'd.programme',
      'd.component',
      'd.reason',
      'd.decided_at',
      'r.id as report_id',
      'r.credential_id',
      'r.report',
      'p.name as university',
    ])
    .where('c.learner_user_id', '=', learnerUserId)
    .orderBy('d.decided_at', 'desc')
    .orderBy('d.id')
    .execute();
}
