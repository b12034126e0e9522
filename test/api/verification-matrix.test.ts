// POST /credentials/verify against credentials a dishonest or buggy issuer could make: each is
// signed with the issuer's real key and (unless the case is its absence) logged in the ledger,
// so that exactly one check has a reason to fail, and that check must name the cause.
// verification.test.ts covers the valid credential, a changed byte, revocation and suspension,
// a pending ledger entry, chosen checks, credentials signed before a rotation and did:key.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCourseByCode } from '../../src/db/queries/courses.js';
import { findCredential, publishedVersionsOf } from '../../src/db/queries/credentials.js';
import { findIssuerByProvider } from '../../src/db/queries/issuers.js';
import * as ledgerQueries from '../../src/db/queries/ledger.js';
import { issueAwards } from '../../src/use-cases/credentials/award.js';
import { providerIssuer, rotateProviderKey } from '../../src/use-cases/credentials/issuers.js';
import { appendToLedger, credentialIssuedEvent } from '../../src/use-cases/ledger.js';
import { credentialIssuerId, signCredential } from '../../src/trust/credentials.js';
import type { SigningKey } from '../../src/trust/keys.js';
import { rootAt } from '../../src/trust/ledger/merkle.js';
import { encodeBase64, signTreeHead } from '../../src/trust/ledger/signed-tree-head.js';
import { awardCredential, type Json } from '../helpers/credentials.js';
import { type Agent, createTestPlatform, PUBLIC_URL, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

type Outcome = 'passed' | 'failed' | 'not-checked';
interface CheckBody {
  check: string;
  outcome: Outcome;
  reason: { en: string; ka: string };
}

let platform: TestPlatform;
let admin: Agent;
let seq = 0;

// The demo registry as at 2026-11-28 (src/db/seed/demo-data.ts), the test platform's today:
//   mtkvari-university: ai-research valid from 2025-10-20; heritage-management from 2026-06-01;
//     public-procurement suspended from 2026-10-20; research-methods never granted;
//   financial-reporting-association: ifrs-smes from 2024-04-15, expired after 2026-04-14;
//   digital-bridge-academy: digital-marketing from 2025-02-10, terminated from 2026-07-01;
//   rioni-university: inclusive-education (another provider's course, for mtkvari).
const EARLY = '2024-01-01T09:00:00Z';

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
  // The issuers that some tests log credentials for in the past get their first key early,
  // so that the key was already theirs on those days.
  for (const slug of ['financial-reporting-association', 'digital-bridge-academy']) {
    await atTime(EARLY, async () => providerIssuer(platform.db, platform.trust, await providerId(slug), platform.clock.now()));
  }
});
afterAll(async () => platform.close());

const code = (key: string) => platform.demo!.codes[key]!;

