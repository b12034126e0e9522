// The W3C VC-API issuer endpoint for machine clients. A per-issuer bearer token authenticates;
// a malformed body is refused (422, naming the fields) before the token is even looked at, so
// that a client never mistakes a bad request for a bad token.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError, ValidationError } from '../../domain/errors.js';
import { checkIssueRequest } from '../../domain/credential/vc-api-request.js';
import { issuerOfToken } from '../../use-cases/credentials/issuers.js';
import { issueThroughVcApi } from '../../use-cases/credentials/vc-api.js';
import { unverifiableReasons } from '../../trust/credentials.js';
import { verificationChecks, type VerificationCheck, verifyCredentialFully } from '../../use-cases/verification.js';
import type { AppContext } from '../context.js';

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export function vcApiRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, trust } = context;
  return async (app) => {
    app.post(
      '/credentials/issue',
      {
        schema: {
          tags: ['VC-API'],
          summary: 'Issue a credential (W3C VC-API): { credential, options } → 201 { verifiableCredential }; Authorization: Bearer <token>',
          security: [{ bearer: [] }],
        },
      },
      async (request, reply) => {
        const errors = checkIssueRequest(request.body);
        if (errors.length > 0) throw new ValidationError(errors, 'The request is not a well-formed VC-API issue request.');
        const token = bearerToken(request.headers.authorization);
        const issuer = token ? await issuerOfToken(db, token) : undefined;
        if (!issuer) throw new DomainError('unauthenticated', 'Send Authorization: Bearer <token> with a live token of an issuer.');
        const { verifiableCredential } = await issueThroughVcApi(db, trust, { issuer, body: request.body, clock });
        return reply.code(201).type('application/json').send({ verifiableCredential });
      },
    );

    app.post(
      '/credentials/verify',
      {
        schema: {
          tags: ['VC-API'],
          summary:
            'Verify a credential (W3C VC-API): { verifiableCredential, options: { checks? } } → 200 { verified: true, checks } or 422 { verified: false, checks, errors }; the checks are proof, status, right, elements and ledger',
        },
      },
      async (request, reply) => {
        const body = request.body as { verifiableCredential?: unknown; options?: { checks?: unknown } } | null;
        const errors = [];
        const credential = body?.verifiableCredential;
        if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
          errors.push({ path: 'verifiableCredential', code: 'required', message: 'Send the credential to verify as "verifiableCredential", a JSON object.' });
        } else {
          // A proof of an unknown suite or a context we would have to fetch: refused before any check.
          for (const reason of unverifiableReasons(credential as Record<string, unknown>)) {
            errors.push({ path: `verifiableCredential.${reason.field}`, code: reason.code, message: reason.message });
          }
        }
        const checks = body?.options?.checks;
        if (checks !== undefined && (!Array.isArray(checks) || !checks.every((check) => (verificationChecks as readonly unknown[]).includes(check)))) {
          errors.push({ path: 'options.checks', code: 'unknown_check', message: `Checks are some of ${verificationChecks.join(', ')}.` });
        }
        if (errors.length > 0) throw new ValidationError(errors, 'The request is not a well-formed VC-API verify request.');
        const result = await verifyCredentialFully(db, trust, credential as Record<string, unknown>, { clock, checks: checks as VerificationCheck[] | undefined });
        return reply.code(result.verified ? 200 : 422).send({
          ...result,
          warnings: result.checks.filter((check) => check.outcome === 'not-checked').map((check) => `${check.check}: ${check.reason.en}`),
          errors: result.checks.filter((check) => check.outcome === 'failed').map((check) => `${check.check}: ${check.reason.en}`),
        });
      },
    );
  };
}
