// What issuing and checking credentials need at run time, built once per process: the
// key-encryption key, the database key store, the signing threads, and a document loader
// that answers for the platform's own issuers and status lists without any request, and
// resolves other issuers' did:web DIDs over HTTPS (bounded and cached: trust/did-web-resolver.ts).
import path from 'node:path';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { DbKeyStore, findStatusListBySlug } from '../../db/queries/issuers.js';
import { activeLedgerKey, insertLedgerKey } from '../../db/queries/ledger.js';
import { keyStoreDidResolver, urlToDidWeb } from '../../trust/did-web.js';
import { createDidWebResolver, type DidWebResolver, type DidWebResolverOptions } from '../../trust/did-web-resolver.js';
import { createDocumentLoader, type DocumentLoader } from '../../trust/document-loader.js';
import { KeyEncryptionKey, SigningKey } from '../../trust/keys.js';
import { createSigningPool, type SigningPool } from '../../trust/signing-pool.js';

export interface TrustServices {
  publicUrl: string;
  keyStore: DbKeyStore;
  signingPool: SigningPool;
  documentLoader: DocumentLoader;
  /** The Center's key that signs the ledger's tree heads (made on first use). */
  ledgerKey(): Promise<SigningKey>;
  close(): Promise<void>;
}

/** The ledger's own did:web: its document, with the tree-head key, is at /ledger/did.json. */
export function ledgerDid(publicUrl: string): string {
  const base = new URL(publicUrl);
  return urlToDidWeb(new URL(`${base.pathname.replace(/\/$/, '')}/ledger/did.json`, base));
}

export const STATUS_LIST_PATH = '/status-lists/';

export function statusListUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}${STATUS_LIST_PATH}${slug}`;
}

export function credentialUrl(publicUrl: string, id: string): string {
  return `${publicUrl}/credentials/${id}`;
}

/** The key-encryption key from the configuration; demo mode keeps a generated one in the data folder. */
export function loadKeyEncryptionKey(config: Pick<Config, 'keyEncryptionKey' | 'demo' | 'dataDir'>): Promise<KeyEncryptionKey> {
  return KeyEncryptionKey.load({
    value: config.keyEncryptionKey.value,
    file: config.keyEncryptionKey.file,
    demoFile: config.demo ? path.join(config.dataDir, 'key-encryption-key') : undefined,
  });
}

export interface TrustServicesOptions {
  /**
   * How did:web DIDs of other hosts are resolved: options for the HTTPS resolver (e.g. a
   * test's CA certificate), or a resolver to use instead. By default, HTTPS with the
   * system's trusted roots.
   */
  externalDidWeb?: DidWebResolverOptions | DidWebResolver;
}

type ResolveDid = (did: string) => Promise<unknown>;

/**
 * did:web DIDs on the platform's own host are its issuers: answered from the key store,
 * never fetched (an unknown one is refused). Every other did:web goes to `external`.
 */
export function platformDidWebResolver(publicUrl: string, ownIssuers: ResolveDid, external: ResolveDid): ResolveDid {
  const ownHost = urlToDidWeb(new URL('/.well-known/did.json', publicUrl));
  return (did) => (did === ownHost || did.startsWith(`${ownHost}:`) ? ownIssuers(did) : external(did));
}

export async function createTrustServices(
  db: Db,
  config: Pick<Config, 'keyEncryptionKey' | 'demo' | 'dataDir' | 'publicUrl' | 'signingWorkers'>,
  options: TrustServicesOptions = {},
): Promise<TrustServices> {
  const kek = await loadKeyEncryptionKey(config);
  const keyStore = new DbKeyStore(db, kek);
  const signingPool = createSigningPool(kek, { size: config.signingWorkers });
  const listPrefix = `${config.publicUrl}${STATUS_LIST_PATH}`;
  const external = typeof options.externalDidWeb === 'function' ? options.externalDidWeb : createDidWebResolver(options.externalDidWeb);
  const documentLoader = createDocumentLoader({
    resolveDidWeb: platformDidWebResolver(config.publicUrl, keyStoreDidResolver(keyStore), external),
    loadDocument: async (url) => {
      if (!url.startsWith(listPrefix)) return undefined;
      const list = await findStatusListBySlug(db, url.slice(listPrefix.length));
      return list ? (JSON.parse(list.document) as unknown) : undefined;
    },
  });
  let ledgerKey: Promise<SigningKey> | undefined;
  async function loadLedgerKey(): Promise<SigningKey> {
    const stored = await activeLedgerKey(db);
    if (stored) return SigningKey.decrypt(stored.encrypted, kek);
    const key = await SigningKey.generate({ controller: ledgerDid(config.publicUrl) });
    await insertLedgerKey(db, { keyId: key.id, encrypted: await key.encrypt(kek), createdAt: key.created });
    // Two servers may have made one at once: the unique index kept the first; use that.
    const kept = await activeLedgerKey(db);
    return kept && kept.key_id !== key.id ? SigningKey.decrypt(kept.encrypted, kek) : key;
  }
  return {
    publicUrl: config.publicUrl,
    keyStore,
    signingPool,
    documentLoader,
    ledgerKey: () => {
      ledgerKey ??= loadLedgerKey();
      ledgerKey.catch(() => (ledgerKey = undefined));
      return ledgerKey;
    },
    close: () => signingPool.close(),
  };
}
