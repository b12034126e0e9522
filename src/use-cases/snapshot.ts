// A verification snapshot: everything the five checks read (issuers and their keys, courses,
// rights, status lists, the ledger's signed head and its leaves), for this registry, in one
// JSON file signed with the ledger key. `microcred snapshot` makes one on the server;
// `microcred verify FILE` checks credentials with it on a machine without network.
//
//   { "body": { "format": "microcred-verification-snapshot/v1", "createdAt": ..., ... },
//     "signature": { "algorithm": "Ed25519", "keyId": ..., "publicKeyMultibase": "z6Mk...",
//                    "value": "<base64 of 64 bytes>" } }
//
// The bytes signed are SIGNING_PREFIX followed by the body as canonical JSON (object keys
// sorted at every depth, no white space; trust/ledger/entry.ts `canonicalJson`), UTF-8. The
// prefix keeps a snapshot signature from ever being taken for a tree-head signature (those
// bytes begin 0x00 0x01), since the ledger key signs both.
//
// What a snapshot cannot know: anything that happened after `createdAt`, a revocation or
// suspension above all. The status lists are the ones of that moment.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import * as queries from '../db/queries/snapshot.js';
import { latestHead } from '../db/queries/ledger.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import type { RightRecord } from '../domain/rights/status.js';
import type { JsonObject } from '../trust/credentials.js';
import { buildDidDocument, type DidDocument } from '../trust/did-web.js';
import { createDocumentLoader, type DocumentLoader } from '../trust/document-loader.js';
import type { KeyDescription } from '../trust/keys.js';
import { canonicalJson, ledgerEventTypes, ledgerLeafHash } from '../trust/ledger/entry.js';
import { inclusionProof, MemoryNodeStore } from '../trust/ledger/merkle.js';
import { decodeBase64, encodeBase64 } from '../trust/ledger/signed-tree-head.js';
import { checkProofAndStatus } from '../trust/proof-check.js';
import { statusListUrl, type TrustServices } from './credentials/trust-services.js';
import type { IssuerFacts, LedgerAnchor, LedgerHead, LedgerRecord, VerificationSources } from './verification-sources.js';

export const SNAPSHOT_FORMAT = 'microcred-verification-snapshot/v1';
const SIGNING_PREFIX = 'microcred verification snapshot v1\n';

// ---------------------------------------------------------------------------------------
// The document

const isoInstant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const hex32 = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = z.string().refine((text) => decodeBase64(text) !== undefined, 'not canonical base64');

const keySchema = z.strictObject({
  id: z.string(),
  controller: z.string(),
  publicKeyMultibase: z.string(),
  created: isoInstant,
  retiredAt: isoInstant.nullable(),
});

const bodySchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  createdAt: isoInstant,
  publicUrl: z.string(),
  issuers: z.array(
    z.strictObject({
      did: z.string(),
      providerId: z.string().nullable(),
      keys: z.array(keySchema),
      didDocument: z.looseObject({ id: z.string() }),
    }),
  ),
  courses: z.array(z.strictObject({ code: z.string(), id: z.string(), providerId: z.string() })),
  rights: z.array(
    z.strictObject({
      courseId: z.string(),
      providerId: z.string(),
      kind: z.enum(['right', 'hei-registration']),
      effectiveFrom: isoDate,
      validUntil: isoDate.nullable(),
      suspendedFrom: isoDate.nullable(),
      terminatedFrom: isoDate.nullable(),
    }),
  ),
  statusLists: z.array(z.strictObject({ url: z.string(), document: z.looseObject({}) })),
  ledger: z.strictObject({
    verificationMethod: z.strictObject({ id: z.string(), type: z.literal('Multikey'), controller: z.string(), publicKeyMultibase: z.string() }),
    head: z
      .strictObject({
        treeSize: z.number().int().nonnegative(),
        rootHash: base64,
        timestamp: z.number().int().nonnegative(),
        signature: base64,
        keyId: z.string(),
      })
      .nullable(),
    anchors: z.array(z.strictObject({ treeSize: z.number().int().nonnegative(), chainId: z.number().int(), transactionHash: z.string() })),
    /** Leaf i of the tree: [event type, time (ISO, ms, UTC), SHA-256 of the document (hex)]. */
    entries: z.array(z.tuple([z.enum(ledgerEventTypes), isoInstant, hex32])),
  }),
});

