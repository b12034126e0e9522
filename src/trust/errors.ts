// Errors of the signing and verification core, each with a stable code. They never carry
// key material: messages name keys by their id only.

export const trustErrorCodes = {
  document_not_local: 'The document is not one this platform serves locally; remote documents are never fetched.',
  did_not_resolved: 'The DID could not be resolved.',
  invalid_key_encryption_key: 'The key-encryption key is missing or not 32 bytes.',
  key_decryption_failed: 'The signing key could not be decrypted with the key-encryption key.',
  no_active_key: 'The issuer has no active signing key.',
  invalid_did_web: 'The identifier is not a valid did:web DID or URL.',
  invalid_status_list: 'The status list credential or index is not valid.',
} as const;

export type TrustErrorCode = keyof typeof trustErrorCodes;

export class TrustError extends Error {
  constructor(
    readonly code: TrustErrorCode,
    message: string = trustErrorCodes[code],
  ) {
    super(message);
    this.name = 'TrustError';
  }
}

/**
 * The TrustError behind a library error, if any: the reference libraries wrap a failing
 * document load in their own errors (`cause`, `details.cause`, `errors[]`); this digs the
 * clear one out.
 */
export function findTrustError(error: unknown, depth = 0): TrustError | undefined {
  if (error instanceof TrustError) return error;
  if (typeof error !== 'object' || error === null || depth > 8) return undefined;
  const candidate = error as { cause?: unknown; details?: { cause?: unknown }; errors?: unknown };
  const nested = [candidate.cause, candidate.details?.cause, ...(Array.isArray(candidate.errors) ? (candidate.errors as unknown[]) : [])];
  for (const inner of nested) {
    const found = findTrustError(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}
