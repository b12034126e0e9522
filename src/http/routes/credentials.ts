// Credentials over HTTP: a provider administrator's awards (one learner, or a CSV / JSON list
// issued in the background), revocation, suspension and reinstatement; the learner's claim
// link with the downloads; and the public documents verifiers need: issuers' DID documents and
// status lists.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as credentialQueries from '../../db/queries/credentials.js';
import { findIssuerByDid, findStatusListBySlug } from '../../db/queries/issuers.js';
import { AWARD_CSV_COLUMNS, type AwardRow, MAX_AWARD_ROWS, parseAwardCsv } from '../../domain/credential/award-rows.js';
import { credentialElements } from '../../domain/credential/elements.js';
import { storedDocument } from '../../domain/credential/erasure.js';
import { DomainError, ValidationError } from '../../domain/errors.js';
import { buildDidDocument, issuerDid } from '../../trust/did-web.js';
import { awardToday, batchProgress, checkAwards, createBatch, issueAwards, runBatchInBackground } from '../../use-cases/credentials/award.js';
import { changeCredentialState } from '../../use-cases/credentials/status.js';
import { credentialFormats, type Rendering, renderCredential, verificationPageUrl } from '../../use-cases/credentials/renderings.js';
import { hashSecretToken } from '../../use-cases/secret-tokens.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';

const uuid = z.string().uuid('A credential id (a UUID).');
const formatParams = z.object({ format: z.enum(credentialFormats, { message: `One of ${credentialFormats.join(', ')}.` }) });

const awardRowSchema = z.strictObject({
  courseCode: z.string().max(40),
  learnerName: z.string().max(400),
  learnerEmail: z.string().max(400),
  awardDate: z.string().max(40),
});

const stateBody = z.strictObject({
  state: z.enum(['revoked', 'suspended', 'valid'], { message: 'revoked, suspended or valid (to reinstate a suspended credential).' }),
  reason: z.string().max(4000),
});

function sendRendering(reply: FastifyReply, file: Rendering) {
  return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
}

function presentStored(row: credentialQueries.CredentialRow, publicUrl: string) {
  const credential = JSON.parse(storedDocument(row)) as Record<string, unknown>;
  return {
    id: row.id,
    state: row.state,
    awardDate: row.award_date,
    issuedAt: new Date(row.issued_at).toISOString(),
    verifyUrl: verificationPageUrl(publicUrl, row.id),
    elements: credentialElements(credential),
    credential,
  };
}

