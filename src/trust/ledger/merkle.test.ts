import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type CompleteNode,
  type NodeId,
  type NodeReader,
  MemoryNodeStore,
  MerkleError,
  appendLeaf,
  appendLeaves,
  appendSiblingNodes,
  consistencyProof,
  consistencyProofNodes,
  emptyRoot,
  inclusionProof,
  inclusionProofNodes,
  leafHash,
  nodeHash,
  rootAt,
  rootFromLeafHashes,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const unhex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const hexes = (list: readonly Uint8Array[]): string[] => list.map(hex);

// ---------------------------------------------------------------------------------------
// Published vectors.
//
// The eight leaf inputs, the roots of the trees of their first 1..8 leaves, and the hashes
// of every perfect subtree of the 8-leaf tree come from transparency-dev/merkle,
// testonly/constants.go (LeafInputs, RootHashes, NodeHashes). The same values appear in
// google/certificate-transparency-go and google/certificate-transparency (C++) tests.
// Inclusion and consistency proofs with hex hashes come from transparency-dev/merkle
// testonly/reference_test.go (TestRefInclusionProof, TestRefConsistencyProof) and
// proof/verify_test.go (inclusionProofs, consistencyProofs; leaf numbers there are 1-based),
// and testdata/consistency/4/happy-path.json (6 → 7, base64 there). The proofs written as
// node letters are RFC 9162 §2.1.5 (the 7-leaf example) and the node-id expectations of
// transparency-dev/merkle proof/proof_test.go (TestInclusion, TestConsistency), spelled
// with the NodeHashes values below.

const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex);

const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // size 0: SHA-256("")
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

// NodeHashes()[level][index]; letters as in RFC 9162 §2.1.5 and proof_test.go.
const NODE_HASHES = [
  [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', // a
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', // b
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7', // c
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7', // d
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', // e
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658', // f
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f', // j (leaf d6)
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1', // leaf d7
  ],
  [
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125', // g
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', // h
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', // i
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  ],
  [
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7', // k
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
];

const node = (level: number, index: number): string => {
  const value = NODE_HASHES[level]?.[index];
  if (!value) throw new Error(`no vector node (${level}, ${index})`);
  return value;
};
const [a, b, c, d, e, f, j, d7] = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => node(0, i)) as [string, string, string, string, string, string, string, string];
const [g, h, i_] = [0, 1, 2].map((i) => node(1, i)) as [string, string, string];
const k = node(2, 0);
// l, the right-edge node of the 7-leaf tree, is not a perfect subtree: l = H(0x01 || i || j).
const l = hex(nodeHash(unhex(i_), unhex(j)));

const INCLUSION_VECTORS: { index: number; size: number; proof: string[]; source: string }[] = [
  { index: 0, size: 1, proof: [], source: 'reference_test.go' },
  { index: 0, size: 2, proof: [b], source: 'reference_test.go' },
  { index: 1, size: 2, proof: [a], source: 'reference_test.go' },
  { index: 2, size: 3, proof: [g], source: 'reference_test.go, verify_test.go' },
  { index: 1, size: 5, proof: [a, h, e], source: 'reference_test.go, verify_test.go' },
  { index: 0, size: 8, proof: [b, h, node(2, 1)], source: 'reference_test.go, verify_test.go' },
  { index: 5, size: 8, proof: [e, node(1, 3), k], source: 'reference_test.go, verify_test.go' },
  { index: 0, size: 7, proof: [b, h, l], source: 'RFC 9162 §2.1.5' },
  { index: 3, size: 7, proof: [c, g, l], source: 'RFC 9162 §2.1.5' },
  { index: 4, size: 7, proof: [f, j, k], source: 'RFC 9162 §2.1.5' },
  { index: 6, size: 7, proof: [i_, k], source: 'RFC 9162 §2.1.5' },
  { index: 1, size: 3, proof: [a, c], source: 'proof_test.go' },
  { index: 2, size: 4, proof: [d, g], source: 'proof_test.go' },
  { index: 3, size: 5, proof: [c, g, e], source: 'proof_test.go' },
  { index: 3, size: 6, proof: [c, g, i_], source: 'proof_test.go' },
  { index: 4, size: 6, proof: [f, k], source: 'proof_test.go' },
];

