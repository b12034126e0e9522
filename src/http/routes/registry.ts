// The public e-registry: search, a course's versions, its Achievement, the exports.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tbilisiDate } from '../../domain/calendar/tbilisi.js';
import { courseAchievement } from '../../domain/credential/achievement.js';
import { participationModes } from '../../domain/course/description.js';
import { DomainError } from '../../domain/errors.js';
import * as courses from '../../db/queries/courses.js';
import type { AppContext } from '../context.js';
import { exportRegistry } from '../../use-cases/export-registry.js';
import { courseUrl, presentCourseVersion, presentRegistryItem } from '../presenters/courses.js';
import { courseVersionResponseSchema, registryItemSchema, rightStatusSchema } from '../schemas/course.js';

export const PAGE_SIZE = 20;

const searchQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  level: z.coerce.number().int().pipe(z.union([z.literal(6), z.literal(7)])).optional(),
  minEcts: z.coerce.number().int().min(1).max(30).optional(),
  maxEcts: z.coerce.number().int().min(1).max(30).optional(),
  field: z.string().regex(/^\d{2,4}$/, 'An ISCED-F code of 2 to 4 digits').optional(),
  mode: z.enum(participationModes as [string, ...string[]]).optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'A two-letter language code').optional(),
  provider: z.string().regex(/^[a-z0-9-]+$/).max(100).optional(),
  status: rightStatusSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(PAGE_SIZE),
});

const codeParams = z.object({ code: z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{4}$/, 'A course code such as MC-2026-0001') });

export function registryRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, config } = context;
  const today = () => tbilisiDate(clock.now());

  async function loadVersion(code: string, versionNo: number | null) {
    const course = await courses.findCourseByCode(db, code);
    if (!course || !course.current_version_id) throw new DomainError('not_found', `There is no published course ${code}.`);
    const current = await courses.findVersionById(db, course.current_version_id);
    if (!current) throw new DomainError('not_found', `There is no published course ${code}.`);
    const version = versionNo === null ? current : await courses.findPublishedVersion(db, course.id, versionNo);
    if (!version) throw new DomainError('not_found', `Course ${code} has no published version ${versionNo}.`);
    const [provider, rights, versions] = await Promise.all([
      courses.findProviderById(db, course.provider_id),
      courses.listRights(db, course.id),
      courses.listPublishedVersions(db, course.id),
    ]);
    if (!provider) throw new DomainError('not_found');
    return presentCourseVersion({
      code,
      version,
      currentVersionNo: current.version_no,
      provider,
      rights,
      versions,
      today: today(),
      publicUrl: config.publicUrl,
    });
  }

  return async (app) => {
    app.get(
      '/api/courses',
      {
        schema: {
          tags: ['registry'],
          summary: 'Search the public registry',
          querystring: searchQuerySchema,
          response: { 200: z.object({ items: z.array(registryItemSchema), total: z.number(), page: z.number(), pageSize: z.number() }) },
        },
      },
      async (request) => {
        const { page, pageSize, ...filters } = request.query;
        if (filters.minEcts !== undefined && filters.maxEcts !== undefined && filters.minEcts > filters.maxEcts) {
          throw new DomainError('validation', 'The ECTS range is empty.', [
            { path: 'querystring.minEcts', code: 'range', message: 'The minimum is above the maximum.' },
          ]);
        }
        const result = await courses.searchRegistry(db, filters as courses.RegistryFilters, today(), {
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
        return { items: result.rows.map((row) => presentRegistryItem(row, config.publicUrl)), total: result.total, page, pageSize };
      },
    );

    app.get(
      '/api/courses/:code',
      { schema: { tags: ['registry'], summary: "A course's current published version", params: codeParams, response: { 200: courseVersionResponseSchema } } },
      async (request) => loadVersion(request.params.code, null),
    );

    app.get(
      '/api/courses/:code/versions/:versionNo',
      {
        schema: {
          tags: ['registry'],
          summary: 'A given published version of a course',
          params: codeParams.extend({ versionNo: z.coerce.number().int().min(1) }),
          response: { 200: courseVersionResponseSchema },
        },
      },
      async (request) => loadVersion(request.params.code, request.params.versionNo),
    );

    app.get(
      '/api/courses/:code/achievement',
      { schema: { tags: ['registry'], summary: 'The course as an Open Badges 3.0 Achievement (JSON-LD)', params: codeParams } },
      async (request, reply) => {
        const course = await loadVersion(request.params.code, null);
        const achievement = courseAchievement({
          code: course.code,
          versionNo: course.versionNo,
          url: courseUrl(config.publicUrl, course.code, course.versionNo),
          description: course.description,
          provider: {
            name: course.provider.name,
            did: course.provider.did,
            website: course.provider.website,
            country: course.provider.country,
            region: course.provider.region,
          },
        });
        return reply.type('application/ld+json').send(achievement);
      },
    );

    app.get(
      '/api/registry/export',
      {
        schema: {
          tags: ['registry'],
          summary: 'The whole public registry as JSON or CSV',
          querystring: z.strictObject({ format: z.enum(['json', 'csv']).default('json') }),
        },
      },
      async (request, reply) => {
        const file = await exportRegistry({ db, clock, publicUrl: config.publicUrl }, request.query.format);
        return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
      },
    );
  };
}