async function providerId(slug: string): Promise<string> {
  const row = await platform.db.selectFrom('providers').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

/** Runs `action` with the clock at `iso`, then puts the clock back. */
async function atTime<T>(iso: string, action: () => Promise<T>): Promise<T> {
  const before = platform.clock.now();
  platform.clock.set(new Date(iso));
  try {
    return await action();
  } finally {
    platform.clock.set(before);
  }
}

function nextLearner() {
  seq += 1;
  return { learnerName: `Matrix Learner ${seq}`, learnerEmail: `matrix${seq}@example.ge` };
}

/** A credential awarded properly through the workspace API by the sample provider's admin. */
async function award(courseKey: string, awardDate = '2026-11-20'): Promise<Json> {
  return (await awardCredential(platform, admin, { learner: 'Matrix Learner', courseKey, awardDate })).credential;
}

/**
 * A credential issued the way a buggy issuer would: the platform's own builder, signer and
 * ledger (issueAwards), at the clock's time, but without checkAwards' check of the right.
 */
async function issueWithoutRightCheck(courseKey: string, awardDate: string): Promise<Json> {
  const course = await findCourseByCode(platform.db, code(courseKey));
  const [version] = await publishedVersionsOf(platform.db, [course!.id]);
  const { issued } = await issueAwards(platform.db, platform.trust, {
    providerId: course!.provider_id,
    awards: [{ courseVersionId: version!.id, ...nextLearner(), awardDate }],
    actorId: null,
    batchId: null,
    clock: platform.clock,
  });
  const stored = await findCredential(platform.db, issued[0]!.id);
  return JSON.parse(stored!.document) as Json;
}

/**
 * A credential made from `template` as a dishonest issuer would: a new id, `change` applied,
 * signed with `key` (the issuer's active key by default) at the clock's time and, unless
 * `logged` is false, appended to the ledger at that time.
 */
async function resign(template: Json, change: (credential: Json) => void, options: { key?: SigningKey; logged?: boolean } = {}): Promise<Json> {
  const { proof: _proof, ...credential } = structuredClone(template);
  credential.id = `${PUBLIC_URL}/credentials/${randomUUID()}`;
  change(credential);
  const key = options.key ?? (await platform.trust.keyStore.getActiveKey(credentialIssuerId(credential)!));
  const now = platform.clock.now();
  const signed = (await signCredential(credential, { key: key!, documentLoader: platform.trust.documentLoader, date: now })) as Json;
  if (options.logged !== false) {
    await platform.db.transaction().execute((trx) => appendToLedger(trx, [credentialIssuedEvent(JSON.stringify(signed), now)]));
  }
  return signed;
}

const microCredential = (credential: Json) => ((credential.credentialSubject as Json).achievement as Json).microCredential as Json;

async function signHead() {
  await signLedgerHead(platform);
}

async function verify(credential: unknown) {
  const response = await platform.app.inject({ method: 'POST', url: '/credentials/verify', payload: { verifiableCredential: credential } });
  const body = response.json() as { verified: boolean; checks: CheckBody[]; errors: string[]; elements: { missing: string[] } };
  expect(body.checks, `${response.statusCode} ${response.body}`).toBeDefined();
  const byCheck = Object.fromEntries(body.checks.map((check) => [check.check, check])) as Record<string, CheckBody>;
  return {
    status: response.statusCode,
    body,
    outcome: Object.fromEntries(body.checks.map((check) => [check.check, check.outcome])),
    reason: (check: string) => byCheck[check]!.reason,
  };
}

type Result = Awaited<ReturnType<typeof verify>>;

const allPassed = { proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' };

/** The verdict is "not valid", only `check` failed, and its reason (in both languages) says why. */
function expectOnlyFailure(result: Result, check: string, cause: RegExp) {
  expect(result.status, JSON.stringify(result.body)).toBe(422);
  expect(result.body.verified).toBe(false);
  expect(result.outcome).toEqual({ ...allPassed, [check]: 'failed' });
  expect(result.reason(check).en).toMatch(cause);
  expect(result.reason(check).ka.trim().length).toBeGreaterThan(0);
  expect(result.body.errors).toEqual([`${check}: ${result.reason(check).en}`]);
}

function expectValid(result: Result) {
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  expect(result.body.verified).toBe(true);
  expect(result.outcome).toEqual(allPassed);
}

describe('the right on the date of award', () => {
  it('refuses a properly awarded credential whose award date was moved before the right took effect and re-signed', async () => {
    const template = await award('heritage-management');
    const moved = await resign(template, (credential) => {
      credential.awardedDate = '2026-05-15T00:00:00Z';
    });
    await signHead();
    expectValid(await verify(template));
    const result = await verify(moved);
    expectOnlyFailure(result, 'right', /held no right to implement this course .*on 2026-05-15/);
  });

  it.each([
    { why: 'before the right took effect', course: 'heritage-management', awardDate: '2026-05-31', cause: /held no right to implement this course .*on 2026-05-31/ },
    { why: 'for a course the provider never held a right for', course: 'research-methods', awardDate: '2026-11-20', cause: /held no right .*on 2026-11-20/ },
    { why: 'after the right expired', course: 'ifrs-smes', awardDate: '2026-04-15', cause: /right to implement this course had expired by 2026-04-15/ },
    { why: 'while the provider’s right was suspended', course: 'public-procurement', awardDate: '2026-10-20', cause: /right to implement this course was suspended on 2026-10-20/ },
    { why: 'after the right was terminated', course: 'digital-marketing', awardDate: '2026-07-01', cause: /right to implement this course had been terminated by 2026-07-01/ },
  ])('fails the right check for an award dated $why ($awardDate)', async ({ course, awardDate, cause }) => {
    const credential = await issueWithoutRightCheck(course, awardDate);
    await signHead();
    expectOnlyFailure(await verify(credential), 'right', cause);
  });

  it('passes the right check on the last day of a right and the day before its termination (the boundaries are exact)', async () => {
    // Two of the rights above, one day earlier, each logged on its date of award while the right held.
    const lastDay = await atTime('2026-04-14T10:00:00Z', () => issueWithoutRightCheck('ifrs-smes', '2026-04-14'));
    const beforeTermination = await atTime('2026-06-30T10:00:00Z', () => issueWithoutRightCheck('digital-marketing', '2026-06-30'));
    await signHead();
    expectValid(await verify(lastDay));
    expectValid(await verify(beforeTermination));
  });
});

describe('backdating: judged also on the day the ledger recorded the issuance', () => {
  it('passes an award logged while the right held, and refuses the same award logged after the right was terminated', async () => {
    const inTime = await atTime('2026-06-15T10:00:00Z', () => issueWithoutRightCheck('digital-marketing', '2026-05-04'));
    const backdated = await issueWithoutRightCheck('digital-marketing', '2026-05-04');
    await signHead();
    expectValid(await verify(inTime));
    const result = await verify(backdated);
    expectOnlyFailure(result, 'right', /issued on 2026-11-28, when the provider no longer held the right/);
    expect(result.reason('right').en).toMatch(/terminated by 2026-11-28/);
    expect(result.reason('right').ka).toContain('2026-11-28');
  });

  it('refuses an award dated inside the validity of a right that had expired when the issuance was logged', async () => {
    const backdated = await issueWithoutRightCheck('ifrs-smes', '2026-03-02');
    await signHead();
    const result = await verify(backdated);
    expectOnlyFailure(result, 'right', /issued on 2026-11-28, when the provider no longer held the right/);
    expect(result.reason('right').en).toMatch(/expired by 2026-11-28/);
  });

  it('refuses an award dated before a suspension but logged during it', async () => {
    const backdated = await issueWithoutRightCheck('public-procurement', '2026-10-01');
    await signHead();
    const result = await verify(backdated);
    expectOnlyFailure(result, 'right', /issued on 2026-11-28, when the provider no longer held the right/);
    expect(result.reason('right').en).toMatch(/suspended on 2026-11-28/);
  });
});

describe('the course named', () => {
  it('fails the right check when the issuer names another provider’s course, or one not in the registry', async () => {
    const template = await award('ai-research');
    const othersCourse = await resign(template, (credential) => {
      microCredential(credential).courseCode = code('inclusive-education');
    });
    const unknownCourse = await resign(template, (credential) => {
      microCredential(credential).courseCode = 'MC-2026-9999';
    });
    await signHead();
    expectValid(await verify(template));
    expectOnlyFailure(await verify(othersCourse), 'right', /names no course of this issuer in the registry/);
    expectOnlyFailure(await verify(unknownCourse), 'right', /names no course of this issuer in the registry/);
  });
});

describe('the EU mandatory elements', () => {
  it('names each missing element of a credential re-signed without them, while the proof, status, right and ledger still pass', async () => {
    const template = await award('ai-research');
    const incomplete = await resign(template, (credential) => {
      const mc = microCredential(credential);
      delete (mc.learningOutcomes as Json).skills;
      delete (mc.qualityAssurance as Json).external;
    });
    await signHead();
    const result = await verify(incomplete);
    expectOnlyFailure(result, 'elements', /^Missing: Skills, External quality assurance\.$/);
    expect(result.reason('elements').ka).toBe('აკლია: უნარები, ხარისხის გარე უზრუნველყოფა.');
    expect(result.body.elements.missing).toEqual(['learningOutcomes.skills', 'qualityAssurance.external']);
  });
});

describe('the ledger', () => {
  it('fails the ledger check for a credential signed with the issuer’s key but never logged', async () => {
    const template = await award('ai-research');
    const unlogged = await resign(template, () => undefined, { logged: false });
    await signHead();
    expectOnlyFailure(await verify(unlogged), 'ledger', /no record of this credential/);
  });
});

describe('a retired key', () => {
  it('fails the proof of a credential signed with the old key and logged after a rotation', async () => {
    const template = await award('ai-research');
    const issuer = await findIssuerByProvider(platform.db, await providerId('mtkvari-university'));
    const oldKey = await platform.trust.keyStore.getActiveKey(issuer!.did);
    platform.clock.set(new Date(platform.clock.now().getTime() + 60_000));
    const rotated = await rotateProviderKey(platform.db, platform.trust, issuer!.provider_id!, platform.clock.now());
    platform.clock.set(new Date(platform.clock.now().getTime() + 60_000));
    const withOldKey = await resign(template, () => undefined, { key: oldKey! });
    const withNewKey = await resign(template, () => undefined);
    await signHead();
    expect((withNewKey.proof as Json).verificationMethod).toBe(rotated.id);
    expectValid(await verify(withNewKey));
    expectValid(await verify(template)); // signed before the rotation
    const result = await verify(withOldKey);
    expectOnlyFailure(result, 'proof', /key that signed it was retired on 2026-11-28.*before the credential was issued/);
  });
});

// These come last: a forged head stays in the append-only table, and every later verification
// reads the newest head, so each test ends by logging an entry and signing an honest head over it.
describe('a forged signed tree head', () => {
  /** Logs one more credential (so the tree grows) and stores `forge(honest head)` as the newest head. */
  async function storeForgedHead(forge: (head: { treeSize: number; rootHash: Buffer; signature: Buffer }) => { treeSize: number; rootHash: Buffer; signature: Buffer }) {
    await award('ai-research');
    const size = await ledgerQueries.ledgerSize(platform.db);
    const last = await ledgerQueries.latestHead(platform.db);
    // The honest head of this size, signed but not stored; the forgery starts from it.
    const key = await platform.trust.ledgerKey();
    const root = await rootAt(size, ledgerQueries.ledgerNodeReader(platform.db));
    const timestamp = Number(last!.timestamp) + 1;
    const signer = key.signer();
    const honest = await signTreeHead({ treeSize: size, rootHash: encodeBase64(root), timestamp }, async (data) => signer.sign({ data }));
    const forged = forge({ treeSize: size, rootHash: Buffer.from(root), signature: Buffer.from(honest.signature, 'base64') });
    await ledgerQueries.insertHead(platform.db, { ...forged, timestamp, keyId: key.id });
  }

  async function restoreHonestHead(credential: Json) {
    await award('ai-research');
    await signHead();
    expectValid(await verify(credential));
  }

  it('fails the ledger check when the newest head’s signature was altered', async () => {
    const credential = await award('ai-research');
    await signHead();
    expectValid(await verify(credential));
    await storeForgedHead((head) => {
      const signature = Buffer.from(head.signature);
      signature[0] = signature[0]! ^ 0x01;
      return { ...head, signature };
    });
    expectOnlyFailure(await verify(credential), 'ledger', /does not verify against its signed tree head/);
    await restoreHonestHead(credential);
  });

  it('fails the ledger check when the newest head’s root was altered (its signature kept)', async () => {
    const credential = await award('ai-research');
    await signHead();
    await storeForgedHead((head) => {
      const rootHash = Buffer.from(head.rootHash);
      rootHash[31] = rootHash[31]! ^ 0x80;
      return { ...head, rootHash };
    });
    expectOnlyFailure(await verify(credential), 'ledger', /does not verify against its signed tree head/);
    await restoreHonestHead(credential);
  });

  // Last of all: after a head claiming more entries than the ledger holds, no honest head can be
  // signed until the ledger catches up with the claim (signNewTreeHead waits for a larger tree).
  it('fails the ledger check, without an error, when the newest head claims more entries than the ledger holds', async () => {
    const credential = await award('ai-research');
    await signHead();
    await storeForgedHead((head) => ({ ...head, treeSize: head.treeSize + 1000 }));
    const result = await verify(credential);
    expectOnlyFailure(result, 'ledger', /does not verify against its signed tree head/);
  });
});
