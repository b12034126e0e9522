// All SQL about the ledger: entries, the tree's stored nodes, the size, keys, heads, anchors.
import { type Kysely, sql } from 'kysely';
import type { CompleteNode, NodeId, NodeReader } from '../../trust/ledger/merkle.js';
import { MerkleError } from '../../trust/ledger/merkle.js';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

/** Locks the ledger for an append (the caller is in a transaction) and answers its size. */
export async function lockLedgerSize(db: Executor): Promise<number> {
  const row = await db.selectFrom('ledger_state').select('size').where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  return Number(row.size);
}

export async function ledgerSize(db: Executor): Promise<number> {
  const row = await db.selectFrom('ledger_state').select('size').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.size);
}

export interface NewLedgerEntry {
  idx: number;
  eventType: string;
  occurredAt: Date;
  documentHash: Buffer;
  leafHash: Buffer;
  subject: string | null;
  document: unknown;
}

export async function insertLedgerEntries(db: Executor, entries: readonly NewLedgerEntry[], nodes: readonly CompleteNode[], newSize: number) {
  if (entries.length === 0) return;
  await db
    .insertInto('ledger_entries')
    .values(
      entries.map((entry) => ({
        idx: String(entry.idx),
        event_type: entry.eventType,
        occurred_at: entry.occurredAt,
        document_hash: entry.documentHash,
        leaf_hash: entry.leafHash,
        subject: entry.subject,
        document: entry.document === null ? null : JSON.stringify(entry.document),
      })),
    )
    .execute();
  if (nodes.length > 0) {
    await db
      .insertInto('ledger_nodes')
      .values(nodes.map((node) => ({ level: node.level, index: String(node.index), hash: Buffer.from(node.hash) })))
      .execute();
  }
  await db.updateTable('ledger_state').set({ size: String(newSize) }).where('id', '=', 1).execute();
}

/** The tree's stored perfect subtrees, read in one query per call. */
export function ledgerNodeReader(db: Executor): NodeReader {
  async function getNodes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('ledger_nodes')
      .select(['level', 'index', 'hash'])
      .where((eb) => eb.or(ids.map((id) => eb.and([eb('level', '=', id.level), eb('index', '=', String(id.index))]))))
      .execute();
    const byId = new Map(rows.map((row) => [`${row.level}/${row.index}`, row.hash]));
    return ids.map((id) => {
      const hash = byId.get(`${id.level}/${id.index}`);
      if (!hash) throw new MerkleError('missing_node', `The ledger has no node ${id.level}/${id.index}.`);
      return new Uint8Array(hash);
    });
  }
  return {
    getNodes,
    getNode: async (level, index) => (await getNodes([{ level, index }]))[0]!,
  };
}

export async function findEntriesByDocumentHash(db: Executor, documentHash: Buffer) {
  return db.selectFrom('ledger_entries').selectAll().where('document_hash', '=', documentHash).orderBy('idx').execute();
}

export async function listLedgerEntries(db: Executor, start: number, end: number) {
  return db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('idx', '>=', String(start))
    .where('idx', '<', String(end))
    .orderBy('idx')
    .execute();
}

export async function latestHead(db: Executor) {
  return db.selectFrom('ledger_heads').selectAll().orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
}

export async function findHead(db: Executor, treeSize: number) {
  return db.selectFrom('ledger_heads').selectAll().where('tree_size', '=', String(treeSize)).executeTakeFirst();
}

export async function insertHead(db: Executor, head: { treeSize: number; rootHash: Buffer; timestamp: number; signature: Buffer; keyId: string }) {
  await db
    .insertInto('ledger_heads')
    .values({ tree_size: String(head.treeSize), root_hash: head.rootHash, timestamp: String(head.timestamp), signature: head.signature, key_id: head.keyId })
    .onConflict((conflict) => conflict.column('tree_size').doNothing())
    .execute();
}

export async function findAnchor(db: Executor, treeSize: number) {
  return db.selectFrom('ledger_anchors').selectAll().where('tree_size', '=', String(treeSize)).executeTakeFirst();
}

export async function latestAnchor(db: Executor) {
  return db.selectFrom('ledger_anchors').selectAll().orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
}

export async function insertAnchor(db: Executor, anchor: { treeSize: number; chainId: number; txHash: string; at: Date }) {
  await db
    .insertInto('ledger_anchors')
    .values({ tree_size: String(anchor.treeSize), chain_id: anchor.chainId, tx_hash: anchor.txHash, anchored_at: anchor.at })
    .onConflict((conflict) => conflict.column('tree_size').doNothing())
    .execute();
}

export async function activeLedgerKey(db: Executor) {
  return db.selectFrom('ledger_keys').selectAll().where('retired_at', 'is', null).executeTakeFirst();
}

export async function ledgerKeys(db: Executor) {
  return db.selectFrom('ledger_keys').selectAll().orderBy('created_at', 'desc').execute();
}

export async function insertLedgerKey(db: Executor, key: { keyId: string; encrypted: unknown; createdAt: string }) {
  await db
    .insertInto('ledger_keys')
    .values({ key_id: key.keyId, encrypted: JSON.stringify(key.encrypted), created_at: key.createdAt, retired_at: null })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

/** Whether a right's expiry is logged already (it is logged once). */
export async function expiryLogged(db: Executor, subject: string): Promise<boolean> {
  const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ledger_entries WHERE event_type = 'right.expired' AND subject = ${subject}`.execute(db);
  return (row.rows[0]?.n ?? 0) > 0;
}
