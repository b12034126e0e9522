// Issuer signing keys: Ed25519 (as Multikey), encrypted at rest with AES-256-GCM under a
// 32-byte key-encryption key the operator provides. This is the one place keys are loaded
// (STYLE 13). The secret key exists in the clear only inside a `SigningKey`'s private
// state; every object exposed here serialises (JSON, util.inspect) to public data only,
// and the encrypted blob is the only serialised form of the secret.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { inspect } from 'node:util';
import type { Signer } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519MultikeyKeyPair } from '@digitalbazaar/ed25519-multikey';
import { TrustError } from './errors.js';

// ---------------------------------------------------------------------------------------
// The key-encryption key

const KEK_BYTES = 32;

/** The operator's key-encryption key. Its bytes never leave the object. */
export class KeyEncryptionKey {
  readonly #bytes: Buffer;

  private constructor(bytes: Uint8Array) {
    if (bytes.length !== KEK_BYTES) {
      throw new TrustError('invalid_key_encryption_key', `The key-encryption key must be ${KEK_BYTES} bytes, not ${bytes.length}.`);
    }
    this.#bytes = Buffer.from(bytes);
  }

  static fromBytes(bytes: Uint8Array): KeyEncryptionKey {
    return new KeyEncryptionKey(bytes);
  }

