// `npm run bench`: every benchmark, one after the other, printing medians and p95s.
// BENCH_DATABASE_URL (default: the machine's PostgreSQL at 127.0.0.1:5432/test) selects the
// server for the PostgreSQL runs; BENCH_DATABASE_URL=none skips them.
import os from 'node:os';
import { formatResult } from './stats.js';
import { benchRegistrySearch } from './registry-search.js';

const postgresUrl = process.env.BENCH_DATABASE_URL === 'none' ? undefined : (process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

console.log(`microcred benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
for (const result of await benchRegistrySearch(postgresUrl)) console.log(formatResult(result));
