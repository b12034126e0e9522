// Recognition reports: a recognition officer (a provider administrator of a higher education
// institution) uploads a credential and reads its report as a page or a PDF, and records a
// decision on it; a learner reads the decisions on their own credentials. The upload takes the
// same files as /api/verify (JSON, PDF certificate, PNG or SVG badge), read by its helpers.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderRecognitionReportPdf } from '../../documents/recognition-report.js';
import {
  createRecognitionReport,
  getRecognitionReport,
  learnerRecognitionDecisions,
  listRecognitionReports,
  recordRecognitionDecision,
  requireRecognitionOfficer,
  type UploadSource,
} from '../../use-cases/recognition-reports.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { problemFor, sendProblem } from '../problem.js';
import { asBytes, fileError, readUploadedCredential, VERIFY_BODY_LIMIT } from './verification.js';

const uploadQuery = z.object({
  programme: z.string().trim().min(1).max(300).describe('The programme (and component) the credits would count toward'),
  framework: z.enum(['nqf', 'eqf']).default('nqf'),
  level: z.coerce.number().int().min(1).max(8),
  fileName: z.string().trim().max(255).optional().describe("The uploaded file's name, to name it in messages"),
});

const decisionBody = z.object({
  outcome: z.enum(['recognised', 'refused']),
  credits: z.number().positive().max(300).multipleOf(0.5).optional(),
  programme: z.string().trim().min(1).max(300),
  component: z.string().trim().min(1).max(300).optional(),
  reason: z.string().trim().min(1).max(4000),
});

/** What an upload may be, as for /api/verify: the credential's JSON, a PDF certificate, a badge image. */
const credentialMediaTypes = ['application/json', 'application/ld+json', 'application/vc+ld+json', 'application/pdf', 'image/png', 'image/svg+xml'];

const named = (fileName: string | undefined) => (fileName ? `“${fileName}”` : 'The file');

export function recognitionReportRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, trust } = context;
  return async (app) => {
    // The upload reads its body itself (as /api/verify does), in a scope of its own so that the
    // other routes keep the JSON parser.
    await app.register(async (scope) => {
      const upload = scope.withTypeProvider<ZodTypeProvider>();
      upload.removeContentTypeParser(['application/json', 'text/plain']);
      upload.addContentTypeParser(credentialMediaTypes, { parseAs: 'buffer', bodyLimit: VERIFY_BODY_LIMIT }, (_request, body, done) => done(null, body));

      // A body too large or of another type is refused before the handler: still name the file.
      const refuseUnreadable = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
        const fileName = (request.query as { fileName?: string } | undefined)?.fileName;
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
          return sendProblem(reply, problemFor('payload_too_large', `${named(fileName)} is larger than the 10 MB a credential upload may be.`, [{ path: 'file', code: 'too_large', message: 'At most 10 MB.' }]));
        }
        if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
          return sendProblem(reply, problemFor('unsupported_media_type', `${named(fileName)} is not a credential file: send its JSON, a PDF certificate, or a PNG or SVG badge.`, [{ path: 'file', code: 'unsupported_type', message: 'Send JSON, PDF, PNG or SVG.' }]));
        }
        throw error;
      };

      upload.post(
        '/api/recognition/reports',
        {
          bodyLimit: VERIFY_BODY_LIMIT,
          errorHandler: refuseUnreadable,
          schema: {
            tags: ['recognition'],
            summary:
              'Recognition officer (administrator of a higher education institution): upload a credential (JSON, PDF certificate, PNG/SVG badge; 10 MB) and get its recognition report → 201 report',
            querystring: uploadQuery,
          },
        },
        async (request, reply) => {
          const user = requireUser(request, ['provider-admin']);
          await requireRecognitionOfficer(db, user);
          const { programme, framework, level, fileName } = request.query;
          const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
          const bytes = asBytes(request.body);
          if (!bytes || bytes.length === 0) throw fileError(`${named(fileName)} is empty: send the credential.`, 'required');
          const { source, credential } = await readCredential(mediaType, bytes, fileName, request);
          const report = await createRecognitionReport(db, trust, clock, user, { credential, source, fileName: fileName ?? null, target: { programme, framework, level } });
          return reply.code(201).send(report);
        },
      );
    });

    /** The credential in the upload, by /api/verify's readers; errors name the file. */
    async function readCredential(mediaType: string, bytes: Buffer, fileName: string | undefined, request: FastifyRequest): Promise<{ source: UploadSource; credential: Record<string, unknown> }> {
      const name = named(fileName);
      const rename = (error: unknown): never => {
        if (error instanceof Error && 'errors' in error) {
          error.message = `${name}: ${error.message}`;
        }
        throw error;
      };
      try {
        return await readUploadedCredential(db, mediaType, bytes, request.log);
      } catch (error) {
        return rename(error);
      }
    }

    app.get(
      '/api/recognition/reports',
      { schema: { tags: ['recognition'], summary: "Recognition officer: the institution's latest 50 reports → { items }" } },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        return { items: await listRecognitionReports(db, user) };
      },
    );

    app.get(
      '/api/recognition/reports/:id',
      { schema: { tags: ['recognition'], summary: 'Recognition officer: a report of their institution, with its decision', params: z.object({ id: z.uuid() }) } },
      async (request) => {
        const user = requireUser(request, ['provider-admin']);
        return getRecognitionReport(db, user, request.params.id);
      },
    );

    app.get(
      '/api/recognition/reports/:id/pdf',
      { schema: { tags: ['recognition'], summary: 'Recognition officer: the report as a PDF (Georgian and English)', params: z.object({ id: z.uuid() }) } },
      async (request, reply) => {
        const user = requireUser(request, ['provider-admin']);
        const report = await getRecognitionReport(db, user, request.params.id);
        const pdf = await renderRecognitionReportPdf(report);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="recognition-report-${report.id.slice(0, 8)}.pdf"`)
          .send(Buffer.from(pdf));
      },
    );

    app.post(
      '/api/recognition/reports/:id/decision',
      {
        schema: {
          tags: ['recognition'],
          summary: 'Recognition officer: record the decision (credits recognised toward a programme and component, or refused, with the reason) → 201 report',
          params: z.object({ id: z.uuid() }),
          body: decisionBody,
        },
      },
      async (request, reply) => {
        const user = requireUser(request, ['provider-admin']);
        const report = await recordRecognitionDecision(db, clock, user, request.params.id, request.body);
        return reply.code(201).send(report);
      },
    );

    app.get(
      '/api/me/recognition-decisions',
      { schema: { tags: ['recognition'], summary: "Learner: the recognition decisions universities recorded on the learner's own credentials → { items }" } },
      async (request) => {
        const user = requireUser(request, ['learner']);
        return { items: await learnerRecognitionDecisions(db, user) };
      },
    );
  };
}
