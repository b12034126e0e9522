// The two checks of a credential that need JSON-LD processing, together: its proof, and its status
// entries (the lists' own proofs included). Everything else a verifier checks is a lookup. Run
// inline (offline verification) or on the trust threads (trust-pool.ts), which is where a server's
// CPU goes.
import { checkCredentialStatus, type JsonObject, verifyCredential } from './credentials.js';
import { createDocumentLoader, type DocumentLoader } from './document-loader.js';
import { findTrustError, TrustError, type TrustErrorCode } from './errors.js';

export interface ProofAndStatus {
  proof: { verified: true } | { verified: false; error: Error };
  /** Absent when the credential has no `credentialStatus`. */
  status?: { checked: boolean; revoked: boolean; suspended: boolean; error?: Error };
}

export async function checkProofAndStatus(
  credential: JsonObject,
  options: { documentLoader: DocumentLoader; now: Date },
): Promise<ProofAndStatus> {
  const result = await verifyCredential(credential, { documentLoader: options.documentLoader, now: options.now });
  const proof: ProofAndStatus['proof'] = result.verified
    ? { verified: true }
    : { verified: false, error: findTrustError(result.error) ?? new Error('The signature does not match the credential.') };
  if (credential.credentialStatus === undefined) return { proof };
  const status = await checkCredentialStatus(credential, { documentLoader: options.documentLoader });
  return { proof, status: { checked: status.checked, revoked: status.revoked, suspended: status.suspended, ...(status.error ? { error: status.error } : {}) } };
}

/**
 * The proof and status checks with the DID documents and status lists they need given by URL
 * (as a server's trust threads get them): nothing else is loaded but local contexts and did:key.
 */
export function checkProofAndStatusWith(
  credential: JsonObject,
  documents: Readonly<Record<string, unknown>>,
  now: Date,
  /** Why a document the caller tried to get could not be had, by URL: the checks report it. */
  unavailable: Readonly<Record<string, string>> = {},
): Promise<ProofAndStatus> {
  const given = (url: string) => (Object.hasOwn(documents, url) ? documents[url] : undefined);
  const documentLoader = createDocumentLoader({
    resolveDidWeb: async (did) => {
      const document = given(did);
      if (document === undefined) throw new TrustError('did_not_resolved', Object.hasOwn(unavailable, did) ? unavailable[did] : `"${did}" could not be resolved.`);
      return document;
    },
    loadDocument: async (url) => given(url),
  });
  return checkProofAndStatus(credential, { documentLoader, now });
}

/** A result as a trust thread posts it: errors as plain objects (a class and its `code` do not survive the copy). */
export interface TransferredProofAndStatus {
  proof: { verified: boolean; error?: TransferredError };
  status?: { checked: boolean; revoked: boolean; suspended: boolean; error?: TransferredError };
}

interface TransferredError {
  message: string;
  code?: string;
}

function transferError(error: Error): TransferredError {
  return { message: error.message, ...(error instanceof TrustError ? { code: error.code } : {}) };
}

function receiveError(error: TransferredError): Error {
  return error.code ? new TrustError(error.code as TrustErrorCode, error.message) : new Error(error.message);
}

export function transferProofAndStatus(result: ProofAndStatus): TransferredProofAndStatus {
  const { status } = result;
  return {
    proof: result.proof.verified ? { verified: true } : { verified: false, error: transferError(result.proof.error) },
    ...(status ? { status: { ...status, ...(status.error ? { error: transferError(status.error) } : {}) } } : {}),
  };
}

export function receiveProofAndStatus(result: TransferredProofAndStatus): ProofAndStatus {
  const { status } = result;
  return {
    proof: result.proof.verified ? { verified: true } : { verified: false, error: receiveError(result.proof.error ?? { message: 'The proof did not verify.' }) },
    ...(status
      ? { status: { checked: status.checked, revoked: status.revoked, suspended: status.suspended, ...(status.error ? { error: receiveError(status.error) } : {}) } }
      : {}),
  };
}
