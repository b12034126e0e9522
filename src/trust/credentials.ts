// Signing W3C Verifiable Credentials (VC 2.0) with a DataIntegrityProof using the
// eddsa-rdfc-2022 cryptosuite, and verifying VC 2.0 and VC 1.1 credentials signed with it,
// with eddsa-jcs-2022 or with the older Ed25519Signature2020, through the Digital Bazaar
// reference libraries; and Bitstring Status Lists (revocation, suspension), themselves
// signed credentials.
import { createHash } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import type { Signer } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { createVerifyCryptosuite as eddsaJcs2022Verifier } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { VerifyCredentialResult } from '@digitalbazaar/vc';
import * as statusList from '@digitalbazaar/vc-bitstring-status-list';
import { VC_V2_CONTEXT_URL } from '../domain/credential/contexts.js';
import { type DocumentLoader, staticContexts } from './document-loader.js';
import { findTrustError, TrustError } from './errors.js';

export type { VerifyCredentialResult };

export type JsonObject = Record<string, unknown>;

export interface DataIntegrityProofValue {
  type: 'DataIntegrityProof';
  cryptosuite: string;
  created?: string;
  verificationMethod: string;
  proofPurpose: string;
  proofValue: string;
  [key: string]: unknown;
}

export type SignedCredential<T extends object = JsonObject> = T & { proof: DataIntegrityProofValue };

/** What signs: a `SigningKey` from keys.ts, or anything with its `controller` and a signer. */
export interface CredentialSigner {
  /** The DID that controls the key: must be the credential's issuer. */
  readonly controller: string;
  signer(): Signer;
}

export interface SignOptions {
  key: CredentialSigner;
  documentLoader: DocumentLoader;
  /** The proof's `created` time (and the clock `vc.issue` checks `validFrom` against); now by default. */
  date?: Date;
}

/** The VC 2.0 `dateTimeStamp` form the platform writes: seconds, UTC, no milliseconds. */
export function dateTimeStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The issuer's id, whether `issuer` is a URL or an object with an `id`. */
export function credentialIssuerId(credential: JsonObject): string | undefined {
  const { issuer } = credential;
  if (typeof issuer === 'string') return issuer;
  if (typeof issuer === 'object' && issuer !== null && typeof (issuer as JsonObject).id === 'string') return (issuer as JsonObject).id as string;
  return undefined;
}

/**
 * Signs a credential: a copy of it with a `DataIntegrityProof` (`eddsa-rdfc-2022`,
 * `assertionMethod`) by `@digitalbazaar/vc`'s `issue`. The input is not changed. The key
 * must belong to the credential's issuer. Expansion is in JSON-LD safe mode, so a term
 * missing from the credential's contexts is an error, not silently dropped.
 */
export async function signCredential<T extends object>(credential: T, options: SignOptions): Promise<SignedCredential<T>> {
  const issuer = credentialIssuerId(credential as JsonObject);
  if (issuer !== options.key.controller) {
    throw new TypeError(`The credential's issuer "${String(issuer)}" is not the controller of the signing key ("${options.key.controller}").`);
  }
  const date = options.date ?? new Date();
  const suite = new DataIntegrityProof({ signer: options.key.signer(), date, cryptosuite: eddsaRdfc2022 });
  try {
    const signed = await vc.issue({
      credential: structuredClone(credential),
      suite,
      documentLoader: options.documentLoader,
      now: date,
    });
    return signed as SignedCredential<T>;
  } catch (error) {
    throw findTrustError(error) ?? error;
  }
}

export interface VerifyOptions {
  documentLoader: DocumentLoader;
  /**
   * Also check the credential's Bitstring Status List entries (the lists are loaded through
   * the document loader and their own proofs verified): then a revoked or suspended
   * credential is not verified. Without it only the proof (and the validity dates) is
   * checked and `statusResult` is absent.
   */
  checkStatus?: boolean;
  /** The time to check `validFrom` / `validUntil` against; now by default. */
  now?: Date;
  /** Further suites to accept (the `acceptedProofSuites` are always accepted). */
  suites?: object[];
}

const VC_V1_CONTEXT_URL = 'https://www.w3.org/2018/credentials/v1';

