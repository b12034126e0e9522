// The nine design steps of a course (guide section XV): who took part in each step and the
// evidence. Provider administrators record their own courses' steps; Center officers read them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canOnCourse } from '../../domain/accounts/roles.js';
import { designSteps, participantKinds } from '../../domain/course/design-steps.js';
import { DomainError, ValidationError } from '../../domain/errors.js';
import { appendAudit } from '../../db/queries/audit.js';
import * as courses from '../../db/queries/courses.js';
import * as steps from '../../db/queries/design-steps.js';
import { findFileRecord } from '../../db/queries/files.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';

const codeParams = z.object({ code: z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{4}$/, 'A course code such as MC-2026-0001') });
const stepParams = codeParams.extend({
  step: z.coerce.number().int('The step is a whole number from 1 to 9.').min(1, 'The step is a whole number from 1 to 9.').max(9, 'The step is a whole number from 1 to 9.'),
});

const participantSchema = z.strictObject({
  kind: z.enum(participantKinds, { message: 'The kind of participant is one of employer, association, regulator, other.' }),
  name: z.string().trim().min(1, 'Name the participant.').max(300),
});

const stepBody = z.strictObject({
  participants: z.array(participantSchema).max(50, 'At most 50 participants.'),
  evidence: z.string().trim().min(1, 'Describe the evidence of this step.').max(20_000),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/, 'The SHA-256 of an uploaded file (64 hex digits).').nullable().optional(),
});

type StepRow = Awaited<ReturnType<typeof steps.listDesignSteps>>[number];

function present(step: (typeof designSteps)[number], row: StepRow | undefined) {
  return {
    step: step.number,
    title: step.title,
    asks: step.asks,
    completed: row !== undefined,
    participants: row?.participants ?? [],
    evidence: row?.evidence ?? null,
    fileSha256: row?.file_sha256 ?? null,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

export function designStepRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/workspace/courses/:code/design-steps',
      { schema: { tags: ['course editing'], summary: "The nine design steps of a course (guide XV), with who took part and the evidence", params: codeParams } },
      async (request) => {
        const user = requireUser(request, ['provider-admin', 'center-officer']);
        const course = await courses.findCourseByCode(db, request.params.code);
        if (!course) throw new DomainError('not_found', `There is no course ${request.params.code}.`);
        if (!canOnCourse(user, 'view-drafts', { providerId: course.provider_id })) {
          throw new DomainError('forbidden', "You may see only your own provider's courses.");
        }
        const rows = await steps.listDesignSteps(db, course.id);
        const items = designSteps.map((step) => present(step, rows.find((row) => row.step === step.number)));
        return { code: course.code, completed: items.filter((item) => item.completed).length, total: items.length, items };
      },
    );

    app.put(
      '/api/workspace/courses/:code/design-steps/:step',
      {
        schema: {
          tags: ['course editing'],
          summary: 'Record a design step of a course: who took part and the evidence (provider administrator)',
          params: stepParams,
          body: stepBody,
        },
      },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        const course = await courses.findCourseByCode(db, request.params.code);
        if (!course) throw new DomainError('not_found', `There is no course ${request.params.code}.`);
        if (!canOnCourse(user, 'edit-draft', { providerId: course.provider_id })) {
          throw new DomainError('forbidden', "You may record design steps only of your own provider's courses.");
        }
        const { step } = request.params;
        const fileSha256 = request.body.fileSha256 ?? null;
        if (fileSha256 !== null && !(await findFileRecord(db, fileSha256))) {
          throw new ValidationError([{ path: 'fileSha256', code: 'unknown_file', message: 'No file with this SHA-256 has been uploaded.' }]);
        }
        const row = await db.transaction().execute(async (trx) => {
          const before = await steps.findDesignStep(trx, course.id, step);
          const saved = await steps.upsertDesignStep(trx, {
            courseId: course.id,
            step,
            participants: request.body.participants,
            evidence: request.body.evidence,
            fileSha256,
            updatedBy: user.id,
            updatedAt: context.clock.now(),
          });
          await appendAudit(trx, {
            actorId: user.id,
            action: 'course.design-step-recorded',
            entityType: 'course',
            entityId: course.id,
            before: before ? { step, participants: before.participants, evidence: before.evidence, fileSha256: before.file_sha256 } : null,
            after: { step, participants: saved.participants, evidence: saved.evidence, fileSha256: saved.file_sha256 },
          });
          return saved;
        });
        return present(designSteps[step - 1]!, row);
      },
    );
  };
}
