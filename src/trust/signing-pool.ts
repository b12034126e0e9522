// Signing and checking proofs on worker threads. Signing or verifying an OpenBadgeCredential
// costs about 15 ms of CPU, almost all of it JSON-LD processing and canonicalisation, and
// credentials are independent: bulk issuance and verification run them on one worker per core
// while the main thread talks to the database. Workers get the key encrypted and decrypt it
// themselves; the key-encryption key reaches them once, at start. A check is sent with the DID
// documents and status lists it needs, so workers never read the database.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { signCredential, type SignedCredential } from './credentials.js';
import { createDocumentLoader } from './document-loader.js';
import { TrustError } from './errors.js';
import { type EncryptedKey, type KeyEncryptionKey, SigningKey } from './keys.js';
import { checkProofAndStatusWith, type ProofAndStatus, receiveProofAndStatus, type TransferredProofAndStatus } from './proof-check.js';

export interface SignJob {
  credential: object;
  key: EncryptedKey;
  /** The proof's `created` time; now by default. */
  date?: Date;
}

export interface CheckJob {
  credential: Record<string, unknown>;
  /** The did:web documents and status lists the checks need, by URL. */
  documents: Record<string, unknown>;
  /** Why any other document they need could not be had, by URL. */
  unavailable?: Record<string, string>;
  now: Date;
}

interface Pending {
  resolve: (answer: never) => void;
  reject: (error: Error) => void;
}

export interface SigningPool {
  readonly size: number;
  sign<T extends object>(job: SignJob & { credential: T }): Promise<SignedCredential<T>>;
  /** The proof and status checks of a credential (proof-check.ts), on a worker. */
  checkProofAndStatus(job: CheckJob): Promise<ProofAndStatus>;
  close(): Promise<void>;
}

/** Signs on the calling thread: for `size: 0`, and the model the workers follow. */
export function createInlineSigner(kek: KeyEncryptionKey) {
  const keys = new Map<string, Promise<SigningKey>>();
  const documentLoader = createDocumentLoader();
  return async function sign<T extends object>(job: SignJob & { credential: T }): Promise<SignedCredential<T>> {
    let key = keys.get(job.key.id);
    if (!key) {
      key = SigningKey.decrypt(job.key, kek);
      keys.set(job.key.id, key);
      key.catch(() => keys.delete(job.key.id));
    }
    return signCredential(job.credential, { key: await key, documentLoader, ...(job.date ? { date: job.date } : {}) });
  };
}

/**
 * The young generation of a signing thread's heap, in MB (V8's default is 48: two 16 MB
 * semi-spaces and the large-object part). Signing allocates a great deal of short-lived garbage
 * (jsonld copies the active context for every typed node): with the default a scavenge runs every
 * four or five signatures and copies the one in progress, and garbage collection takes a good
 * part of the CPU. Four times larger, scavenges are a third as frequent; in bench/issue-credentials.ts
 * (2 cores) bulk issuance then takes 15–16 ms of CPU per credential instead of about 21.5 (every
 * thread counted) and issues 120–130 credentials a second instead of about 90, for up to about
 * 150 MB more memory per thread.
 */
export const SIGNING_YOUNG_GENERATION_MB = 192;

/** The worker's entry: the compiled module, or under the test runner the TypeScript one through tsx. */
function startWorker(workerData: object): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: SIGNING_YOUNG_GENERATION_MB };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./signing-worker.js', import.meta.url), { workerData, resourceLimits });
  const source = new URL('./signing-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

/** A pool of `size` signing threads (one per core by default); `size: 0` signs inline. */
export function createSigningPool(kek: KeyEncryptionKey, options: { size?: number } = {}): SigningPool {
  const size = options.size ?? availableParallelism();
  if (size === 0) {
    const sign = createInlineSigner(kek);
    const checkProofAndStatus = (job: CheckJob) => checkProofAndStatusWith(job.credential, job.documents, job.now, job.unavailable);
    return { size: 0, sign, checkProofAndStatus, close: async () => undefined };
  }
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  const owner = new Map<number, Worker>();
  let nextId = 0;
  let closed = false;

  const failAll = (worker: Worker, error: Error) => {
    for (const [id, who] of owner) {
      if (who !== worker) continue;
      pending.get(id)?.reject(error);
      pending.delete(id);
      owner.delete(id);
    }
  };

  // Threads start on the first signature: most processes (a test, a CLI command) sign little or nothing.
  let workers: Worker[] | undefined;
  const start = () => Array.from({ length: size }, () => {
    const worker = startWorker({ kek: kek.bytesForWorkerThread() });
    load.set(worker, 0);
    worker.on('message', (message: { id: number; signed?: SignedCredential; checked?: TransferredProofAndStatus; error?: { message: string; code?: string } }) => {
      const job = pending.get(message.id);
      pending.delete(message.id);
      owner.delete(message.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      // An idle worker must not keep the process alive; a busy one must (a CLI awaits it).
      if (load.get(worker) === 0) worker.unref();
      if (!job) return;
      if (message.signed) job.resolve(message.signed as never);
      else if (message.checked) job.resolve(receiveProofAndStatus(message.checked) as never);
      else {
        const code = message.error?.code;
        job.reject(code ? new TrustError(code as never, message.error?.message) : new Error(message.error?.message ?? 'Signing failed.'));
      }
    });
    worker.on('error', (error) => failAll(worker, error));
    worker.on('exit', (code) => {
      if (!closed) failAll(worker, new Error(`A signing worker stopped (exit code ${code}).`));
    });
    worker.unref();
    return worker;
  });

  /** Sends a message to the least busy worker (ties go to the first) and answers with its reply. */
  function send<T>(message: object): Promise<T> {
    if (closed) return Promise.reject(new Error('The signing pool is closed.'));
    workers ??= start();
    const worker = workers.reduce((best, candidate) => ((load.get(candidate) ?? 0) < (load.get(best) ?? 0) ? candidate : best));
    const id = nextId++;
    load.set(worker, (load.get(worker) ?? 0) + 1);
    worker.ref();
    owner.set(id, worker);
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as Pending['resolve'], reject });
      worker.postMessage({ id, ...message });
    });
  }

  return {
    size,
    sign<T extends object>(job: SignJob & { credential: T }) {
      return send<SignedCredential<T>>({ kind: 'sign', credential: job.credential, key: job.key, date: job.date?.toISOString() });
    },
    checkProofAndStatus(job: CheckJob) {
      return send<ProofAndStatus>({ kind: 'check', credential: job.credential, documents: job.documents, unavailable: job.unavailable, now: job.now.toISOString() });
    },
    async close() {
      closed = true;
      await Promise.all((workers ?? []).map((worker) => worker.terminate()));
      for (const job of pending.values()) job.reject(new Error('The signing pool was closed.'));
      pending.clear();
    },
  };
}
