// Recognition agreements over HTTP: a receiving institution records, edits and withdraws its
// agreements, the public reads those in force and each course's recognition opportunities, and a
// learner reads how their credentials stack (docs/recognition.md).
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAwards, issueAwards } from '../../src/use-cases/credentials/award.js';
import { type Agent, createTestPlatform, type TestPlatform } from '../helpers/platform.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let platform: TestPlatform;
let admin: Agent; // mtkvari-university: a university, the demo agreement's receiving institution
let academyAdmin: Agent; // digital-bridge-academy: not a university
let officer: Agent;
let expert: Agent;
let learner: Agent;
let codes: Record<string, string>;
let demoAgreementId: string;

const BASE = '/api/workspace/recognition-agreements';

function sampleBody(overrides: Json = {}): Json {
  return {
    programme: { name: { ka: 'უმაღლესი განათლების ადმინისტრირება', en: "Master's in Higher Education Administration" }, nqfLevel: 7, totalEcts: 120 },
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    components: [
      {
        name: { ka: 'კვლევითი კომპონენტი', en: 'research component' },
        capEcts: 13,
        courses: [
          { courseCode: codes['ai-research'], ects: 7 },
          { courseCode: codes['research-methods'], ects: 6 },
        ],
      },
    ],
    ...overrides,
  };
}

function fieldPaths(body: string): string[] {
  return ((JSON.parse(body) as { errors?: { path: string; code: string }[] }).errors ?? []).map((error) => `${error.path}:${error.code}`);
}

beforeAll(async () => {
  platform = await createTestPlatform();
  codes = platform.demo!.codes;
  [admin, academyAdmin, officer, expert, learner] = await Promise.all([
    platform.signIn('admin@university.demo'),
    platform.signIn('admin@academy.demo'),
    platform.signIn('officer@eqe.demo'),
    platform.signIn('expert@eqe.demo'),
    platform.signIn('learner@example.demo'),
  ]);
});
afterAll(async () => {
  await platform.close();
});

describe('the public view', () => {
  it("lists the demo agreement: the guide's sample of three courses for up to 25 ECTS", async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/recognition-agreements' });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: Json[] }).items;
    const sample = items.find((item) => item.programme.name.en === "Master's in Education Policy");
    expect(sample).toBeDefined();
    demoAgreementId = sample!.id;
    expect(sample!.provider.slug).toBe('mtkvari-university');
    expect(sample!.current).toBe(true);
    expect(sample!.capEcts).toBe(25);
    expect(sample!.components[0].courses.map((course: Json) => [course.code, course.ects])).toEqual([
      [codes['ai-research'], 7],
      [codes['research-methods'], 6],
      [codes['inclusive-education'], 12],
    ]);
    expect(sample).not.toHaveProperty('withdrawalReason');
    const narrowed = await platform.app.inject({ method: 'GET', url: '/api/recognition-agreements?provider=rioni-university' });
    expect((narrowed.json() as { items: Json[] }).items.some((item) => item.id === demoAgreementId)).toBe(false);
  });

  it("shows a course's recognition opportunities, and none for a course no agreement lists", async () => {
    const response = await platform.app.inject({ method: 'GET', url: `/api/courses/${codes['inclusive-education']}/recognition-agreements` });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: Json[] };
    const sample = body.items.find((item) => item.id === demoAgreementId)!;
    expect(sample.components).toEqual([
      expect.objectContaining({ name: { ka: 'კვლევითი კომპონენტი', en: 'research component' }, capEcts: 25, ects: 12 }),
    ]);
    expect(sample.components[0].otherCourses.map((course: Json) => course.code)).toEqual([codes['ai-research'], codes['research-methods']]);
    const none = await platform.app.inject({ method: 'GET', url: `/api/courses/${codes['wine-technology']}/recognition-agreements` });
    expect((none.json() as { items: Json[] }).items).toEqual([]);
    const missing = await platform.app.inject({ method: 'GET', url: '/api/courses/MC-2099-9999/recognition-agreements' });
    expect(missing.statusCode).toBe(404);
  });
});

