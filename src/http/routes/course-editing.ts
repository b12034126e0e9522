// Provider administrators describe their courses; Center officers publish them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canOnCourse } from '../../domain/accounts/roles.js';
import { DomainError } from '../../domain/errors.js';
import * as courses from '../../db/queries/courses.js';
import { createCourse, publishCourse, saveDraft } from '../../use-cases/courses.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { courseDescriptionSchema, toCourseDescription } from '../schemas/course.js';

const codeParams = z.object({ code: z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{4}$/, 'A course code such as MC-2026-0001') });

export function courseEditingRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/workspace/courses',
      { schema: { tags: ['course editing'], summary: "The signed-in provider's courses (all courses for a Center officer), with drafts" } },
      async (request) => {
        const user = requireUser(request, ['provider-admin', 'center-officer']);
        const rows = await courses.listCoursesOfProvider(db, user.role === 'provider-admin' ? user.providerId : null);
        return {
          items: rows.map((row) => ({
            code: row.code,
            current: row.current_version_no === null ? null : { versionNo: row.current_version_no, title: { ka: row.current_title_ka, en: row.current_title_en } },
            draft: row.draft_version_no === null ? null : { versionNo: row.draft_version_no, title: { ka: row.draft_title_ka, en: row.draft_title_en }, updatedAt: row.draft_updated_at },
          })),
        };
      },
    );

    app.post(
      '/api/workspace/courses',
      {
        schema: {
          tags: ['course editing'],
          summary: 'Create a course with its first draft (provider administrator)',
          body: z.strictObject({ description: courseDescriptionSchema }),
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['provider-admin']);
        const created = await createCourse(context, { actor: user, description: toCourseDescription(request.body.description) });
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/workspace/courses/:code/draft',
      { schema: { tags: ['course editing'], summary: "A course's draft, or its current version to start one from", params: codeParams } },
      async (request) => {
        const user = requireUser(request, ['provider-admin', 'center-officer']);
        const course = await courses.findCourseByCode(db, request.params.code);
        if (!course) throw new DomainError('not_found', `There is no course ${request.params.code}.`);
        if (!canOnCourse(user, 'view-drafts', { providerId: course.provider_id })) {
          throw new DomainError('forbidden', "You may see only your own provider's drafts.");
        }
        const draft = await courses.findDraft(db, course.id);
        const base = draft ?? (course.current_version_id ? await courses.findVersionById(db, course.current_version_id) : undefined);
        if (!base) throw new DomainError('not_found');
        return {
          code: course.code,
          isDraft: draft !== undefined,
          versionNo: draft ? draft.version_no : (await courses.latestVersionNo(db, course.id)) + 1,
          description: base.description,
          canEdit: canOnCourse(user, 'edit-draft', { providerId: course.provider_id }),
          canPublish: draft !== undefined && canOnCourse(user, 'publish', { providerId: course.provider_id }),
        };
      },
    );

    app.put(
      '/api/workspace/courses/:code/draft',
      {
        schema: {
          tags: ['course editing'],
          summary: "Save a course's draft; editing a published course opens a new draft version",
          params: codeParams,
          body: z.strictObject({ description: courseDescriptionSchema }),
        },
      },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        return saveDraft(context, { actor: user, code: request.params.code, description: toCourseDescription(request.body.description) });
      },
    );

    app.post(
      '/api/workspace/courses/:code/publish',
      {
        schema: {
          tags: ['course editing'],
          summary: "Publish a course's draft, freezing it as the current version (Center officer)",
          params: codeParams,
          body: z.strictObject({ versionNo: z.number().int().min(1).optional() }).optional(),
        },
      },
      async (request) => {
        const user = requireUser(request, ['center-officer']);
        const published = await publishCourse(context, { actor: user, code: request.params.code, expectedVersionNo: request.body?.versionNo });
        return { ...published, publishedAt: published.publishedAt.toISOString() };
      },
    );
  };
}