const CONSISTENCY_VECTORS: { first: number; second: number; proof: string[]; source: string }[] = [
  { first: 1, second: 1, proof: [], source: 'reference_test.go' },
  { first: 1, second: 8, proof: [b, h, node(2, 1)], source: 'reference_test.go, verify_test.go' },
  { first: 2, second: 5, proof: [h, e], source: 'reference_test.go, verify_test.go' },
  { first: 6, second: 8, proof: [i_, node(1, 3), k], source: 'reference_test.go, verify_test.go' },
  { first: 6, second: 7, proof: [i_, j, k], source: 'verify_test.go, testdata/consistency/4, RFC 9162 §2.1.5' },
  { first: 3, second: 7, proof: [c, d, g, l], source: 'RFC 9162 §2.1.5' },
  { first: 4, second: 7, proof: [l], source: 'RFC 9162 §2.1.5' },
  { first: 1, second: 2, proof: [b], source: 'proof_test.go' },
  { first: 1, second: 4, proof: [b, h], source: 'proof_test.go' },
  { first: 1, second: 6, proof: [b, h, i_], source: 'proof_test.go' },
  { first: 2, second: 3, proof: [c], source: 'proof_test.go' },
  { first: 2, second: 8, proof: [h, node(2, 1)], source: 'proof_test.go' },
  { first: 5, second: 7, proof: [e, f, j, k], source: 'proof_test.go' },
  { first: 7, second: 8, proof: [j, d7, i_, k], source: 'proof_test.go' },
  { first: 2, second: 4, proof: [h], source: 'proof_test.go' },
  { first: 3, second: 5, proof: [c, d, g, e], source: 'proof_test.go' },
  { first: 3, second: 6, proof: [c, d, g, i_], source: 'proof_test.go' },
  { first: 4, second: 6, proof: [i_], source: 'proof_test.go' },
  { first: 1, second: 7, proof: [b, h, l], source: 'proof_test.go' },
];

const vectorStore = (): MemoryNodeStore => MemoryNodeStore.fromLeafHashes(LEAVES.map(leafHash));
const root = (size: number): Uint8Array => unhex(ROOTS[size] ?? '');

// transparency-dev/merkle proof/verify_test.go: sha256SomeHash and the empty tree hash.
const SOME_HASH = unhex('abacaba000000000000000000000000000000000000000000060061e00123456');
const EMPTY_HASH = unhex(ROOTS[0] ?? '');

function flipBit(proof: readonly Uint8Array[], position: number, mask: number): Uint8Array[] {
  return proof.map((hash, index) => {
    if (index !== position) return hash;
    const copy = Uint8Array.from(hash);
    copy[0] = (copy[0] ?? 0) ^ mask;
    return copy;
  });
}

describe('Merkle tree hashes (RFC 9162 §2.1.1)', () => {
  it('hashes the empty tree, leaves and nodes with domain separation', () => {
    expect(hex(emptyRoot())).toBe(ROOTS[0]);
    expect(hex(leafHash(new Uint8Array()))).toBe(a);
    expect(hex(nodeHash(unhex(a), unhex(b)))).toBe(g);
  });

  it('gives the published roots for the trees of the first 0..8 reference leaves', async () => {
    const store = vectorStore();
    for (let size = 0; size <= 8; size += 1) {
      expect(hex(rootFromLeafHashes(LEAVES.slice(0, size).map(leafHash))), `reference MTH, size ${size}`).toBe(ROOTS[size]);
      expect(hex(await rootAt(size, store)), `rootAt, size ${size}`).toBe(ROOTS[size]);
    }
  });

  it('stores exactly the published perfect subtrees of the 8-leaf tree', () => {
    const store = vectorStore();
    const expected = NODE_HASHES.flatMap((row, level) => row.map((hash, index) => `${level}:${index}:${hash}`)).sort();
    const actual = store.nodes().map((n) => `${n.level}:${n.index}:${hex(n.hash)}`).sort();
    expect(actual).toEqual(expected);
    expect(store.size).toBe(8);
  });
});

