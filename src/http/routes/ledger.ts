// The public ledger (RFC 9162 Merkle tree): the signed tree head, inclusion and consistency
// proofs, the entries for auditors, and the DID document of the key that signs the heads.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildDidDocument } from '../../trust/did-web.js';
import { consistencyBetween, currentHead, entriesBetween, inclusionByDocumentHash, MAX_ENTRIES_PER_PAGE } from '../../use-cases/ledger.js';
import { ledgerDid } from '../../use-cases/credentials/trust-services.js';
import type { AppContext } from '../context.js';

const size = z.coerce.number({ message: 'A whole number.' }).int('A whole number.').min(0, 'Zero or more.').max(Number.MAX_SAFE_INTEGER);

export function ledgerRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, config, trust } = context;
  return async (app) => {
    app.get('/ledger/sth', { schema: { tags: ['ledger'], summary: "The ledger's latest signed tree head (and its chain anchor, if any)" } }, async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=10').send(await currentHead(db)),
    );

    app.get(
      '/ledger/proof/inclusion',
      {
        schema: {
          tags: ['ledger'],
          summary: 'The inclusion proof of the entry whose document (e.g. a credential) has this SHA-256, to the latest signed head or the head of treeSize',
          querystring: z.strictObject({
            hash: z.string().regex(/^[0-9a-fA-F]{64}$/, 'The SHA-256 of the document, 64 hex digits.'),
            treeSize: size.optional(),
          }),
        },
      },
      async (request) => inclusionByDocumentHash(db, request.query.hash.toLowerCase(), request.query.treeSize),
    );

    app.get(
      '/ledger/proof/consistency',
      { schema: { tags: ['ledger'], summary: 'The proof that the tree of size second extends the tree of size first', querystring: z.strictObject({ first: size, second: size }) } },
      async (request) => consistencyBetween(db, request.query.first, request.query.second),
    );

    app.get(
      '/ledger/entries',
      {
        schema: {
          tags: ['ledger'],
          summary: `Entries start ≤ index < end, at most ${MAX_ENTRIES_PER_PAGE} at a time, for auditors and monitors`,
          querystring: z.strictObject({ start: size, end: size }),
        },
      },
      async (request) => entriesBetween(db, request.query.start, request.query.end),
    );

    app.get('/ledger/did.json', { schema: { tags: ['ledger'], summary: 'The DID document of the key that signs tree heads' } }, async (_request, reply) => {
      const key = await trust.ledgerKey();
      return reply
        .type('application/did+json')
        .header('cache-control', 'public, max-age=300')
        .send(buildDidDocument(ledgerDid(config.publicUrl), [{ id: key.id, controller: key.controller, publicKeyMultibase: key.publicKeyMultibase, created: key.created, retiredAt: null }]));
    });
  };
}
