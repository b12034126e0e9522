// Verification caches what it reads about issuers, courses, rights, status lists and tree heads,
// and a counter that triggers move at every committed change to them (migration 006) drops the
// caches: a change made anywhere — here a direct SQL update, as another process would make it —
// counts at the very next verification.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardCredential, type Json } from '../helpers/credentials.js';
import { type Agent, createTestPlatform, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let admin: Agent;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
});
afterAll(async () => platform.close());


async function rightOutcome(credential: Json): Promise<string> {
  const response = await platform.app.inject({ method: 'POST', url: '/credentials/verify', payload: { verifiableCredential: credential } });
  const body = response.json() as { checks: Array<{ check: string; outcome: string }> };
  return body.checks.find((check) => check.check === 'right')!.outcome;
}

async function version(): Promise<string> {
  const row = await platform.db.selectFrom('verification_sources_version').select('version').executeTakeFirstOrThrow();
  return String(row.version);
}

const courseId = async () =>
  (await platform.db.selectFrom('courses').select('id').where('code', '=', platform.demo!.codes['ai-research']!).executeTakeFirstOrThrow()).id;

describe('verification caches', () => {
  it('serves rights from its cache while nothing changed, and sees a change committed elsewhere at the next verification', async () => {
    const credential = (await awardCredential(platform, admin, { learner: 'Cache Learner' })).credential;
    await signLedgerHead(platform);
    expect(await rightOutcome(credential)).toBe('passed');
    const course = await courseId();

    // Suspend the right without moving the counter (triggers off for this transaction): the
    // verifier, trusting its cache, still reads the right as it was — this is what the counter is for.
    await platform.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await trx.updateTable('rights').set({ suspended_from: '2026-11-01' }).where('course_id', '=', course).execute();
    });
    expect(await rightOutcome(credential)).toBe('passed');

    // The same change committed normally moves the counter; the next verification sees it.
    const before = await version();
    await platform.db.updateTable('rights').set({ suspended_from: '2026-11-01' }).where('course_id', '=', course).execute();
    expect(await version()).not.toBe(before);
    expect(await rightOutcome(credential)).toBe('failed');

    await platform.db.updateTable('rights').set({ suspended_from: null }).where('course_id', '=', course).execute();
    expect(await rightOutcome(credential)).toBe('passed');
  });

  it('moves the counter at commit only, and not for allocating status entries', async () => {
    const before = await version();
    const course = await courseId();
    await expect(
      platform.db.transaction().execute(async (trx) => {
        await trx.updateTable('rights').set({ suspended_from: '2026-11-01' }).where('course_id', '=', course).execute();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await version()).toBe(before);

    await awardCredential(platform, admin, { learner: 'Cache Learner' }); // allocates a status entry, writes the ledger: no cached table's content changes
    expect(await version()).toBe(before);
  });
});
