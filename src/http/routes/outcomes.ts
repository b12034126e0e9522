// Learning-outcome analysis: public, no login, rate-limited. The route parses, calls the
// use case shared with `microcred outcomes analyse`, and returns its report.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { analyseOutcomes, analyseOutcomesRequestSchema, outcomesReportSchema } from '../../use-cases/analyse-outcomes.js';

export function outcomeRoutes(_context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/outcomes/analyse',
      {
        config: { rateLimit: { max: 60, timeWindow: 60_000 } },
        schema: {
          tags: ['outcomes'],
          summary: 'Analyse learning outcomes: descriptor domain and level of each, and the course alignment with an NQF level',
          body: analyseOutcomesRequestSchema,
          response: { 200: outcomesReportSchema },
        },
      },
      async (request) => analyseOutcomes(request.body),
    );
  };
}
