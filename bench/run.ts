// `npm run bench`: every benchmark, one after the other, printing medians and p95s.
// BENCH_DATABASE_URL (default: the machine's PostgreSQL at 127.0.0.1:5432/test) selects the
// server for the PostgreSQL runs; BENCH_DATABASE_URL=none skips them. Bulk issuance runs on
// PGlite, or in a fresh database on the server of DATABASE_URL when that is set (see
// bench/issue-credentials.ts for its other settings).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatResult } from './stats.js';
import { benchRegistrySearch } from './registry-search.js';

const postgresUrl = process.env.BENCH_DATABASE_URL === 'none' ? undefined : (process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

console.log(`microcred benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
for (const result of await benchRegistrySearch(postgresUrl)) console.log(formatResult(result));

// Bulk issuance in a process of its own (with the same loader), so that the memory it reports
// is its own and not what the registry benchmark left behind.
const issuance = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./issue-credentials.ts', import.meta.url))], { stdio: 'inherit' });
if (issuance.status !== 0) {
  console.error(`the bulk issuance benchmark failed (${issuance.signal ?? `exit code ${issuance.status}`})`);
  process.exitCode = 1;
}
