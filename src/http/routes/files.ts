// Evidence files: upload (multipart, one part named `file`) and download by content hash.
// Multipart parsing is registered here only, so no other route accepts multipart bodies.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../domain/accounts/roles.js';
import { DomainError, ValidationError } from '../../domain/errors.js';
import { fieldError } from '../../domain/field-error.js';
import { FILE_FIELD, MAX_FILE_BYTES } from '../../domain/files/file-types.js';
import { findFile, type FileStoreDeps, readFile, type StagedFile, type StoredFile, stageFile, tooLarge } from '../../files/store.js';
import { requireUser } from '../auth/session.js';
import type { AppContext } from '../context.js';

/** Who may upload and read evidence for now; the procedure will narrow reading per application. */
const evidenceRoles: readonly Role[] = ['provider-admin', 'center-officer', 'expert'];

const MAX_FIELDS = 5;

const storedFileSchema = z.object({
  sha256: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  originalName: z.string(),
});

// For the API document only: the multipart body is read by the handler, not validated here.
const uploadBodyDoc = z.any().meta({
  type: 'object',
  required: [FILE_FIELD],
  properties: { [FILE_FIELD]: { type: 'string', format: 'binary', description: 'The evidence file' } },
});

const shaParams = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in lower-case hex') });

const missingFile = () => new ValidationError([fieldError(FILE_FIELD, 'required', `Send one file in a form part named "${FILE_FIELD}".`)]);

/** A broken multipart body (busboy's errors carry no code): the client's fault, not ours. */
const malformed = () => new DomainError('validation', 'The multipart body is not valid.', [fieldError('body', 'invalid_multipart', 'The multipart body is not valid.')]);

/** Errors raised while reading the multipart body, as the refusals the API documents. */
function requestError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge();
    case 'FST_FILES_LIMIT':
      return new ValidationError([fieldError(FILE_FIELD, 'too_many_files', 'Send one file per request.')]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new DomainError('payload_too_large', `Send one file and at most ${MAX_FIELDS} other fields.`);
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return malformed();
    default:
      return null;
  }
}

/** Reads the whole request, staging its one file; nothing is kept unless every part is acceptable. */
async function receiveUpload(request: FastifyRequest, deps: FileStoreDeps, uploadedBy: string): Promise<StoredFile> {
  let staged: StagedFile | null = null;
  try {
    const parts = request.parts();
    for (;;) {
      let next;
      try {
        next = await parts.next();
      } catch (error) {
        throw requestError(error) ?? malformed();
      }
      if (next.done) break;
      const part = next.value;
      if (part.type === 'field') continue;
      if (part.fieldname !== FILE_FIELD) throw missingFile();
      const stream = part.file;
      // busboy stops at the limit and ends the part as if whole: refuse instead.
      stream.once('limit', () => stream.destroy(tooLarge()));
      try {
        staged = await stageFile(deps, { stream, originalName: part.filename, declaredType: part.mimetype, uploadedBy });
      } catch (error) {
        if (error instanceof DomainError) throw error;
        // The request broke off or was malformed: the parser destroyed the part with its error.
        if (stream.errored !== null && error === stream.errored) throw requestError(error) ?? malformed();
        throw error;
      }
    }
    if (!staged) throw missingFile();
    return await staged.commit();
  } catch (error) {
    await staged?.discard();
    throw error;
  }
}

/** `attachment` with the stored name: a plain-ASCII fallback and the exact name in RFC 5987 form. */
function attachment(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_') || 'file';
  const exact = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

export function fileRoutes(context: AppContext): FastifyPluginAsyncZod {
  const deps: FileStoreDeps = { db: context.db, dataDir: context.config.dataDir };

  return async (app) => {
    await app.register(fastifyMultipart, {
      limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: MAX_FIELDS, parts: MAX_FIELDS + 1 },
    });
    // A refusal (signed out, CSRF, a bad file) can come before the body has been read to its
    // end: close the connection then, or the client's next request on it would meet the rest.
    app.addHook('onError', async (request, reply) => {
      if (!request.raw.complete) reply.header('connection', 'close');
    });

    app.post(
      '/api/files',
      {
        schema: {
          tags: ['files'],
          summary: 'Upload an evidence file (multipart/form-data, one part named "file"; PDF, DOCX, XLSX, PPTX, ODT, PNG or JPEG, at most 20 MiB)',
          consumes: ['multipart/form-data'],
          body: uploadBodyDoc,
          security: [{ session: [] }],
          response: { 201: storedFileSchema },
        },
      },
      async (request, reply) => {
        const user = requireUser(request, evidenceRoles);
        if (!request.isMultipart()) {
          throw new DomainError('unsupported_media_type', `Send the file as multipart/form-data, in a part named "${FILE_FIELD}".`);
        }
        const stored = await receiveUpload(request, deps, user.id);
        return reply.status(201).send(stored);
      },
    );

    app.get(
      '/api/files/:sha256',
      {
        schema: {
          tags: ['files'],
          summary: 'Download an evidence file by its SHA-256',
          params: shaParams,
          security: [{ session: [] }],
        },
      },
      async (request, reply) => {
        requireUser(request, evidenceRoles);
        const row = await findFile(context.db, request.params.sha256);
        if (!row) throw new DomainError('not_found', 'There is no such file.');
        const body = await readFile(deps.dataDir, row.sha256);
        return reply
          .type(row.media_type)
          .header('content-length', row.size_bytes)
          .header('content-disposition', attachment(row.original_name))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(body);
      },
    );
  };
}