export type SnapshotBody = z.infer<typeof bodySchema>;

export interface SnapshotSignature {
  algorithm: 'Ed25519';
  keyId: string;
  publicKeyMultibase: string;
  /** Standard base64 of the 64-byte signature. */
  value: string;
}

export interface Snapshot {
  body: SnapshotBody;
  signature: SnapshotSignature;
}

function signedBytes(body: unknown): Uint8Array {
  return Buffer.from(SIGNING_PREFIX + canonicalJson(body), 'utf8');
}

// ---------------------------------------------------------------------------------------
// Making one

/**
 * The snapshot of this registry now, signed with the ledger key. It covers the ledger up to
 * its latest signed tree head (sign a new head first for a snapshot that includes the last
 * minute's issuances).
 */
export async function createSnapshot(db: Db, trust: Pick<TrustServices, 'keyStore' | 'ledgerKey' | 'publicUrl'>, options: { clock: Clock }): Promise<Snapshot> {
  const ledgerKey = await trust.ledgerKey();
  const issuerRows = await queries.listRegistryIssuers(db);
  const issuers: SnapshotBody['issuers'] = [];
  for (const row of issuerRows) {
    const keys = await trust.keyStore.listKeys(row.did);
    // An issuer without keys has signed nothing; its DID document would be empty.
    if (keys.length === 0) continue;
    issuers.push({ did: row.did, providerId: row.provider_id, keys, didDocument: buildDidDocument(row.did, keys) as unknown as SnapshotBody['issuers'][number]['didDocument'] });
  }
  const courses = (await queries.listCourseCodes(db)).map((row) => ({ code: row.code, id: row.id, providerId: row.provider_id }));
  const rights = (await queries.listAllRights(db)).map((row) => ({
    courseId: row.course_id,
    providerId: row.provider_id,
    kind: row.kind,
    effectiveFrom: row.effective_from,
    validUntil: row.valid_until,
    suspendedFrom: row.suspended_from,
    terminatedFrom: row.terminated_from,
  }));
  const statusLists = (await queries.listStatusListDocuments(db, issuerRows.map((row) => row.id))).map((row) => ({
    url: statusListUrl(trust.publicUrl, row.slug),
    document: JSON.parse(row.document) as Record<string, unknown>,
  }));

  const headRow = await latestHead(db);
  const head = headRow
    ? { treeSize: Number(headRow.tree_size), rootHash: encodeBase64(headRow.root_hash), timestamp: Number(headRow.timestamp), signature: encodeBase64(headRow.signature), keyId: headRow.key_id }
    : null;
  const leaves = head ? await queries.listLedgerLeaves(db, head.treeSize) : [];
  const entries: SnapshotBody['ledger']['entries'] = leaves.map((row, position) => {
    const entry = [row.event_type as SnapshotBody['ledger']['entries'][number][0], new Date(row.occurred_at).toISOString(), Buffer.from(row.document_hash).toString('hex')] as const;
    // The compact form must give back the stored leaf exactly, or offline proofs would not verify.
    const recomputed = ledgerLeafHash({ type: entry[0], time: entry[1], documentHash: entry[2] });
    if (Number(row.idx) !== position || Buffer.compare(Buffer.from(recomputed), Buffer.from(row.leaf_hash)) !== 0) {
      throw new Error(`Ledger entry ${row.idx} cannot be put in a snapshot: its stored leaf hash does not match its fields.`);
    }
    return [...entry];
  });
  if (head && entries.length !== head.treeSize) throw new Error(`The ledger holds ${entries.length} entries below its signed head of size ${head.treeSize}.`);
  const anchors = (await queries.listAnchors(db)).map((row) => ({ treeSize: Number(row.tree_size), chainId: row.chain_id, transactionHash: row.tx_hash }));

  const body: SnapshotBody = {
    format: SNAPSHOT_FORMAT,
    createdAt: options.clock.now().toISOString(),
    publicUrl: trust.publicUrl,
    issuers,
    courses,
    rights,
    statusLists,
    ledger: { verificationMethod: ledgerKey.verificationMethod(), head, anchors, entries },
  };
  const signature = await ledgerKey.signer().sign({ data: signedBytes(body) });
  return {
    body,
    signature: { algorithm: 'Ed25519', keyId: ledgerKey.id, publicKeyMultibase: ledgerKey.publicKeyMultibase, value: encodeBase64(signature) },
  };
}