  /**
   * A copy of the bytes for the platform's own signing worker threads (signing-pool.ts), which
   * run in this process; never for storage, logs or another process.
   */
  bytesForWorkerThread(): Uint8Array {
    return new Uint8Array(this.#bytes);
  }

  /** Parses 32 bytes written as 64 hex digits or as base64 / base64url (43 or 44 characters). */
  static parse(text: string): KeyEncryptionKey {
    const value = text.trim();
    if (/^[0-9a-fA-F]{64}$/.test(value)) return new KeyEncryptionKey(Buffer.from(value, 'hex'));
    if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return new KeyEncryptionKey(Buffer.from(value, 'base64'));
    throw new TrustError('invalid_key_encryption_key', 'The key-encryption key must be 32 bytes written as 64 hex digits or in base64.');
  }

  static generate(): KeyEncryptionKey {
    return new KeyEncryptionKey(randomBytes(KEK_BYTES));
  }

  /**
   * Loads the key-encryption key: from `value` (an environment variable), else from
   * `file`; only in demo mode (`demoFile` given) is one generated, and kept in that file so
   * that the demo's keys survive a restart. Without any of these it refuses: there is no
   * development fallback key.
   */
  static async load(source: { value?: string | undefined; file?: string | undefined; demoFile?: string | undefined }): Promise<KeyEncryptionKey> {
    if (source.value && source.file) {
      throw new TrustError('invalid_key_encryption_key', 'Give the key-encryption key either as a value or as a file, not both.');
    }
    if (source.value) return KeyEncryptionKey.parse(source.value);
    if (source.file) return KeyEncryptionKey.parse(await readFile(source.file, 'utf8'));
    if (source.demoFile) {
      try {
        return KeyEncryptionKey.parse(await readFile(source.demoFile, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const key = KeyEncryptionKey.generate();
      await mkdir(dirname(source.demoFile), { recursive: true });
      try {
        await writeFile(source.demoFile, `${key.#bytes.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (error) {
        // another process wrote it first: use that one
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return KeyEncryptionKey.parse(await readFile(source.demoFile, 'utf8'));
        throw error;
      }
      await chmod(source.demoFile, 0o600);
      return key;
    }
    throw new TrustError(
      'invalid_key_encryption_key',
      'No key-encryption key is configured; provide one (32 bytes, hex or base64) as a value or a file. Only demo mode generates one.',
    );
  }

  encrypt(plaintext: Uint8Array, associatedData: Uint8Array): EncryptedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#bytes, iv);
    cipher.setAAD(associatedData);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return {
      alg: 'A256GCM',
      iv: iv.toString('base64url'),
      ciphertext: ciphertext.toString('base64url'),
      tag: cipher.getAuthTag().toString('base64url'),
    };
  }

  decrypt(secret: EncryptedSecret, associatedData: Uint8Array): Buffer {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#bytes, Buffer.from(secret.iv, 'base64url'));
      decipher.setAAD(associatedData);
      decipher.setAuthTag(Buffer.from(secret.tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(secret.ciphertext, 'base64url')), decipher.final()]);
    } catch {
      throw new TrustError('key_decryption_failed');
    }
  }

  toJSON(): string {
    return '[KeyEncryptionKey]';
  }

  [inspect.custom](): string {
    return 'KeyEncryptionKey [redacted]';
  }
}

// ---------------------------------------------------------------------------------------
// Signing keys

export interface EncryptedSecret {
  alg: 'A256GCM';
  /** base64url, 12 bytes */
  iv: string;
  /** base64url: the 32-byte Ed25519 secret seed, encrypted */
  ciphertext: string;
  /** base64url, the 16-byte GCM tag */
  tag: string;
}

/** A signing key at rest: public description in the clear, the secret encrypted. */
export interface EncryptedKey {
  format: 'microcred-ed25519-key/v1';
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
  /** ISO 8601 */
  created: string;
  /** AES-256-GCM; the additional data binds it to id, controller, public key and creation time. */
  encryptedSecretKey: EncryptedSecret;
}

/** The public facts about a key, as a key store reports them. */
export interface KeyDescription {
  id: string;
  controller: string;
  publicKeyMultibase: string;
  /** ISO 8601 */
  created: string;
  /** ISO 8601; null while the key is the issuer's active one. */
  retiredAt: string | null;
}

const ENCRYPTED_KEY_FORMAT = 'microcred-ed25519-key/v1';

function associatedData(key: { id: string; controller: string; publicKeyMultibase: string; created: string }): Buffer {
  return Buffer.from(JSON.stringify([ENCRYPTED_KEY_FORMAT, key.id, key.controller, key.publicKeyMultibase, key.created]), 'utf8');
}

/** An Ed25519 key that can sign. It serialises to its public description only. */
export class SigningKey {
  readonly id: string;
  readonly controller: string;
  readonly publicKeyMultibase: string;
  readonly created: string;
  readonly #keyPair: Ed25519MultikeyKeyPair;
  readonly #signer: Signer;

  private constructor(keyPair: Ed25519MultikeyKeyPair, created: string) {
    if (!keyPair.id || !keyPair.controller) throw new TypeError('A signing key needs an id and a controller.');
    this.id = keyPair.id;
    this.controller = keyPair.controller;
    this.publicKeyMultibase = keyPair.publicKeyMultibase;
    this.created = created;
    this.#keyPair = keyPair;
    this.#signer = keyPair.signer();
  }

  /**
   * A new key for `controller` (the issuer's DID). The id defaults to
   * `controller#<publicKeyMultibase>`: unique per key, so rotated keys never collide.
   */
  static async generate(options: { controller: string; id?: string; created?: Date }): Promise<SigningKey> {
    const keyPair = await Ed25519Multikey.generate({ controller: options.controller, ...(options.id ? { id: options.id } : {}) });
    return new SigningKey(keyPair, (options.created ?? new Date()).toISOString());
  }

  /**
   * A new key that is its own issuer: a `did:key` DID (for deployments without their own
   * domain, and for test issuers), with the key id `did:key:z6Mk...#z6Mk...`.
   */
  static async generateDidKey(options: { created?: Date } = {}): Promise<SigningKey> {
    const seed = randomBytes(32);
    try {
      const { publicKeyMultibase } = await Ed25519Multikey.generate({ seed });
      const did = `did:key:${publicKeyMultibase}`;
      const keyPair = await Ed25519Multikey.generate({ seed, id: `${did}#${publicKeyMultibase}`, controller: did });
      return new SigningKey(keyPair, (options.created ?? new Date()).toISOString());
    } finally {
      seed.fill(0);
    }
  }

  /** Decrypts a key at rest and checks that its secret matches its stated public key. */
  static async decrypt(encrypted: EncryptedKey, kek: KeyEncryptionKey): Promise<SigningKey> {
    if (encrypted.format !== ENCRYPTED_KEY_FORMAT) {
      throw new TrustError('key_decryption_failed', `Unknown key format "${String(encrypted.format)}".`);
    }
    const seed = kek.decrypt(encrypted.encryptedSecretKey, associatedData(encrypted));
    try {
      const keyPair = await Ed25519Multikey.generate({ id: encrypted.id, controller: encrypted.controller, seed });
      if (keyPair.publicKeyMultibase !== encrypted.publicKeyMultibase) {
        throw new TrustError('key_decryption_failed', `The secret of key "${encrypted.id}" does not match its public key.`);
      }
      return new SigningKey(keyPair, encrypted.created);
    } finally {
      seed.fill(0);
    }
  }

  /** The key at rest: the only serialised form that carries the secret (encrypted). */
  async encrypt(kek: KeyEncryptionKey): Promise<EncryptedKey> {
    const { secretKey } = await this.#keyPair.export({ raw: true, canonicalize: true, publicKey: false, secretKey: true });
    if (!(secretKey instanceof Uint8Array)) throw new Error(`Key "${this.id}" has no secret to encrypt.`);
    const seed = Buffer.from(secretKey);
    try {
      const description = { id: this.id, controller: this.controller, publicKeyMultibase: this.publicKeyMultibase, created: this.created };
      return {
        format: ENCRYPTED_KEY_FORMAT,
        ...description,
        type: 'Multikey',
        encryptedSecretKey: kek.encrypt(seed, associatedData(description)),
      };
    } finally {
      seed.fill(0);
    }
  }

  /** A Data Integrity signer (`{ id, algorithm, sign }`); its secret is closed over, not a property. */
  signer(): Signer {
    return this.#signer;
  }

  /** The verification method as it appears in a DID document. */
  verificationMethod(): { id: string; type: 'Multikey'; controller: string; publicKeyMultibase: string } {
    return { id: this.id, type: 'Multikey', controller: this.controller, publicKeyMultibase: this.publicKeyMultibase };
  }

  toJSON(): { id: string; type: 'Multikey'; controller: string; publicKeyMultibase: string; created: string } {
    return { ...this.verificationMethod(), created: this.created };
  }

  [inspect.custom](): string {
    return `SigningKey ${this.id}`;
  }
}

/** Whether a key was its issuer's active key at `at`: created by then and not yet retired. */
export function keyWasActiveAt(key: Pick<KeyDescription, 'created' | 'retiredAt'>, at: Date): boolean {
  const time = at.getTime();
  if (time < Date.parse(key.created)) return false;
  return key.retiredAt === null || time < Date.parse(key.retiredAt);
}

// ---------------------------------------------------------------------------------------
// Key stores

/**
 * Where issuers' keys live. Rotation adds a new active key and sets `retiredAt` on the
 * previous one; retired keys stay (in `getKey`, `listKeys` and so in the DID document) so
 * that credentials signed earlier keep verifying.
 */
export interface KeyStore {
  /** The issuer's current signing key, decrypted; undefined when it has none. */
  getActiveKey(issuerId: string): Promise<SigningKey | undefined>;
  /** Any key by id, active or retired. */
  getKey(keyId: string): Promise<KeyDescription | undefined>;
  /** All of an issuer's keys, active first, then retired from the most recent. */
  listKeys(issuerId: string): Promise<KeyDescription[]>;
}

/** A stored key: what a database row holds. */
export interface StoredKey {
  issuerId: string;
  encrypted: EncryptedKey;
  retiredAt: string | null;
}

function describe(record: StoredKey): KeyDescription {
  const { id, controller, publicKeyMultibase, created } = record.encrypted;
  return { id, controller, publicKeyMultibase, created, retiredAt: record.retiredAt };
}

/** Orders an issuer's keys: active first, then by creation, newest first. */
export function orderKeys<T extends { retiredAt: string | null; created: string }>(keys: readonly T[]): T[] {
  return [...keys].sort((a, b) => {
    if ((a.retiredAt === null) !== (b.retiredAt === null)) return a.retiredAt === null ? -1 : 1;
    return Date.parse(b.created) - Date.parse(a.created);
  });
}

/**
 * A key store in memory, holding keys encrypted exactly as a database row would; used by
 * tests and as the model for the database-backed store. Decrypted keys are cached.
 */
export class MemoryKeyStore implements KeyStore {
  readonly #kek: KeyEncryptionKey;
  readonly #records = new Map<string, StoredKey>();
  readonly #decrypted = new Map<string, Promise<SigningKey>>();

  constructor(kek: KeyEncryptionKey) {
    this.#kek = kek;
  }

  /** Adds a key as the issuer's active one, retiring the previous active key at the new key's creation time. */
  async addKey(issuerId: string, key: SigningKey): Promise<KeyDescription> {
    for (const record of this.#records.values()) {
      if (record.issuerId === issuerId && record.retiredAt === null) record.retiredAt = key.created;
    }
    const record: StoredKey = { issuerId, encrypted: await key.encrypt(this.#kek), retiredAt: null };
    this.#records.set(key.id, record);
    return describe(record);
  }

  /** Generates a new key for the issuer (whose DID is `issuerId`) and makes it the active one. */
  async rotate(issuerId: string, now: Date = new Date()): Promise<KeyDescription> {
    return this.addKey(issuerId, await SigningKey.generate({ controller: issuerId, created: now }));
  }

  /** Restores rows read from storage. */
  load(records: readonly StoredKey[]): void {
    for (const record of records) this.#records.set(record.encrypted.id, { ...record });
  }

  /** The rows to persist (secrets encrypted). */
  records(): StoredKey[] {
    return [...this.#records.values()].map((record) => ({ ...record }));
  }

  async getActiveKey(issuerId: string): Promise<SigningKey | undefined> {
    const [active] = orderKeys(
      [...this.#records.values()].filter((record) => record.issuerId === issuerId && record.retiredAt === null).map((record) => ({ ...describe(record), record })),
    );
    if (!active) return undefined;
    let key = this.#decrypted.get(active.id);
    if (!key) {
      key = SigningKey.decrypt(active.record.encrypted, this.#kek);
      this.#decrypted.set(active.id, key);
      key.catch(() => this.#decrypted.delete(active.id));
    }
    return key;
  }

  async getKey(keyId: string): Promise<KeyDescription | undefined> {
    const record = this.#records.get(keyId);
    return record ? describe(record) : undefined;
  }

  async listKeys(issuerId: string): Promise<KeyDescription[]> {
    return orderKeys([...this.#records.values()].filter((record) => record.issuerId === issuerId).map(describe));
  }

  toJSON(): string {
    return '[MemoryKeyStore]';
  }

  [inspect.custom](): string {
    return `MemoryKeyStore (${this.#records.size} keys)`;
  }
}
