// The design steps recorded for a course (guide section XV).
import type { Kysely } from 'kysely';
import type { DesignStepParticipant } from '../../domain/course/design-steps.js';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

export async function listDesignSteps(db: Executor, courseId: string) {
  return db.selectFrom('course_design_steps').selectAll().where('course_id', '=', courseId).orderBy('step').execute();
}

export async function findDesignStep(db: Executor, courseId: string, step: number) {
  return db.selectFrom('course_design_steps').selectAll().where('course_id', '=', courseId).where('step', '=', step).executeTakeFirst();
}

/** Records a step, replacing what was recorded before. */
export async function upsertDesignStep(
  db: Executor,
  row: { courseId: string; step: number; participants: DesignStepParticipant[]; evidence: string; fileSha256: string | null; updatedBy: string; updatedAt: Date },
) {
  const values = {
    participants: JSON.stringify(row.participants),
    evidence: row.evidence,
    file_sha256: row.fileSha256,
    updated_by: row.updatedBy,
    updated_at: row.updatedAt,
  };
  return db
    .insertInto('course_design_steps')
    .values({ course_id: row.courseId, step: row.step, ...values })
    .onConflict((conflict) => conflict.columns(['course_id', 'step']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}
