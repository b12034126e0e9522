// The verification sources a server uses: the database, with caches. Issuers, keys, DID
// documents, courses, rights, status lists, the latest signed tree head (and whether its
// signature verified) and anchors are kept in memory until the counter of migration 006 moves,
// which any committed change to them does, in any process: each verification reads that one
// counter, its ledger entry and its proof's nodes, and nothing else when the caches are warm.
// The proof and status checks run on the trust threads with the documents they need sent along.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Db } from '../db/database.js';
import { findCourseByCode, listRightRecords } from '../db/queries/courses.js';
import { findCredential } from '../db/queries/credentials.js';
import { findIssuerByDid } from '../db/queries/issuers.js';
import * as ledgerQueries from '../db/queries/ledger.js';
import { findIssuanceEntry, verificationSourcesVersion } from '../db/queries/verification.js';
import type { RightRecord } from '../domain/rights/status.js';
import { credentialIssuerId, type JsonObject } from '../trust/credentials.js';
import type { KeyDescription } from '../trust/keys.js';
import { inclusionProof } from '../trust/ledger/merkle.js';
import { credentialUrl, type TrustServices } from './credentials/trust-services.js';
import type { IssuerFacts, LedgerAnchor, LedgerHead, LedgerRecord, VerificationSources } from './verification-sources.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One generation of cached reads: replaced whole when the version moves, so a load that started before never lands in the new one. */
interface Generation {
  version: string;
  values: Map<string, Promise<unknown>>;
}

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The documents the proof and status checks will ask for: the signers' did:web documents and the status lists. */
function documentUrlsOf(credential: JsonObject): { dids: string[]; lists: string[] } {
  const dids = new Set<string>();
  const lists = new Set<string>();
  for (const proof of [credential.proof ?? []].flat()) {
    if (isRecord(proof) && typeof proof.verificationMethod === 'string') dids.add(proof.verificationMethod.split('#')[0]!);
  }
  for (const entry of [credential.credentialStatus ?? []].flat()) {
    if (isRecord(entry) && typeof entry.statusListCredential === 'string') lists.add(entry.statusListCredential);
  }
  const issuer = credentialIssuerId(credential);
  if (issuer) dids.add(issuer); // the status lists are signed by the issuer
  return { dids: [...dids].filter((did) => did.startsWith('did:web:')), lists: [...lists] };
}

export class DbVerificationSources implements VerificationSources {
  readonly #db: Db;
  readonly #trust: TrustServices;
  #generation: Generation = { version: '', values: new Map() };

  constructor(db: Db, trust: TrustServices) {
    this.#db = db;
    this.#trust = trust;
  }

  get documentLoader() {
    return this.#trust.documentLoader;
  }

  /** Reads the version counter and starts a new generation when it moved. Call once per verification, first. */
  async refresh(): Promise<void> {
    const version = await verificationSourcesVersion(this.#db);
    if (version !== this.#generation.version) this.#generation = { version, values: new Map() };
  }

  #cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const { values } = this.#generation;
    let value = values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      values.set(key, value);
      value.catch(() => values.delete(key));
    }
    return value;
  }

  /** A document through the trust services' loader (the platform's own are read from the database), cached when it is ours. */
  async #document(url: string, own: boolean): Promise<unknown> {
    const load = async () => (await this.#trust.documentLoader(url)).document;
    return own ? this.#cached(`document ${url}`, load) : load();
  }

  async checkProofAndStatus(credential: JsonObject, options: { now: Date }) {
    const { dids, lists } = documentUrlsOf(credential);
    const documents: Record<string, unknown> = {};
    const unavailable: Record<string, string> = {};
    const ownLists = `${this.#trust.publicUrl}/status-lists/`;
    const fetchInto = async (url: string, own: boolean) => {
      try {
        documents[url] = await this.#document(url, own);
      } catch (error) {
        unavailable[url] = error instanceof Error ? error.message : String(error);
      }
    };
    await Promise.all([
      ...dids.map(async (did) => fetchInto(did, Boolean(await this.issuer(did)))),
      ...lists.map((url) => fetchInto(url, url.startsWith(ownLists))),
    ]);
    return this.#trust.signingPool.checkProofAndStatus({ credential, documents, unavailable, now: options.now });
  }

