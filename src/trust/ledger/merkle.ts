// The pure core of the public, tamper-evident ledger: a Merkle tree exactly as RFC 9162
// (Certificate Transparency 2.0) §2.1 defines it, with SHA-256 as HASH.
//
//   MTH({})       = SHA-256()                                   (emptyRoot)
//   MTH({d})      = SHA-256(0x00 || d)                          (leafHash)
//   MTH(D[n])     = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])) (nodeHash)
//                   where k is the largest power of two smaller than n (k < n <= 2k).
//
// Storage model. The tree is kept as its *perfect* (complete) subtrees: node (level, index)
// is the MTH of the 2^level leaves starting at leaf index × 2^level; level 0 holds the leaf
// hashes. A perfect node never changes once it exists, so the database appends the nodes
// that `appendLeaf` returns and never recomputes anything from the leaves. Every node of an
// MTH decomposition of a tree of size n is either such a perfect subtree or lies on the
// right edge [s, n); a right-edge node is the right fold of the perfect subtrees given by
// the binary digits of n - s (`rangeNodes`). With that, the root, PATH (§2.1.3.1) and
// PROOF (§2.1.4.1) each need O(log n) node reads, and the node ids to read depend only on
// the sizes and indexes: `*Nodes` functions return them so a database can fetch them in one
// query, and `resolveNodes` folds the fetched hashes into proof elements.
//
// Verification (`verifyInclusion`, `verifyConsistency`) follows RFC 9162 §2.1.3.2 and
// §2.1.4.2 step by step; it returns false on any bad input and never throws.
//
// Sizes and indexes are JavaScript numbers: non-negative safe integers (< 2^53). Bit
// operations on numbers are 32-bit in JavaScript, so this file uses % 2 and division.
import { createHash } from 'node:crypto';

/** SHA-256 output size in bytes (RFC 9162 HASH_SIZE). */
export const HASH_SIZE = 32;

export type Awaitable<T> = T | Promise<T>;

/** A perfect subtree: 2^level leaves starting at leaf index × 2^level. */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** A perfect subtree with its hash, as stored. */
export interface CompleteNode extends NodeId {
  readonly hash: Uint8Array;
}

/**
 * Answers the hash of any perfect subtree that exists in the tree. `getNodes`, when present,
 * fetches several at once (one round trip) and must answer in the order asked.
 */
export interface NodeReader {
  getNode(level: number, index: number): Awaitable<Uint8Array>;
  getNodes?(ids: readonly NodeId[]): Awaitable<readonly Uint8Array[]>;
}

export const merkleErrorCodes = {
  invalid_tree_size: 'The tree size must be a non-negative safe integer.',
  invalid_leaf_index: 'The leaf index must be a non-negative safe integer smaller than the tree size.',
  invalid_hash: 'A hash must be 32 bytes.',
  missing_node: 'The node store does not hold a node the tree needs.',
} as const;

export type MerkleErrorCode = keyof typeof merkleErrorCodes;

export class MerkleError extends Error {
  constructor(
    readonly code: MerkleErrorCode,
    message: string = merkleErrorCodes[code],
  ) {
    super(message);
    this.name = 'MerkleError';
  }
}

// ---------------------------------------------------------------------------------------
// Hashing (RFC 9162 §2.1.1)

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

function sha256(...parts: Uint8Array[]): Uint8Array {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

/** SHA-256(0x00 || entry): the hash of one log entry. */
export function leafHash(entry: Uint8Array): Uint8Array {
  return sha256(LEAF_PREFIX, entry);
}

/** SHA-256(0x01 || left || right): an interior node. */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(NODE_PREFIX, left, right);
}

/** SHA-256 of the empty string: the root of the empty tree. */
export function emptyRoot(): Uint8Array {
  return sha256();
}

/**
 * The Merkle Tree Hash of a list of leaf hashes, by the recursive definition. O(n): for
 * tests, for checking a downloaded log (§2.1.2) and for small trees.
 */
export function rootFromLeafHashes(leafHashes: readonly Uint8Array[]): Uint8Array {
  const mth = (start: number, end: number): Uint8Array => {
    const n = end - start;
    if (n === 1) return Uint8Array.from(at(leafHashes, start));
    const k = largestPowerOfTwoBelow(n);
    return nodeHash(mth(start, start + k), mth(start + k, end));
  };
  return leafHashes.length === 0 ? emptyRoot() : mth(0, leafHashes.length);
}

