// The signed tree head (STH): the ledger's public commitment to its first `treeSize`
// entries, as a static, cacheable document.
//
//   { "treeSize": 42, "rootHash": "<base64, 32 bytes>", "timestamp": 1767225600000,
//     "signature": "<base64>" }
//
// The bytes signed are the RFC 6962 §3.5 TreeHeadSignature structure, 50 bytes, big-endian:
//
//   offset  size  field
//   0       1     version         0x00 (v1)
//   1       1     signature_type  0x01 (tree_hash)
//   2       8     timestamp       uint64, milliseconds since the Unix epoch
//   10      8     tree_size       uint64
//   18      32    root_hash       SHA-256 Merkle Tree Hash (RFC 9162 §2.1.1)
//
// The fixed leading bytes separate tree-head signatures from anything else; the log's
// signing key must sign nothing but tree heads. The signature algorithm is the caller's
// (`sign` / `verify`): the platform uses Ed25519 over these bytes as they are.
//
// This module is pure: it encodes, checks shapes and delegates the cryptography.
import { HASH_SIZE, emptyRoot } from './merkle.js';

export interface TreeHead {
  /** Number of entries committed to. */
  readonly treeSize: number;
  /** Merkle Tree Hash of those entries, standard base64 of 32 bytes. */
  readonly rootHash: string;
  /** When the head was made, integer milliseconds since the Unix epoch. */
  readonly timestamp: number;
}

export interface SignedTreeHead extends TreeHead {
  /** Signature over `treeHeadBytes(head)`, standard base64. */
  readonly signature: string;
}

export const TREE_HEAD_VERSION = 0x00;
export const TREE_HEAD_SIGNATURE_TYPE = 0x01;
export const TREE_HEAD_BYTES = 2 + 8 + 8 + HASH_SIZE;

export class TreeHeadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TreeHeadError';
  }
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict standard base64 (padded, canonical): the bytes, or undefined. */
export function decodeBase64(text: unknown): Uint8Array | undefined {
  if (typeof text !== 'string' || !BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) return undefined; // non-zero padding bits
  return new Uint8Array(bytes);
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** Why a tree head is malformed, or undefined when it is well-formed. */
function problemWith(head: unknown): string | undefined {
  if (typeof head !== 'object' || head === null) return 'The tree head is not an object.';
  const { treeSize, rootHash, timestamp } = head as Partial<Record<keyof TreeHead, unknown>>;
  if (typeof treeSize !== 'number' || !Number.isSafeInteger(treeSize) || treeSize < 0) {
    return 'treeSize must be a non-negative safe integer.';
  }
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp) || timestamp < 0) {
    return 'timestamp must be a non-negative integer (milliseconds since the epoch).';
  }
  const root = decodeBase64(rootHash);
  if (!root || root.length !== HASH_SIZE) return 'rootHash must be the base64 of 32 bytes.';
  if (treeSize === 0 && Buffer.compare(root, emptyRoot()) !== 0) return 'The empty tree has the root SHA-256("").';
  return undefined;
}

/** The 50 bytes that are signed (see the table above). Throws on a malformed head. */
export function treeHeadBytes(head: TreeHead): Uint8Array {
  const problem = problemWith(head);
  if (problem) throw new TreeHeadError(problem);
  const bytes = Buffer.alloc(TREE_HEAD_BYTES);
  bytes.writeUInt8(TREE_HEAD_VERSION, 0);
  bytes.writeUInt8(TREE_HEAD_SIGNATURE_TYPE, 1);
  bytes.writeBigUInt64BE(BigInt(head.timestamp), 2);
  bytes.writeBigUInt64BE(BigInt(head.treeSize), 10);
  bytes.set(decodeBase64(head.rootHash) ?? new Uint8Array(HASH_SIZE), 18);
  return new Uint8Array(bytes);
}

/** Signs a tree head; the result carries only the four documented fields. */
export async function signTreeHead(head: TreeHead, sign: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<SignedTreeHead> {
  const bytes = treeHeadBytes(head);
  const signature = await sign(bytes);
  return { treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp, signature: encodeBase64(signature) };
}

/**
 * Whether a signed tree head is well-formed and its signature verifies. Never throws:
 * a malformed document, a bad signature encoding or a failing `verify` all give false.
 */
export async function verifyTreeHead(
  head: SignedTreeHead,
  verify: (bytes: Uint8Array, signature: Uint8Array) => Promise<boolean>,
): Promise<boolean> {
  try {
    if (problemWith(head)) return false;
    const signature = decodeBase64(head.signature);
    if (!signature || signature.length === 0) return false;
    return (await verify(treeHeadBytes(head), signature)) === true;
  } catch {
    return false;
  }
}
