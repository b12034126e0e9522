// A credential whose learner asked for erasure keeps its row (status list entry, state, the
// ledger's hash) but no longer its signed document: readers of a stored credential go through
// `storedDocument`, which refuses an erased one with a message that says what to do instead.
import { DomainError } from '../errors.js';

export const ERASED_CREDENTIAL_MESSAGE =
  "This credential's stored copy was erased at the learner's request. Verify the learner's own file instead (its JSON or badge): it still verifies.";

export interface StoredCredentialText {
  id: string;
  document: string | null;
  erased_at: Date | string | null;
}

export function isErased(row: StoredCredentialText): boolean {
  return row.erased_at !== null || row.document === null;
}

/** The signed text of a stored credential; an erased one is answered as not found, saying why. */
export function storedDocument(row: StoredCredentialText): string {
  if (isErased(row) || row.document === null) throw new DomainError('not_found', ERASED_CREDENTIAL_MESSAGE);
  return row.document;
}
