// What one ledger entry is: the event type, its time and the SHA-256 of the event's document.
// The leaf is the RFC 9162 leaf hash of the entry's bytes: canonical JSON with the keys in a
// fixed order, so anyone can recompute it from /ledger/entries.
import { createHash } from 'node:crypto';
import { leafHash } from './merkle.js';

export const ledgerEventTypes = [
  'credential.issued',
  'credential.revoked',
  'credential.suspended',
  'credential.reinstated',
  'course.published',
  'right.granted',
  'right.suspended',
  'right.terminated',
  'right.expired',
] as const;
export type LedgerEventType = (typeof ledgerEventTypes)[number];

export interface LedgerEntry {
  type: LedgerEventType;
  /** ISO 8601 with milliseconds, UTC. */
  time: string;
  /** Hex SHA-256 of the event document. */
  documentHash: string;
}

export function sha256Hex(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function ledgerEntryBytes(entry: LedgerEntry): Uint8Array {
  return Buffer.from(canonicalJson({ documentHash: entry.documentHash, time: entry.time, type: entry.type }), 'utf8');
}

export function ledgerLeafHash(entry: LedgerEntry): Uint8Array {
  return leafHash(ledgerEntryBytes(entry));
}