  issuer(did: string): Promise<IssuerFacts | undefined> {
    return this.#cached(`issuer ${did}`, async () => {
      const row = await findIssuerByDid(this.#db, did);
      return row ? { did, providerId: row.provider_id, isTest: row.is_test } : undefined;
    });
  }

  key(keyId: string): Promise<KeyDescription | undefined> {
    return this.#cached(`key ${keyId}`, () => this.#trust.keyStore.getKey(keyId));
  }

  course(code: string): Promise<{ id: string; providerId: string } | undefined> {
    return this.#cached(`course ${code}`, async () => {
      const row = await findCourseByCode(this.#db, code);
      return row ? { id: row.id, providerId: row.provider_id } : undefined;
    });
  }

  rights(courseId: string, providerId: string): Promise<RightRecord[]> {
    return this.#cached(`rights ${courseId} ${providerId}`, () => listRightRecords(this.#db, courseId, providerId));
  }

  async ledgerEntry(documentHash: string): Promise<LedgerRecord | undefined> {
    const row = await findIssuanceEntry(this.#db, Buffer.from(documentHash, 'hex'));
    return row ? { index: Number(row.idx), occurredAt: new Date(row.occurred_at), documentHash } : undefined;
  }

  async issuedText(credentialId: string): Promise<string | undefined> {
    const prefix = credentialUrl(this.#trust.publicUrl, '');
    const id = credentialId.startsWith(prefix) ? credentialId.slice(prefix.length) : '';
    if (!UUID.test(id)) return undefined;
    // An erased credential has no stored text (NULL): the learner's file must match the ledger as it is.
    return (await findCredential(this.#db, id))?.document ?? undefined;
  }

  latestHead(): Promise<LedgerHead | undefined> {
    return this.#cached('head', async () => {
      const row = await ledgerQueries.latestHead(this.#db);
      if (!row) return undefined;
      return { treeSize: Number(row.tree_size), rootHash: new Uint8Array(row.root_hash), timestamp: Number(row.timestamp), signature: new Uint8Array(row.signature) };
    });
  }

  inclusionProof(index: number, treeSize: number): Promise<Uint8Array[]> {
    return inclusionProof(index, treeSize, ledgerQueries.ledgerNodeReader(this.#db));
  }

  anchor(treeSize: number): Promise<LedgerAnchor | undefined> {
    return this.#cached(`anchor ${treeSize}`, async () => {
      const row = await ledgerQueries.findAnchor(this.#db, treeSize);
      return row ? { chainId: row.chain_id, transactionHash: row.tx_hash } : undefined;
    });
  }

  async verifyLedgerSignature(data: Uint8Array, signature: Uint8Array): Promise<boolean> {
    const key = Buffer.concat([Buffer.from(data), Buffer.from(signature)]).toString('base64');
    return this.#cached(`head signature ${key}`, async () => {
      const ledgerKey = await this.#trust.ledgerKey();
      const verifier = (await Ed25519Multikey.from(ledgerKey.verificationMethod())).verifier();
      return verifier.verify({ data, signature });
    });
  }
}

const sourcesOfTrust = new WeakMap<TrustServices, DbVerificationSources>();

/** The process's sources for these trust services: one set of caches per server. */
export function databaseVerificationSources(db: Db, trust: TrustServices): DbVerificationSources {
  let sources = sourcesOfTrust.get(trust);
  if (!sources) {
    sources = new DbVerificationSources(db, trust);
    sourcesOfTrust.set(trust, sources);
  }
  return sources;
}
