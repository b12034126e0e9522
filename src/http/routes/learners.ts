// Learners over HTTP: keeping a credential in a learner account from its claim link, the
// learner's own credentials (/api/me/..., learner role only) with their downloads and share
// links, and the public shared page's data (/api/shared/{token}).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as learnerQueries from '../../db/queries/learners.js';
import { credentialElements } from '../../domain/credential/elements.js';
import { DomainError } from '../../domain/errors.js';
import { credentialFormats, renderCredential, verificationPageUrl } from '../../use-cases/credentials/renderings.js';
import {
  claimAccountState,
  createLearnerAccountFromClaim,
  createShareLink,
  keepClaimedCredential,
  learnerCredential,
  listCredentialShareLinks,
  openSharedCredential,
  SHARE_LABEL_MAX,
  SHARE_LINK_DEFAULT_HOURS,
  SHARE_LINK_MAX_HOURS,
  SHARE_LINK_MIN_HOURS,
  withdrawShareLink,
} from '../../use-cases/learners.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';

const claimParams = z.object({ token: z.string().min(20).max(100) });
const credentialParams = z.object({ id: z.string().uuid('A credential id (a UUID).') });
const shareTokenParams = z.object({ token: z.string().max(200) });

const shareLinkBody = z.strictObject({
  expiresInHours: z
    .number({ message: 'A whole number of hours.' })
    .int('A whole number of hours.')
    .min(SHARE_LINK_MIN_HOURS, `At least ${SHARE_LINK_MIN_HOURS} hour.`)
    .max(SHARE_LINK_MAX_HOURS, `At most ${SHARE_LINK_MAX_HOURS} hours (one year).`)
    .default(SHARE_LINK_DEFAULT_HOURS),
  label: z.string().max(SHARE_LABEL_MAX, `At most ${SHARE_LABEL_MAX} characters.`).nullable().optional(),
});

const accountBody = z.strictObject({
  name: z.string().trim().min(1, 'Enter your name.').max(200, 'At most 200 characters.'),
  password: z.string().min(10, 'At least 10 characters.').max(200, 'At most 200 characters.'),
});

function presentCourse(row: { code: string | null; version_no: number | null; title_ka: string | null; title_en: string | null }) {
  return row.code ? { code: row.code, versionNo: row.version_no, title: { ka: row.title_ka ?? '', en: row.title_en ?? '' } } : null;
}

function presentProvider(row: { provider_slug: string | null; provider_name: { ka: string; en: string } | null }) {
  return row.provider_slug && row.provider_name ? { slug: row.provider_slug, name: row.provider_name } : null;
}