// ---------------------------------------------------------------------------------------
// Which perfect subtrees make up a root or a proof

/** The largest power of two smaller than n, for n >= 2. */
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

function checkSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new MerkleError('invalid_tree_size');
}

/**
 * The perfect subtrees, left to right, whose right fold is the MTH of leaves [start, end),
 * for a range that is a node of an MTH decomposition (start is a multiple of a power of
 * two at least end - start): one per binary digit of end - start.
 */
export function rangeNodes(start: number, end: number): NodeId[] {
  const ids: NodeId[] = [];
  let width = 1;
  let level = 0;
  while (width * 2 <= end - start) {
    width *= 2;
    level += 1;
  }
  let position = start;
  for (; level >= 0; level -= 1, width /= 2) {
    if (end - position >= width) {
      ids.push({ level, index: position / width });
      position += width;
    }
  }
  return ids;
}

/** The node ids whose right fold is the root of a tree of `size` leaves (none for 0). */
export function rootNodes(size: number): NodeId[] {
  checkSize(size);
  return rangeNodes(0, size);
}

/**
 * RFC 9162 §2.1.3.1 PATH(leafIndex, D[size]) as node ids: one group per proof element, in
 * proof order (the leaf's sibling first); each group's right fold is the element.
 */
export function inclusionProofNodes(leafIndex: number, size: number): NodeId[][] {
  checkSize(size);
  if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= size) throw new MerkleError('invalid_leaf_index');
  // Walk from the root down; PATH appends the element of each level after the deeper ones.
  const topDown: NodeId[][] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = largestPowerOfTwoBelow(end - start);
    if (leafIndex < start + k) {
      topDown.push(rangeNodes(start + k, end));
      end = start + k;
    } else {
      topDown.push(rangeNodes(start, start + k));
      start += k;
    }
  }
  return topDown.reverse();
}

/**
 * RFC 9162 §2.1.4.1 PROOF(first, D[second]) as node ids, in proof order. Empty when
 * first = 0 or first = second (nothing to prove).
 */
export function consistencyProofNodes(first: number, second: number): NodeId[][] {
  checkSize(first);
  checkSize(second);
  if (first > second) throw new MerkleError('invalid_tree_size', 'The first tree size must not exceed the second.');
  if (first === 0 || first === second) return [];
  // SUBPROOF(m, D[start:end], known), unrolled from the root down.
  const topDown: NodeId[][] = [];
  let start = 0;
  let end = second;
  let known = true;
  while (first !== end) {
    const k = largestPowerOfTwoBelow(end - start);
    if (first - start <= k) {
      topDown.push(rangeNodes(start + k, end));
      end = start + k;
    } else {
      topDown.push(rangeNodes(start, start + k));
      start += k;
      known = false;
    }
  }
  if (!known) topDown.push(rangeNodes(start, end));
  return topDown.reverse();
}

/** The perfect subtrees a new leaf at index `size` completes with: its left siblings. */
export function appendSiblingNodes(size: number): NodeId[] {
  checkSize(size);
  const ids: NodeId[] = [];
  for (let index = size, level = 0; index % 2 === 1; index = (index - 1) / 2, level += 1) {
    ids.push({ level, index: index - 1 });
  }
  return ids;
}

// ---------------------------------------------------------------------------------------
// Reading nodes and folding them

function foldRight(hashes: readonly Uint8Array[]): Uint8Array {
  let hash = at(hashes, hashes.length - 1);
  for (let i = hashes.length - 2; i >= 0; i -= 1) hash = nodeHash(at(hashes, i), hash);
  return hash;
}

async function readNodes(ids: readonly NodeId[], reader: NodeReader): Promise<Uint8Array[]> {
  if (ids.length === 0) return [];
  const hashes = reader.getNodes
    ? await reader.getNodes(ids)
    : await Promise.all(ids.map((id) => reader.getNode(id.level, id.index)));
  if (hashes.length !== ids.length) throw new MerkleError('missing_node');
  return hashes.map((hash, i) => {
    if (!(hash instanceof Uint8Array) || hash.length !== HASH_SIZE) {
      const id = at(ids, i);
      throw new MerkleError('invalid_hash', `Node (${id.level}, ${id.index}) is not a 32-byte hash.`);
    }
    return hash;
  });
}

