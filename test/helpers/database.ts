// Each test file gets its own database: an in-memory PGlite by default, or, when
// TEST_DATABASE_URL names a PostgreSQL server, a fresh database created on it and
// dropped afterwards. The same tests run on both (.ci/run does both).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';

export const serverUrl = process.env.TEST_DATABASE_URL;
export const databaseKind = serverUrl ? 'postgres' : 'pglite';

export interface TestDatabase {
  db: Db;
  /** The URL of the per-test database on the server; undefined for PGlite. */
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) {
    const db = await openDatabase({});
    await migrate(db);
    return { db, url: undefined, drop: () => db.destroy() };
  }
  const name = `mc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  await migrate(db);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.destroy();
      // The pool's connections may still be closing: wait for them rather than killing them
      // (a connection killed while it closes raises an error nobody can catch).
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        for (let attempt = 0; ; attempt += 1) {
          try {
            await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
            break;
          } catch (error) {
            if (attempt >= 50 || (error as { code?: string }).code !== '55006') throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await cleanup.end();
      }
    },
  };
}