describe('published inclusion proofs (RFC 9162 §2.1.3)', () => {
  for (const vector of INCLUSION_VECTORS) {
    it(`leaf ${vector.index} in a tree of ${vector.size} (${vector.source})`, async () => {
      const proof = await inclusionProof(vector.index, vector.size, vectorStore());
      expect(hexes(proof)).toEqual(vector.proof);
      const leaf = leafHash(LEAVES[vector.index] ?? new Uint8Array());
      expect(verifyInclusion(leaf, vector.index, vector.size, proof, root(vector.size))).toBe(true);
    });
  }

  // The corruptions of transparency-dev/merkle proof/verify_test.go corruptInclusionProof.
  it('rejects every corruption of the published proofs', () => {
    for (const { index, size, proof: proofHex } of INCLUSION_VECTORS) {
      const proof = proofHex.map(unhex);
      const leaf = leafHash(LEAVES[index] ?? new Uint8Array());
      const good = root(size);
      const probes: [string, number, number, Uint8Array, Uint8Array[], Uint8Array][] = [
        ['index - 1', index - 1, size, leaf, proof, good],
        ['index + 1', index + 1, size, leaf, proof, good],
        ['index ^ 2', index ^ 2, size, leaf, proof, good],
        ['size * 2', index, size * 2, leaf, proof, good],
        ['size / 2', index, Math.floor(size / 2), leaf, proof, good],
        ['wrong leaf', index, size, leafHash(Buffer.from('WrongLeaf')), proof, good],
        ['empty root', index, size, leaf, proof, EMPTY_HASH],
        ['random root', index, size, leaf, proof, SOME_HASH],
        ['trailing root', index, size, leaf, [...proof, good], good],
        ['preceding root', index, size, leaf, [good, ...proof], good],
        ['trailing garbage', index, size, leaf, [...proof, new Uint8Array()], good],
        ['preceding garbage', index, size, leaf, [new Uint8Array(), ...proof], good],
      ];
      proof.forEach((_, position) => probes.push([`proof[${position}] bit 3`, index, size, leaf, flipBit(proof, position, 8), good]));
      if (proof.length > 0) probes.push(['removed component', index, size, leaf, proof.slice(0, -1), good]);
      if (proof.length > 1) probes.push(['inserted component', index, size, leaf, [proof[0] ?? SOME_HASH, SOME_HASH, ...proof.slice(1)], good]);
      for (const [desc, probeIndex, probeSize, probeLeaf, probeProof, probeRoot] of probes) {
        expect(verifyInclusion(probeLeaf, probeIndex, probeSize, probeProof, probeRoot), `${index}/${size}: ${desc}`).toBe(false);
      }
    }
  });
});

