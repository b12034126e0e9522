import { type KeyObject, generateKeyPairSync, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryNodeStore, emptyRoot, leafHash, rootAt } from './merkle.js';
import {
  type SignedTreeHead,
  type TreeHead,
  TREE_HEAD_BYTES,
  TreeHeadError,
  encodeBase64,
  signTreeHead,
  treeHeadBytes,
  verifyTreeHead,
} from './signed-tree-head.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');

const signer = (key: KeyObject) => async (bytes: Uint8Array) => new Uint8Array(cryptoSign(null, bytes, key));
const verifier = (key: KeyObject) => async (bytes: Uint8Array, signature: Uint8Array) => cryptoVerify(null, bytes, key, signature);

// The root of the 8 reference leaves (transparency-dev/merkle testonly/constants.go).
const ROOT_8 = '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328';
const head: TreeHead = {
  treeSize: 8,
  rootHash: Buffer.from(ROOT_8, 'hex').toString('base64'),
  timestamp: 1_767_225_600_000, // 2026-01-01T00:00:00Z
};

describe('tree head encoding', () => {
  it('is the RFC 6962 TreeHeadSignature layout: version, type, timestamp, size, root', () => {
    const bytes = treeHeadBytes(head);
    expect(bytes.length).toBe(TREE_HEAD_BYTES);
    expect(Buffer.from(bytes).toString('hex')).toBe(
      '00' + '01' + '0000019b76daa800' + '0000000000000008' + ROOT_8,
    );
  });

  it('refuses malformed heads', () => {
    const bad: unknown[] = [
      { ...head, treeSize: -1 },
      { ...head, treeSize: 1.5 },
      { ...head, treeSize: 2 ** 53 },
      { ...head, treeSize: '8' },
      { ...head, timestamp: -1 },
      { ...head, timestamp: 1.5 },
      { ...head, timestamp: undefined },
      { ...head, rootHash: 'not base64!' },
      { ...head, rootHash: encodeBase64(new Uint8Array(31)) },
      { ...head, rootHash: head.rootHash.replace(/=$/, '') },
      { ...head, treeSize: 0 },
      null,
    ];
    for (const value of bad) expect(() => treeHeadBytes(value as TreeHead), JSON.stringify(value)).toThrow(TreeHeadError);
    expect(() => treeHeadBytes({ treeSize: 0, rootHash: encodeBase64(emptyRoot()), timestamp: 0 })).not.toThrow();
  });
});

describe('signed tree heads with Ed25519', () => {
  it('a good head verifies, and carries only the documented fields', async () => {
    const signed = await signTreeHead({ ...head, extra: 'dropped' } as TreeHead, signer(privateKey));
    expect(Object.keys(signed).sort()).toEqual(['rootHash', 'signature', 'timestamp', 'treeSize']);
    expect(Buffer.from(signed.signature, 'base64').length).toBe(64);
    expect(await verifyTreeHead(signed, verifier(publicKey))).toBe(true);
    // It survives a JSON round trip (it is served as a static document).
    expect(await verifyTreeHead(JSON.parse(JSON.stringify(signed)) as SignedTreeHead, verifier(publicKey))).toBe(true);
  });

  it('signs the root the tree computes', async () => {
    const leaves = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
    const store = MemoryNodeStore.fromLeafHashes(leaves.map((text) => leafHash(Buffer.from(text, 'hex'))));
    const rootHash = encodeBase64(await rootAt(8, store));
    expect(rootHash).toBe(head.rootHash);
    const signed = await signTreeHead({ treeSize: 8, rootHash, timestamp: head.timestamp }, signer(privateKey));
    expect(await verifyTreeHead(signed, verifier(publicKey))).toBe(true);
  });

  it('any change of size, root or timestamp fails', async () => {
    const signed = await signTreeHead(head, signer(privateKey));
    const otherRoot = Buffer.from(ROOT_8, 'hex');
    otherRoot[31] = (otherRoot[31] ?? 0) ^ 1;
    const changed: SignedTreeHead[] = [
      { ...signed, treeSize: 7 },
      { ...signed, treeSize: 9 },
      { ...signed, treeSize: 8 + 2 ** 32 },
      { ...signed, rootHash: otherRoot.toString('base64') },
      { ...signed, rootHash: encodeBase64(emptyRoot()) },
      { ...signed, timestamp: head.timestamp + 1 },
      { ...signed, timestamp: head.timestamp - 1 },
      { ...signed, timestamp: 0 },
    ];
    for (const value of changed) expect(await verifyTreeHead(value, verifier(publicKey)), JSON.stringify(value)).toBe(false);
  });

  it('a wrong key, a changed signature or a malformed document fails without throwing', async () => {
    const signed = await signTreeHead(head, signer(privateKey));
    expect(await verifyTreeHead(signed, verifier(other.publicKey))).toBe(false);
    const signature = Buffer.from(signed.signature, 'base64');
    signature[0] = (signature[0] ?? 0) ^ 1;
    expect(await verifyTreeHead({ ...signed, signature: signature.toString('base64') }, verifier(publicKey))).toBe(false);
    for (const bad of [
      { ...signed, signature: '' },
      { ...signed, signature: 'not base64!' },
      { ...signed, signature: undefined },
      { ...signed, treeSize: -8 },
      { ...signed, timestamp: 'yesterday' },
      { ...signed, rootHash: 42 },
      null,
      'a string',
    ]) {
      expect(await verifyTreeHead(bad as unknown as SignedTreeHead, verifier(publicKey))).toBe(false);
    }
    const throwing = async (): Promise<boolean> => {
      throw new Error('key store unavailable');
    };
    expect(await verifyTreeHead(signed, throwing)).toBe(false);
    const truthy = async () => 'yes' as unknown as boolean;
    expect(await verifyTreeHead(signed, truthy)).toBe(false);
  });

  it('refuses to sign a malformed head', async () => {
    await expect(signTreeHead({ ...head, timestamp: Number.NaN }, signer(privateKey))).rejects.toBeInstanceOf(TreeHeadError);
  });
});
