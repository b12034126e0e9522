// The embedded database is one process's: a second process (a CLI command while the server
// runs) is refused with a clear message instead of corrupting it; a lock left by a crash is taken over.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseInUseError, lockDataDirectory, openDatabase } from '../../src/db/database.js';
import { projectRoot } from '../../src/http/app.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, TEST_DATABASE_URL: _testUrl, ...rest } = env;
  return rest;
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-lock-'));
  dirs.push(dir);
  return dir;
}

describe('the embedded database directory', () => {
  it('refuses a second process while one holds it, and is free again once it is closed', async () => {
    const dataDir = tempDir();
    const db = await openDatabase({ pgliteDir: path.join(dataDir, 'pgdata') });
    await sql`SELECT 1`.execute(db); // (Kysely closes only a database it has used)
    const cli = () =>
      spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), [path.join(projectRoot, 'src/cli/main.ts'), 'migrate'], {
        env: { ...withoutDatabaseUrl(process.env), DATA_DIR: dataDir, DEMO: '0' },
        encoding: 'utf8',
      });
    const refused = cli();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`in use by process ${process.pid}`);
    expect(refused.stderr).toContain('DATABASE_URL');

    await db.destroy();
    expect(fs.existsSync(path.join(dataDir, 'pgdata.lock'))).toBe(false);
    const allowed = cli();
    expect(allowed.stderr).toBe('');
    expect(allowed.status).toBe(0);
  }, 60_000);

  it('takes over the lock of a process that is gone', () => {
    const dir = path.join(tempDir(), 'pgdata');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(`${dir}.lock`, gone.stdout);
    const release = lockDataDirectory(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it('names the owner in the error a second holder gets', () => {
    const dir = path.join(tempDir(), 'pgdata');
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDirectory(dir)).toThrow(DatabaseInUseError);
    expect(() => lockDataDirectory(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });
});