describe('published consistency proofs (RFC 9162 §2.1.4)', () => {
  for (const vector of CONSISTENCY_VECTORS) {
    it(`from ${vector.first} to ${vector.second} (${vector.source})`, async () => {
      const proof = await consistencyProof(vector.first, vector.second, vectorStore());
      expect(hexes(proof)).toEqual(vector.proof);
      expect(verifyConsistency(vector.first, vector.second, root(vector.first), root(vector.second), proof)).toBe(true);
    });
  }

  // The corruptions of transparency-dev/merkle proof/verify_test.go corruptConsistencyProof.
  it('rejects every corruption of the published proofs', () => {
    for (const { first, second, proof: proofHex } of CONSISTENCY_VECTORS) {
      const proof = proofHex.map(unhex);
      if (proof.length === 0) continue;
      const [r1, r2] = [root(first), root(second)];
      const wrong = leafHash(Buffer.from('WrongRoot'));
      const probes: [string, number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
        ['first - 1', first - 1, second, r1, r2, proof],
        ['first + 1', first + 1, second, r1, r2, proof],
        ['first ^ 2', first ^ 2, second, r1, r2, proof],
        ['second * 2', first, second * 2, r1, r2, proof],
        ['second / 2', first, Math.floor(second / 2), r1, r2, proof],
        ['wrong first root', first, second, wrong, r2, proof],
        ['wrong second root', first, second, r1, wrong, proof],
        ['swapped roots', first, second, r2, r1, proof],
        ['empty proof', first, second, r1, r2, []],
        ['trailing garbage', first, second, r1, r2, [...proof, new Uint8Array()]],
        ['trailing first root', first, second, r1, r2, [...proof, r1]],
        ['trailing second root', first, second, r1, r2, [...proof, r2]],
        ['preceding garbage', first, second, r1, r2, [new Uint8Array(), ...proof]],
        ['preceding first root', first, second, r1, r2, [r1, ...proof]],
        ['preceding second root', first, second, r1, r2, [r2, ...proof]],
        ['preceding proof[0]', first, second, r1, r2, [proof[0] ?? SOME_HASH, ...proof]],
        ['truncated proof', first, second, r1, r2, proof.slice(0, -1)],
      ];
      proof.forEach((_, position) => probes.push([`proof[${position}] bit 4`, first, second, r1, r2, flipBit(proof, position, 16)]));
      for (const [desc, probeFirst, probeSecond, probeR1, probeR2, probeProof] of probes) {
        expect(verifyConsistency(probeFirst, probeSecond, probeR1, probeR2, probeProof), `${first}→${second}: ${desc}`).toBe(false);
      }
    }
  });

  // transparency-dev/merkle proof/verify_test.go TestVerifyConsistency, with the empty tree's
  // root required for size 0 (this implementation is stricter there: see verifyConsistency).
  it('handles the trivial sizes', () => {
    const [r1, r2] = [leafHash(Buffer.from('one')), leafHash(Buffer.from('two'))];
    expect(verifyConsistency(0, 0, EMPTY_HASH, EMPTY_HASH, [])).toBe(true);
    expect(verifyConsistency(0, 1, EMPTY_HASH, r2, [])).toBe(true);
    expect(verifyConsistency(1, 1, r2, r2, [])).toBe(true);
    expect(verifyConsistency(0, 0, r1, r1, [])).toBe(false);
    expect(verifyConsistency(0, 1, r1, r2, [])).toBe(false);
    expect(verifyConsistency(0, 0, r1, r2, [])).toBe(false);
    expect(verifyConsistency(1, 1, r1, r2, [])).toBe(false);
    expect(verifyConsistency(1, 0, r1, r2, [])).toBe(false);
    expect(verifyConsistency(2, 1, r1, r2, [])).toBe(false);
    expect(verifyConsistency(1, 2, r1, r2, [])).toBe(false);
    expect(verifyConsistency(0, 0, EMPTY_HASH, EMPTY_HASH, [EMPTY_HASH])).toBe(false);
    expect(verifyConsistency(0, 1, EMPTY_HASH, EMPTY_HASH, [EMPTY_HASH])).toBe(false);
    expect(verifyConsistency(1, 1, EMPTY_HASH, EMPTY_HASH, [EMPTY_HASH])).toBe(false);
  });
});

