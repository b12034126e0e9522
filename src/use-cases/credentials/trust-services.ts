// What issuing and checking credentials need at run time, built once per process: the
// key-encryption key, the database key store, the signing threads, and a document loader
// that answers for the platform's own issuers and status lists without any request.
import path from 'node:path';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { DbKeyStore, findStatusListBySlug } from '../../db/queries/issuers.js';
import { keyStoreDidResolver } from '../../trust/did-web.js';
import { createDocumentLoader, type DocumentLoader } from '../../trust/document-loader.js';
import { KeyEncryptionKey } from '../../trust/keys.js';
import { createSigningPool, type SigningPool } from '../../trust/signing-pool.js';

export interface TrustServices {
  publicUrl: string;
  keyStore: DbKeyStore;
  signingPool: SigningPool;
  documentLoader: DocumentLoader;
  close(): Promise<void>;
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

export async function createTrustServices(
  db: Db,
  config: Pick<Config, 'keyEncryptionKey' | 'demo' | 'dataDir' | 'publicUrl' | 'signingWorkers'>,
): Promise<TrustServices> {
  const kek = await loadKeyEncryptionKey(config);
  const keyStore = new DbKeyStore(db, kek);
  const signingPool = createSigningPool(kek, { size: config.signingWorkers });
  const listPrefix = `${config.publicUrl}${STATUS_LIST_PATH}`;
  const documentLoader = createDocumentLoader({
    resolveDidWeb: keyStoreDidResolver(keyStore),
    loadDocument: async (url) => {
      if (!url.startsWith(listPrefix)) return undefined;
      const list = await findStatusListBySlug(db, url.slice(listPrefix.length));
      return list ? (JSON.parse(list.document) as unknown) : undefined;
    },
  });
  return { publicUrl: config.publicUrl, keyStore, signingPool, documentLoader, close: () => signingPool.close() };
}