/** The proof suites a credential may be signed with to be verified here, as a proof names them. */
export const acceptedProofSuites = [
  { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
  { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022' },
  // Signed in 2020-2023 and still carried by many Open Badges 3.0 wallets.
  { type: 'Ed25519Signature2020' },
] as const;

/** The library suites for `acceptedProofSuites` (and any `extra`), for `vc.verifyCredential`. */
export function verificationSuites(extra: readonly object[] = []): object[] {
  return [
    new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    new DataIntegrityProof({ cryptosuite: eddsaJcs2022Verifier() }),
    new Ed25519Signature2020(),
    ...extra,
  ];
}

/** Why a credential cannot be verified here at all, and which of its fields is at fault. */
export interface UnverifiableReason {
  field: 'proof' | '@context';
  code: 'missing_proof' | 'unknown_proof_suite' | 'not_a_credential' | 'remote_context' | 'invalid_context';
  message: string;
}

const acceptedSuitesText = 'DataIntegrityProof with eddsa-rdfc-2022 or eddsa-jcs-2022, and Ed25519Signature2020';

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function suiteName(proof: JsonObject): string {
  const type = typeof proof.type === 'string' ? proof.type : JSON.stringify(proof.type ?? null);
  return typeof proof.cryptosuite === 'string' ? `${type} (${proof.cryptosuite})` : type;
}

function isAcceptedSuite(proof: JsonObject): boolean {
  return acceptedProofSuites.some(
    (suite) => suite.type === proof.type && (!('cryptosuite' in suite) || suite.cryptosuite === proof.cryptosuite),
  );
}

/**
 * Everything that makes a credential impossible to verify here, found without any I/O, so
 * that such input is refused up front with a clear message instead of failing deep in the
 * libraries: a `@context` that does not start with VC 1.1 or VC 2.0, a context URL the
 * platform does not hold (remote contexts are never fetched), no proof, or a proof of a
 * suite this verifier does not know. Empty when the credential can be checked.
 */
export function unverifiableReasons(credential: JsonObject): UnverifiableReason[] {
  const reasons: UnverifiableReason[] = [];
  const contexts = [credential['@context'] ?? []].flat() as unknown[];
  if (contexts[0] !== VC_V2_CONTEXT_URL && contexts[0] !== VC_V1_CONTEXT_URL) {
    reasons.push({
      field: '@context',
      code: 'not_a_credential',
      message: `The "@context" must start with "${VC_V2_CONTEXT_URL}" (VC 2.0) or "${VC_V1_CONTEXT_URL}" (VC 1.1).`,
    });
  }
  for (const context of contexts) {
    if (typeof context === 'string' ? staticContexts.has(context) : isPlainObject(context)) continue;
    reasons.push(
      typeof context === 'string'
        ? {
            field: '@context',
            code: 'remote_context',
            message: `The context "${context}" is not one this platform holds, and remote contexts are never fetched.`,
          }
        : { field: '@context', code: 'invalid_context', message: 'Each "@context" entry must be a context URL or an inline context object.' },
    );
  }
  const proofs = [credential.proof ?? []].flat() as unknown[];
  if (proofs.length === 0) {
    reasons.push({ field: 'proof', code: 'missing_proof', message: 'The credential has no proof: it is not signed.' });
  }
  for (const proof of proofs) {
    if (isPlainObject(proof) && isAcceptedSuite(proof)) continue;
    reasons.push({
      field: 'proof',
      code: 'unknown_proof_suite',
      message: `The proof suite ${isPlainObject(proof) ? `"${suiteName(proof)}"` : '(not an object)'} is not one this verifier accepts; it accepts ${acceptedSuitesText}.`,
    });
  }
  return reasons;
}

/** The first of `unverifiableReasons`, or undefined when the credential can be checked. */
export function unverifiableReason(credential: JsonObject): UnverifiableReason | undefined {
  return unverifiableReasons(credential)[0];
}

/**
 * Verifies a credential with `@digitalbazaar/vc`'s `verifyCredential`; returns the library's
 * result. When the failure comes from a document that could not be loaded (an unknown
 * context, an unresolvable DID or key), `error` is the `TrustError` that says which and
 * why; the library's own error stays in `results`.
 */
export async function verifyCredential(credential: object, options: VerifyOptions): Promise<VerifyCredentialResult> {
  const suite = verificationSuites(options.suites);
  const statusChecker = options.checkStatus
    ? createStatusChecker()
    : // vc refuses a credential with `credentialStatus` unless given a checker; when the
      // caller does not ask for the status, answer "not checked" and drop it below.
      async () => ({ verified: true });
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader: options.documentLoader,
    checkStatus: statusChecker,
    ...(options.now ? { now: options.now } : {}),
  });
  if (!options.checkStatus) delete result.statusResult;
  if (!result.verified) {
    const cause = findTrustError(result.error);
    if (cause) result.error = cause;
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// Bitstring Status List

export type StatusPurpose = 'revocation' | 'suspension' | 'message';

/** 131,072 entries (16 KiB), the minimum the Bitstring Status List spec asks for, for herd privacy. */
export const DEFAULT_STATUS_LIST_LENGTH = 131_072;

export interface StatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: StatusPurpose;
  statusListIndex: string;
  statusListCredential: string;
}

/** The `credentialStatus` entry pointing at position `index` of the list credential at `listUrl`. */
export function statusListEntry(listUrl: string, index: number, statusPurpose: StatusPurpose): StatusListEntry {
  if (!Number.isSafeInteger(index) || index < 0) throw new TrustError('invalid_status_list', `Status list index ${index} is not valid.`);
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose,
    statusListIndex: String(index),
    statusListCredential: listUrl,
  };
}

