// The public ledger: events appended in the same transaction as the change they record, signed
// tree heads, proofs, and the daily record of rights that expired. Tree arithmetic is
// trust/ledger/merkle.ts; this file does the I/O around it.
import type { Db } from '../db/database.js';
import * as ledger from '../db/queries/ledger.js';
import type { Clock } from '../domain/calendar/tbilisi.js';
import { tbilisiDate } from '../domain/calendar/tbilisi.js';
import { DomainError } from '../domain/errors.js';
import { canonicalJson, type LedgerEventType, ledgerLeafHash, sha256Hex } from '../trust/ledger/entry.js';
import { appendLeaves, consistencyProof, emptyRoot, inclusionProof, rootAt } from '../trust/ledger/merkle.js';
import { encodeBase64, signTreeHead } from '../trust/ledger/signed-tree-head.js';
import type { SigningKey } from '../trust/keys.js';

export interface LedgerEvent {
  type: LedgerEventType;
  time: Date;
  /** A credential: its exact JSON text, hashed as is and never stored. */
  credentialText?: string;
  /** A registry event: a public document, stored and hashed as canonical JSON. */
  document?: object;
  subject?: string;
}

function documentOf(event: LedgerEvent): { hash: string; stored: object | null } {
  if (event.credentialText !== undefined) return { hash: sha256Hex(event.credentialText), stored: null };
  if (event.document) return { hash: sha256Hex(canonicalJson(event.document)), stored: event.document };
  throw new Error('A ledger event needs a credential or a document.');
}

/** Appends events to the ledger; call inside the transaction of the change they record. */
export async function appendToLedger(trx: Db, events: readonly LedgerEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  const size = await ledger.lockLedgerSize(trx);
  const entries = events.map((event, n) => {
    const document = documentOf(event);
    const entry = { type: event.type, time: event.time.toISOString(), documentHash: document.hash };
    return {
      idx: size + n,
      eventType: event.type,
      occurredAt: event.time,
      documentHash: Buffer.from(document.hash, 'hex'),
      leafHash: Buffer.from(ledgerLeafHash(entry)),
      subject: event.subject ?? null,
      document: document.stored,
    };
  });
  const nodes = await appendLeaves(
    entries.map((entry) => entry.leafHash),
    size,
    ledger.ledgerNodeReader(trx),
  );
  await ledger.insertLedgerEntries(trx, entries, nodes, size + entries.length);
  return entries.map((entry) => entry.idx);
}

export function presentHead(head: NonNullable<Awaited<ReturnType<typeof ledger.latestHead>>>, anchor?: Awaited<ReturnType<typeof ledger.findAnchor>>) {
  return {
    treeSize: Number(head.tree_size),
    rootHash: encodeBase64(head.root_hash),
    timestamp: Number(head.timestamp),
    signature: encodeBase64(head.signature),
    keyId: head.key_id,
    ...(anchor ? { anchor: { chainId: anchor.chain_id, transactionHash: anchor.tx_hash, anchoredAt: new Date(anchor.anchored_at).toISOString() } } : {}),
  };
}

/**
 * Signs a tree head when the tree grew since the last one (or when there is none yet). Heads
 * are kept; their timestamps never go backwards.
 */
export async function signNewTreeHead(db: Db, key: SigningKey, clock: Clock) {
  const size = await ledger.ledgerSize(db);
  const last = await ledger.latestHead(db);
  if (last && Number(last.tree_size) >= size) return undefined;
  const root = size === 0 ? emptyRoot() : await rootAt(size, ledger.ledgerNodeReader(db));
  const timestamp = Math.max(clock.now().getTime(), last ? Number(last.timestamp) + 1 : 0);
  const signer = key.signer();
  const head = await signTreeHead({ treeSize: size, rootHash: encodeBase64(root), timestamp }, async (data) => signer.sign({ data }));
  await ledger.insertHead(db, {
    treeSize: size,
    rootHash: Buffer.from(root),
    timestamp,
    signature: Buffer.from(head.signature, 'base64'),
    keyId: key.id,
  });
  return head;
}

export async function currentHead(db: Db) {
  const head = await ledger.latestHead(db);
  if (!head) throw new DomainError('not_found', 'The ledger has no signed tree head yet; one is signed within a minute of the first entry.');
  return presentHead(head, await ledger.latestAnchor(db).then((anchor) => (anchor && anchor.tree_size === head.tree_size ? anchor : undefined)));
}

async function headOfSize(db: Db, treeSize: number | undefined) {
  const head = treeSize === undefined ? await ledger.latestHead(db) : await ledger.findHead(db, treeSize);
  if (!head) throw new DomainError('not_found', treeSize === undefined ? 'The ledger has no signed tree head yet.' : `There is no signed tree head of size ${treeSize}.`);
  return head;
}