// ---------------------------------------------------------------------------------------
// Reading one

export type SnapshotErrorCode = 'not_a_snapshot' | 'untrusted_key' | 'bad_signature' | 'unknown_format' | 'malformed' | 'bad_trusted_key';

/** Why a snapshot cannot be used; its message is the one line a person reads. */
export class SnapshotError extends Error {
  constructor(
    readonly code: SnapshotErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotError';
  }
}

const MULTIBASE_ED25519 = /^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/;

async function ed25519Verifier(publicKeyMultibase: string) {
  try {
    return (await Ed25519Multikey.from({ type: 'Multikey', publicKeyMultibase })).verifier();
  } catch {
    throw new SnapshotError('bad_trusted_key', `The trusted key "${publicKeyMultibase}" is not an Ed25519 public key (z6Mk...).`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a snapshot file. Its signature is checked FIRST, against `trustedKey` (the ledger's
 * `publicKeyMultibase`, copied once from the server's `/ledger/did.json`); nothing of the body
 * is used before that succeeds. Throws a `SnapshotError` when the snapshot cannot be trusted.
 */
export async function readSnapshot(text: string, options: { trustedKey: string }): Promise<SnapshotSources> {
  const trustedKey = options.trustedKey.trim();
  if (!MULTIBASE_ED25519.test(trustedKey)) {
    throw new SnapshotError('bad_trusted_key', `The trusted ledger key must be an Ed25519 key written as multibase ("z6Mk..."), not "${trustedKey}".`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SnapshotError('not_a_snapshot', 'The snapshot is not JSON: it is damaged or not a snapshot file.');
  }
  if (!isRecord(parsed) || !isRecord(parsed.body) || !isRecord(parsed.signature)) {
    throw new SnapshotError('not_a_snapshot', 'The file is not a verification snapshot (it has no "body" and "signature").');
  }
  const { signature } = parsed;
  if (signature.publicKeyMultibase !== trustedKey) {
    throw new SnapshotError(
      'untrusted_key',
      `The snapshot is signed by the ledger key ${String(signature.publicKeyMultibase)}, not by the trusted key ${trustedKey}: it comes from another registry, or the key was changed.`,
    );
  }
  const value = decodeBase64(signature.value);
  const verifier = await ed25519Verifier(trustedKey);
  const valid = value !== undefined && value.length === 64 && (await verifier.verify({ data: signedBytes(parsed.body), signature: value }).catch(() => false));
  if (!valid) throw new SnapshotError('bad_signature', 'The snapshot\'s signature does not verify with the trusted ledger key: the file was changed after it was signed.');

  // Signed by the trusted key: now its contents may be read.
  if (parsed.body.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError('unknown_format', `The snapshot's format "${String(parsed.body.format)}" is not one this version reads (${SNAPSHOT_FORMAT}).`);
  }
  const body = bodySchema.safeParse(parsed.body);
  if (!body.success) {
    const issue = body.error.issues[0];
    throw new SnapshotError('malformed', `The snapshot is signed but malformed at ${issue?.path.join('.') || 'its body'}: ${issue?.message ?? 'invalid'}.`);
  }
  if (body.data.ledger.verificationMethod.publicKeyMultibase !== trustedKey) {
    throw new SnapshotError('untrusted_key', 'The snapshot names a ledger key other than the trusted one for its tree head.');
  }
  return new SnapshotSources(body.data, verifier);
}

/** The verification sources a snapshot answers from; nothing is fetched and no database is opened. */
export class SnapshotSources implements VerificationSources {
  readonly body: SnapshotBody;
  readonly documentLoader: DocumentLoader;
  readonly #verifier: Awaited<ReturnType<typeof ed25519Verifier>>;
  readonly #issuers = new Map<string, SnapshotBody['issuers'][number]>();
  readonly #keys = new Map<string, KeyDescription>();
  readonly #courses = new Map<string, { id: string; providerId: string }>();
  readonly #statusLists = new Map<string, unknown>();
  #tree: MemoryNodeStore | undefined;
  #issued: Map<string, number> | undefined;

  constructor(body: SnapshotBody, verifier: Awaited<ReturnType<typeof ed25519Verifier>>) {
    this.body = body;
    this.#verifier = verifier;
    for (const issuer of body.issuers) {
      this.#issuers.set(issuer.did, issuer);
      for (const key of issuer.keys) this.#keys.set(key.id, key);
    }
    for (const course of body.courses) this.#courses.set(course.code, { id: course.id, providerId: course.providerId });
    for (const list of body.statusLists) this.#statusLists.set(list.url, list.document);
    this.documentLoader = createDocumentLoader({
      resolveDidWeb: async (did) => {
        const issuer = this.#issuers.get(did);
        if (!issuer) throw new Error(`"${did}" is not an issuer in the snapshot.`);
        return issuer.didDocument as unknown as DidDocument;
      },
      loadDocument: async (url) => this.#statusLists.get(url),
    });
  }

  /** When the snapshot was made: nothing later (a revocation above all) is in it. */
  get createdAt(): Date {
    return new Date(this.body.createdAt);
  }

  checkProofAndStatus(credential: JsonObject, options: { now: Date }) {
    return checkProofAndStatus(credential, { documentLoader: this.documentLoader, now: options.now });
  }

  async issuer(did: string): Promise<IssuerFacts | undefined> {
    const issuer = this.#issuers.get(did);
    return issuer ? { did: issuer.did, providerId: issuer.providerId, isTest: false } : undefined;
  }

  async key(keyId: string): Promise<KeyDescription | undefined> {
    return this.#keys.get(keyId);
  }

  async course(code: string) {
    return this.#courses.get(code);
  }

  async rights(courseId: string, providerId: string): Promise<RightRecord[]> {
    return this.body.rights
      .filter((right) => right.courseId === courseId && right.providerId === providerId)
      .map(({ kind, effectiveFrom, validUntil, suspendedFrom, terminatedFrom }) => ({ kind, effectiveFrom, validUntil, suspendedFrom, terminatedFrom }));
  }

  async ledgerEntry(documentHash: string): Promise<LedgerRecord | undefined> {
    if (!this.#issued) {
      // The first issuance of each document, as the database answers it.
      this.#issued = new Map();
      this.body.ledger.entries.forEach(([type, , hash], index) => {
        if (type === 'credential.issued' && !this.#issued!.has(hash)) this.#issued!.set(hash, index);
      });
    }
    const index = this.#issued.get(documentHash);
    const entry = index === undefined ? undefined : this.body.ledger.entries[index];
    return index !== undefined && entry ? { index, occurredAt: new Date(entry[1]), documentHash: entry[2] } : undefined;
  }

  async latestHead(): Promise<LedgerHead | undefined> {
    const head = this.body.ledger.head;
    if (!head) return undefined;
    return { treeSize: head.treeSize, rootHash: decodeBase64(head.rootHash)!, timestamp: head.timestamp, signature: decodeBase64(head.signature)! };
  }

  async inclusionProof(index: number, treeSize: number): Promise<Uint8Array[]> {
    // Built on first use: the tree of every leaf, from which any proof up to its size is read.
    this.#tree ??= MemoryNodeStore.fromLeafHashes(this.body.ledger.entries.map(([type, time, documentHash]) => ledgerLeafHash({ type, time, documentHash })));
    return inclusionProof(index, treeSize, this.#tree);
  }

  async anchor(treeSize: number): Promise<LedgerAnchor | undefined> {
    const anchor = this.body.ledger.anchors.find((candidate) => candidate.treeSize === treeSize);
    return anchor ? { chainId: anchor.chainId, transactionHash: anchor.transactionHash } : undefined;
  }

  async verifyLedgerSignature(data: Uint8Array, signature: Uint8Array): Promise<boolean> {
    return this.#verifier.verify({ data, signature }).catch(() => false);
  }
}