/** A signed `BitstringStatusListCredential` with every bit clear. */
export async function createStatusListCredential(
  options: { id: string; issuer: string; statusPurpose: StatusPurpose; length?: number } & SignOptions,
): Promise<SignedCredential> {
  const list = await statusList.createList({ length: options.length ?? DEFAULT_STATUS_LIST_LENGTH });
  const credential = await statusList.createCredential({ id: options.id, list, statusPurpose: options.statusPurpose });
  return signCredential(
    { ...credential, issuer: options.issuer, validFrom: dateTimeStamp(options.date ?? new Date()) },
    options,
  );
}

function encodedListOf(listCredential: JsonObject): string {
  const subject = listCredential.credentialSubject as JsonObject | undefined;
  const encodedList = subject?.encodedList;
  if (typeof encodedList !== 'string' || subject?.type !== 'BitstringStatusList') {
    throw new TrustError('invalid_status_list', 'Not a BitstringStatusListCredential.');
  }
  return encodedList;
}

/** Reads one status bit of a list credential. */
export async function getStatus(listCredential: JsonObject, index: number): Promise<boolean> {
  const list = await statusList.decodeList({ encodedList: encodedListOf(listCredential) });
  if (!Number.isSafeInteger(index) || index < 0 || index >= list.length) {
    throw new TrustError('invalid_status_list', `Status list index ${index} is outside the list (length ${list.length}).`);
  }
  return list.getStatus(index);
}

/**
 * The list credential with the given bits set or cleared, unsigned: the proof is dropped,
 * everything else kept. Sign it again (`updateStatusList` does both).
 */
export async function setStatuses(listCredential: JsonObject, changes: ReadonlyArray<{ index: number; value: boolean }>): Promise<JsonObject> {
  const list = await statusList.decodeList({ encodedList: encodedListOf(listCredential) });
  for (const { index, value } of changes) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= list.length) {
      throw new TrustError('invalid_status_list', `Status list index ${index} is outside the list (length ${list.length}).`);
    }
    list.setStatus(index, value);
  }
  const { proof: _proof, ...unsigned } = structuredClone(listCredential);
  (unsigned.credentialSubject as JsonObject).encodedList = await list.encode();
  return unsigned;
}

/** One bit set (`true`: revoked or suspended) or cleared; unsigned, as `setStatuses`. */
export async function setStatus(listCredential: JsonObject, index: number, value: boolean): Promise<JsonObject> {
  return setStatuses(listCredential, [{ index, value }]);
}

/** Applies the changes and signs the list again, with `validFrom` moved to the signing time. */
export async function updateStatusList(
  listCredential: JsonObject,
  changes: ReadonlyArray<{ index: number; value: boolean }>,
  options: SignOptions,
): Promise<SignedCredential> {
  const unsigned = await setStatuses(listCredential, changes);
  const validFrom = dateTimeStamp(options.date ?? new Date());
  return signCredential({ ...unsigned, validFrom }, options);
}

export interface CredentialStatusResult {
  /** The lists were loaded, their proofs verified and the entries read. */
  checked: boolean;
  revoked: boolean;
  suspended: boolean;
  error?: Error;
  entries: Array<{ statusPurpose: string; statusListCredential: string; statusListIndex: string; set: boolean; message?: string }>;
}

