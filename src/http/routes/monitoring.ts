// Monitoring, complaints (public, rate-limited) and published monitoring results.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeMonitoring, fileComplaint, listMonitorings, scheduleMonitoring } from '../../use-cases/monitoring.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { bilingualSchema } from '../schemas/course.js';

const courseCode = z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{4}$/, 'A course code such as MC-2026-0001');

export function monitoringRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/monitorings',
      {
        schema: {
          tags: ['monitoring'],
          summary: 'Schedule monitoring of a course (Center officer)',
          body: z.strictObject({ courseCode, kind: z.enum(['scheduled', 'unscheduled']), dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['center-officer']);
        return reply.status(201).send(await scheduleMonitoring(context, { actor: user, ...request.body }));
      },
    );

    app.post(
      '/api/monitorings/:code/close',
      {
        schema: {
          tags: ['monitoring'],
          summary: 'End a monitoring with its findings: keep, suspend or terminate the right (Center officer)',
          params: z.object({ code: z.string().regex(/^MN-\d{4}-\d{4}$/) }),
          body: z.strictObject({ outcome: z.enum(['keep', 'suspend', 'terminate']), findings: bilingualSchema }),
        },
      },
      async (request) => {
        const user = requireUser(request, ['center-officer']);
        return closeMonitoring({ db: context.db, clock: context.clock, dataDir: context.config.dataDir }, { actor: user, code: request.params.code, ...request.body });
      },
    );

    app.get('/api/monitorings', { schema: { tags: ['monitoring'], summary: 'Every monitoring, open and closed (Center officer)' } }, async (request) => {
      requireUser(request, ['center-officer']);
      return { items: await listMonitorings(context.db, { publishedOnly: false }) };
    });

    app.get('/api/monitorings/results', { schema: { tags: ['monitoring'], summary: 'Published monitoring results (public)' } }, async () => ({
      items: await listMonitorings(context.db, { publishedOnly: true }),
    }));

    app.post(
      '/api/complaints',
      {
        config: { rateLimit: { max: 10, timeWindow: 60 * 60_000 } },
        schema: {
          tags: ['monitoring'],
          summary: 'A learner, employer or association complains of specific violations (public); opens unscheduled monitoring due in 30 calendar days',
          body: z.strictObject({
            courseCode,
            complainantKind: z.enum(['learner', 'employer', 'association']),
            complainantName: z.string().max(200),
            complainantEmail: z.string().max(254),
            violations: z.array(z.string().max(5000)).max(20),
          }),
        },
      },
      async (request, reply) => reply.status(201).send(await fileComplaint(context, request.body)),
    );
  };
}
