// The two checks of a credential that need JSON-LD processing, together: its proof, and its status
// entries (the lists' own proofs included). Everything else a verifier checks is a lookup. Run
// inline (offline verification) or on the trust threads (trust-pool.ts), which is where a server's
// CPU goes.
import { checkCredentialStatus, type JsonObject, verifyCredential } from './credentials.js';
import type { DocumentLoader } from './document-loader.js';
import { findTrustError } from './errors.js';

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