/** Reads every node of the groups (in one batch) and folds each group into one hash. */
export async function resolveNodes(groups: readonly (readonly NodeId[])[], reader: NodeReader): Promise<Uint8Array[]> {
  const hashes = await readNodes(groups.flat(), reader);
  const out: Uint8Array[] = [];
  let offset = 0;
  for (const group of groups) {
    out.push(foldRight(hashes.slice(offset, offset + group.length)));
    offset += group.length;
  }
  return out;
}

/** The Merkle Tree Hash of the first `size` leaves: at most ⌊log2 size⌋ + 1 node reads. */
export async function rootAt(size: number, reader: NodeReader): Promise<Uint8Array> {
  const ids = rootNodes(size);
  if (ids.length === 0) return emptyRoot();
  const [root] = await resolveNodes([ids], reader);
  return root ?? emptyRoot();
}

/** The inclusion proof (audit path) of a leaf in the tree of `size` leaves. */
export async function inclusionProof(leafIndex: number, size: number, reader: NodeReader): Promise<Uint8Array[]> {
  return resolveNodes(inclusionProofNodes(leafIndex, size), reader);
}

/** The consistency proof between the trees of `first` and `second` leaves. */
export async function consistencyProof(first: number, second: number, reader: NodeReader): Promise<Uint8Array[]> {
  return resolveNodes(consistencyProofNodes(first, second), reader);
}

// ---------------------------------------------------------------------------------------
// Appending

/**
 * The nodes that become complete when `leaf` is added at index `size`, given the hashes of
 * `appendSiblingNodes(size)` in order: the leaf itself, then each parent whose right child
 * just completed, bottom up.
 */
export function completedNodes(leaf: Uint8Array, size: number, siblings: readonly Uint8Array[]): CompleteNode[] {
  checkSize(size);
  if (!(leaf instanceof Uint8Array) || leaf.length !== HASH_SIZE) throw new MerkleError('invalid_hash');
  const ids = appendSiblingNodes(size);
  if (siblings.length !== ids.length) throw new MerkleError('missing_node');
  const nodes: CompleteNode[] = [{ level: 0, index: size, hash: Uint8Array.from(leaf) }];
  let hash: Uint8Array = Uint8Array.from(leaf);
  let index = size;
  for (let level = 0; level < ids.length; level += 1) {
    hash = nodeHash(at(siblings, level), hash);
    index = (index - 1) / 2;
    nodes.push({ level: level + 1, index, hash });
  }
  return nodes;
}

/**
 * Adds the leaf at index `size` (the tree holds `size` leaves before): returns the new
 * complete nodes to store. Reads one node per trailing 1 bit of `size`, so O(log n).
 */
export async function appendLeaf(leaf: Uint8Array, size: number, reader: NodeReader): Promise<CompleteNode[]> {
  const siblings = await readNodes(appendSiblingNodes(size), reader);
  return completedNodes(leaf, size, siblings);
}

/** Adds several leaves at indexes size, size + 1, ...: the new complete nodes of them all. */
export async function appendLeaves(leaves: readonly Uint8Array[], size: number, reader: NodeReader): Promise<CompleteNode[]> {
  checkSize(size);
  const created = new Map<string, Uint8Array>();
  const overlay: NodeReader = {
    getNode: (level, index) => created.get(nodeKey(level, index)) ?? reader.getNode(level, index),
  };
  const all: CompleteNode[] = [];
  for (const [offset, leaf] of leaves.entries()) {
    for (const node of await appendLeaf(leaf, size + offset, overlay)) {
      created.set(nodeKey(node.level, node.index), node.hash);
      all.push(node);
    }
  }
  return all;
}

// ---------------------------------------------------------------------------------------
// An in-memory node store (tests, the monitor)

function nodeKey(level: number, index: number): string {
  return `${level}:${index}`;
}

export class MemoryNodeStore implements NodeReader {
  readonly #nodes = new Map<string, Uint8Array>();
  #size = 0;

  /** A store holding the complete nodes of a tree of these leaf hashes. */
  static fromLeafHashes(leafHashes: Iterable<Uint8Array>): MemoryNodeStore {
    const store = new MemoryNodeStore();
    for (const leaf of leafHashes) store.append(leaf);
    return store;
  }

  /** The number of leaves: the length of the run of level-0 nodes from index 0. */
  get size(): number {
    return this.#size;
  }

