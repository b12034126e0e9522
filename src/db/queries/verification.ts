// What verification reads that no other feature does.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

/** The counter that moves whenever anything verification caches changes (migration 006). */
export async function verificationSourcesVersion(db: Executor): Promise<string> {
  const row = await db.selectFrom('verification_sources_version').select('version').executeTakeFirstOrThrow();
  return String(row.version);
}

/** The ledger's `credential.issued` entry for a document hash, if any. */
export async function findIssuanceEntry(db: Executor, documentHash: Buffer) {
  return db
    .selectFrom('ledger_entries')
    .select(['idx', 'occurred_at'])
    .where('document_hash', '=', documentHash)
    .where('event_type', '=', 'credential.issued')
    .orderBy('idx')
    .limit(1)
    .executeTakeFirst();
}
