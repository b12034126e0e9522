// A monitor of the public ledger, as anyone can run it against any microcred server: it checks
// the signature of the latest tree head, that the log only grew since the head it saw last
// (consistency proof), and, auditing, that every entry hashes to what the head commits to.
// It trusts nothing the server says without checking it. State is the last head seen.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { canonicalJson, type LedgerEntry, ledgerLeafHash, sha256Hex } from './entry.js';
import { MemoryNodeStore, emptyRoot, rootAt, verifyConsistency } from './merkle.js';
import { decodeBase64, encodeBase64, type SignedTreeHead, verifyTreeHead } from './signed-tree-head.js';

export interface MonitorState {
  treeSize: number;
  rootHash: string;
  timestamp: number;
}

export interface MonitorResult {
  ok: boolean;
  /** Plain sentences: what was checked, or what is wrong. */
  messages: string[];
  head?: MonitorState;
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

class Inconsistency extends Error {}

async function getJson(fetchJson: Fetch, url: string): Promise<Record<string, unknown>> {
  const response = await fetchJson(url);
  if (!response.ok) throw new Inconsistency(`${url} answered ${response.status}.`);
  return (await response.json()) as Record<string, unknown>;
}

export async function monitorLedger(options: { baseUrl: string; previous: MonitorState | null; audit: boolean; fetch?: Fetch; pageSize?: number }): Promise<MonitorResult> {
  const fetchJson: Fetch = options.fetch ?? ((url) => fetch(url));
  const base = options.baseUrl.replace(/\/$/, '');
  const messages: string[] = [];
  try {
    const head = (await getJson(fetchJson, `${base}/ledger/sth`)) as unknown as SignedTreeHead & { keyId: string };
    const didDocument = await getJson(fetchJson, `${base}/ledger/did.json`);
    const method = (didDocument.verificationMethod as Array<Record<string, unknown>> | undefined)?.find((candidate) => candidate.id === head.keyId);
    if (!method) throw new Inconsistency(`The head is signed by ${String(head.keyId)}, which the ledger's DID document does not list.`);
    const key = await Ed25519Multikey.from(method);
    const verifier = key.verifier();
    if (!(await verifyTreeHead(head, (data, signature) => verifier.verify({ data, signature })))) {
      throw new Inconsistency(`The signature of the tree head of size ${head.treeSize} is not valid.`);
    }
    messages.push(`The tree head of size ${head.treeSize} is signed by ${head.keyId}.`);
    const root = decodeBase64(head.rootHash)!;

    const previous = options.previous;
    if (previous) {
      if (head.treeSize < previous.treeSize) throw new Inconsistency(`The log shrank: it had ${previous.treeSize} entries, now ${head.treeSize}.`);
      if (head.treeSize === previous.treeSize) {
        if (head.rootHash !== previous.rootHash) throw new Inconsistency(`Two different trees of size ${head.treeSize}: the log was rewritten.`);
      } else {
        const proof = await getJson(fetchJson, `${base}/ledger/proof/consistency?first=${previous.treeSize}&second=${head.treeSize}`);
        const path = (proof.consistency as string[] | undefined)?.map((item) => decodeBase64(item)) ?? [];
        const firstRoot = decodeBase64(previous.rootHash);
        if (!firstRoot || path.some((item) => !item) || !verifyConsistency(previous.treeSize, head.treeSize, firstRoot, root, path as Uint8Array[])) {
          throw new Inconsistency(`The tree of size ${head.treeSize} does not extend the one of size ${previous.treeSize} seen before: the log was rewritten.`);
        }
        messages.push(`It extends the tree of size ${previous.treeSize} seen before.`);
      }
    }

    if (options.audit) {
      const store = new MemoryNodeStore();
      const pageSize = options.pageSize ?? 1000;
      for (let start = 0; start < head.treeSize; start += pageSize) {
        const end = Math.min(start + pageSize, head.treeSize);
        const page = await getJson(fetchJson, `${base}/ledger/entries?start=${start}&end=${end}`);
        const entries = page.entries as Array<LedgerEntry & { index: number; leafHash: string; document?: unknown }>;
        if (!Array.isArray(entries) || entries.length !== end - start) throw new Inconsistency(`The entries ${start} to ${end - 1} could not be read whole.`);
        for (const [offset, entry] of entries.entries()) {
          const index = start + offset;
          if (entry.index !== index) throw new Inconsistency(`Entry ${index} is missing from the list.`);
          if (entry.document !== undefined && sha256Hex(canonicalJson(entry.document)) !== entry.documentHash) {
            throw new Inconsistency(`Entry ${index}'s document does not have the hash the entry states.`);
          }
          const leaf = ledgerLeafHash({ type: entry.type, time: entry.time, documentHash: entry.documentHash });
          if (encodeBase64(leaf) !== entry.leafHash) throw new Inconsistency(`Entry ${index} does not hash to its leaf: it was changed.`);
          store.append(leaf);
        }
      }
      const recomputed = head.treeSize === 0 ? emptyRoot() : await rootAt(head.treeSize, store);
      if (!Buffer.from(recomputed).equals(Buffer.from(root))) {
        throw new Inconsistency(`The ${head.treeSize} entries do not hash to the signed root: an entry was changed.`);
      }
      messages.push(`All ${head.treeSize} entries hash to the signed root.`);
    }
    return { ok: true, messages, head: { treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp } };
  } catch (error) {
    const message = error instanceof Inconsistency ? error.message : `The check could not be completed: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, messages: [...messages, message] };
  }
}
