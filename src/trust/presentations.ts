// Verifiable Presentations: a holder wraps credentials and signs the whole with a proof of
// purpose `authentication`, bound to a verifier's `challenge` (and `domain`) so that it cannot
// be replayed elsewhere. Signing goes through `@digitalbazaar/vc`'s `signPresentation`; the proof
// check does what its `verify` does for the presentation itself (the form check, then
// jsonld-signatures with the authentication purpose) but leaves out its check of each embedded
// credential's proof: the caller runs the platform's five checks on each credential
// (use-cases/presentation-verification.ts), and a second signature check would double the cost.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import * as jsigs from 'jsonld-signatures';
import type { CredentialSigner, JsonObject } from './credentials.js';
import { verificationSuites } from './credentials.js';
import type { DocumentLoader } from './document-loader.js';
import { findTrustError, type TrustError } from './errors.js';

// The presentation half of the library, which vendor-modules.d.ts does not declare.
declare module '@digitalbazaar/vc' {
  /** Throws for a presentation that is not well formed (no VP context or type, bad holder...). */
  export function _checkPresentation(presentation: object): void;
  export function signPresentation(options: {
    presentation: object;
    suite: object;
    challenge: string;
    domain?: string;
    documentLoader?: DocumentLoader;
  }): Promise<Record<string, unknown>>;
}

export interface SignPresentationOptions {
  /** The holder's key; its `controller` becomes the presentation's `holder` unless one is named. */
  key: CredentialSigner;
  challenge: string;
  domain?: string;
  documentLoader: DocumentLoader;
  /** The proof's `created` time; now by default. */
  date?: Date;
}

/**
 * Signs a presentation as its holder: a copy with `holder` (when absent) set to the key's controller and a
 * `DataIntegrityProof` (`eddsa-rdfc-2022`, `authentication`, the challenge and domain) made by
 * `@digitalbazaar/vc`'s `signPresentation`. The input is not changed.
 */
export async function signPresentation(presentation: JsonObject, options: SignPresentationOptions): Promise<JsonObject> {
  const suite = new DataIntegrityProof({ signer: options.key.signer(), date: options.date ?? new Date(), cryptosuite: eddsaRdfc2022 });
  try {
    return await vc.signPresentation({
      presentation: { ...structuredClone(presentation), holder: presentation.holder ?? options.key.controller },
      suite,
      challenge: options.challenge,
      ...(options.domain !== undefined ? { domain: options.domain } : {}),
      documentLoader: options.documentLoader,
    });
  } catch (error) {
    throw findTrustError(error) ?? error;
  }
}

/** The `id` of the presentation's holder, whether `holder` is a URL or an object with an `id`. */
export function presentationHolderId(presentation: JsonObject): string | undefined {
  const { holder } = presentation;
  if (typeof holder === 'string') return holder;
  if (typeof holder === 'object' && holder !== null && typeof (holder as JsonObject).id === 'string') return (holder as JsonObject).id as string;
  return undefined;
}

/** The presentation's proof (the first, when there are several), if it is an object. */
export function presentationProof(presentation: JsonObject): JsonObject | undefined {
  const proof = Array.isArray(presentation.proof) ? (presentation.proof as unknown[])[0] : presentation.proof;
  return typeof proof === 'object' && proof !== null && !Array.isArray(proof) ? (proof as JsonObject) : undefined;
}

export interface PresentationProofResult {
  /** The presentation carries a proof. */
  signed: boolean;
  /** The presentation is well formed and, if signed, its proof verifies (for the challenge and domain asked). */
  verified: boolean;
  /** Who the proof says signed: the controller of its verification method. */
  signedBy?: string;
  /** Why not verified: the library's error, or a `TrustError` when a document (the holder's DID) could not be loaded. */
  error?: Error;
  /** The proof answers no challenge (and none was asked): the library cannot check it, and it could be a replay. */
  noChallenge?: boolean;
  /** The error is a document that could not be loaded, not a bad signature. */
  unresolved?: TrustError;
}

/** The error itself, or the first of the errors the library gathered under "Verification error(s).", which says what went wrong. */
function asError(value: unknown, depth = 0): Error | undefined {
  if (value === undefined || value === null) return undefined;
  const nested = (value as { errors?: unknown }).errors;
  if (Array.isArray(nested) && nested.length > 0 && depth < 8) return asError(nested[0], depth + 1);
  return value instanceof Error ? value : new Error(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * Checks a presentation's own proof (purpose `authentication`). With a `challenge` (and
 * `domain`) the proof must carry those; without a challenge asked, the proof's own challenge is
 * the one checked, because the authentication purpose needs one. An unsigned presentation is
 * checked for its form only. The embedded credentials are not checked here.
 */
export async function verifyPresentationProof(
  presentation: JsonObject,
  options: { documentLoader: DocumentLoader; challenge?: string; domain?: string },
): Promise<PresentationProofResult> {
  const proof = presentationProof(presentation);
  const signed = presentation.proof !== undefined;
  const challenge = options.challenge ?? (typeof proof?.challenge === 'string' ? proof.challenge : undefined);
  if (signed && challenge === undefined) {
    return { signed, verified: false, noChallenge: true, error: new Error('The presentation proof carries no challenge, so it could be a replay.') };
  }
  let result: jsigs.VerifyResult;
  try {
    vc._checkPresentation(presentation);
    if (!signed) return { signed, verified: true };
    result = await jsigs.verify(presentation, {
      suite: verificationSuites(),
      purpose: new jsigs.purposes.AuthenticationProofPurpose({ challenge, ...(options.domain !== undefined ? { domain: options.domain } : {}) }),
      documentLoader: options.documentLoader,
    });
  } catch (error) {
    return { signed, verified: false, error: asError(error) };
  }
  const signedBy = result.results?.[0]?.verificationMethod?.controller;
  if (result.verified) return { signed, verified: true, ...(signedBy ? { signedBy } : {}) };
  const error = asError(result.results?.find((entry) => entry.error)?.error ?? result.error) ?? new Error('The presentation proof does not verify.');
  const unresolved = findTrustError(result.error ?? error);
  return { signed, verified: false, error, ...(unresolved ? { unresolved } : {}) };
}
