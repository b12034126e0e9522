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
  if (dir.startsWith('memory://')) {
    const client = await PGlite.create(dir, { parsers: { [DATE_OID]: parseDate, [INT8_OID]: parseInt8 } });
    return new Kysely<Database>({ dialect: new PGliteDialect(client) });
  }
  fs.mkdirSync(path.resolve(dir), { recursive: true });
  const release = lockDataDirectory(path.resolve(dir));
  try {
    const client = await PGlite.create(dir, { parsers: { [DATE_OID]: parseDate, [INT8_OID]: parseInt8 } });
    return new Kysely<Database>({ dialect: new PGliteDialect(client, release) });
  } catch (error) {
    release();
    throw error;
  }
}

export class DatabaseInUseError extends Error {}

/**
 * PGlite is one PostgreSQL session in one process: two processes opening the same directory
 * (a CLI command while the server runs) would corrupt it. The directory's lock file holds the
 * owner's pid; a lock whose process is gone (a crash) is taken over. Returns the release.
 */
export function lockDataDirectory(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processIsAlive(owner)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dir} is in use by process ${owner} (a running server?). Stop it first, or use a PostgreSQL server through DATABASE_URL, which many processes can share.`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.rmSync(lockFile, { force: true });
  };
  process.on('exit', release);
  return release;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
