// The SQL behind a verification snapshot (use-cases/snapshot.ts): everything the five checks
// read, for the whole registry at once, in a few queries.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

/** The registry's own issuers: test issuers sign anything and are left out on purpose. */
export async function listRegistryIssuers(db: Executor) {
  return db.selectFrom('issuers').select(['id', 'did', 'provider_id']).where('is_test', '=', false).orderBy('did').execute();
}

export async function listCourseCodes(db: Executor) {
  return db.selectFrom('courses').select(['id', 'code', 'provider_id']).orderBy('code').execute();
}

/** Every right and registration of every provider, in the order `listRightRecords` reads them. */
export async function listAllRights(db: Executor) {
  return db
    .selectFrom('rights')
    .select(['course_id', 'provider_id', 'kind', 'effective_from', 'valid_until', 'suspended_from', 'terminated_from'])
    .orderBy('course_id')
    .orderBy('effective_from', 'asc')
    .orderBy('id')
    .execute();
}

/** The signed status list documents of these issuers. */
export async function listStatusListDocuments(db: Executor, issuerIds: readonly string[]) {
  if (issuerIds.length === 0) return [];
  return db.selectFrom('status_lists').select(['slug', 'document']).where('issuer_id', 'in', issuerIds).orderBy('slug').execute();
}

/** The ledger's entries with index below `size`, in order, in the columns a leaf is made of. */
export async function listLedgerLeaves(db: Executor, size: number) {
  return db
    .selectFrom('ledger_entries')
    .select(['idx', 'event_type', 'occurred_at', 'document_hash', 'leaf_hash'])
    .where('idx', '<', String(size))
    .orderBy('idx')
    .execute();
}

export async function listAnchors(db: Executor) {
  return db.selectFrom('ledger_anchors').select(['tree_size', 'chain_id', 'tx_hash']).orderBy('tree_size').execute();
}