/** The proof that the entry whose document has this SHA-256 is in the tree of a signed head. */
export async function inclusionByDocumentHash(db: Db, documentHashHex: string, treeSize?: number) {
  const head = await headOfSize(db, treeSize);
  const size = Number(head.tree_size);
  const entries = await ledger.findEntriesByDocumentHash(db, Buffer.from(documentHashHex, 'hex'));
  const entry = entries.find((candidate) => Number(candidate.idx) < size);
  if (!entry) {
    throw new DomainError(
      'not_found',
      entries.length > 0 ? 'The entry is newer than the last signed tree head; it is included in the next one, within a minute.' : 'No entry of the ledger has this hash.',
    );
  }
  const proof = await inclusionProof(Number(entry.idx), size, ledger.ledgerNodeReader(db));
  return {
    leafIndex: Number(entry.idx),
    treeSize: size,
    entry: presentEntry(entry),
    auditPath: proof.map(encodeBase64),
    signedTreeHead: presentHead(head, await ledger.findAnchor(db, size)),
  };
}

/** The proof that the tree of size `second` extends the tree of size `first`. */
export async function consistencyBetween(db: Db, first: number, second: number) {
  const size = await ledger.ledgerSize(db);
  if (first > second || second > size) {
    throw new DomainError('validation', `Ask for 0 ≤ first ≤ second ≤ ${size} (the tree's size).`, [
      { path: 'querystring.second', code: 'range', message: `first ≤ second ≤ ${size}` },
    ]);
  }
  const proof = await consistencyProof(first, second, ledger.ledgerNodeReader(db));
  return { first, second, consistency: proof.map(encodeBase64) };
}

export function presentEntry(row: Awaited<ReturnType<typeof ledger.listLedgerEntries>>[number]) {
  return {
    index: Number(row.idx),
    type: row.event_type,
    time: new Date(row.occurred_at).toISOString(),
    documentHash: Buffer.from(row.document_hash).toString('hex'),
    leafHash: encodeBase64(row.leaf_hash),
    ...(row.subject ? { subject: row.subject } : {}),
    ...(row.document ? { document: row.document } : {}),
  };
}

export const MAX_ENTRIES_PER_PAGE = 1000;

export async function entriesBetween(db: Db, start: number, end: number) {
  const size = await ledger.ledgerSize(db);
  const stop = Math.min(end, size, start + MAX_ENTRIES_PER_PAGE);
  const rows = start >= stop ? [] : await ledger.listLedgerEntries(db, start, stop);
  return { start, end: Math.max(start, stop), treeSize: size, entries: rows.map(presentEntry) };
}

/** Logs, once each, the rights whose validity ended before today. */
export async function logExpiredRights(db: Db, clock: Clock): Promise<number> {
  const today = tbilisiDate(clock.now());
  const rows = await db
    .selectFrom('rights as r')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .select(['r.decision_code', 'r.valid_until', 'c.code'])
    .where('r.valid_until', '<', today)
    .where('r.terminated_from', 'is', null)
    .execute();
  let logged = 0;
  for (const row of rows) {
    if (await ledger.expiryLogged(db, row.decision_code)) continue;
    await db.transaction().execute(async (trx) => {
      await appendToLedger(trx, [
        {
          type: 'right.expired',
          time: clock.now(),
          subject: row.decision_code,
          document: { type: 'right.expired', decision: row.decision_code, course: row.code, validUntil: row.valid_until },
        },
      ]);
    });
    logged += 1;
  }
  return logged;
}

// ---------------------------------------------------------------------------------------
// The events, as the places that cause them append them.

export function credentialIssuedEvent(credentialText: string, time: Date): LedgerEvent {
  return { type: 'credential.issued', time, credentialText };
}

/** A status change names the credential by its hash (as its issuance entry does), never the learner. */
export function credentialStatusEvent(from: string, to: 'valid' | 'revoked' | 'suspended', credentialText: string, time: Date): LedgerEvent {
  return credentialStatusEventOfHash(from, to, sha256Hex(credentialText), time);
}

/** The same, for a credential whose text was erased at the learner's request and only its hash kept. */
export function credentialStatusEventOfHash(from: string, to: 'valid' | 'revoked' | 'suspended', credentialHash: string, time: Date): LedgerEvent {
  const type = to === 'revoked' ? 'credential.revoked' : to === 'suspended' ? 'credential.suspended' : 'credential.reinstated';
  return { type, time, document: { type, credential: credentialHash, from, to, at: time.toISOString() } };
}

export function coursePublishedEvent(course: { code: string; versionNo: number; description: object }, time: Date): LedgerEvent {
  return {
    type: 'course.published',
    time,
    subject: `${course.code}/${course.versionNo}`,
    document: { type: 'course.published', course: course.code, version: course.versionNo, descriptionHash: sha256Hex(canonicalJson(course.description)), at: time.toISOString() },
  };
}

export function rightEvent(
  type: 'right.granted' | 'right.suspended' | 'right.terminated',
  right: { decisionCode: string; courseCode: string; kind: string; effectiveFrom?: string; validUntil?: string | null; from?: string },
  time: Date,
): LedgerEvent {
  return { type, time, subject: right.decisionCode, document: { type, decision: right.decisionCode, course: right.courseCode, kind: right.kind, ...pickDates(right), at: time.toISOString() } };
}

function pickDates(right: { effectiveFrom?: string; validUntil?: string | null; from?: string }) {
  return {
    ...(right.effectiveFrom ? { effectiveFrom: right.effectiveFrom } : {}),
    ...(right.validUntil !== undefined ? { validUntil: right.validUntil } : {}),
    ...(right.from ? { from: right.from } : {}),
  };
}
