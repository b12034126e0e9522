import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validDescription } from '../factories/course.js';
import { type Agent, createTestPlatform, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let admin: Agent; // the sample course's provider
let otherAdmin: Agent; // another provider
let officer: Agent;
let sampleCode: string;

async function countRows(table: 'courses' | 'course_versions' | 'audit_log'): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(platform.db);
  return result.rows[0]!.n;
}

async function snapshot() {
  return { courses: await countRows('courses'), versions: await countRows('course_versions'), audit: await countRows('audit_log') };
}

beforeAll(async () => {
  platform = await createTestPlatform();
  sampleCode = platform.demo!.codes['ai-research']!;
  admin = await platform.signIn('admin@university.demo');
  otherAdmin = await platform.signIn('admin@academy.demo');
  officer = await platform.signIn('officer@eqe.demo');
});
afterAll(async () => platform.close());

describe('creating a course', () => {
  it('a provider administrator creates a draft that the public cannot see until it is published', async () => {
    const response = await admin.request({ method: 'POST', url: '/api/workspace/courses', payload: { description: validDescription() } });
    expect(response.statusCode, response.body).toBe(201);
    const { code, versionNo } = response.json();
    expect(code).toMatch(/^MC-2026-\d{4}$/);
    expect(versionNo).toBe(1);
    expect((await platform.app.inject({ method: 'GET', url: `/api/courses/${code}` })).statusCode).toBe(404);

    const published = await officer.request({ method: 'POST', url: `/api/workspace/courses/${code}/publish`, payload: { versionNo: 1 } });
    expect(published.statusCode, published.body).toBe(200);
    const page = await platform.app.inject({ method: 'GET', url: `/api/courses/${code}` });
    expect(page.statusCode).toBe(200);
    expect(page.json().description.title.en).toBe(validDescription().title.en);
    expect(page.json().rightStatus).toBe('not-granted');
  });

  it('an invalid description is refused with every bad field named, and nothing is written', async () => {
    const before = await snapshot();
    const description = validDescription({ level: { nqf: 7, eqf: 6, qfEheaCycle: 'first' } });
    description.workload.ects = 31;
    description.learningOutcomes.skills = [];
    const response = await admin.request({ method: 'POST', url: '/api/workspace/courses', payload: { description } });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.type).toMatch(/validation$/);
    expect(problem.errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['workload.ects', 'workload.breakdown', 'level.eqf', 'level.qfEheaCycle', 'learningOutcomes.skills']),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('unknown fields are refused by name', async () => {
    const before = await snapshot();
    const response = await admin.request({
      method: 'POST',
      url: '/api/workspace/courses',
      payload: { description: { ...validDescription(), colour: 'blue' }, extra: 1 },
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['description.colour', 'extra']));
    expect(await snapshot()).toEqual(before);
  });

  it('a wrongly typed field is named by its path', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/workspace/courses',
      payload: { description: { ...validDescription(), workload: { ects: 'seven', hoursPerEcts: 25, breakdown: [] } } },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toContain('description.workload.ects');
  });

  it('an oversized body is refused with 413, and a body that is not JSON with 415 or 422', async () => {
    const huge = validDescription({ rationale: { en: 'x'.repeat(19_000), ka: 'ა'.repeat(19_000) } });
    huge.learningOutcomes.knowledge = Array.from({ length: 40 }, () => ({ en: 'y'.repeat(14_000), ka: 'y' }));
    const tooLarge = await admin.request({ method: 'POST', url: '/api/workspace/courses', payload: { description: huge } });
    expect(tooLarge.statusCode).toBe(413);
    const notJson = await admin.request({ method: 'POST', url: '/api/workspace/courses', payload: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(notJson.statusCode).toBe(415);
    const brokenJson = await admin.request({ method: 'POST', url: '/api/workspace/courses', payload: '{"description":', headers: { 'content-type': 'application/json' } });
    expect(brokenJson.statusCode).toBe(422);
    expect(brokenJson.headers['content-type']).toContain('application/problem+json');
  });
});

describe('versions', () => {
  it('an edit of a published course makes a new draft; publishing it keeps the old version at its own URL', async () => {
    const current = (await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}` })).json();
    const previousNo = current.versionNo as number;
    const changed = structuredClone(current.description);
    changed.learningOutcomes.knowledge.push({ en: 'Explains how large language models are evaluated.', ka: 'ხსნის, როგორ ფასდება დიდი ენობრივი მოდელები.' });

    const saved = await admin.request({ method: 'PUT', url: `/api/workspace/courses/${sampleCode}/draft`, payload: { description: changed } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().versionNo).toBe(previousNo + 1);
    // Saving again edits the same draft rather than opening yet another version.
    const savedAgain = await admin.request({ method: 'PUT', url: `/api/workspace/courses/${sampleCode}/draft`, payload: { description: changed } });
    expect(savedAgain.json().versionNo).toBe(previousNo + 1);

    // The public still sees the published version until the officer publishes the draft.
    expect((await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}` })).json().versionNo).toBe(previousNo);

    platform.clock.set('2026-11-28T12:00:00Z');
    const published = await officer.request({ method: 'POST', url: `/api/workspace/courses/${sampleCode}/publish`, payload: { versionNo: previousNo + 1 } });
    expect(published.statusCode, published.body).toBe(200);

    const now = (await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}` })).json();
    expect(now.versionNo).toBe(previousNo + 1);
    expect(now.description.learningOutcomes.knowledge).toHaveLength(5);
    expect(now.versions.map((version: { versionNo: number }) => version.versionNo)).toEqual(Array.from({ length: previousNo + 1 }, (_, i) => i + 1));
    expect(now.versions.at(-1).url).toBe(`http://localhost:8080/courses/${sampleCode}/versions/${previousNo + 1}`);

    const old = (await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}/versions/${previousNo}` })).json();
    expect(old.isCurrent).toBe(false);
    expect(old.description.learningOutcomes.knowledge).toHaveLength(4);
    expect((await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}/versions/${previousNo + 5}` })).statusCode).toBe(404);
  });

  it('a published version cannot be changed, even by SQL', async () => {
    await expect(sql`UPDATE course_versions SET title_en = 'Changed' WHERE status = 'published'`.execute(platform.db)).rejects.toThrow(/immutable/);
  });

  it('publishing with nothing to publish, or a stale version number, is a conflict', async () => {
    const nothing = await officer.request({ method: 'POST', url: `/api/workspace/courses/${sampleCode}/publish`, payload: {} });
    expect(nothing.statusCode).toBe(409);
    const current = (await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}` })).json();
    await admin.request({ method: 'PUT', url: `/api/workspace/courses/${sampleCode}/draft`, payload: { description: current.description } });
    const stale = await officer.request({ method: 'POST', url: `/api/workspace/courses/${sampleCode}/publish`, payload: { versionNo: current.versionNo } });
    expect(stale.statusCode).toBe(409);
  });
});

describe('authorization', () => {
  it("a provider administrator who edits another provider's course gets 403 and nothing changes", async () => {
    const before = await snapshot();
    const current = (await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}` })).json();
    const response = await otherAdmin.request({ method: 'PUT', url: `/api/workspace/courses/${sampleCode}/draft`, payload: { description: current.description } });
    expect(response.statusCode).toBe(403);
    expect((await otherAdmin.request({ method: 'GET', url: `/api/workspace/courses/${sampleCode}/draft` })).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('a provider administrator sees only their own courses in the workspace; an officer sees all', async () => {
    const own = (await admin.request({ method: 'GET', url: '/api/workspace/courses' })).json().items as { code: string }[];
    const others = (await otherAdmin.request({ method: 'GET', url: '/api/workspace/courses' })).json().items as { code: string }[];
    const all = (await officer.request({ method: 'GET', url: '/api/workspace/courses' })).json().items as { code: string }[];
    expect(own.map((item) => item.code)).toContain(sampleCode);
    expect(others.map((item) => item.code)).not.toContain(sampleCode);
    expect(all.length).toBe(await countRows('courses'));
  });

  it('a provider administrator cannot publish; an officer cannot create or edit courses', async () => {
    expect((await admin.request({ method: 'POST', url: `/api/workspace/courses/${sampleCode}/publish`, payload: {} })).statusCode).toBe(403);
    expect((await officer.request({ method: 'POST', url: '/api/workspace/courses', payload: { description: validDescription() } })).statusCode).toBe(403);
  });
});

describe('the audit log', () => {
  it('records who changed what, with before and after, and an officer can read it', async () => {
    const response = await officer.request({ method: 'GET', url: `/api/audit?entityType=course&entityId=${sampleCode}` });
    expect(response.statusCode).toBe(200);
    const actions = response.json().items.map((item: { action: string }) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['course.draft-started', 'course.draft-updated', 'course.published']));
    const published = response.json().items.find((item: { action: string }) => item.action === 'course.published');
    expect(published.before).toHaveProperty('currentVersionNo');
    expect(published.after).toHaveProperty('currentVersionNo');
    expect(published.actorId).toEqual(expect.any(String));
  });

  it('is append-only: updating or deleting a row fails at the database', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(platform.db)).rejects.toThrow(/append-only/);
  });
});
