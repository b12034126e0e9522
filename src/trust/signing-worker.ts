// A thread of signing-pool.ts: decrypts keys with the key-encryption key it was started with and
// signs what it is sent, or checks a credential's proof and status with the documents sent along.
// Errors go back as messages, naming keys by id only.
import { parentPort, workerData } from 'node:worker_threads';
import { TrustError } from './errors.js';
import { KeyEncryptionKey } from './keys.js';
import { checkProofAndStatusWith, transferProofAndStatus } from './proof-check.js';
import { createInlineSigner } from './signing-pool.js';

const kek = KeyEncryptionKey.fromBytes((workerData as { kek: Uint8Array }).kek);
const sign = createInlineSigner(kek);

type Message =
  | { kind: 'sign'; id: number; credential: object; key: Parameters<typeof sign>[0]['key']; date?: string }
  | { kind: 'check'; id: number; credential: Record<string, unknown>; documents: Record<string, unknown>; unavailable?: Record<string, string>; now: string };

parentPort?.on('message', async (message: Message) => {
  try {
    if (message.kind === 'check') {
      const checked = await checkProofAndStatusWith(message.credential, message.documents, new Date(message.now), message.unavailable);
      parentPort?.postMessage({ id: message.id, checked: transferProofAndStatus(checked) });
      return;
    }
    const signed = await sign({ credential: message.credential, key: message.key, ...(message.date ? { date: new Date(message.date) } : {}) });
    parentPort?.postMessage({ id: message.id, signed });
  } catch (error) {
    const code = error instanceof TrustError ? error.code : undefined;
    parentPort?.postMessage({ id: message.id, error: { message: error instanceof Error ? error.message : String(error), ...(code ? { code } : {}) } });
  }
});