/**
 * Reads a credential's Bitstring Status List entries: each list is loaded through the
 * document loader, its proof verified and its issuer matched against the credential's.
 * Single-bit entries (revocation, suspension) go through the reference library; the
 * platform's own two-bit "message" entry (see credentialStateEntry) is read here, because
 * the library reads one bit per entry.
 */
export async function checkCredentialStatus(credential: JsonObject, options: { documentLoader: DocumentLoader }): Promise<CredentialStatusResult> {
  const all = [credential.credentialStatus ?? []].flat() as JsonObject[];
  const messageEntries = all.filter((entry) => entry.statusPurpose === 'message');
  const bitEntries = all.filter((entry) => entry.statusPurpose !== 'message');
  const entries: CredentialStatusResult['entries'] = [];
  let checked = true;
  let error: Error | undefined;
  if (bitEntries.length > 0) {
    const result = await statusList.checkStatus({
      credential: { ...credential, credentialStatus: bitEntries },
      documentLoader: options.documentLoader,
      suite: verificationSuites(),
      verifyBitstringStatusListCredential: true,
      verifyMatchingIssuers: true,
    });
    for (const { credentialStatus, status } of result.results ?? []) {
      entries.push({
        statusPurpose: String(credentialStatus.statusPurpose),
        statusListCredential: String(credentialStatus.statusListCredential),
        statusListIndex: String(credentialStatus.statusListIndex),
        set: status,
      });
    }
    checked = result.verified;
    if (result.error instanceof Error) error = result.error;
  }
  for (const entry of messageEntries) {
    try {
      entries.push(await readMessageEntry(entry, credentialIssuerId(credential), options.documentLoader));
    } catch (cause) {
      checked = false;
      error ??= cause instanceof Error ? cause : new Error(String(cause));
    }
  }
  return {
    checked,
    revoked: entries.some((entry) => (entry.set && entry.statusPurpose === 'revocation') || entry.message === CREDENTIAL_STATE_MESSAGES.revoked),
    suspended: entries.some((entry) => (entry.set && entry.statusPurpose === 'suspension') || entry.message === CREDENTIAL_STATE_MESSAGES.suspended),
    ...(error ? { error } : {}),
    entries,
  };
}

// ---------------------------------------------------------------------------------------
// The platform's status entry: one "message" entry of two bits per credential.
//
// Open Badges 3.0 allows a single `credentialStatus` entry, and a credential of ours must be
// both revocable and suspendable (and reinstatable). The Bitstring Status List spec covers
// that with one entry of `statusPurpose: "message"` and `statusSize: 2`, whose value names a
// state through `statusMessage`: one entry, OB 3.0 valid, three states. docs/decisions/
// 004-one-status-entry.md has the reasoning.

export type CredentialState = 'valid' | 'revoked' | 'suspended';
const CREDENTIAL_STATE_VALUES: Record<CredentialState, number> = { valid: 0, revoked: 1, suspended: 2 };
export const CREDENTIAL_STATE_MESSAGES: Record<CredentialState, string> = { valid: 'valid', revoked: 'revoked', suspended: 'suspended' };
const STATE_BITS = 2;

/** A message list holds DEFAULT_STATUS_LIST_LENGTH entries of two bits. */
export const CREDENTIAL_STATE_LIST_BITS = DEFAULT_STATUS_LIST_LENGTH * STATE_BITS;

export interface CredentialStateEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'message';
  statusListIndex: string;
  statusListCredential: string;
  statusSize: number;
  statusMessage: Array<{ status: string; message: string }>;
}

/** The `credentialStatus` entry for entry `index` (not bit) of the message list at `listUrl`. */
export function credentialStateEntry(listUrl: string, index: number): CredentialStateEntry {
  if (!Number.isSafeInteger(index) || index < 0 || index >= DEFAULT_STATUS_LIST_LENGTH) {
    throw new TrustError('invalid_status_list', `Status list index ${index} is not valid.`);
  }
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'message',
    statusListIndex: String(index),
    statusListCredential: listUrl,
    statusSize: STATE_BITS,
    statusMessage: (Object.keys(CREDENTIAL_STATE_VALUES) as CredentialState[]).map((state) => ({
      status: `0x${CREDENTIAL_STATE_VALUES[state].toString(16)}`,
      message: CREDENTIAL_STATE_MESSAGES[state],
    })),
  };
}

