// A learner's personal data over HTTP: download everything held about them, and erasure at their
// request (password re-entered as confirmation; the CSRF header as for every change).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { erasePersonalData, exportPersonalData } from '../../use-cases/personal-data.js';
import { clearSessionCookie, requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';

export function personalDataRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, config } = context;
  return async (app) => {
    app.get(
      '/api/me/data',
      {
        schema: {
          tags: ['learners'],
          summary: 'Everything the platform holds about the signed-in learner, as one JSON file (learner)',
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['learner']);
        const data = await exportPersonalData(db, { userId: user.id, clock, publicUrl: config.publicUrl });
        const day = data.exportedAt.slice(0, 10);
        return reply
          .header('content-disposition', `attachment; filename="microcred-my-data-${day}.json"`)
          .header('cache-control', 'no-store')
          .send(data);
      },
    );

    app.post(
      '/api/me/erasure',
      {
        schema: {
          tags: ['learners'],
          summary:
            "Erase the signed-in learner's personal data (learner; the password confirms). The credentials stay verifiable from the learner's own files; the ledger holds only hashes and is unchanged.",
          body: z.strictObject({ password: z.string().min(1, 'Enter your password to confirm.').max(200) }),
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['learner']);
        const result = await erasePersonalData(db, { userId: user.id, password: request.body.password, clock });
        // The erasure ended every session of the account, this one included.
        clearSessionCookie(reply, config.secureCookies);
        return result;
      },
    );
  };
}
