// The Fastify application: plugins, error handling, routes by area, the front-end.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { localContexts, MICROCRED_CONTEXT_URL } from '../domain/credential/contexts.js';
import { sessionPlugin } from './auth/session.js';
import type { AppContext } from './context.js';
import { createTrustServices, type TrustServices } from '../use-cases/credentials/trust-services.js';
import { errorHandler, problemFor, sendProblem } from './problem.js';
import { applicationRoutes } from './routes/applications.js';
import { courseEditingRoutes } from './routes/course-editing.js';
import { credentialRoutes } from './routes/credentials.js';
import { designStepRoutes } from './routes/design-steps.js';
import { vcApiRoutes } from './routes/vc-api.js';
import { presentationRoutes } from './routes/presentations.js';
import { ledgerRoutes } from './routes/ledger.js';
import { learnerRoutes } from './routes/learners.js';
import { fileRoutes } from './routes/files.js';
import { monitoringRoutes } from './routes/monitoring.js';
import { outcomeRoutes } from './routes/outcomes.js';
import { referenceRoutes } from './routes/reference.js';
import { registryRoutes } from './routes/registry.js';
import { type LoginRateLimit, sessionRoutes } from './routes/session.js';
import { verificationRoutes } from './routes/verification.js';
import { recognitionReportRoutes } from './routes/recognition-reports.js';
import { personalDataRoutes } from './routes/personal-data.js';
import { recognitionAgreementRoutes } from './routes/recognition-agreements.js';
import { oid4vciRoutes } from './routes/oid4vci.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webRoot = path.join(projectRoot, 'dist/web');

export interface AppOptions {
  /** Request logging; off in tests. */
  logger?: boolean | object;
  loginRateLimit?: LoginRateLimit;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
}

const securityHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
const appContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/**
 * The app over a database. Without `trust` in the context, the signing services are made here
 * (from the configuration) and closed with the app.
 */
export async function buildApp(input: Omit<AppContext, 'trust'> & { trust?: TrustServices }, options: AppOptions = {}): Promise<FastifyInstance> {
  const context: AppContext = { ...input, trust: input.trust ?? (await createTrustServices(input.db, input.config)) };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 512 * 1024,
    trustProxy: context.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  if (!input.trust) app.addHook('onClose', async () => context.trust.close());

  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    if (!request.url.startsWith('/api/docs')) reply.header('content-security-policy', appContentSecurityPolicy);
    return payload;
  });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => Object.assign(new Error('rate limited'), { statusCode: 429 }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'microcred API',
        version: '1',
        description: 'The public e-registry of micro-credential courses and the platform around it. Errors are RFC 9457 problem documents.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'mc_session' },
          bearer: { type: 'http', scheme: 'bearer', description: "An issuer's VC-API token" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(sessionPlugin, { context });

  await app.register(referenceRoutes(context));
  await app.register(registryRoutes(context));
  await app.register(sessionRoutes(context, options.loginRateLimit ?? { max: 10, timeWindow: 60_000 }));
  await app.register(courseEditingRoutes(context));
  await app.register(outcomeRoutes(context));
  await app.register(applicationRoutes(context));
  await app.register(monitoringRoutes(context));
  await app.register(fileRoutes(context));
  await app.register(designStepRoutes(context));
  await app.register(credentialRoutes(context));
  await app.register(vcApiRoutes(context));
  await app.register(presentationRoutes(context));
  await app.register(ledgerRoutes(context));
  await app.register(verificationRoutes(context));
  await app.register(recognitionReportRoutes(context));
  await app.register(personalDataRoutes(context));
  await app.register(recognitionAgreementRoutes(context));
  await app.register(oid4vciRoutes(context));
  await app.register(learnerRoutes(context));

  app.get('/contexts/v1.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/ld+json').send(localContexts[MICROCRED_CONTEXT_URL]),
  );

  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, serve: true, prefix: '/' });
  }
  // Every page of the front-end is a shareable URL: unknown GETs outside the API get the app.
  app.setNotFoundHandler(async (request, reply) => {
    const isPage = request.method === 'GET' && !/^\/(api|ledger|issuers|status-lists|credentials|presentations|contexts)(\/|$)/.test(request.url);
    if (isPage && hasWeb) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendProblem(reply, problemFor('not_found', `Nothing is at ${request.method} ${request.url.split('?')[0]}.`));
  });
  return app;
}