export function learnerRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, config, trust } = context;
  return async (app) => {
    // -------------------------------------------------------------------------------------
    // Keeping a credential from its claim link

    app.get(
      '/api/claims/:token/account',
      {
        schema: {
          tags: ['learners'],
          summary: "Whether the claim link's credential is kept in an account, and whether in the reader's; the e-mail a new account would have",
          params: claimParams,
        },
      },
      async (request) => claimAccountState(db, request.params.token, request.user?.role === 'learner' ? request.user.id : null),
    );

    app.post(
      '/api/claims/:token/keep',
      { schema: { tags: ['learners'], summary: "Keep the claim link's credential in the signed-in learner's account (learner)", params: claimParams } },
      async (request) => {
        const user = requireUser(request, ['learner']);
        return keepClaimedCredential(db, { token: request.params.token, userId: user.id });
      },
    );

    app.post(
      '/api/claims/:token/account',
      {
        config: { rateLimit: { max: 20, timeWindow: 60_000 } },
        schema: {
          tags: ['learners'],
          summary: "Create a learner account with the credential's e-mail (the claim link proves the mailbox) and keep the credential in it; then sign in",
          params: claimParams,
          body: accountBody,
        },
      },
      async (request, reply) => {
        if (request.user) throw new DomainError('forbidden', 'Sign out first: an account is created by someone not signed in.');
        const created = await createLearnerAccountFromClaim(db, { token: request.params.token, ...request.body });
        return reply.code(201).send(created);
      },
    );

    // -------------------------------------------------------------------------------------
    // The learner's own credentials

    app.get('/api/me/credentials', { schema: { tags: ['learners'], summary: 'My credentials, newest award first (learner)' } }, async (request) => {
      const user = requireUser(request, ['learner']);
      const rows = await learnerQueries.listLearnerCredentials(db, user.id);
      return {
        items: rows.map((row) => ({
          id: row.id,
          state: row.state,
          awardDate: row.award_date,
          issuedAt: new Date(row.issued_at).toISOString(),
          course: presentCourse(row),
          provider: presentProvider(row),
        })),
      };
    });

    app.get(
      '/api/me/credentials/:id',
      { schema: { tags: ['learners'], summary: 'One of my credentials with its EU elements (learner; another learner’s is 404)', params: credentialParams } },
      async (request) => {
        const user = requireUser(request, ['learner']);
        const row = await learnerCredential(db, user.id, request.params.id);
        const document: string | null = row.document;
        if (document === null) throw new DomainError('not_found', 'This credential’s stored copy was erased at your request; your own file of it still verifies.');
        const credential = JSON.parse(document) as Record<string, unknown>;
        return {
          id: row.id,
          state: row.state,
          awardDate: row.award_date,
          issuedAt: new Date(row.issued_at).toISOString(),
          verifyUrl: verificationPageUrl(config.publicUrl, row.id),
          course: presentCourse(row),
          provider: presentProvider(row),
          elements: credentialElements(credential),
        };
      },
    );

    app.get(
      '/api/me/credentials/:id/download/:format',
      {
        schema: {
          tags: ['learners'],
          summary: 'Download one of my credentials: signed JSON, PDF certificate, badge (PNG or SVG) or ELM export (learner)',
          params: credentialParams.extend({ format: z.enum(credentialFormats, { message: `One of ${credentialFormats.join(', ')}.` }) }),
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['learner']);
        const row = await learnerCredential(db, user.id, request.params.id);
        // The same renderer as the claim link's downloads; a document erased at the learner's
        // request is null and is refused there.
        const stored = { id: row.id, document: row.document, erased_at: null };
        const file = await renderCredential(stored, request.params.format, config.publicUrl);
        return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
      },
    );

    app.get(
      '/api/me/credentials/:id/share-links',
      { schema: { tags: ['learners'], summary: 'The share links of one of my credentials, with views (learner)', params: credentialParams } },
      async (request) => {
        const user = requireUser(request, ['learner']);
        return { items: await listCredentialShareLinks(db, { userId: user.id, credentialId: request.params.id, clock }) };
      },
    );

    app.post(
      '/api/me/credentials/:id/share-links',
      {
        schema: {
          tags: ['learners'],
          summary: `Share one of my credentials: a link that expires after expiresInHours (${SHARE_LINK_MIN_HOURS}–${SHARE_LINK_MAX_HOURS}, default ${SHARE_LINK_DEFAULT_HOURS}), with an optional label; the link's address is answered only now (learner)`,
          params: credentialParams,
          body: shareLinkBody,
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['learner']);
        const link = await createShareLink(db, {
          userId: user.id,
          credentialId: request.params.id,
          expiresInHours: request.body.expiresInHours,
          label: request.body.label ?? null,
          clock,
          publicUrl: config.publicUrl,
        });
        return reply.code(201).send(link);
      },
    );

    app.delete(
      '/api/me/share-links/:id',
      { schema: { tags: ['learners'], summary: 'Withdraw one of my share links: it stops working at once (learner)', params: z.object({ id: z.string().uuid('A share link id (a UUID).') }) } },
      async (request) => {
        const user = requireUser(request, ['learner']);
        return withdrawShareLink(db, { userId: user.id, linkId: request.params.id, clock });
      },
    );

    // -------------------------------------------------------------------------------------
    // The shared page (public)

    app.get(
      '/api/shared/:token',
      {
        schema: {
          tags: ['learners'],
          summary: 'A shared credential: its elements and live verification, nothing else of the learner; counts a view. Unknown, expired and withdrawn links all answer 404',
          params: shareTokenParams,
        },
      },
      async (request, reply) => {
        const shared = await openSharedCredential(db, trust, { token: request.params.token, clock });
        // Live: never from a cache, and not offered to other sites as a referrer.
        return reply.header('cache-control', 'no-store').send(shared);
      },
    );
  };
}
