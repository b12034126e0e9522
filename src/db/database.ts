// Opens the one database: PGlite embedded in the data directory by default, or a
// PostgreSQL server when a URL is given. Both speak the same SQL.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DatabaseTarget {
  /** A PostgreSQL server URL; when absent, PGlite. */
  url?: string | undefined;
  /** PGlite's directory; `memory://` (the default) keeps it in memory. */
  pgliteDir?: string;
}

const DATE_OID = 1082;
const INT8_OID = 20;
// DATE columns come back as 'YYYY-MM-DD' strings, never as Date objects shifted by a time zone;
// counts (bigint) come back as numbers: no count here comes near 2^53.
const parseDate = (value: string) => value;
const parseInt8 = (value: string) => Number(value);
pg.types.setTypeParser(DATE_OID, parseDate);
pg.types.setTypeParser(INT8_OID, parseInt8);

export async function openDatabase(target: DatabaseTarget): Promise<Db> {
  if (target.url) {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const dir = target.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) fs.mkdirSync(path.resolve(dir), { recursive: true });
  const client = await PGlite.create(dir, { parsers: { [DATE_OID]: parseDate, [INT8_OID]: parseInt8 } });
  return new Kysely<Database>({ dialect: new PGliteDialect(client) });
}
