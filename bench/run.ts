// `npm run bench`: every benchmark, one after the other, printing medians and p95s.
// BENCH_DATABASE_URL (default: the machine's PostgreSQL at 127.0.0.1:5432/test) selects the
// server for the PostgreSQL runs; BENCH_DATABASE_URL=none skips them. Bulk issuance runs on
// PGlite, or in a fresh database on the server of DATABASE_URL when that is set (see
// bench/issue-credentials.ts for its other settings). Verification over HTTP likewise runs on PGlite,
// or on DATABASE_URL's server (see bench/verify-credentials.ts).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatResult } from './stats.js';
import { benchRegistrySearch } from './registry-search.js';

const postgresUrl = process.env.BENCH_DATABASE_URL === 'none' ? undefined : (process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

console.log(`microcred benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
for (const result of await benchRegistrySearch(postgresUrl)) console.log(formatResult(result));

/** Runs a benchmark file in a process of its own (with the same loader), so that the memory and CPU it reports are its own and not what an earlier benchmark left behind. */
function runInChildProcess(file: string, label: string): void {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL(file, import.meta.url))], { stdio: 'inherit' });
  if (child.status !== 0) {
    console.error(`the ${label} benchmark failed (${child.signal ?? `exit code ${child.status}`})`);
    process.exitCode = 1;
  }
}

runInChildProcess('./issue-credentials.ts', 'bulk issuance');
// Verification over HTTP (the server in a further child process) against the reference vc.verifyCredential.
runInChildProcess('./verify-credentials.ts', 'verification');
