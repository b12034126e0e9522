// The nine design steps of a course (guide XV): provider administrators record who took part
// and the evidence of each step; Center officers read them; other providers may do neither.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestPlatform, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let admin: Agent; // the sample course's provider
let otherAdmin: Agent; // another provider
let officer: Agent;
let code: string;

const url = (step?: number | string) => `/api/workspace/courses/${code}/design-steps${step === undefined ? '' : `/${step}`}`;
const valid = {
  participants: [
    { kind: 'employer', name: 'Georgian Research Software Ltd' },
    { kind: 'association', name: 'Association of Georgian Universities' },
  ],
  evidence: 'Two workshops with employers (minutes of 12 March 2026) defined the purpose and target groups.',
};

async function auditCount(): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'course.design-step-recorded'`.execute(platform.db);
  return result.rows[0]!.n;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  code = platform.demo!.codes['ai-research']!;
  admin = await platform.signIn('admin@university.demo');
  otherAdmin = await platform.signIn('admin@academy.demo');
  officer = await platform.signIn('officer@eqe.demo');
});
afterAll(async () => platform.close());

describe('design steps', () => {
  it('lists the nine steps of the guide, none completed at first', async () => {
    const response = await admin.request({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.total).toBe(9);
    expect(body.completed).toBe(0);
    expect(body.items.map((item: { step: number }) => item.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(body.items[6].title.en).toBe('Draft syllabus');
    expect(body.items[0].title.ka).toBeTruthy();
    expect(body.items[0].asks.en).toContain('labour market');
    expect(body.items.every((item: { completed: boolean }) => !item.completed)).toBe(true);
  });

  it('a provider administrator records a step, with an audit entry, and a Center officer reads it', async () => {
    const before = await auditCount();
    const saved = await admin.request({ method: 'PUT', url: url(1), payload: valid });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ step: 1, completed: true, participants: valid.participants, evidence: valid.evidence, fileSha256: null });
    expect(await auditCount()).toBe(before + 1);

    // Recording it again replaces it, with another audit entry naming the previous record.
    const again = await admin.request({ method: 'PUT', url: url(1), payload: { ...valid, participants: [{ kind: 'regulator', name: 'Ministry of Education' }] } });
    expect(again.statusCode, again.body).toBe(200);
    expect(await auditCount()).toBe(before + 2);
    const audit = await platform.db.selectFrom('audit_log').selectAll().where('action', '=', 'course.design-step-recorded').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ step: 1, participants: valid.participants });
    expect(audit.after).toMatchObject({ step: 1, participants: [{ kind: 'regulator', name: 'Ministry of Education' }] });

    const listed = await officer.request({ method: 'GET', url: url() });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().completed).toBe(1);
    expect(listed.json().items[0]).toMatchObject({ step: 1, completed: true, participants: [{ kind: 'regulator', name: 'Ministry of Education' }] });
  });

  it('refuses other providers and Center officers writing, and the public', async () => {
    const before = await auditCount();
    expect((await otherAdmin.request({ method: 'GET', url: url() })).statusCode).toBe(403);
    expect((await otherAdmin.request({ method: 'PUT', url: url(2), payload: valid })).statusCode).toBe(403);
    expect((await officer.request({ method: 'PUT', url: url(2), payload: valid })).statusCode).toBe(403);
    expect((await platform.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
    expect(await auditCount()).toBe(before);
  });

  it('refuses bad input with 422 naming each field, and writes nothing', async () => {
    const before = await auditCount();
    const paths = async (step: number | string, payload: unknown) => {
      const response = await admin.request({ method: 'PUT', url: url(step), payload: payload as Record<string, unknown> });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      return (response.json().errors as { path: string }[]).map((error) => error.path);
    };
    expect(await paths(10, valid)).toContain('params.step');
    expect(await paths(0, valid)).toContain('params.step');
    expect(await paths(2, { ...valid, evidence: '   ' })).toContain('evidence');
    expect(await paths(2, { ...valid, participants: [{ kind: 'journalist', name: 'X' }] })).toContain('participants.0.kind');
    expect(await paths(2, { ...valid, fileSha256: 'a'.repeat(64) })).toContain('fileSha256');
    expect(await auditCount()).toBe(before);
    const row = await platform.db.selectFrom('course_design_steps').selectAll().where('step', '=', 2).executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('404 for an unknown course', async () => {
    expect((await admin.request({ method: 'GET', url: '/api/workspace/courses/MC-2099-9999/design-steps' })).statusCode).toBe(404);
  });
});
