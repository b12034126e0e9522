// What the five verification checks read, behind one interface: the platform's database (with
// caches, see db-verification-sources.ts) when a server verifies, or a signed snapshot of the
// registry and the ledger (snapshot.ts) when `microcred verify` runs on a machine without network.
// The checks themselves (verification.ts) are the same in both cases.
import type { RightRecord } from '../domain/rights/status.js';
import type { JsonObject } from '../trust/credentials.js';
import type { DocumentLoader } from '../trust/document-loader.js';
import type { KeyDescription } from '../trust/keys.js';
import type { ProofAndStatus } from '../trust/proof-check.js';

export interface IssuerFacts {
  did: string;
  /** The provider the issuer signs for; null for an issuer of no provider. */
  providerId: string | null;
  /** Test issuers (`microcred issuers create-test`) sign anything: they are "not in this registry". */
  isTest: boolean;
}

/** The ledger's `credential.issued` entry for a document. */
export interface LedgerRecord {
  index: number;
  occurredAt: Date;
  /** SHA-256 of the credential's JSON text, hex. */
  documentHash: string;
}

export interface LedgerHead {
  treeSize: number;
  rootHash: Uint8Array;
  /** Milliseconds since the epoch. */
  timestamp: number;
  signature: Uint8Array;
}

export interface LedgerAnchor {
  chainId: number;
  transactionHash: string;
}

export interface VerificationSources {
  /** Verifies the credential's proof and reads its status entries (on worker threads when the sources have them). */
  checkProofAndStatus(credential: JsonObject, options: { now: Date }): Promise<ProofAndStatus>;
  /** An issuer of this registry, by DID. */
  issuer(did: string): Promise<IssuerFacts | undefined>;
  /** An issuer's key by its id (the proof's `verificationMethod`), active or retired. */
  key(keyId: string): Promise<KeyDescription | undefined>;
  /** A course of the registry by its code. */
  course(code: string): Promise<{ id: string; providerId: string } | undefined>;
  /** Every right and registration of the provider for the course. */
  rights(courseId: string, providerId: string): Promise<RightRecord[]>;
  /** The ledger's `credential.issued` entry for the SHA-256 (hex) of a credential's JSON text. */
  ledgerEntry(documentHash: string): Promise<LedgerRecord | undefined>;
  /** The JSON text of this registry's credential with that id, exactly as issued (optional: offline sources have none). */
  issuedText?(credentialId: string): Promise<string | undefined>;
  /** The newest signed tree head. */
  latestHead(): Promise<LedgerHead | undefined>;
  /** The RFC 9162 inclusion proof of leaf `index` in the tree of `treeSize` leaves. */
  inclusionProof(index: number, treeSize: number): Promise<Uint8Array[]>;
  /** The blockchain anchor of the head of `treeSize`, if any. */
  anchor(treeSize: number): Promise<LedgerAnchor | undefined>;
  /** Whether `signature` is the ledger key's signature of `data` (a tree head). */
  verifyLedgerSignature(data: Uint8Array, signature: Uint8Array): Promise<boolean>;
  /** The document loader the checks use (contexts, DID documents, status lists). */
  readonly documentLoader: DocumentLoader;
}
