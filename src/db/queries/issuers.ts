// All SQL about issuers: their keys (a KeyStore backed by the database), their VC-API tokens
// and their status lists.
import { type Kysely, sql } from 'kysely';
import { inspect } from 'node:util';
import { type KeyDescription, type KeyEncryptionKey, type KeyStore, orderKeys, SigningKey } from '../../trust/keys.js';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

export async function findIssuerByProvider(db: Executor, providerId: string) {
  return db.selectFrom('issuers').selectAll().where('provider_id', '=', providerId).executeTakeFirst();
}

export async function findIssuerByDid(db: Executor, did: string) {
  return db.selectFrom('issuers').selectAll().where('did', '=', did).executeTakeFirst();
}

export async function findIssuerById(db: Executor, id: string) {
  return db.selectFrom('issuers').selectAll().where('id', '=', id).executeTakeFirst();
}

export type IssuerRow = NonNullable<Awaited<ReturnType<typeof findIssuerById>>>;

/** Inserts an issuer unless one with this DID exists; returns the stored row either way. */
export async function insertIssuer(
  db: Executor,
  issuer: { id: string; did: string; providerId: string | null; isTest: boolean; name: string },
): Promise<IssuerRow> {
  await db
    .insertInto('issuers')
    .values({ id: issuer.id, did: issuer.did, provider_id: issuer.providerId, is_test: issuer.isTest, name: issuer.name })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  const row = await findIssuerByDid(db, issuer.did);
  if (!row) throw new Error(`The issuer ${issuer.did} could not be stored.`);
  return row;
}

// ---------------------------------------------------------------------------------------
// Keys

/**
 * Issuers' keys in the issuer_keys table, encrypted at rest; the KeyStore that the platform
 * signs and resolves its did:web documents with. Key store ids are the issuers' DIDs.
 * Decrypted keys are cached for the life of the store.
 */
export class DbKeyStore implements KeyStore {
  readonly #db: Executor;
  readonly #kek: KeyEncryptionKey;
  readonly #decrypted = new Map<string, Promise<SigningKey>>();

  constructor(db: Executor, kek: KeyEncryptionKey) {
    this.#db = db;
    this.#kek = kek;
  }

