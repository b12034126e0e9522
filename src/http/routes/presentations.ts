// The W3C VC-API presentation verifier: anyone may ask (no sign-in), as for credentials. A
// malformed request is a 422 problem naming the field; a completed verification answers 200
// when the presentation and every credential in it pass, 422 with the reasons when not.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyPresentation } from '../../use-cases/presentation-verification.js';
import { verificationChecks } from '../../use-cases/verification.js';
import type { AppContext } from '../context.js';

const verifyPresentationBody = z.object({
  // Kept as sent (a record of anything): the credentials inside are looked up in the ledger by their exact JSON.
  verifiablePresentation: z.record(z.string(), z.unknown(), {
    error: 'Send the presentation to verify as "verifiablePresentation", a JSON object.',
  }),
  options: z
    .object({
      challenge: z.string({ error: 'The challenge is a string.' }).min(1, 'The challenge must not be empty.').max(1000).optional(),
      domain: z.string({ error: 'The domain is a string.' }).min(1, 'The domain must not be empty.').max(1000).optional(),
      checks: z
        .array(z.enum(verificationChecks, { error: `Checks are some of ${verificationChecks.join(', ')}.` }), { error: `Checks are a list of some of ${verificationChecks.join(', ')}.` })
        .optional(),
    }, { error: 'The options are a JSON object.' })
    .optional(),
});

export function presentationRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, trust } = context;
  return async (app) => {
    app.post(
      '/presentations/verify',
      {
        schema: {
          tags: ['VC-API'],
          summary:
            "Verify a presentation (W3C VC-API): { verifiablePresentation, options: { challenge?, domain?, checks? } } → 200 { verified: true, presentationResult, credentialResults } or 422 { verified: false, …, errors }; the holder's proof is checked for the challenge and domain, then each credential with the five checks",
          body: verifyPresentationBody,
        },
      },
      async (request, reply) => {
        const { verifiablePresentation, options } = request.body;
        const result = await verifyPresentation(db, trust, verifiablePresentation, {
          clock,
          ...(options?.challenge !== undefined ? { challenge: options.challenge } : {}),
          ...(options?.domain !== undefined ? { domain: options.domain } : {}),
          ...(options?.checks !== undefined ? { checks: options.checks } : {}),
        });
        return reply.code(result.verified ? 200 : 422).send(result);
      },
    );
  };
}
