// Reference data the public pages and forms need: providers, ISCED-F fields, the audit log for officers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { iscedFieldList } from '../../domain/course/isced.js';
import { listAudit } from '../../db/queries/audit.js';
import { listProviders } from '../../db/queries/courses.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { providerDid } from '../presenters/courses.js';

export function referenceRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', { schema: { tags: ['operations'], summary: 'Ready once the database is migrated' } }, async () => ({ status: 'ok' }));

    app.get('/api/providers', { schema: { tags: ['registry'], summary: 'Providers in the registry' } }, async () => {
      const providers = await listProviders(context.db);
      return {
        items: providers.map((provider) => ({
          slug: provider.slug,
          name: provider.name,
          kind: provider.kind,
          did: providerDid(context.config.publicUrl, provider.slug),
          region: provider.region,
        })),
      };
    });

    app.get('/api/reference/isced-f', { schema: { tags: ['registry'], summary: 'ISCED-F 2013 fields of education' } }, async () => ({
      items: iscedFieldList,
    }));

    app.get(
      '/api/audit',
      {
        schema: {
          tags: ['operations'],
          summary: 'The audit log, newest first (Center officer)',
          querystring: z.strictObject({
            entityType: z.string().max(50).optional(),
            entityId: z.string().max(100).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
        },
      },
      async (request) => {
        requireUser(request, ['center-officer']);
        const rows = await listAudit(context.db, request.query);
        return {
          items: rows.map((row) => ({
            id: String(row.id),
            at: row.at.toISOString(),
            actorId: row.actor_id,
            action: row.action,
            entityType: row.entity_type,
            entityId: row.entity_id,
            before: row.before,
            after: row.after,
          })),
        };
      },
    );
  };
}