describe('recording agreements', () => {
  let id: string;

  it('a university administrator records, edits and withdraws an agreement, each change audited', async () => {
    const created = await admin.request({ method: 'POST', url: BASE, payload: sampleBody() });
    expect(created.statusCode, created.body).toBe(201);
    const agreement = created.json() as Json;
    id = agreement.id;
    expect(agreement.provider.slug).toBe('mtkvari-university');
    expect(agreement.components[0].courses[0]).toEqual(expect.objectContaining({ code: codes['ai-research'], courseEcts: 7, ects: 7 }));

    const list = await admin.request({ method: 'GET', url: BASE });
    expect((list.json() as { items: Json[] }).items.map((item) => item.id)).toEqual(expect.arrayContaining([id, demoAgreementId]));

    const edited = await admin.request({ method: 'PUT', url: `${BASE}/${id}`, payload: sampleBody({ validUntil: null, components: [{ ...sampleBody().components[0], capEcts: 10 }] }) });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as Json).components[0].capEcts).toBe(10);
    expect((edited.json() as Json).validUntil).toBeNull();
    const read = await admin.request({ method: 'GET', url: `${BASE}/${id}` });
    expect((read.json() as Json).components[0].capEcts).toBe(10);

    const withdrawn = await admin.request({ method: 'POST', url: `${BASE}/${id}/withdraw`, payload: { reason: 'The programme closes.' } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((withdrawn.json() as Json).withdrawalReason).toBe('The programme closes.');
    expect((withdrawn.json() as Json).current).toBe(false);

    const publicList = await platform.app.inject({ method: 'GET', url: '/api/recognition-agreements' });
    expect((publicList.json() as { items: Json[] }).items.some((item) => item.id === id)).toBe(false);
    const ownList = await admin.request({ method: 'GET', url: BASE });
    expect((ownList.json() as { items: Json[] }).items.find((item) => item.id === id)?.withdrawnAt).not.toBeNull();

    expect((await admin.request({ method: 'PUT', url: `${BASE}/${id}`, payload: sampleBody() })).statusCode).toBe(409);
    expect((await admin.request({ method: 'POST', url: `${BASE}/${id}/withdraw`, payload: { reason: 'again' } })).statusCode).toBe(409);

    const audit = await platform.db.selectFrom('audit_log').select(['action', 'before', 'after']).where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((row) => row.action)).toEqual(['recognition-agreement.created', 'recognition-agreement.updated', 'recognition-agreement.withdrawn']);
    expect((audit[1]!.before as Json).components[0].capEcts).toBe(13);
    expect((audit[1]!.after as Json).components[0].capEcts).toBe(10);
    expect((audit[2]!.after as Json).withdrawalReason).toBe('The programme closes.');
  });

  it('refuses contradictory agreements with 422, naming each field', async () => {
    const cases: [Json, string[]][] = [
      [sampleBody({ validUntil: '2025-12-31' }), ['validUntil:before_valid_from']],
      [
        sampleBody({ components: [{ name: { ka: 'ა', en: 'a' }, capEcts: 25, courses: [{ courseCode: codes['research-methods'], ects: 8 }] }] }),
        ['components.0.courses.0.ects:exceeds_course_ects'],
      ],
      [sampleBody({ programme: { ...sampleBody().programme, totalEcts: 10 } }), ['components.0.capEcts:exceeds_programme_total']],
      [sampleBody({ programme: { ...sampleBody().programme, totalEcts: null }, components: [{ ...sampleBody().components[0], capEcts: 121 }] }), ['components.0.capEcts:range']],
      [sampleBody({ components: [{ ...sampleBody().components[0], capEcts: 0 }] }), ['components.0.capEcts:range']],
      [
        sampleBody({ components: [{ name: { ka: 'ა', en: 'a' }, capEcts: 20, courses: [{ courseCode: codes['ai-research'], ects: 7 }, { courseCode: codes['ai-research'], ects: 5 }] }] }),
        ['components.0.courses.1.courseCode:duplicate_course'],
      ],
      [sampleBody({ components: [{ name: { ka: 'ა', en: 'a' }, capEcts: 20, courses: [] }] }), ['components.0.courses:empty']],
      [sampleBody({ components: [{ name: { ka: 'ა', en: 'a' }, capEcts: 20, courses: [{ courseCode: 'MC-2099-0001', ects: 3 }] }] }), ['components.0.courses.0.courseCode:unknown_course']],
      [sampleBody({ components: [] }), ['components:empty']],
    ];
    for (const [payload, expected] of cases) {
      const response = await admin.request({ method: 'POST', url: BASE, payload });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldPaths(response.body)).toEqual(expected);
    }
    const wrongType = await admin.request({ method: 'POST', url: BASE, payload: sampleBody({ components: [{ ...sampleBody().components[0], capEcts: 'twenty' }] }) });
    expect(wrongType.statusCode).toBe(422);
    expect(fieldPaths(wrongType.body).map((path) => path.split(':')[0])).toEqual(['components.0.capEcts']);
    const count = await platform.db.selectFrom('recognition_agreements').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2); // the demo agreement and the one withdrawn above: nothing refused was stored
  });
});