/** The bit changes that write `state` into entry `index` (most significant bit first, as the spec reads them). */
export function credentialStateBits(index: number, state: CredentialState): Array<{ index: number; value: boolean }> {
  const value = CREDENTIAL_STATE_VALUES[state];
  return Array.from({ length: STATE_BITS }, (_, bit) => ({
    index: index * STATE_BITS + bit,
    value: ((value >> (STATE_BITS - 1 - bit)) & 1) === 1,
  }));
}

/**
 * Status lists whose proofs verified, by a hash of the list and of its signer's key document.
 * Every credential of a list carries the same list, and verifying its proof costs as much as
 * verifying the credential's own; a changed list (a revocation) or key is a new entry.
 */
const verifiedStatusLists = new Set<string>();
const VERIFIED_STATUS_LISTS_KEPT = 256;

async function statusListVerifies(list: JsonObject, documentLoader: DocumentLoader): Promise<boolean> {
  const proof = list.proof as JsonObject | undefined;
  const method = typeof proof?.verificationMethod === 'string' ? proof.verificationMethod : undefined;
  const signer = method ? await documentLoader(method).then(({ document }) => document, () => undefined) : undefined;
  const memo = signer === undefined ? undefined : createHash('sha256').update(JSON.stringify(list)).update('\n').update(JSON.stringify(signer)).digest('base64');
  if (memo && verifiedStatusLists.has(memo)) return true;
  const { verified } = await verifyCredential(list, { documentLoader });
  if (verified && memo) {
    if (verifiedStatusLists.size >= VERIFIED_STATUS_LISTS_KEPT) verifiedStatusLists.clear();
    verifiedStatusLists.add(memo);
  }
  return verified;
}

async function readMessageEntry(entry: JsonObject, credentialIssuer: string | undefined, documentLoader: DocumentLoader) {
  const listUrl = String(entry.statusListCredential);
  const index = Number(entry.statusListIndex);
  const size = entry.statusSize === undefined ? 1 : Number(entry.statusSize);
  const messages = Array.isArray(entry.statusMessage) ? (entry.statusMessage as JsonObject[]) : [];
  if (!Number.isSafeInteger(index) || index < 0 || !Number.isSafeInteger(size) || size < 1 || size > 8) {
    throw new TrustError('invalid_status_list', `The status entry ${String(entry.id)} has an invalid index or size.`);
  }
  const { document } = await documentLoader(listUrl);
  const list = (typeof document === 'string' ? JSON.parse(document) : document) as JsonObject;
  if (!(await statusListVerifies(list, documentLoader))) throw new TrustError('invalid_status_list', `The status list ${listUrl} does not verify.`);
  if (credentialIssuerId(list) !== credentialIssuer) throw new TrustError('invalid_status_list', `The status list ${listUrl} has another issuer than the credential.`);
  if ((list.credentialSubject as JsonObject | undefined)?.statusPurpose !== 'message') {
    throw new TrustError('invalid_status_list', `The status list ${listUrl} is not a message list.`);
  }
  const bits = await statusList.decodeList({ encodedList: encodedListOf(list) });
  if ((index + 1) * size > bits.length) {
    throw new TrustError('invalid_status_list', `Status list index ${index} is outside the list ${listUrl}.`);
  }
  let value = 0;
  for (let bit = 0; bit < size; bit += 1) value = (value << 1) | (bits.getStatus(index * size + bit) ? 1 : 0);
  const message = messages.find((candidate) => Number.parseInt(String(candidate.status), 16) === value)?.message;
  return {
    statusPurpose: 'message',
    statusListCredential: listUrl,
    statusListIndex: String(index),
    set: value !== 0,
    message: typeof message === 'string' ? message : `0x${value.toString(16)}`,
  };
}

/**
 * A `checkStatus` function for `vc.verifyCredential` that, unlike the library's own (whose
 * `verified` only says the lists could be read), fails when the credential is revoked or
 * suspended.
 */
function createStatusChecker() {
  return async ({ credential, documentLoader }: { credential: object; documentLoader: DocumentLoader }) => {
    const status = await checkCredentialStatus(credential as JsonObject, { documentLoader });
    const problem = !status.checked
      ? (status.error ?? new Error('The credential status could not be checked.'))
      : status.revoked
        ? new Error('The credential has been revoked.')
        : status.suspended
          ? new Error('The credential is suspended.')
          : undefined;
    return { ...status, verified: problem === undefined, ...(problem ? { error: problem } : {}) };
  };
}