describe('verification never throws', () => {
  const junk: unknown[] = [undefined, null, 'abc', 1.5, -1, Number.NaN, Infinity, 2 ** 60, {}, [], [1, 2], new Uint8Array(31), 10n];
  it('returns false for any malformed argument', () => {
    const leaf = leafHash(new Uint8Array());
    for (const bad of junk) {
      expect(verifyInclusion(bad as Uint8Array, 0, 1, [], leaf)).toBe(false);
      expect(verifyInclusion(leaf, bad as number, 1, [], leaf)).toBe(false);
      expect(verifyInclusion(leaf, 0, bad as number, [], leaf)).toBe(false);
      expect(verifyInclusion(leaf, 0, 1, bad as Uint8Array[], bad as Uint8Array)).toBe(false);
      expect(verifyInclusion(leaf, 0, 2, [bad as Uint8Array], leaf)).toBe(false);
      expect(verifyConsistency(bad as number, 2, leaf, leaf, [leaf])).toBe(false);
      expect(verifyConsistency(1, bad as number, leaf, leaf, [leaf])).toBe(false);
      expect(verifyConsistency(1, 2, bad as Uint8Array, leaf, [leaf])).toBe(false);
      expect(verifyConsistency(1, 2, leaf, bad as Uint8Array, [leaf])).toBe(false);
      expect(verifyConsistency(1, 2, leaf, leaf, bad as Uint8Array[])).toBe(false);
    }
    // Proofs far longer than any tree of safe-integer size.
    expect(verifyInclusion(leaf, 0, 2 ** 53 - 1, Array.from({ length: 200 }, () => leaf), leaf)).toBe(false);
    expect(verifyConsistency(3, 2 ** 53 - 1, leaf, leaf, Array.from({ length: 200 }, () => leaf))).toBe(false);
  });
});

describe('argument checks on the generating side', () => {
  it('refuses impossible indexes and sizes', async () => {
    const store = vectorStore();
    await expect(inclusionProof(8, 8, store)).rejects.toBeInstanceOf(MerkleError);
    await expect(inclusionProof(0, 0, store)).rejects.toMatchObject({ code: 'invalid_leaf_index' });
    await expect(inclusionProof(-1, 3, store)).rejects.toMatchObject({ code: 'invalid_leaf_index' });
    await expect(consistencyProof(5, 4, store)).rejects.toMatchObject({ code: 'invalid_tree_size' });
    await expect(rootAt(1.5, store)).rejects.toMatchObject({ code: 'invalid_tree_size' });
    await expect(rootAt(9, store)).rejects.toMatchObject({ code: 'missing_node' });
    await expect(appendLeaf(new Uint8Array(5), 8, store)).rejects.toMatchObject({ code: 'invalid_hash' });
    expect(await consistencyProof(0, 8, store)).toEqual([]);
    expect(await consistencyProof(8, 8, store)).toEqual([]);
  });

  it('names the perfect subtrees of the RFC 9162 §2.1.5 examples', () => {
    const ids = (groups: NodeId[][]): string[] => groups.map((group) => group.map((id) => `${id.level}.${id.index}`).join('+'));
    // d0 in 7 leaves: [b, h, l]; l = i + j, a right-edge node read as two perfect subtrees.
    expect(ids(inclusionProofNodes(0, 7))).toEqual(['0.1', '1.1', '1.2+0.6']);
    expect(ids(inclusionProofNodes(6, 7))).toEqual(['1.2', '2.0']);
    expect(ids(consistencyProofNodes(3, 7))).toEqual(['0.2', '0.3', '1.0', '1.2+0.6']);
    expect(ids(consistencyProofNodes(4, 7))).toEqual(['1.2+0.6']);
    expect(ids(consistencyProofNodes(6, 7))).toEqual(['1.2', '0.6', '2.0']);
    // transparency-dev proof_test.go TestConsistency 81 → 95: the same nodes, with
    // (0,94) (1,46) (2,22) rehashed into one element.
    expect(ids(consistencyProofNodes(81, 95))).toEqual(['0.80', '0.81', '1.41', '2.21', '2.22+1.46+0.94', '4.4', '6.0']);
  });
});

