// Export to other wallets through OpenID for Verifiable Credential Issuance 1.0 (OID4VCI),
// pre-authorized code flow. Two audiences:
// - the learner's browser asks for a credential offer (through the claim link, or signed in for
//   a credential kept in their account) and gets the openid-credential-offer:// link, its QR code
//   and the PIN; these answer problem documents like the rest of the API;
// - a wallet reads the metadata, exchanges the code at the token endpoint and fetches the
//   credential; these speak OAuth: errors are { error, error_description } JSON.
//
// CSRF: the wallet endpoints are called by wallets, not by a browser with our session cookie,
// and authenticate by the pre-authorized code or the bearer access token alone. The session
// plugin (src/http/auth/session.ts) asks for the X-CSRF-Token header only of a request that
// carries a session cookie, exactly as for the VC-API bearer routes (/credentials/issue), so no
// exemption is needed: a wallet sends no cookie (the cookie is SameSite=Strict), and the offer
// routes, called from our own pages, keep the CSRF check of a signed-in browser.
import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import * as credentialQueries from '../../db/queries/credentials.js';
import {
  authorizationServerMetadata,
  credentialIssuerMetadata,
  Oid4vciError,
  OID4VCI_PATHS,
  OPEN_BADGE_CONFIGURATION_ID,
  PRE_AUTHORIZED_CODE_GRANT,
} from '../../domain/credential/oid4vci.js';
import { DomainError } from '../../domain/errors.js';
import { hashSecretToken } from '../../use-cases/secret-tokens.js';
import { type CreatedOffer, createCredentialOffer, credentialForAccessToken, markCredentialSent, redeemPreAuthorizedCode } from '../../use-cases/credentials/oid4vci.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { errorHandler } from '../problem.js';

const offerBody = z
  .strictObject({ txCode: z.boolean({ message: 'true to protect the offer with a PIN (the default), false for none.' }).optional() })
  .optional();

async function presentOffer(created: CreatedOffer) {
  return {
    offerUri: created.offerUri,
    offer: created.offer,
    txCode: created.txCode,
    expiresAt: created.expiresAt.toISOString(),
    // An SVG data URL: the page shows it as an image (the CSP allows data: images).
    qrCode: `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(created.offerUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })).toString('base64')}`,
  };
}

function sendOAuthError(reply: FastifyReply, error: Oid4vciError) {
  if (error.status === 401) {
    // RFC 6750 §3: a refused token is named in the challenge.
    reply.header('www-authenticate', `Bearer error="${error.error}", error_description="${error.description}"`);
  }
  return reply.code(error.status).header('cache-control', 'no-store').type('application/json').send({ error: error.error, error_description: error.description });
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** The learner's side: asking for an offer. */
function offerRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, config } = context;
  return async (app) => {
    app.post(
      '/api/claims/:token/wallet-offer',
      {
        schema: {
          tags: ['OID4VCI'],
          summary: 'A credential offer (OID4VCI, pre-authorized code, 10 minutes, single use) for the credential a claim link opens: the openid-credential-offer:// link, its QR code and the PIN',
          params: z.object({ token: z.string().min(20).max(100) }),
          body: offerBody,
        },
      },
      async (request, reply) => {
        const credential = await credentialQueries.findCredentialByClaimHash(db, hashSecretToken(request.params.token));
        if (!credential) throw new DomainError('not_found', 'This link does not open a credential; check that it was copied whole.');
        const created = await createCredentialOffer(db, { credential, createdBy: request.user?.id ?? null, withTxCode: request.body?.txCode ?? true, publicUrl: config.publicUrl, clock });
        return reply.code(201).header('cache-control', 'no-store').send(await presentOffer(created));
      },
    );

    app.post(
      '/api/me/credentials/:id/wallet-offer',
      {
        schema: {
          tags: ['OID4VCI'],
          summary: 'A credential offer (OID4VCI) for one of my credentials (learner)',
          params: z.object({ id: z.string().uuid('A credential id (a UUID).') }),
          body: offerBody,
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['learner']);
        const credential = await credentialQueries.findCredential(db, request.params.id);
        // Another learner's credential answers as if it did not exist.
        if (!credential || credential.learner_user_id !== user.id) throw new DomainError('not_found', `You have no credential ${request.params.id}.`);
        const created = await createCredentialOffer(db, { credential, createdBy: user.id, withTxCode: request.body?.txCode ?? true, publicUrl: config.publicUrl, clock });
        return reply.code(201).header('cache-control', 'no-store').send(await presentOffer(created));
      },
    );
  };
}

