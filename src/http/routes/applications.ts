// The procedure for the right: applications, their steps (one route per action of the
// transition table, each with its own schema), experts' conflicts, and the public decisions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tbilisiDate } from '../../domain/calendar/tbilisi.js';
import { DomainError } from '../../domain/errors.js';
import { councilDecisions } from '../../domain/procedure/decision.js';
import { groupRoles } from '../../domain/procedure/guards.js';
import { type ApplicationAction, applicationActions } from '../../domain/procedure/transitions.js';
import * as applications from '../../db/queries/applications.js';
import { createApplication, readApplication, updateApplicationContent } from '../../use-cases/applications/manage-application.js';
import { type ActionRequest, performApplicationAction } from '../../use-cases/applications/perform-action.js';
import { readFile } from '../../files/store.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { bilingualSchema } from '../schemas/course.js';

const codeParams = z.object({ code: z.string().regex(/^AP-\d{4}-\d{4}$/, 'An application code such as AP-2026-0001') });
const text = (max = 20_000) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'A file address (SHA-256) from POST /api/files');
const ratings = z.array(z.strictObject({ componentId: z.string().max(40), rating: z.string().max(40), reasons: text() })).max(60);

export const applicationContentSchema = z.strictObject({
  letter: z.strictObject({ text: text(), fileSha256: sha256.nullable() }),
  selfEvaluation: z.array(z.strictObject({ componentNumber: z.string().max(40), text: text(), evidenceFileIds: z.array(sha256).max(20) })).max(60),
  needJustification: z.strictObject({ text: text(), minutesFileSha256s: z.array(sha256).max(20) }),
  alignmentStatement: z.strictObject({ text: text() }),
  heiAgreement: z.strictObject({ heiName: text(300), fileSha256: sha256 }).nullable(),
});

const empty = z.strictObject({});
/** The body of each step, beside the `version` the actor saw. */
export const actionBodies: { [A in ApplicationAction]: z.ZodObject } = {
  submit: empty,
  'set-deficiencies': z.strictObject({ correctionWorkingDays: z.number().int(), deficiencies: z.array(text(2000)).max(50) }),
  'submit-correction': empty,
  'recognise-seeker': empty,
  'leave-without-review': z.strictObject({ reasons: text() }),
  'form-expert-group': z.strictObject({
    members: z.array(z.strictObject({ expertId: z.uuid(), role: z.enum(groupRoles) })).max(12),
    chairExpertId: z.uuid(),
    visitFrom: isoDate,
    visitTo: isoDate,
  }),
  'move-recusal': z.strictObject({ assignmentId: z.uuid(), reasons: text() }),
  'decide-recusal': z.strictObject({ decision: z.enum(['granted', 'refused']), reasons: text(), replacementExpertId: z.uuid().optional() }),
  'submit-agenda': z.strictObject({ agenda: z.array(z.strictObject({ date: isoDate, topic: text(1000) })).max(60) }),
  'send-agenda': empty,
  'record-visit': z.strictObject({ oralFindings: text() }),
  'submit-draft-report': z.strictObject({ ratings, summary: bilingualSchema }),
  'return-draft-report': z.strictObject({ reasons: text() }),
  'send-draft-report': empty,
  'submit-position': z.strictObject({ text: text() }),
  'submit-final-report': z.strictObject({ ratings, summary: bilingualSchema }),
  'schedule-hearing': z.strictObject({ meetingAt: z.iso.datetime({ offset: true }), place: text(300) }),
  'record-decision': z.strictObject({
    attendees: z.array(z.uuid()).max(50),
    votes: z.array(z.strictObject({ memberId: z.uuid(), vote: z.enum(councilDecisions) })).max(50),
    reasons: bilingualSchema,
    implementationMonths: z.number().int().min(1).max(60).optional(),
  }),
  'sign-minutes': empty,
  'publish-decision': empty,
  'file-appeal': z.strictObject({ grounds: text() }),
  'decide-appeal': z.strictObject({ outcome: z.enum(['upheld', 'dismissed']), reasons: text() }),
  withdraw: z.strictObject({ reasons: text().optional() }),
  'submit-registration': empty,
  'acknowledge-registration': empty,
  'reject-registration': z.strictObject({ reasons: text() }),
};