// ---------------------------------------------------------------------------------------
// Properties over random trees. A fixed-seed generator keeps failures reproducible.

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(9162);
const randomInt = (below: number): number => Math.floor(random() * below);
// Every size up to 40, the sizes around powers of two, and random sizes up to 300.
const SIZES = [
  ...Array.from({ length: 40 }, (_, i) => i + 1),
  63, 64, 65, 127, 128, 129, 255, 256, 257,
  ...Array.from({ length: 8 }, () => 41 + randomInt(260)),
];

/**
 * Reference MTH, PATH and PROOF straight from the recursive definitions of RFC 9162 §2.1.1,
 * §2.1.3.1 and §2.1.4.1, over leaf hashes, with MTH memoised per range so the property
 * tests stay fast.
 */
class Reference {
  readonly #cache = new Map<string, Uint8Array>();
  constructor(readonly leaves: readonly Uint8Array[]) {}

  static split(n: number): number {
    let kk = 1;
    while (kk * 2 < n) kk *= 2;
    return kk;
  }

  mth(start: number, end: number): Uint8Array {
    if (start === end) return emptyRoot();
    const key = `${start}:${end}`;
    let hash = this.#cache.get(key);
    if (!hash) {
      const kk = Reference.split(end - start);
      hash = end - start === 1 ? (this.leaves[start] ?? emptyRoot()) : nodeHash(this.mth(start, start + kk), this.mth(start + kk, end));
      this.#cache.set(key, hash);
    }
    return hash;
  }

  path(m: number, start = 0, end = this.leaves.length): Uint8Array[] {
    if (end - start === 1) return [];
    const kk = Reference.split(end - start);
    return m < kk
      ? [...this.path(m, start, start + kk), this.mth(start + kk, end)]
      : [...this.path(m - kk, start + kk, end), this.mth(start, start + kk)];
  }

  subproof(m: number, start: number, end: number, known: boolean): Uint8Array[] {
    if (m === end - start) return known ? [] : [this.mth(start, end)];
    const kk = Reference.split(end - start);
    return m <= kk
      ? [...this.subproof(m, start, start + kk, known), this.mth(start + kk, end)]
      : [...this.subproof(m - kk, start + kk, end, false), this.mth(start, start + kk)];
  }

  proof(m: number): Uint8Array[] {
    return this.subproof(m, 0, this.leaves.length, true);
  }
}

/** A reader that counts node reads (it hides getNodes so every read goes through getNode). */
function counting(reader: NodeReader): NodeReader & { reads: number } {
  const wrapper = {
    reads: 0,
    getNode(level: number, index: number) {
      wrapper.reads += 1;
      return reader.getNode(level, index);
    },
  };
  return wrapper;
}

const log2Ceil = (n: number): number => Math.ceil(Math.log2(n));

function randomLeaves(n: number): Uint8Array[] {
  return Array.from({ length: n }, () => leafHash(randomBytes(1 + randomInt(40))));
}

