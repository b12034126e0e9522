// The public verification page's API (no sign-in): verify the stored credential a certificate's
// QR code points at, or a credential someone has — its JSON, the PDF certificate (found through
// the verification link printed on it) or a badge image with the credential baked in. A completed
// verification answers 200 whatever the verdict; only unreadable input gets a 4xx problem.
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findCredential } from '../../db/queries/credentials.js';
import { ERASED_CREDENTIAL_MESSAGE, isErased, storedDocument } from '../../domain/credential/erasure.js';
import { extractFromPng, extractFromSvg } from '../../documents/badge.js';
import type { PdfText } from '../../documents/pdf-text.js';
import { DomainError, ValidationError } from '../../domain/errors.js';
import { unverifiableReason } from '../../trust/credentials.js';
import { verifyCredentialFully } from '../../use-cases/verification.js';
import type { AppContext } from '../context.js';

export const VERIFY_BODY_LIMIT = 10 * 1024 * 1024;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const verifyLink = new RegExp(`/verify/(${UUID})`, 'i');

export type Source = 'json' | 'pdf' | 'png' | 'svg';

export function fileError(message: string, code: string): ValidationError {
  return new ValidationError([{ path: 'file', code, message }], message);
}

export function asBytes(body: unknown): Buffer | undefined {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  return undefined;
}

function parseCredential(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fileError('The file is not valid JSON.', 'invalid_json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fileError('The JSON is not a credential: it must be a JSON object.', 'not_an_object');
  }
  return value as Record<string, unknown>;
}

/** The id in the certificate's verification link: in the raw bytes, or in the text pdf.js reads. */
async function credentialIdInPdf(pdf: Buffer, log: FastifyBaseLogger): Promise<string | undefined> {
  if (!pdf.subarray(0, 1024).toString('latin1').includes('%PDF-')) throw fileError('The file is not a PDF.', 'not_a_pdf');
  const raw = verifyLink.exec(pdf.toString('latin1'));
  if (raw) return raw[1];
  // pdf.js (pdfjs-dist) reads the text; the platform's certificates keep it only in their fonts.
  let extract: (bytes: Uint8Array) => Promise<PdfText>;
  try {
    extract = (await import('../../documents/pdf-text.js')).extractPdfText;
  } catch (error) {
    log.error({ err: error }, 'pdf.js is not installed: PDF certificates cannot be verified');
    throw fileError('PDF certificates cannot be read on this server just now; verify the JSON or the badge instead.', 'pdf_unavailable');
  }
  let text: string;
  try {
    const read = await extract(new Uint8Array(pdf));
    text = read.pages.map((page) => page.lines.join('')).join('\n').replace(/\s+/g, '');
  } catch {
    throw fileError('The PDF could not be read.', 'unreadable_pdf');
  }
  return verifyLink.exec(text)?.[1];
}

/**
 * The credential in an uploaded file: its JSON, the stored credential a PDF certificate's
 * verification link names, or the one baked into a PNG or SVG badge. Errors name the `file`.
 */
export async function readUploadedCredential(
  db: AppContext['db'],
  mediaType: string,
  bytes: Buffer,
  log: FastifyBaseLogger,
): Promise<{ source: Source; credential: Record<string, unknown> }> {
  if (mediaType === 'application/pdf') {
    const id = await credentialIdInPdf(bytes, log);
    if (!id) throw fileError('The PDF has no verification link (…/verify/<id>): it is not a certificate of this platform.', 'no_verification_link');
    const row = await findCredential(db, id.toLowerCase());
    if (!row) throw fileError(`The PDF links to a credential (${id}) that is not in this registry.`, 'unknown_credential');
    if (isErased(row) || row.document === null) throw fileError(ERASED_CREDENTIAL_MESSAGE, 'erased_credential');
    return { source: 'pdf', credential: JSON.parse(row.document) as Record<string, unknown> };
  }
  if (mediaType === 'image/png' || mediaType === 'image/svg+xml') {
    const source = mediaType === 'image/png' ? 'png' : 'svg';
    let baked: string | null;
    try {
      baked = source === 'png' ? extractFromPng(new Uint8Array(bytes)) : extractFromSvg(bytes.toString('utf8'));
    } catch (error) {
      throw fileError(`The image could not be read: ${error instanceof Error ? error.message : 'it is damaged'}.`, 'unreadable_image');
    }
    if (baked === null) throw fileError('The image has no credential baked into it.', 'no_baked_credential');
    return { source, credential: parseCredential(baked) };
  }
  return { source: 'json', credential: parseCredential(bytes.toString('utf8')) };
}

export function verificationRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, clock, trust } = context;
  return async (app) => {
    // This plugin reads every body itself, so that a bad file is named as the `file` at fault.
    app.removeContentTypeParser(['application/json', 'text/plain']);
    app.addContentTypeParser(
      ['application/json', 'application/ld+json', 'application/vc+ld+json', 'application/pdf', 'image/png', 'image/svg+xml'],
      { parseAs: 'buffer', bodyLimit: VERIFY_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );

    async function storedCredential(id: string) {
      const row = await findCredential(db, id);
      if (!row) throw new DomainError('not_found', `There is no credential ${id} in this registry.`);
      return JSON.parse(storedDocument(row)) as Record<string, unknown>;
    }

    app.get(
      '/api/verify/:id',
      {
        schema: {
          tags: ['verification'],
          summary: "Verify a stored credential (the certificate's QR code opens its page): → { result, credentialId }",
          params: z.object({ id: z.uuid() }),
        },
      },
      async (request) => {
        const credential = await storedCredential(request.params.id);
        const result = await verifyCredentialFully(db, trust, credential, { clock });
        return { result, credentialId: request.params.id };
      },
    );

    app.post(
      '/api/verify',
      {
        bodyLimit: VERIFY_BODY_LIMIT,
        schema: {
          tags: ['verification'],
          summary:
            'Verify a credential sent as its JSON (application/json), its PDF certificate (application/pdf) or its badge (image/png, image/svg+xml): → 200 { result, source } whatever the verdict',
        },
      },
      async (request) => {
        const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const bytes = asBytes(request.body);
        if (!bytes || bytes.length === 0) throw fileError('Send a file to verify: the body is empty.', 'required');
        const { source, credential } = await readUploadedCredential(db, mediaType, bytes, request.log);
        // A proof of an unknown suite or a context we would have to fetch: refused before any check.
        const unverifiable = unverifiableReason(credential);
        if (unverifiable) throw fileError(`The credential cannot be verified here (${unverifiable.field}): ${unverifiable.message}`, unverifiable.code);
        const result = await verifyCredentialFully(db, trust, credential, { clock });
        return { result, source };
      },
    );
  };
}