  /** Every stored node, in no particular order. */
  nodes(): CompleteNode[] {
    return [...this.#nodes].map(([key, hash]) => {
      const [level = 0, index = 0] = key.split(':').map(Number);
      return { level, index, hash };
    });
  }

  has(level: number, index: number): boolean {
    return this.#nodes.has(nodeKey(level, index));
  }

  getNode(level: number, index: number): Uint8Array {
    const hash = this.#nodes.get(nodeKey(level, index));
    if (!hash) throw new MerkleError('missing_node', `The store has no node (${level}, ${index}).`);
    return hash;
  }

  put(nodes: Iterable<CompleteNode>): void {
    for (const node of nodes) {
      if (!(node.hash instanceof Uint8Array) || node.hash.length !== HASH_SIZE) throw new MerkleError('invalid_hash');
      this.#nodes.set(nodeKey(node.level, node.index), Uint8Array.from(node.hash));
    }
    while (this.#nodes.has(nodeKey(0, this.#size))) this.#size += 1;
  }

  /** Appends one leaf hash synchronously; returns the nodes it completed. */
  append(leaf: Uint8Array): CompleteNode[] {
    const size = this.#size;
    const siblings = appendSiblingNodes(size).map((id) => this.getNode(id.level, id.index));
    const nodes = completedNodes(leaf, size, siblings);
    this.put(nodes);
    return nodes;
  }
}

// ---------------------------------------------------------------------------------------
// Verification (RFC 9162 §2.1.3.2 and §2.1.4.2). Never throws.

function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isHashList(value: unknown): value is readonly Uint8Array[] {
  return Array.isArray(value) && value.every(isHash);
}

function equalHashes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2: does `proof` show `leaf` at `leafIndex` in the tree of `size` with `root`? */
export function verifyInclusion(
  leaf: Uint8Array,
  leafIndex: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  try {
    if (!isHash(leaf) || !isHash(root) || !isCount(leafIndex) || !isCount(size) || !isHashList(proof)) return false;
    // 1. leaf_index must be smaller than tree_size.
    if (leafIndex >= size) return false;
    // 2.–3.
    let fn = leafIndex;
    let sn = size - 1;
    let r: Uint8Array = leaf;
    // 4.
    for (const p of proof) {
      if (sn === 0) return false;
      if (isOdd(fn) || fn === sn) {
        r = nodeHash(p, r);
        if (!isOdd(fn)) {
          while (!isOdd(fn) && fn !== 0) {
            fn = half(fn);
            sn = half(sn);
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn = half(fn);
      sn = half(sn);
    }
    // 5.
    return sn === 0 && equalHashes(r, root);
  } catch {
    return false;
  }
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show the tree of `second` leaves with `secondRoot` extends
 * the tree of `first` leaves with `firstRoot`? The RFC covers 0 < first < second; outside it:
 * first = second holds with an empty proof and equal roots, and first = 0 holds with an empty
 * proof when `firstRoot` is the empty tree's root (every tree extends the empty one).
 */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  try {
    if (!isCount(first) || !isCount(second) || !isHash(firstRoot) || !isHash(secondRoot) || !isHashList(proof)) return false;
    if (first > second) return false;
    if (first === second) {
      return proof.length === 0 && equalHashes(firstRoot, secondRoot) && (first > 0 || equalHashes(firstRoot, emptyRoot()));
    }
    if (first === 0) return proof.length === 0 && equalHashes(firstRoot, emptyRoot());
    // 1. An empty consistency_path fails.
    if (proof.length === 0) return false;
    // 2. If first is an exact power of 2, prepend first_hash.
    const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
    // 3.
    let fn = first - 1;
    let sn = second - 1;
    // 4.
    while (isOdd(fn)) {
      fn = half(fn);
      sn = half(sn);
    }
    // 5.
    let fr = at(path, 0);
    let sr = fr;
    // 6.
    for (const c of path.slice(1)) {
      if (sn === 0) return false;
      if (isOdd(fn) || fn === sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if (!isOdd(fn)) {
          while (!isOdd(fn) && fn !== 0) {
            fn = half(fn);
            sn = half(sn);
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn = half(fn);
      sn = half(sn);
    }
    // 7.
    return equalHashes(fr, firstRoot) && equalHashes(sr, secondRoot) && sn === 0;
  } catch {
    return false;
  }
}

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new MerkleError('missing_node');
  return value;
}