  /** Makes `key` the issuer's active key, retiring the previous one at the new key's creation time. */
  async addKey(issuerDid: string, key: SigningKey): Promise<KeyDescription> {
    const encrypted = await key.encrypt(this.#kek);
    await this.#db.transaction().execute(async (trx) => {
      const issuer = await findIssuerByDid(trx, issuerDid);
      if (!issuer) throw new Error(`There is no issuer ${issuerDid}.`);
      // Serialise rotations of one issuer, so two never both leave an active key.
      await sql`SELECT id FROM issuers WHERE id = ${issuer.id} FOR UPDATE`.execute(trx);
      await trx
        .updateTable('issuer_keys')
        .set({ retired_at: key.created })
        .where('issuer_id', '=', issuer.id)
        .where('retired_at', 'is', null)
        .execute();
      await trx
        .insertInto('issuer_keys')
        .values({ key_id: key.id, issuer_id: issuer.id, encrypted: JSON.stringify(encrypted), created_at: key.created, retired_at: null })
        .execute();
    });
    return { id: key.id, controller: key.controller, publicKeyMultibase: key.publicKeyMultibase, created: key.created, retiredAt: null };
  }

  /** Generates a new key for the issuer and makes it the active one. */
  async rotate(issuerDid: string, now: Date = new Date()): Promise<KeyDescription> {
    return this.addKey(issuerDid, await SigningKey.generate({ controller: issuerDid, created: now }));
  }

  async getActiveKey(issuerDid: string): Promise<SigningKey | undefined> {
    const row = await this.#db
      .selectFrom('issuer_keys')
      .innerJoin('issuers', 'issuers.id', 'issuer_keys.issuer_id')
      .select(['issuer_keys.key_id', 'issuer_keys.encrypted'])
      .where('issuers.did', '=', issuerDid)
      .where('issuer_keys.retired_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    let key = this.#decrypted.get(row.key_id);
    if (!key) {
      key = SigningKey.decrypt(row.encrypted, this.#kek);
      this.#decrypted.set(row.key_id, key);
      key.catch(() => this.#decrypted.delete(row.key_id));
    }
    return key;
  }

  /** The encrypted form of the issuer's active key (for signing workers, which decrypt it themselves). */
  async getActiveEncryptedKey(issuerDid: string) {
    const row = await this.#db
      .selectFrom('issuer_keys')
      .innerJoin('issuers', 'issuers.id', 'issuer_keys.issuer_id')
      .select('issuer_keys.encrypted')
      .where('issuers.did', '=', issuerDid)
      .where('issuer_keys.retired_at', 'is', null)
      .executeTakeFirst();
    return row?.encrypted;
  }

  async getKey(keyId: string): Promise<KeyDescription | undefined> {
    const row = await this.#db.selectFrom('issuer_keys').selectAll().where('key_id', '=', keyId).executeTakeFirst();
    return row ? describeRow(row) : undefined;
  }

  async listKeys(issuerDid: string): Promise<KeyDescription[]> {
    const rows = await this.#db
      .selectFrom('issuer_keys')
      .innerJoin('issuers', 'issuers.id', 'issuer_keys.issuer_id')
      .selectAll('issuer_keys')
      .where('issuers.did', '=', issuerDid)
      .execute();
    return orderKeys(rows.map(describeRow));
  }

  toJSON(): string {
    return '[DbKeyStore]';
  }

  [inspect.custom](): string {
    return 'DbKeyStore';
  }
}

function describeRow(row: { encrypted: { id: string; controller: string; publicKeyMultibase: string; created: string }; retired_at: Date | null }): KeyDescription {
  const { id, controller, publicKeyMultibase, created } = row.encrypted;
  return { id, controller, publicKeyMultibase, created, retiredAt: row.retired_at ? new Date(row.retired_at).toISOString() : null };
}

// ---------------------------------------------------------------------------------------
// API tokens

export async function insertApiToken(db: Executor, token: { id: string; issuerId: string; tokenHash: string; label: string }) {
  await db
    .insertInto('api_tokens')
    .values({ id: token.id, issuer_id: token.issuerId, token_hash: token.tokenHash, label: token.label })
    .onConflict((conflict) => conflict.column('token_hash').doNothing())
    .execute();
}

/** The issuer a live token belongs to. */
export async function findIssuerByTokenHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('issuers', 'issuers.id', 'api_tokens.issuer_id')
    .selectAll('issuers')
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------
// Status lists

export async function findStatusListBySlug(db: Executor, slug: string) {
  return db.selectFrom('status_lists').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findStatusListById(db: Executor, id: string) {
  return db.selectFrom('status_lists').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks a list row for a change of its bits (the caller is in a transaction). */
export async function lockStatusList(db: Executor, id: string) {
  return db.selectFrom('status_lists').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

export async function insertStatusList(
  db: Executor,
  list: { id: string; slug: string; issuerId: string; length: number; stride: number; startOffset: number; document: string },
) {
  await db
    .insertInto('status_lists')
    .values({
      id: list.id,
      slug: list.slug,
      issuer_id: list.issuerId,
      purpose: 'message',
      length: list.length,
      stride: list.stride,
      start_offset: list.startOffset,
      document: list.document,
    })
    .execute();
}

export async function saveStatusListDocument(db: Executor, id: string, document: string, at: Date) {
  await db.updateTable('status_lists').set({ document, updated_at: at }).where('id', '=', id).execute();
}

/**
 * Takes `count` consecutive allocation numbers from one of the issuer's lists that has room,
 * in one statement (concurrent callers wait for each other and get disjoint ranges). Returns undefined when every
 * list is full.
 */
export async function allocateStatusEntries(db: Executor, issuerId: string, count: number) {
  const row = await sql<{ id: string; slug: string; length: number; stride: number; start_offset: number; first: number }>`
    UPDATE status_lists SET allocated = allocated + ${count}
    WHERE id = (
      SELECT id FROM status_lists
      WHERE issuer_id = ${issuerId} AND allocated + ${count} <= length
      ORDER BY slug LIMIT 1 FOR UPDATE
    )
    RETURNING id, slug, length, stride, start_offset, allocated - ${count} AS first`.execute(db);
  return row.rows[0];
}

export async function countStatusLists(db: Executor, issuerId: string): Promise<number> {
  const row = await db.selectFrom('status_lists').select(db.fn.countAll<string>().as('n')).where('issuer_id', '=', issuerId).executeTakeFirstOrThrow();
  return Number(row.n);
}