describe('who may do what, route by route', () => {
  let mtkvariAgreement: string;

  beforeAll(async () => {
    const created = await admin.request({ method: 'POST', url: BASE, payload: sampleBody() });
    mtkvariAgreement = (created.json() as Json).id;
  });

  it('asks everyone signed out to sign in', async () => {
    const routes: InjectOptions[] = [
      { method: 'GET', url: BASE },
      { method: 'POST', url: BASE, payload: sampleBody() },
      { method: 'GET', url: `${BASE}/${mtkvariAgreement}` },
      { method: 'PUT', url: `${BASE}/${mtkvariAgreement}`, payload: sampleBody() },
      { method: 'POST', url: `${BASE}/${mtkvariAgreement}/withdraw`, payload: { reason: 'x' } },
      { method: 'GET', url: '/api/me/progress' },
    ];
    for (const route of routes) expect((await platform.app.inject(route)).statusCode, `${route.method} ${route.url}`).toBe(401);
  });

  it('refuses experts and learners the workspace routes', async () => {
    for (const agent of [expert, learner]) {
      expect((await agent.request({ method: 'GET', url: BASE })).statusCode).toBe(403);
      expect((await agent.request({ method: 'POST', url: BASE, payload: sampleBody() })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: `${BASE}/${mtkvariAgreement}` })).statusCode).toBe(403);
      expect((await agent.request({ method: 'PUT', url: `${BASE}/${mtkvariAgreement}`, payload: sampleBody() })).statusCode).toBe(403);
      expect((await agent.request({ method: 'POST', url: `${BASE}/${mtkvariAgreement}/withdraw`, payload: { reason: 'x' } })).statusCode).toBe(403);
    }
    expect((await admin.request({ method: 'GET', url: '/api/me/progress' })).statusCode).toBe(403);
  });

  it("refuses another provider's administrator the agreement, and a non-university the recording", async () => {
    expect((await academyAdmin.request({ method: 'GET', url: `${BASE}/${mtkvariAgreement}` })).statusCode).toBe(403);
    expect((await academyAdmin.request({ method: 'PUT', url: `${BASE}/${mtkvariAgreement}`, payload: sampleBody() })).statusCode).toBe(403);
    expect((await academyAdmin.request({ method: 'POST', url: `${BASE}/${mtkvariAgreement}/withdraw`, payload: { reason: 'x' } })).statusCode).toBe(403);
    const ownList = await academyAdmin.request({ method: 'GET', url: BASE });
    expect((ownList.json() as { items: Json[] }).items).toEqual([]);
    const notHei = await academyAdmin.request({ method: 'POST', url: BASE, payload: sampleBody() });
    expect(notHei.statusCode).toBe(422);
    expect(fieldPaths(notHei.body)).toEqual(['providerSlug:not_hei']);
    const forOther = await admin.request({ method: 'POST', url: BASE, payload: sampleBody({ providerSlug: 'rioni-university' }) });
    expect(forOther.statusCode).toBe(403);
    expect((await admin.request({ method: 'GET', url: `${BASE}/00000000-0000-4000-8000-000000000000` })).statusCode).toBe(404);
    expect((await admin.request({ method: 'GET', url: `${BASE}/not-a-uuid` })).statusCode).toBe(422);
  });

  it('lets a Center officer record for a named university, edit any agreement, and list them all', async () => {
    const unnamed = await officer.request({ method: 'POST', url: BASE, payload: sampleBody() });
    expect(unnamed.statusCode).toBe(422);
    expect(fieldPaths(unnamed.body)).toEqual(['providerSlug:required']);
    const unknown = await officer.request({ method: 'POST', url: BASE, payload: sampleBody({ providerSlug: 'no-such-university' }) });
    expect(fieldPaths(unknown.body)).toEqual(['providerSlug:unknown_provider']);
    const created = await officer.request({ method: 'POST', url: BASE, payload: sampleBody({ providerSlug: 'rioni-university' }) });
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as Json).provider.slug).toBe('rioni-university');
    const rioniAgreement = (created.json() as Json).id;
    // The mtkvari administrator may not touch the Rioni agreement.
    expect((await admin.request({ method: 'PUT', url: `${BASE}/${rioniAgreement}`, payload: sampleBody() })).statusCode).toBe(403);

    const edited = await officer.request({ method: 'PUT', url: `${BASE}/${mtkvariAgreement}`, payload: sampleBody({ validFrom: '2026-02-01' }) });
    expect(edited.statusCode).toBe(200);
    const all = await officer.request({ method: 'GET', url: BASE });
    expect((all.json() as { items: Json[] }).items.map((item) => item.id)).toEqual(expect.arrayContaining([rioniAgreement, mtkvariAgreement, demoAgreementId]));
    const adminList = await admin.request({ method: 'GET', url: BASE });
    expect((adminList.json() as { items: Json[] }).items.map((item) => item.id)).not.toContain(rioniAgreement);
    // Withdrawn so that it does not change the learner's progress below.
    await admin.request({ method: 'POST', url: `${BASE}/${mtkvariAgreement}/withdraw`, payload: { reason: 'test done' } });
    await officer.request({ method: 'POST', url: `${BASE}/${rioniAgreement}/withdraw`, payload: { reason: 'test done' } });
  });
});