export function applicationRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  async function councilPosition(user: { id: string; role: string }) {
    if (user.role !== 'council-member') return null;
    return (await db.selectFrom('users').select('council_position').where('id', '=', user.id).executeTakeFirst())?.council_position ?? null;
  }

  return async (app) => {
    app.get('/api/applications', { schema: { tags: ['procedure'], summary: 'The applications the signed-in person works on, soonest due first' } }, async (request) => {
      const user = requireUser(request, ['provider-admin', 'center-officer', 'expert', 'council-member']);
      const rows = await applications.listApplications(db, {
        ...(user.role === 'provider-admin' ? { providerId: user.providerId! } : {}),
        ...(user.role === 'expert' ? { expertId: user.id } : {}),
        ...(user.role === 'council-member' ? { states: ['final-report', 'hearing-scheduled', 'decided', 'published', 'appealed'] } : {}),
      });
      const today = tbilisiDate(context.clock.now());
      return {
        today,
        items: rows.map((row) => ({
          code: row.code,
          state: row.state,
          route: row.route,
          provider: row.provider_name,
          course: { code: row.course_code, title: { ka: row.title_ka, en: row.title_en } },
          submittedAt: row.submitted_at?.toISOString() ?? null,
          nextDue: row.next_due ?? null,
          overdue: row.next_due !== null && row.next_due !== undefined && row.next_due < today,
        })),
      };
    });

    app.post(
      '/api/applications',
      {
        schema: {
          tags: ['procedure'],
          summary: "Start an application for the right (or an HEI's registration) for a published course",
          body: z.strictObject({ courseCode: z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{4}$/), route: z.enum(['right', 'hei-registration']).default('right') }),
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['provider-admin']);
        return reply.status(201).send(await createApplication(context, { actor: user, courseCode: request.body.courseCode, route: request.body.route }));
      },
    );

    app.get('/api/applications/:code', { schema: { tags: ['procedure'], summary: 'An application with its timeline, deadlines and the steps open to you', params: codeParams } }, async (request) => {
      const user = requireUser(request, ['provider-admin', 'center-officer', 'expert', 'council-member']);
      return readApplication(context, { actor: { ...user, councilPosition: await councilPosition(user) }, code: request.params.code });
    });

    app.put(
      '/api/applications/:code/content',
      {
        schema: {
          tags: ['procedure'],
          summary: "Save the application's content (before submission, or while correcting deficiencies)",
          params: codeParams,
          body: z.strictObject({ version: z.number().int().min(0), content: applicationContentSchema }),
        },
      },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        return updateApplicationContent(context, { actor: user, code: request.params.code, content: request.body.content, expectedVersion: request.body.version });
      },
    );

    for (const action of applicationActions) {
      app.post(
        `/api/applications/:code/actions/${action}`,
        {
          schema: {
            tags: ['procedure'],
            summary: `Procedure step: ${action}`,
            params: codeParams,
            body: actionBodies[action].extend({ version: z.number().int().min(0) }),
          },
        },
        async (request) => {
          const user = requireUser(request, ['provider-admin', 'center-officer', 'expert', 'council-member']);
          const { version, ...input } = request.body as { version: number } & Record<string, unknown>;
          const position = await councilPosition(user);
          return performApplicationAction({ db, clock: context.clock, dataDir: context.config.dataDir }, {
            actor: { ...user, councilPosition: position },
            code: request.params.code,
            action,
            input: input as never,
            expectedVersion: version,
          } satisfies ActionRequest);
        },
      );
    }

    app.get('/api/experts', { schema: { tags: ['procedure'], summary: 'Experts, with the providers each declared a conflict of interest with (Center officer)' } }, async (request) => {
      requireUser(request, ['center-officer']);
      const experts = await db.selectFrom('users').select(['id', 'name', 'email']).where('role', '=', 'expert').orderBy('name').execute();
      const conflicts = await db.selectFrom('expert_conflicts').selectAll().execute();
      return { items: experts.map((expert) => ({ ...expert, conflicts: conflicts.filter((conflict) => conflict.expert_id === expert.id).map((conflict) => ({ providerId: conflict.provider_id, reason: conflict.reason })) })) };
    });

    app.post(
      '/api/experts/me/conflicts',
      { schema: { tags: ['procedure'], summary: 'An expert declares a conflict of interest with a provider', body: z.strictObject({ providerSlug: z.string().max(100), reason: text(2000) }) } },
      async (request, reply) => {
        const user = requireUser(request, ['expert']);
        const provider = await db.selectFrom('providers').select('id').where('slug', '=', request.body.providerSlug).executeTakeFirst();
        if (!provider) throw new DomainError('validation', 'No such provider.', [{ path: 'providerSlug', code: 'unknown_provider', message: 'No provider has this slug.' }]);
        if (request.body.reason.trim() === '') throw new DomainError('validation', 'Give the reason.', [{ path: 'reason', code: 'required', message: 'Say what the conflict of interest is.' }]);
        await db.insertInto('expert_conflicts').values({ expert_id: user.id, provider_id: provider.id, reason: request.body.reason }).onConflict((conflict) => conflict.columns(['expert_id', 'provider_id']).doNothing()).execute();
        return reply.status(201).send({ providerSlug: request.body.providerSlug });
      },
    );

    app.get('/api/council-members', { schema: { tags: ['procedure'], summary: 'Members of the Accreditation Council and their positions' } }, async (request) => {
      requireUser(request, ['center-officer', 'council-member']);
      const members = await db.selectFrom('users').select(['id', 'name', 'council_position']).where('role', '=', 'council-member').orderBy('name').execute();
      return { items: members.map((member) => ({ id: member.id, name: member.name, position: member.council_position })) };
    });

    app.get(
      '/api/documents/:code/pdf',
      {
        schema: {
          tags: ['procedure'],
          summary: 'A document of the procedure as a PDF in Georgian and English (public documents for anyone; others for those who may read the application)',
          params: z.object({ code: z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{4}$/) }),
        },
      },
      async (request, reply) => {
        const document = await db.selectFrom('documents').selectAll().where('code', '=', request.params.code).executeTakeFirst();
        if (!document || !document.pdf_sha256) throw new DomainError('not_found', `There is no document ${request.params.code}.`);
        if (!document.is_public) {
          const user = requireUser(request, ['provider-admin', 'center-officer', 'expert', 'council-member']);
          const application = await db.selectFrom('applications').select('code').where('id', '=', document.application_id!).executeTakeFirstOrThrow();
          await readApplication(context, { actor: user, code: application.code });
        }
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${document.code}.pdf"`)
          .send(await readFile(context.config.dataDir, document.pdf_sha256));
      },
    );

    app.get('/api/decisions', { schema: { tags: ['procedure'], summary: 'Published decisions of the Accreditation Council and their appeals (public)' } }, async () => {
      const rows = await db
        .selectFrom('hearings as h')
        .innerJoin('applications as a', 'a.id', 'h.application_id')
        .innerJoin('providers as p', 'p.id', 'a.provider_id')
        .innerJoin('courses as c', 'c.id', 'a.course_id')
        .innerJoin('course_versions as v', 'v.id', 'a.course_version_id')
        .leftJoin('rights as r', 'r.application_id', 'a.id')
        .select(['a.code', 'h.decision', 'h.reasons', 'h.published_at', 'h.implementation_months', 'p.name as provider_name', 'c.code as course_code', 'v.title_ka', 'v.title_en', 'r.effective_from', 'r.valid_until', 'r.decision_code'])
        .where('h.published_at', 'is not', null)
        .orderBy('h.published_at', 'desc')
        .execute();
      const documents = await db.selectFrom('documents').select(['code', 'kind', 'application_id', 'title', 'issued_at']).where('is_public', '=', true).execute();
      const appeals = await db.selectFrom('appeals').innerJoin('applications as a', 'a.id', 'appeals.application_id').select(['a.code', 'appeals.outcome', 'appeals.outcome_reasons', 'appeals.published_at']).where('appeals.published_at', 'is not', null).execute();
      return {
        items: rows.map((row) => ({
          applicationCode: row.code,
          decision: row.decision,
          reasons: row.reasons,
          publishedAt: row.published_at!.toISOString(),
          implementationMonths: row.implementation_months,
          provider: row.provider_name,
          course: { code: row.course_code, title: { ka: row.title_ka, en: row.title_en } },
          right: row.effective_from ? { decisionCode: row.decision_code, effectiveFrom: row.effective_from, validUntil: row.valid_until } : null,
          appeals: appeals.filter((appeal) => appeal.code === row.code).map((appeal) => ({ outcome: appeal.outcome, reasons: appeal.outcome_reasons })),
        })),
        documents: documents.map((document) => ({ code: document.code, kind: document.kind, title: document.title, issuedAt: document.issued_at.toISOString() })),
      };
    });
  };
}