/** The wallet's side: metadata, token and credential endpoints. */
function walletRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, config } = context;
  return async (app) => {
    // The token request is a form (RFC 6749 §4.1.3); kept as URLSearchParams to see repeated names.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) =>
      done(null, new URLSearchParams(body as string)),
    );
    app.setErrorHandler((error: FastifyError | Error, request, reply) => {
      if (error instanceof Oid4vciError) return sendOAuthError(reply, error);
      const code = (error as FastifyError).code ?? '';
      if (code.startsWith('FST_ERR_CTP_') || error instanceof SyntaxError) {
        const isToken = request.url.startsWith(OID4VCI_PATHS.token);
        const what = isToken ? 'a form (application/x-www-form-urlencoded)' : 'a JSON object (application/json)';
        return sendOAuthError(reply, new Oid4vciError(isToken ? 'invalid_request' : 'invalid_credential_request', `The body cannot be read; send ${what}.`));
      }
      return errorHandler(error, request, reply);
    });

    app.get(
      OID4VCI_PATHS.issuerMetadata,
      { schema: { tags: ['OID4VCI'], summary: 'Credential Issuer Metadata (OID4VCI): the credential endpoint and the one ldp_vc configuration (OpenBadgeCredential)' } },
      async (_request, reply) =>
        reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*').send(credentialIssuerMetadata(config.publicUrl)),
    );

    app.get(
      OID4VCI_PATHS.authorizationServerMetadata,
      { schema: { tags: ['OID4VCI'], summary: 'OAuth authorization server metadata (RFC 8414): the token endpoint and the pre-authorized code grant' } },
      async (_request, reply) =>
        reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*').send(authorizationServerMetadata(config.publicUrl)),
    );

    app.post(
      OID4VCI_PATHS.token,
      {
        schema: {
          tags: ['OID4VCI'],
          summary: 'Token endpoint (form): grant_type=urn:ietf:params:oauth:grant-type:pre-authorized_code, pre-authorized_code, tx_code → { access_token, token_type, expires_in }; errors as OAuth JSON',
        },
        config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        if (!(request.body instanceof URLSearchParams)) {
          throw new Oid4vciError('invalid_request', 'Send the token request as a form (application/x-www-form-urlencoded).');
        }
        const form = request.body;
        for (const name of new Set(form.keys())) {
          if (form.getAll(name).length > 1) throw new Oid4vciError('invalid_request', `The parameter ${name} is repeated.`);
        }
        const grantType = form.get('grant_type');
        if (!grantType) throw new Oid4vciError('invalid_request', 'grant_type is missing.');
        if (grantType !== PRE_AUTHORIZED_CODE_GRANT) throw new Oid4vciError('unsupported_grant_type', `Only ${PRE_AUTHORIZED_CODE_GRANT} is supported.`);
        const preAuthorizedCode = form.get('pre-authorized_code');
        if (!preAuthorizedCode) throw new Oid4vciError('invalid_request', 'pre-authorized_code is missing.');
        const token = await redeemPreAuthorizedCode(db, { preAuthorizedCode, txCode: form.get('tx_code') ?? undefined, clock });
        return reply
          .header('cache-control', 'no-store')
          .header('pragma', 'no-cache')
          .send({ access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn });
      },
    );

    app.post(
      OID4VCI_PATHS.credential,
      {
        schema: {
          tags: ['OID4VCI'],
          summary: `Credential endpoint: Authorization: Bearer <access token>, { "credential_configuration_id": "${OPEN_BADGE_CONFIGURATION_ID}" } → { credentials: [{ credential }] }, the credential as signed`,
          security: [{ bearer: [] }],
        },
      },
      async (request, reply) => {
        const header = request.headers.authorization;
        if (!header) {
          // RFC 6750 §3.1: a request without a token gets the bare challenge, no error code in it.
          return reply.code(401).header('www-authenticate', 'Bearer').header('cache-control', 'no-store').send({ error: 'invalid_token', error_description: 'Send Authorization: Bearer <access token> from the token endpoint.' });
        }
        const accessToken = bearerToken(header);
        if (!accessToken) throw new Oid4vciError('invalid_token', 'The Authorization header is not a Bearer token.', 401);
        // The token first: its holder may learn what is wrong with the request, no one else.
        const granted = await credentialForAccessToken(db, { accessToken, clock });
        if (granted === undefined) throw new Oid4vciError('invalid_token', 'The access token is unknown or has expired.', 401);

        const body = request.body;
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          throw new Oid4vciError('invalid_credential_request', 'Send a JSON object with credential_configuration_id.');
        }
        const fields = body as Record<string, unknown>;
        if ('credential_identifier' in fields) {
          // The token response named no credential identifiers, so there is none to ask for.
          throw new Oid4vciError('unknown_credential_identifier', 'This issuer gives no credential identifiers; send credential_configuration_id.');
        }
        if (typeof fields.credential_configuration_id !== 'string') {
          throw new Oid4vciError('invalid_credential_request', 'credential_configuration_id (a string) is missing.');
        }
        if (fields.credential_configuration_id !== OPEN_BADGE_CONFIGURATION_ID) {
          throw new Oid4vciError('unknown_credential_configuration', `The only configuration is ${OPEN_BADGE_CONFIGURATION_ID}.`);
        }
        if ('credential_response_encryption' in fields) {
          throw new Oid4vciError('invalid_encryption_parameters', 'This issuer does not encrypt credential responses.');
        }
        // `proofs` are not asked for (the metadata lists no proof types: the credential is signed
        // already and not bound to a wallet key), so any sent are ignored.

        await markCredentialSent(db, granted.offerId, clock);
        // The stored text is spliced in as it is, so the wallet gets the credential byte for byte as signed.
        return reply.header('cache-control', 'no-store').type('application/json').send(`{"credentials":[{"credential":${granted.document}}]}`);
      },
    );
  };
}

export function oid4vciRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(offerRoutes(context));
    await app.register(walletRoutes(context));
  };
}
