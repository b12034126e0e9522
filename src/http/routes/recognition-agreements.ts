// Recognition agreements over HTTP (docs/recognition.md). A receiving institution's provider
// administrators, and Center officers, record, edit, withdraw and list agreements; anyone reads
// the agreements in force and, per course, what it counts toward; a learner reads their progress.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tbilisiDate } from '../../domain/calendar/tbilisi.js';
import { DomainError } from '../../domain/errors.js';
import type { AgreementInput } from '../../domain/recognition/stacking.js';
import * as courses from '../../db/queries/courses.js';
import * as agreements from '../../db/queries/recognition-agreements.js';
import type { AgreementRecord } from '../../db/queries/recognition-agreements.js';
import {
  agreementsInForce,
  createAgreement,
  inForceOn,
  learnerProgress,
  listManagedAgreements,
  manageableAgreement,
  updateAgreement,
  withdrawAgreement,
} from '../../use-cases/recognition-agreements.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';

const COURSE_CODE = /^[A-Z]{2,4}-\d{4}-\d{4}$/;
const codeParams = z.object({ code: z.string().regex(COURSE_CODE, 'A course code such as MC-2026-0001') });
const idParams = z.object({ id: z.uuid('An agreement id (a UUID).') });

// Shapes only: the domain (validateAgreement) checks ranges and contradictions, so that every
// problem of a form comes back at once, each naming its field.
const bilingual = z.strictObject({ ka: z.string().max(300, 'At most 300 characters.'), en: z.string().max(300, 'At most 300 characters.') });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD');
const ectsNumber = z.number({ message: 'A number of ECTS credits.' });
const agreementFields = {
  programme: z.strictObject({
    name: bilingual,
    nqfLevel: z.number({ message: 'The NQF level: 5, 6, 7 or 8.' }),
    totalEcts: ectsNumber.nullable().optional(),
  }),
  validFrom: isoDate,
  validUntil: isoDate.nullable().optional(),
  components: z
    .array(
      z.strictObject({
        name: bilingual,
        capEcts: ectsNumber,
        courses: z.array(z.strictObject({ courseCode: z.string().regex(COURSE_CODE, 'A course code such as MC-2026-0001'), ects: ectsNumber })).max(50, 'At most 50 courses in a component.'),
      }),
    )
    .max(20, 'At most 20 components.'),
};
const createBody = z.strictObject({
  /** The receiving institution: a Center officer names it; a provider administrator records for their own. */
  providerSlug: z.string().max(100).optional(),
  ...agreementFields,
});
const updateBody = z.strictObject(agreementFields);
const withdrawBody = z.strictObject({ reason: z.string().trim().min(1, 'Say why the agreement is withdrawn.').max(2000, 'At most 2 000 characters.') });

type AgreementBody = z.infer<typeof updateBody>;

function toInput(body: AgreementBody): AgreementInput {
  return {
    programme: { name: body.programme.name, nqfLevel: body.programme.nqfLevel, totalEcts: body.programme.totalEcts ?? null },
    validFrom: body.validFrom,
    validUntil: body.validUntil ?? null,
    components: body.components.map((component) => ({
      name: component.name,
      capEcts: component.capEcts,
      courses: component.courses.map((course) => ({ courseCode: course.courseCode, ects: course.ects })),
    })),
  };
}