describe("a learner's progress", () => {
  const learnerEmail = 'learner@example.demo';
  let learnerId: string;

  /** Issues a credential as its course's provider would, and returns its id. */
  async function award(courseKey: string, email: string, awardDate: string): Promise<string> {
    const courseCode = codes[courseKey]!;
    const course = await platform.db.selectFrom('courses').select('provider_id').where('code', '=', courseCode).executeTakeFirstOrThrow();
    const awards = await checkAwards(platform.db, { providerId: course.provider_id, rows: [{ courseCode, learnerName: 'Mariam Abashidze', learnerEmail: email, awardDate }], today: '2026-11-28' });
    const { issued } = await issueAwards(platform.db, platform.trust, { providerId: course.provider_id, awards, actorId: null, batchId: null, clock: platform.clock });
    return issued[0]!.id;
  }

  async function link(...ids: string[]) {
    await platform.db.updateTable('credentials').set({ learner_user_id: learnerId }).where('id', 'in', ids).execute();
  }

  async function progress(): Promise<{ credentials: number; items: Json[] }> {
    const response = await learner.request({ method: 'GET', url: '/api/me/progress' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  beforeAll(async () => {
    learnerId = (await platform.db.selectFrom('users').select('id').where('email', '=', learnerEmail).executeTakeFirstOrThrow()).id;
    // The test links credentials itself, whatever the demo data did.
    await platform.db.updateTable('credentials').set({ learner_user_id: null }).where('learner_user_id', '=', learnerId).execute();
  });

  it('shows nothing until a credential is linked to the account', async () => {
    expect(await progress()).toEqual({ credentials: 0, items: [] });
  });

  it('adds linked credentials toward the research component, and leaves out suspended and revoked ones', async () => {
    const demoCredential = await platform.db
      .selectFrom('credentials')
      .select('id')
      .where('learner_email', '=', learnerEmail)
      .executeTakeFirstOrThrow();
    await link(demoCredential.id);
    let body = await progress();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]!.components[0].summary.en).toBe("7 of 25 ECTS toward the research component of the Master's in Education Policy at Mtkvari University");
    expect(body.items[0]!.components[0].summary.ka).toContain('25-დან 7 ECTS');

    const inclusive = await award('inclusive-education', learnerEmail, '2026-11-20');
    const heritage = await award('heritage-management', learnerEmail, '2026-11-20'); // no agreement lists it
    const someoneElse = await award('ai-research', 'other@example.demo', '2026-11-20'); // another learner's
    await link(inclusive, heritage);
    body = await progress();
    expect(body.credentials).toBe(3);
    const [sample] = body.items;
    expect(sample!.earnedEcts).toBe(19);
    expect(sample!.components[0].counted.map((item: Json) => [item.courseCode, item.ects])).toEqual([
      [codes['inclusive-education'], 12],
      [codes['ai-research'], 7],
    ]);
    expect(JSON.stringify(body)).not.toContain(someoneElse);
    expect(JSON.stringify(body)).not.toContain(heritage);

    await platform.db.updateTable('credentials').set({ state: 'suspended' }).where('id', '=', demoCredential.id).execute();
    body = await progress();
    expect(body.items[0]!.earnedEcts).toBe(12);
    expect(body.items[0]!.notCounted).toEqual([expect.objectContaining({ credentialId: demoCredential.id, reason: 'suspended' })]);

    await platform.db.updateTable('credentials').set({ state: 'revoked' }).where('id', '=', inclusive).execute();
    body = await progress();
    expect(body.items[0]!.earnedEcts).toBe(0);
    expect(body.items[0]!.notCounted.map((item: Json) => item.reason).sort()).toEqual(['revoked', 'suspended']);
    await platform.db.updateTable('credentials').set({ state: 'valid' }).where('id', 'in', [demoCredential.id, inclusive]).execute();
  });

  it('leaves out credentials awarded outside the agreement dates, and all once the agreement is withdrawn', async () => {
    const current = (await admin.request({ method: 'GET', url: `${BASE}/${demoAgreementId}` })).json() as Json;
    const edited = await admin.request({
      method: 'PUT',
      url: `${BASE}/${demoAgreementId}`,
      payload: {
        programme: current.programme,
        validFrom: '2026-11-21', // the day after the inclusive-education award
        validUntil: current.validUntil,
        components: current.components.map((component: Json) => ({
          name: component.name,
          capEcts: component.capEcts,
          courses: component.courses.map((course: Json) => ({ courseCode: course.code, ects: course.ects })),
        })),
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    let body = await progress();
    expect(body.items[0]!.earnedEcts).toBe(7); // the demo credential, awarded 2026-11-21
    expect(body.items[0]!.notCounted.map((item: Json) => [item.courseCode, item.reason])).toEqual([[codes['inclusive-education'], 'outside_validity']]);

    await admin.request({ method: 'POST', url: `${BASE}/${demoAgreementId}/withdraw`, payload: { reason: 'end of test' } });
    body = await progress();
    expect(body.items).toEqual([]);
  });
});