export function credentialRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, config, trust } = context;
  return async (app) => {
    // A CSV upload is a text body; JSON lists come as application/json.
    app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));

    // -------------------------------------------------------------------------------------
    // Public documents

    app.get(
      '/issuers/:slug/did.json',
      { schema: { tags: ['credentials'], summary: "An issuer's DID document (did:web): its keys, the active one first", params: z.object({ slug: z.string().max(100) }) } },
      async (request, reply) => {
        let did: string;
        try {
          did = issuerDid(config.publicUrl, request.params.slug);
        } catch {
          throw new DomainError('not_found', `There is no issuer ${request.params.slug}.`);
        }
        const issuer = await findIssuerByDid(db, did);
        const keys = issuer ? await trust.keyStore.listKeys(did) : [];
        if (keys.length === 0) throw new DomainError('not_found', `There is no issuer ${request.params.slug}.`);
        return reply.type('application/did+json').header('cache-control', 'public, max-age=300').send(buildDidDocument(did, keys));
      },
    );

    app.get(
      '/status-lists/:slug',
      { schema: { tags: ['credentials'], summary: 'A signed Bitstring Status List credential', params: z.object({ slug: z.string().max(100) }) } },
      async (request, reply) => {
        const list = await findStatusListBySlug(db, request.params.slug);
        if (!list) throw new DomainError('not_found', `There is no status list ${request.params.slug}.`);
        // Short caching: a revocation must reach verifiers within a minute.
        return reply.type('application/vc+ld+json').header('cache-control', 'public, max-age=60').send(list.document);
      },
    );

    // -------------------------------------------------------------------------------------
    // The learner's claim link

    const claimParams = z.object({ token: z.string().min(20).max(100) });
    async function claimed(token: string) {
      const row = await credentialQueries.findCredentialByClaimHash(db, hashSecretToken(token));
      if (!row) throw new DomainError('not_found', 'This link does not open a credential; check that it was copied whole.');
      return row;
    }

    app.get(
      '/api/claims/:token',
      { schema: { tags: ['credentials'], summary: 'The credential a claim link opens, with its EU elements and state', params: claimParams } },
      async (request) => presentStored(await claimed(request.params.token), config.publicUrl),
    );

    app.get(
      '/api/claims/:token/download/:format',
      {
        schema: {
          tags: ['credentials'],
          summary: 'Download the credential as signed JSON, PDF certificate, badge (PNG or SVG, credential baked in) or ELM export',
          params: claimParams.merge(formatParams),
        },
      },
      async (request, reply) => {
        return sendRendering(reply, await renderCredential(await claimed(request.params.token), request.params.format, config.publicUrl));
      },
    );

    // -------------------------------------------------------------------------------------
    // The provider's workspace

    app.get(
      '/api/workspace/credentials',
      {
        schema: {
          tags: ['credentials'],
          summary: "The provider's issued credentials, newest first (provider administrator)",
          querystring: z.strictObject({
            course: z.string().max(40).optional(),
            state: z.enum(['valid', 'revoked', 'suspended']).optional(),
            q: z.string().max(200).optional(),
            page: z.coerce.number().int().min(1).max(10_000).default(1),
          }),
        },
      },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        const pageSize = 50;
        const { items, total } = await credentialQueries.listProviderCredentials(db, {
          providerId: user.providerId!,
          courseCode: request.query.course,
          state: request.query.state,
          q: request.query.q,
          limit: pageSize,
          offset: (request.query.page - 1) * pageSize,
        });
        return {
          total,
          page: request.query.page,
          pageSize,
          items: items.map((item) => ({
            id: item.id,
            learnerName: item.learner_name,
            learnerEmail: item.learner_email,
            awardDate: item.award_date,
            state: item.state,
            issuedAt: new Date(item.issued_at).toISOString(),
            course: { code: item.code, versionNo: item.version_no, title: { ka: item.title_ka, en: item.title_en } },
          })),
        };
      },
    );

    app.post(
      '/api/workspace/credentials',
      { schema: { tags: ['credentials'], summary: 'Award a course to one learner (provider administrator)', body: awardRowSchema } },
      async (request, reply) => {
        const user = requireUser(request, ['provider-admin']);
        const awards = await checkAwards(db, { providerId: user.providerId!, rows: [request.body], today: awardToday(clock) });
        if (awards[0]?.alreadyIssued) {
          throw new DomainError('conflict', 'This learner already has a credential for this course version and date of award.');
        }
        const result = await issueAwards(db, trust, { providerId: user.providerId!, awards, actorId: user.id, batchId: null, clock });
        const issued = result.issued[0];
        if (!issued) throw new DomainError('conflict', 'This learner already has a credential for this course version and date of award.');
        const row = await credentialQueries.findCredential(db, issued.id);
        return reply.code(201).send({ ...presentStored(row!, config.publicUrl), claimUrl: issued.claimUrl });
      },
    );

    app.post(
      '/api/workspace/credential-batches',
      {
        schema: {
          tags: ['credentials'],
          summary: `Award a list: a CSV (text/csv; columns ${AWARD_CSV_COLUMNS.join(', ')}) or JSON { "rows": [...] }. Every row is checked first; with dryRun nothing is issued, otherwise the list is issued in the background (provider administrator)`,
          querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['provider-admin']);
        let rows: AwardRow[];
        let source: 'csv' | 'json';
        if (typeof request.body === 'string') {
          const parsed = parseAwardCsv(request.body);
          if (parsed.errors.length > 0) throw new ValidationError(parsed.errors, 'The file cannot be read as an award list; nothing was issued.');
          rows = parsed.rows;
          source = 'csv';
        } else {
          const parsed = z.strictObject({ rows: z.array(awardRowSchema).max(MAX_AWARD_ROWS) }).safeParse(request.body);
          if (!parsed.success) {
            throw new ValidationError(
              parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', code: 'invalid', message: issue.message })),
              'Send a CSV (text/csv) or { "rows": [ { courseCode, learnerName, learnerEmail, awardDate } ] }.',
            );
          }
          rows = parsed.data.rows;
          source = 'json';
        }
        const awards = await checkAwards(db, { providerId: user.providerId!, rows, today: awardToday(clock) });
        const summary = {
          total: awards.length,
          alreadyIssued: awards.filter((award) => award.alreadyIssued).length,
          rows: awards.map((award) => ({ courseCode: award.courseCode, versionNo: award.versionNo, learnerName: award.learnerName, learnerEmail: award.learnerEmail, awardDate: award.awardDate, alreadyIssued: award.alreadyIssued })),
        };
        if (request.query.dryRun === 'true') return summary;
        const batchId = await createBatch(db, { providerId: user.providerId!, source, awards, actorId: user.id });
        runBatchInBackground(db, trust, batchId, clock, request.log);
        return reply.code(202).header('location', `/api/workspace/credential-batches/${batchId}`).send({ id: batchId, ...summary });
      },
    );

    app.get(
      '/api/workspace/credential-batches/:id',
      { schema: { tags: ['credentials'], summary: 'Progress of a bulk award (provider administrator)', params: z.object({ id: z.string().uuid() }) } },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        return batchProgress(db, request.params.id, user.providerId!);
      },
    );

    async function ownCredential(id: string, providerId: string | null) {
      const row = await credentialQueries.findCredential(db, id);
      if (!row || row.provider_id !== providerId) throw new DomainError('not_found', `There is no credential ${id} of your provider.`);
      return row;
    }

    app.get(
      '/api/workspace/credentials/:id',
      { schema: { tags: ['credentials'], summary: 'One credential with its status history (provider administrator)', params: z.object({ id: uuid }) } },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        const row = await ownCredential(request.params.id, user.providerId);
        const events = await credentialQueries.listStatusEvents(db, row.id);
        return {
          ...presentStored(row, config.publicUrl),
          learnerEmail: row.learner_email,
          history: events.map((event) => ({ from: event.from_state, to: event.to_state, reason: event.reason, at: new Date(event.at).toISOString(), by: event.actor_name })),
        };
      },
    );

    app.get(
      '/api/workspace/credentials/:id/download/:format',
      { schema: { tags: ['credentials'], summary: 'Download one of the provider’s credentials (provider administrator)', params: z.object({ id: uuid }).merge(formatParams) } },
      async (request, reply) => {
        const user = requireUser(request, ['provider-admin']);
        return sendRendering(reply, await renderCredential(await ownCredential(request.params.id, user.providerId), request.params.format, config.publicUrl));
      },
    );

    app.post(
      '/api/workspace/credentials/:id/status',
      {
        schema: {
          tags: ['credentials'],
          summary: 'Revoke, suspend or reinstate a credential, with the reason (provider administrator)',
          params: z.object({ id: uuid }),
          body: stateBody,
        },
      },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        return changeCredentialState(db, trust, {
          credentialId: request.params.id,
          providerId: user.providerId,
          to: request.body.state,
          reason: request.body.reason,
          actorId: user.id,
          clock,
        });
      },
    );
  };
}