function present(record: AgreementRecord, today: string) {
  return {
    id: record.id,
    provider: { slug: record.provider.slug, name: record.provider.name },
    programme: record.programme,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    /** Not withdrawn, and today lies within its dates. */
    current: inForceOn(record, today),
    withdrawnAt: record.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: record.withdrawalReason,
    capEcts: record.components.reduce((sum, component) => sum + component.capEcts, 0),
    components: record.components.map((component) => ({
      name: component.name,
      capEcts: component.capEcts,
      courses: component.courses.map((course) => ({ code: course.courseCode, title: course.title, courseEcts: course.courseEcts, ects: course.ects })),
    })),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

const managers = ['provider-admin', 'center-officer'] as const;

export function recognitionAgreementRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock } = context;
  const today = () => tbilisiDate(clock.now());
  return async (app) => {
    app.get(
      '/api/workspace/recognition-agreements',
      { schema: { tags: ['recognition'], summary: "The recognition agreements of the administrator's institution (all, for a Center officer), withdrawn ones included" } },
      async (request) => {
        const user = requireUser(request, managers);
        return { items: (await listManagedAgreements(db, user)).map((row) => present(row, today())) };
      },
    );

    app.post(
      '/api/workspace/recognition-agreements',
      { schema: { tags: ['recognition'], summary: 'Record a recognition agreement: programme, components with ECTS caps, courses and their ECTS, award dates covered', body: createBody } },
      async (request, reply) => {
        const user = requireUser(request, managers);
        const record = await createAgreement(db, clock, user, request.body.providerSlug, toInput(request.body));
        return reply.code(201).send(present(record, today()));
      },
    );

    app.get(
      '/api/workspace/recognition-agreements/:id',
      { schema: { tags: ['recognition'], summary: 'One recognition agreement (its institution or a Center officer)', params: idParams } },
      async (request) => {
        const user = requireUser(request, managers);
        return present(await manageableAgreement(db, user, request.params.id), today());
      },
    );

    app.put(
      '/api/workspace/recognition-agreements/:id',
      { schema: { tags: ['recognition'], summary: "Change an agreement's programme, dates, components or courses (not once withdrawn)", params: idParams, body: updateBody } },
      async (request) => {
        const user = requireUser(request, managers);
        return present(await updateAgreement(db, clock, user, request.params.id, toInput(request.body)), today());
      },
    );

    app.post(
      '/api/workspace/recognition-agreements/:id/withdraw',
      { schema: { tags: ['recognition'], summary: 'Withdraw an agreement: it stops counting toward any progress and leaves the public list', params: idParams, body: withdrawBody } },
      async (request) => {
        const user = requireUser(request, managers);
        return present(await withdrawAgreement(db, clock, user, request.params.id, request.body.reason), today());
      },
    );

    app.get(
      '/api/recognition-agreements',
      {
        schema: {
          tags: ['recognition'],
          summary: 'Every recognition agreement not withdrawn, for transparency; `provider` narrows to one receiving institution',
          querystring: z.strictObject({ provider: z.string().max(100).optional() }),
        },
      },
      async (request) => {
        const rows = await agreementsInForce(db, request.query.provider || undefined);
        return { items: rows.map((row) => present(row, today())).map(({ withdrawnAt: _w, withdrawalReason: _r, ...rest }) => rest) };
      },
    );

    app.get(
      '/api/courses/:code/recognition-agreements',
      { schema: { tags: ['recognition'], summary: "A course's recognition opportunities: the agreements (not withdrawn) it counts toward, and for how many ECTS", params: codeParams } },
      async (request) => {
        const course = await courses.findCourseByCode(db, request.params.code);
        if (!course) throw new DomainError('not_found', `There is no course ${request.params.code}.`);
        const rows = await agreements.listAgreementsInForce(db, { courseId: course.id });
        return {
          code: course.code,
          items: rows.map((row) => ({
            id: row.id,
            provider: { slug: row.provider.slug, name: row.provider.name },
            programme: row.programme,
            validFrom: row.validFrom,
            validUntil: row.validUntil,
            current: inForceOn(row, today()),
            // Where this course counts: each component listing it, with its ECTS there and the component's cap.
            components: row.components.flatMap((component) => {
              const listed = component.courses.find((item) => item.courseCode === course.code);
              return listed ? [{ name: component.name, capEcts: component.capEcts, ects: listed.ects, otherCourses: component.courses.filter((item) => item !== listed).map((item) => ({ code: item.courseCode, title: item.title, ects: item.ects })) }] : [];
            }),
          })),
        };
      },
    );

    app.get(
      '/api/me/progress',
      { schema: { tags: ['recognition'], summary: "The signed-in learner's progress toward programmes, under each agreement that lists a course of their credentials" } },
      async (request) => {
        const user = requireUser(request, ['learner']);
        return learnerProgress(db, user.id);
      },
    );
  };
}