describe('properties over random trees up to 300 leaves', () => {
  it('rootAt equals the reference MTH for every prefix, in at most ⌊log2 n⌋ + 1 reads', async () => {
    for (const n of SIZES) {
      const leaves = randomLeaves(n);
      const store = counting(MemoryNodeStore.fromLeafHashes(leaves));
      const ref = new Reference(leaves);
      expect(hex(await rootAt(n, store))).toBe(hex(rootFromLeafHashes(leaves)));
      for (let size = 0; size <= n; size += 1) {
        store.reads = 0;
        expect(hex(await rootAt(size, store))).toBe(hex(ref.mth(0, size)));
        expect(store.reads).toBeLessThanOrEqual(size === 0 ? 0 : Math.floor(Math.log2(size)) + 1);
      }
    }
  });

  it('every inclusion proof is the RFC PATH, verifies, fails for a wrong leaf, index or root, and reads ≤ 2⌈log2 n⌉ nodes', async () => {
    let maxRatio = 0;
    for (const n of SIZES) {
      const leaves = randomLeaves(n);
      const store = counting(MemoryNodeStore.fromLeafHashes(leaves));
      const ref = new Reference(leaves);
      const treeRoot = rootFromLeafHashes(leaves);
      const otherLeaf = leafHash(Buffer.from('not in the tree'));
      for (let index = 0; index < n; index += 1) {
        store.reads = 0;
        const proof = await inclusionProof(index, n, store);
        expect(store.reads).toBeLessThanOrEqual(2 * log2Ceil(n));
        if (n > 1) maxRatio = Math.max(maxRatio, store.reads / log2Ceil(n));
        expect(hexes(proof)).toEqual(hexes(ref.path(index)));
        const leaf = leaves[index] ?? otherLeaf;
        expect(verifyInclusion(leaf, index, n, proof, treeRoot)).toBe(true);
        expect(verifyInclusion(otherLeaf, index, n, proof, treeRoot)).toBe(false);
        for (const wrongIndex of [index - 1, index + 1, index ^ 1, randomInt(n), n]) {
          if (wrongIndex === index) continue;
          expect(verifyInclusion(leaf, wrongIndex, n, proof, treeRoot), `${index}/${n} as ${wrongIndex}`).toBe(false);
        }
        expect(verifyInclusion(leaf, index, n, proof, flipBit([treeRoot], 0, 1)[0] ?? treeRoot)).toBe(false);
        if (n > 1) expect(verifyInclusion(leaf, index, n, proof, ref.mth(0, n - 1))).toBe(false);
      }
    }
    expect(maxRatio).toBeLessThanOrEqual(2);
  });

  it('every consistency proof m ≤ n is the RFC PROOF, verifies, fails when a leaf of the first tree changes, and reads ≤ 2⌈log2 n⌉ + 1 nodes', async () => {
    for (const n of SIZES) {
      const leaves = randomLeaves(n);
      const store = counting(MemoryNodeStore.fromLeafHashes(leaves));
      const ref = new Reference(leaves);
      const secondRoot = rootFromLeafHashes(leaves);
      // Copies of the tree with one leaf changed: the first, a random one and the last.
      const tamperings = [...new Set([0, randomInt(n), n - 1])].map((changed) => {
        const tampered = [...leaves];
        tampered[changed] = leafHash(Buffer.from(`tampered ${changed}`));
        return { changed, ref: new Reference(tampered), store: MemoryNodeStore.fromLeafHashes(tampered) };
      });
      for (let m = 0; m <= n; m += 1) {
        store.reads = 0;
        const proof = await consistencyProof(m, n, store);
        expect(store.reads).toBeLessThanOrEqual(2 * log2Ceil(n) + 1);
        if (m > 0 && m < n) expect(hexes(proof)).toEqual(hexes(ref.proof(m)));
        else expect(proof).toEqual([]);
        const firstRoot = ref.mth(0, m);
        expect(verifyConsistency(m, n, firstRoot, secondRoot, proof), `${m}→${n}`).toBe(true);
        // A leaf of the first tree changed: its root changes, and neither the true proof nor
        // one made from the changed tree links it to the second root.
        for (const tampering of tamperings.filter((t) => t.changed < m)) {
          const tamperedFirstRoot = tampering.ref.mth(0, m);
          expect(verifyConsistency(m, n, tamperedFirstRoot, secondRoot, proof), `${m}→${n}, leaf ${tampering.changed}`).toBe(false);
          const tamperedProof = await consistencyProof(m, n, tampering.store);
          expect(verifyConsistency(m, n, tamperedFirstRoot, secondRoot, tamperedProof)).toBe(false);
        }
      }
    }
  });

  it('the appender stores exactly the perfect subtrees, each equal to a recomputation', async () => {
    for (const n of SIZES) {
      const leaves = randomLeaves(n);
      const store = new MemoryNodeStore();
      const reader = counting(store);
      const returned: CompleteNode[] = [];
      for (const [index, leaf] of leaves.entries()) {
        reader.reads = 0;
        const created = await appendLeaf(leaf, index, reader);
        expect(reader.reads).toBe(appendSiblingNodes(index).length);
        expect(reader.reads).toBeLessThanOrEqual(log2Ceil(index + 1));
        // The leaf, then one parent per trailing 1 bit of the index.
        expect(created.map((x) => x.level)).toEqual(Array.from({ length: created.length }, (_, level) => level));
        store.put(created);
        returned.push(...created);
      }
      const expected: string[] = [];
      const ref = new Reference(leaves);
      for (let level = 0, width = 1; width <= n; level += 1, width *= 2) {
        for (let index = 0; (index + 1) * width <= n; index += 1) {
          expected.push(`${level}:${index}:${hex(ref.mth(index * width, (index + 1) * width))}`);
        }
      }
      const render = (nodes: readonly CompleteNode[]): string[] => nodes.map((x) => `${x.level}:${x.index}:${hex(x.hash)}`).sort();
      expect(render(returned)).toEqual(expected.sort());
      expect(render(store.nodes())).toEqual(expected);
      expect(store.size).toBe(n);

      // A batch append from a partial tree gives the same nodes as one-by-one appends.
      const split = randomInt(n + 1);
      const partial = MemoryNodeStore.fromLeafHashes(leaves.slice(0, split));
      partial.put(await appendLeaves(leaves.slice(split), split, partial));
      expect(render(partial.nodes())).toEqual(expected);
    }
  });

  it('handles sizes beyond 32 bits (no 32-bit bit operations)', async () => {
    // A tree whose leaves are all equal has one hash per level, so a virtual reader can
    // answer any perfect subtree of a tree of up to 2^53 - 1 leaves.
    const perLevel = [leafHash(Buffer.from('same'))];
    for (let level = 1; level <= 53; level += 1) perLevel.push(nodeHash(perLevel[level - 1] ?? emptyRoot(), perLevel[level - 1] ?? emptyRoot()));
    const virtual: NodeReader = { getNode: (level) => perLevel[level] ?? emptyRoot() };
    const leaf = perLevel[0] ?? emptyRoot();
    for (const [index, size] of [
      [2 ** 32, 2 ** 32 + 1],
      [2 ** 40 + 12_345, 2 ** 41 - 3],
      [2 ** 53 - 2, 2 ** 53 - 1],
      [3, 2 ** 53 - 1],
    ] as const) {
      const treeRoot = await rootAt(size, virtual);
      const proof = await inclusionProof(index, size, virtual);
      expect(verifyInclusion(leaf, index, size, proof, treeRoot), `${index}/${size}`).toBe(true);
      expect(verifyInclusion(leaf, index, size, proof, flipBit([treeRoot], 0, 1)[0] ?? treeRoot)).toBe(false);
      const first = index + 1;
      const consistency = await consistencyProof(first, size, virtual);
      expect(verifyConsistency(first, size, await rootAt(first, virtual), treeRoot, consistency), `${first}→${size}`).toBe(true);
    }
    expect(appendSiblingNodes(2 ** 40 - 1)).toHaveLength(40);
  });

  it('a reader with getNodes is asked once per proof', async () => {
    const leaves = randomLeaves(300);
    const store = MemoryNodeStore.fromLeafHashes(leaves);
    const ref = new Reference(leaves);
    let batches = 0;
    const batching: NodeReader = {
      getNode: () => {
        throw new Error('getNode should not be called when getNodes exists');
      },
      getNodes: (ids) => {
        batches += 1;
        return ids.map((id) => store.getNode(id.level, id.index));
      },
    };
    expect(hexes(await inclusionProof(137, 300, batching))).toEqual(hexes(ref.path(137)));
    expect(hexes(await consistencyProof(100, 300, batching))).toEqual(hexes(ref.proof(100)));
    expect(hex(await rootAt(300, batching))).toBe(hex(rootFromLeafHashes(leaves)));
    expect(batches).toBe(3);
  });
});
