// Registry search under load: 10,000 published courses, then word searches with two
// filters through the HTTP API, on PGlite and on a PostgreSQL server. Reports the median
// and p95 latency of each. Run with `npm run bench` (see bench/run.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { systemClock } from '../src/domain/calendar/tbilisi.js';
import type { CourseDescription } from '../src/domain/course/description.js';
import { type Db, openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { refreshRegistryEntries } from '../src/db/queries/courses.js';
import { demoCourses } from '../src/db/seed/demo-data.js';
import { loadDemoData } from '../src/db/seed/load-demo.js';
import { buildApp } from '../src/http/app.js';
import { percentile, type BenchResult } from './stats.js';

const COURSES = 10_000;
const SEARCHES = 400;
const WARMUP = 40;

// Words to vary titles with, so that searches match a realistic share of the registry.
const topicsEn = ['data', 'policy', 'health', 'tourism', 'energy', 'finance', 'heritage', 'safety', 'design', 'teaching', 'security', 'marketing', 'logistics', 'law', 'agriculture', 'media'];
const topicsKa = ['მონაცემები', 'პოლიტიკა', 'ჯანდაცვა', 'ტურიზმი', 'ენერგეტიკა', 'ფინანსები', 'მემკვიდრეობა', 'უსაფრთხოება', 'დიზაინი', 'სწავლება', 'დაცვა', 'მარკეტინგი', 'ლოჯისტიკა', 'სამართალი', 'სოფლის', 'მედია'];

function variant(base: CourseDescription, index: number): CourseDescription {
  const a = index % topicsEn.length;
  const b = Math.floor(index / topicsEn.length) % topicsEn.length;
  return {
    ...base,
    title: {
      en: `${base.title.en}: ${topicsEn[a]} and ${topicsEn[b]} ${index}`,
      ka: `${base.title.ka}: ${topicsKa[a]} და ${topicsKa[b]} ${index}`,
    },
  };
}

export async function fillRegistry(db: Db): Promise<void> {
  await loadDemoData(db, { password: 'bench-password', now: new Date() });
  const providers = await db.selectFrom('providers').select(['id']).execute();
  const batch = 500;
  for (let start = 0; start < COURSES; start += batch) {
    await db.transaction().execute(async (trx) => {
      const courseRows = [];
      const versionRows = [];
      for (let index = start; index < Math.min(start + batch, COURSES); index += 1) {
        const base = demoCourses[index % demoCourses.length]!.versions.at(-1)!;
        const description = variant(base, index);
        const courseId = randomUUID();
        const versionId = randomUUID();
        courseRows.push({ id: courseId, code: `MC-2020-${String(index).padStart(5, '0')}`, provider_id: providers[index % providers.length]!.id, current_version_id: versionId });
        versionRows.push({
          id: versionId,
          course_id: courseId,
          version_no: 1,
          status: 'published' as const,
          published_at: new Date(),
          description: JSON.stringify(description),
          title_ka: description.title.ka,
          title_en: description.title.en,
          ects: description.workload.ects,
          nqf_level: description.level.nqf,
          isced_field: description.iscedField,
          participation_mode: description.participationMode,
          languages: description.languages,
        });
      }
      await trx.insertInto('courses').values(courseRows).execute();
      await trx.insertInto('course_versions').values(versionRows).execute();
      await refreshRegistryEntries(trx, courseRows.map((row) => row.id));
    });
  }
  await sql`VACUUM ANALYZE`.execute(db);
}

async function measure(label: string, db: Db): Promise<BenchResult> {
  // The app makes its signing services at start, which need a key-encryption key; searches sign nothing.
  const config = loadConfig({ DEMO: '0', PUBLIC_URL: 'http://localhost:8080', KEY_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
  const app = await buildApp({ db, clock: systemClock, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const queries = Array.from({ length: SEARCHES + WARMUP }, (_, i) => {
    const word = i % 2 === 0 ? topicsEn[i % topicsEn.length]!.slice(0, 5) : topicsKa[i % topicsKa.length]!.slice(0, 5);
    return `/api/courses?q=${encodeURIComponent(word)}&level=${6 + (i % 2)}&mode=${['online', 'blended', 'onsite'][i % 3]}`;
  });
  const timings: number[] = [];
  let totalHits = 0;
  for (const [i, query] of queries.entries()) {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${query}`);
    const body = (await response.json()) as { total: number };
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`search failed: ${response.status}`);
    if (i >= WARMUP) {
      timings.push(elapsed);
      totalHits += body.total;
    }
  }
  await app.close();
  return {
    name: `registry search, word + level + mode, ${COURSES} courses (${label})`,
    unit: 'ms',
    median: percentile(timings, 50),
    p95: percentile(timings, 95),
    samples: timings.length,
    note: `mean results per search ${(totalHits / timings.length).toFixed(0)}`,
  };
}

export async function benchRegistrySearch(postgresUrl: string | undefined): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const pglite = await openDatabase({});
  await migrate(pglite);
  await fillRegistry(pglite);
  results.push(await measure('PGlite', pglite));
  await pglite.destroy();

  if (postgresUrl) {
    const name = `mc_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    const server = await openDatabase({ url: url.toString() });
    try {
      await migrate(server);
      await fillRegistry(server);
      results.push(await measure('PostgreSQL', server));
    } finally {
      await server.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  return results;
}
