import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrustError } from '../../src/trust/errors.js';
import { KeyEncryptionKey, MemoryKeyStore, SigningKey, keyWasActiveAt, type EncryptedKey } from '../../src/trust/keys.js';

const CONTROLLER = 'did:web:localhost%3A8080:issuers:mtkvari-university';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'microcred-keys-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The secret seed of a key, read back through its encrypted blob: the only way out. */
async function seedOf(key: SigningKey, kek: KeyEncryptionKey): Promise<Buffer> {
  const blob = await key.encrypt(kek);
  const associated = Buffer.from(JSON.stringify(['microcred-ed25519-key/v1', blob.id, blob.controller, blob.publicKeyMultibase, blob.created]));
  return kek.decrypt(blob.encryptedSecretKey, associated);
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58(bytes: Buffer): string {
  let value = BigInt(`0x${bytes.toString('hex')}`);
  let text = '';
  while (value > 0n) {
    text = BASE58[Number(value % 58n)] + text;
    value /= 58n;
  }
  return text;
}

/** Every textual form the 32 secret bytes (and their 64-byte expanded form) could take. */
function secretForms(seed: Buffer, publicKey: Buffer): string[] {
  const expanded = Buffer.concat([seed, publicKey]);
  // secretKeyMultibase as the Multikey library writes it (64 bytes) and as the spec does (32)
  const multibase = [seed, expanded].map((bytes) => `z${base58(Buffer.concat([Buffer.from([0x80, 0x26]), bytes]))}`);
  return [
    ...multibase,
    ...[seed, expanded].flatMap((bytes) => [bytes.toString('hex'), bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex').toUpperCase()]),
  ];
}

function publicKeyBytes(publicKeyMultibase: string): Buffer {
  const alphabet = BASE58;
  let value = 0n;
  for (const char of publicKeyMultibase.slice(1)) value = value * 58n + BigInt(alphabet.indexOf(char));
  const bytes = Buffer.from(value.toString(16).padStart(68, '0'), 'hex');
  return bytes.subarray(2); // drop the 0xed01 multicodec header
}

describe('the key-encryption key', () => {
  const hex = 'a'.repeat(64);

  it('is read from 64 hex digits or base64', () => {
    expect(() => KeyEncryptionKey.parse(hex)).not.toThrow();
    expect(() => KeyEncryptionKey.parse(Buffer.alloc(32, 7).toString('base64'))).not.toThrow();
    expect(() => KeyEncryptionKey.parse(Buffer.alloc(32, 7).toString('base64url'))).not.toThrow();
  });

  it('must be 32 bytes', () => {
    expect(() => KeyEncryptionKey.parse('a'.repeat(62))).toThrow(TrustError);
    expect(() => KeyEncryptionKey.parse(Buffer.alloc(16).toString('base64'))).toThrow(TrustError);
    expect(() => KeyEncryptionKey.fromBytes(new Uint8Array(31))).toThrow(/32 bytes/);
  });

  it('loads from a value or a file, and refuses both at once', async () => {
    const file = join(dir, 'kek');
    await writeFile(file, `${hex}\n`);
    await expect(KeyEncryptionKey.load({ value: hex })).resolves.toBeInstanceOf(KeyEncryptionKey);
    await expect(KeyEncryptionKey.load({ file })).resolves.toBeInstanceOf(KeyEncryptionKey);
    await expect(KeyEncryptionKey.load({ value: hex, file })).rejects.toThrow(/not both/);
  });

  it('has no fallback: without a value, a file or demo mode it refuses', async () => {
    const error = await KeyEncryptionKey.load({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrustError);
    expect((error as TrustError).code).toBe('invalid_key_encryption_key');
  });

  it('is generated once in demo mode and kept (owner-only) for the next start', async () => {
    const demoFile = join(dir, 'demo', 'kek');
    const first = await KeyEncryptionKey.load({ demoFile });
    expect((await stat(demoFile)).mode & 0o777).toBe(0o600);
    const second = await KeyEncryptionKey.load({ demoFile });
    const key = await SigningKey.generate({ controller: CONTROLLER });
    const blob = await key.encrypt(first);
    await expect(SigningKey.decrypt(blob, second)).resolves.toBeInstanceOf(SigningKey);
    // a configured key wins over the demo file
    const configured = await KeyEncryptionKey.load({ value: hex, demoFile });
    await expect(SigningKey.decrypt(blob, configured)).rejects.toThrow(TrustError);
    expect((await readFile(demoFile, 'utf8')).trim()).toHaveLength(44);
  });
});

describe('signing keys at rest', () => {
  it('encrypt to a blob with the public facts in the clear and the secret sealed', async () => {
    const kek = KeyEncryptionKey.generate();
    const created = new Date('2025-01-01T00:00:00Z');
    const key = await SigningKey.generate({ controller: CONTROLLER, created });
    const blob = await key.encrypt(kek);
    expect(blob).toMatchObject({
      format: 'microcred-ed25519-key/v1',
      id: `${CONTROLLER}#${key.publicKeyMultibase}`,
      type: 'Multikey',
      controller: CONTROLLER,
      publicKeyMultibase: key.publicKeyMultibase,
      created: '2025-01-01T00:00:00.000Z',
      encryptedSecretKey: { alg: 'A256GCM' },
    });
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(Buffer.from(blob.encryptedSecretKey.iv, 'base64url')).toHaveLength(12);
    expect(Buffer.from(blob.encryptedSecretKey.ciphertext, 'base64url')).toHaveLength(32);
    expect(Buffer.from(blob.encryptedSecretKey.tag, 'base64url')).toHaveLength(16);

    const seed = await seedOf(key, kek);
    const text = JSON.stringify(blob);
    for (const form of secretForms(seed, publicKeyBytes(key.publicKeyMultibase))) expect(text).not.toContain(form);
  });

  it('decrypt back into a key that signs like the original', async () => {
    const kek = KeyEncryptionKey.generate();
    const key = await SigningKey.generate({ controller: CONTROLLER });
    const again = await SigningKey.decrypt(await key.encrypt(kek), kek);
    expect(again.toJSON()).toEqual(key.toJSON());
    const data = new TextEncoder().encode('the same bytes');
    expect(Buffer.from(await again.signer().sign({ data }))).toEqual(Buffer.from(await key.signer().sign({ data })));
  });

  it('do not decrypt with another key-encryption key', async () => {
    const key = await SigningKey.generate({ controller: CONTROLLER });
    const blob = await key.encrypt(KeyEncryptionKey.generate());
    const error = await SigningKey.decrypt(blob, KeyEncryptionKey.generate()).catch((e: unknown) => e);
    expect((error as TrustError).code).toBe('key_decryption_failed');
  });

  it('do not decrypt once any public field of the blob is changed (bound as additional data)', async () => {
    const kek = KeyEncryptionKey.generate();
    const key = await SigningKey.generate({ controller: CONTROLLER });
    const other = await SigningKey.generate({ controller: CONTROLLER });
    const blob = await key.encrypt(kek);
    const tampered: EncryptedKey[] = [
      { ...blob, id: `${CONTROLLER}#key-2` },
      { ...blob, controller: 'did:web:example.org' },
      { ...blob, publicKeyMultibase: other.publicKeyMultibase },
      { ...blob, created: '2020-01-01T00:00:00.000Z' },
    ];
    for (const changed of tampered) await expect(SigningKey.decrypt(changed, kek)).rejects.toThrow(TrustError);
  });

  it('never serialise their secret: JSON and inspection show public data only', async () => {
    const kek = KeyEncryptionKey.generate();
    const store = new MemoryKeyStore(kek);
    await store.rotate(CONTROLLER);
    const key = (await store.getActiveKey(CONTROLLER))!;
    const seed = await seedOf(key, kek);
    const forms = secretForms(seed, publicKeyBytes(key.publicKeyMultibase));

    const exposed: unknown[] = [
      key,
      key.signer(),
      key.verificationMethod(),
      kek,
      store,
      await store.getKey(key.id),
      await store.listKeys(CONTROLLER),
      { key, kek, store },
    ];
    for (const value of exposed) {
      const texts = [JSON.stringify(value) ?? '', inspect(value, { depth: 10, showHidden: true, getters: true })];
      for (const text of texts) for (const form of forms) expect(text).not.toContain(form);
    }
    expect(JSON.parse(JSON.stringify(key))).toEqual({
      id: key.id,
      type: 'Multikey',
      controller: CONTROLLER,
      publicKeyMultibase: key.publicKeyMultibase,
      created: key.created,
    });
    expect(Object.keys(key).sort()).toEqual(['controller', 'created', 'id', 'publicKeyMultibase']);
    expect(JSON.stringify(kek)).toBe('"[KeyEncryptionKey]"');
  });
});

describe('a key store', () => {
  it('rotates: the new key is active, the old one retired but still listed', async () => {
    const store = new MemoryKeyStore(KeyEncryptionKey.generate());
    expect(await store.getActiveKey(CONTROLLER)).toBeUndefined();
    const first = await store.rotate(CONTROLLER, new Date('2025-01-01T00:00:00Z'));
    const second = await store.rotate(CONTROLLER, new Date('2025-09-01T00:00:00Z'));

    expect((await store.getActiveKey(CONTROLLER))?.id).toBe(second.id);
    expect(await store.getKey(first.id)).toMatchObject({ retiredAt: '2025-09-01T00:00:00.000Z', created: '2025-01-01T00:00:00.000Z' });
    expect(await store.getKey(second.id)).toMatchObject({ retiredAt: null });
    expect((await store.listKeys(CONTROLLER)).map((key) => key.id)).toEqual([second.id, first.id]);
    expect(await store.getKey(`${CONTROLLER}#unknown`)).toBeUndefined();
  });

  it('keeps issuers apart', async () => {
    const store = new MemoryKeyStore(KeyEncryptionKey.generate());
    const other = 'did:web:localhost%3A8080:issuers:another';
    await store.rotate(CONTROLLER);
    await store.rotate(other);
    expect(await store.listKeys(CONTROLLER)).toHaveLength(1);
    expect((await store.getActiveKey(other))?.controller).toBe(other);
    expect((await store.getKey((await store.listKeys(CONTROLLER))[0]!.id))?.retiredAt).toBeNull();
  });

  it('persists only encrypted rows, which reload with the same key-encryption key', async () => {
    const kek = KeyEncryptionKey.generate();
    const store = new MemoryKeyStore(kek);
    await store.rotate(CONTROLLER);
    const rows = JSON.parse(JSON.stringify(store.records())) as ReturnType<MemoryKeyStore['records']>;
    expect(rows[0]).toMatchObject({ issuerId: CONTROLLER, retiredAt: null, encrypted: { format: 'microcred-ed25519-key/v1' } });
    const reloaded = new MemoryKeyStore(kek);
    reloaded.load(rows);
    expect((await reloaded.getActiveKey(CONTROLLER))?.id).toBe(rows[0]!.encrypted.id);
    const wrong = new MemoryKeyStore(KeyEncryptionKey.generate());
    wrong.load(rows);
    await expect(wrong.getActiveKey(CONTROLLER)).rejects.toThrow(TrustError);
  });

  it('tells whether a key was active at a given time', () => {
    const key = { created: '2025-01-01T00:00:00Z', retiredAt: '2025-09-01T00:00:00Z' };
    expect(keyWasActiveAt(key, new Date('2024-12-31T23:59:59Z'))).toBe(false);
    expect(keyWasActiveAt(key, new Date('2025-01-01T00:00:00Z'))).toBe(true);
    expect(keyWasActiveAt(key, new Date('2025-08-31T23:59:59Z'))).toBe(true);
    expect(keyWasActiveAt(key, new Date('2025-09-01T00:00:00Z'))).toBe(false);
    expect(keyWasActiveAt({ ...key, retiredAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe(true);
  });
});
