// A signing thread of signing-pool.ts: decrypts keys with the key-encryption key it was started
// with and signs what it is sent. Errors go back as messages, naming keys by id only.
import { parentPort, workerData } from 'node:worker_threads';
import { TrustError } from './errors.js';
import { KeyEncryptionKey } from './keys.js';
import { createInlineSigner } from './signing-pool.js';

const kek = KeyEncryptionKey.fromBytes((workerData as { kek: Uint8Array }).kek);
const sign = createInlineSigner(kek);

parentPort?.on('message', async (message: { id: number; credential: object; key: Parameters<typeof sign>[0]['key']; date?: string }) => {
  try {
    const signed = await sign({ credential: message.credential, key: message.key, ...(message.date ? { date: new Date(message.date) } : {}) });
    parentPort?.postMessage({ id: message.id, signed });
  } catch (error) {
    const code = error instanceof TrustError ? error.code : undefined;
    parentPort?.postMessage({ id: message.id, error: { message: error instanceof Error ? error.message : String(error), ...(code ? { code } : {}) } });
  }
});
