import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The next readable public code for a prefix and year, e.g. MC-2026-0007. Call inside the writing transaction. */
export async function nextPublicCode(db: Kysely<Database>, prefix: string, year: number): Promise<string> {
  const row = await db
    .insertInto('public_code_counters')
    .values({ prefix, year, last: 1 })
    .onConflict((conflict) => conflict.columns(['prefix', 'year']).doUpdateSet((eb) => ({ last: eb('public_code_counters.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `${prefix}-${year}-${String(row.last).padStart(4, '0')}`;
}
