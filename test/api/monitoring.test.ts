// Monitoring, complaints and the higher education institutions' own route.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform({ now: '2026-09-01T08:00:00Z' });
});
afterAll(async () => platform.close());

const course = async (key: string) => (await platform.app.inject({ method: 'GET', url: `/api/courses/${platform.demo!.codes[key]}` })).json();

describe('a complaint', () => {
  it('naming specific violations opens unscheduled monitoring due in 30 calendar days; suspending ends the right in the registry', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        courseCode: platform.demo!.codes['ai-research'],
        complainantKind: 'learner',
        complainantName: 'Nika Beridze',
        complainantEmail: 'nika@example.org',
        violations: ['The summative examination of 12 May 2026 was held without any identity check, contrary to the published description.'],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { monitoringCode, dueDate } = response.json();
    expect(dueDate).toBe('2026-10-01');

    const officer = await platform.signIn('officer@eqe.demo');
    const open = (await officer.request({ method: 'GET', url: '/api/monitorings' })).json().items;
    expect(open[0]).toMatchObject({ code: monitoringCode, kind: 'unscheduled', dueDate: '2026-10-01', outcome: null });

    const missingFindings = await officer.request({ method: 'POST', url: `/api/monitorings/${monitoringCode}/close`, payload: { outcome: 'suspend', findings: { ka: '', en: 'x' } } });
    expect(missingFindings.statusCode).toBe(422);
    expect(missingFindings.json().errors.map((error: { path: string }) => error.path)).toEqual(['findings.ka']);

    platform.clock.set('2026-09-20T08:00:00Z');
    const officer2 = await platform.signIn('officer@eqe.demo');
    const closed = await officer2.request({
      method: 'POST',
      url: `/api/monitorings/${monitoringCode}/close`,
      payload: { outcome: 'suspend', findings: { ka: 'დადასტურდა, რომ იდენტიფიკაცია არ ხდებოდა.', en: 'Confirmed: no identity checks were made.' } },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await course('ai-research')).rightStatus).toBe('suspended');
    const pdf = await platform.app.inject({ method: 'GET', url: `/api/documents/${closed.json().document}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const results = (await platform.app.inject({ method: 'GET', url: '/api/monitorings/results' })).json().items;
    expect(results[0]).toMatchObject({ code: monitoringCode, outcome: 'suspend' });
    // The complainant's name and e-mail are not published.
    expect(JSON.stringify(results)).not.toContain('nika@example.org');
    expect((await officer2.request({ method: 'POST', url: `/api/monitorings/${monitoringCode}/close`, payload: { outcome: 'keep', findings: { ka: 'ა', en: 'a' } } })).statusCode).toBe(409);
  });

  it('that names no specific violation is refused, field by field', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/complaints',
      payload: { courseCode: platform.demo!.codes['gis-planning'], complainantKind: 'employer', complainantName: '', complainantEmail: 'nope', violations: ['bad'] },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(['complainantName', 'complainantEmail', 'violations.0']);
  });

  it('scheduled monitoring that terminates a right', async () => {
    const officer = await platform.signIn('officer@eqe.demo');
    const opened = await officer.request({ method: 'POST', url: '/api/monitorings', payload: { courseCode: platform.demo!.codes['gis-planning'], kind: 'scheduled', dueDate: '2026-12-01' } });
    expect(opened.statusCode, opened.body).toBe(201);
    const closed = await officer.request({ method: 'POST', url: `/api/monitorings/${opened.json().code}/close`, payload: { outcome: 'terminate', findings: { ka: 'სტანდარტები არ სრულდება.', en: 'The standards are not met.' } } });
    expect(closed.statusCode).toBe(200);
    expect((await course('gis-planning')).rightStatus).toBe('terminated');
    expect((await (await platform.signIn('admin@university.demo')).request({ method: 'POST', url: '/api/monitorings', payload: { courseCode: platform.demo!.codes['gis-planning'], kind: 'scheduled', dueDate: '2026-12-01' } })).statusCode).toBe(403);
  });
});

describe("a higher education institution's own route", () => {
  it('registers a course with a self-assessment and no separate right; the Center acknowledges it and the registry shows the registration', async () => {
    const sha = createHash('sha256').update('letter').digest('hex');
    await platform.db.insertInto('files').values({ sha256: sha, media_type: 'application/pdf', size_bytes: 6, original_name: 'letter.pdf' }).execute();
    const provider = await platform.signIn('admin@university.demo');
    const courseCode = platform.demo!.codes['research-methods'];
    expect((await course('research-methods')).rightStatus).toBe('not-granted');
    const created = await provider.request({ method: 'POST', url: '/api/applications', payload: { courseCode, route: 'hei-registration' } });
    expect(created.statusCode, created.body).toBe(201);
    const code = created.json().code;
    const application = (await provider.request({ method: 'GET', url: `/api/applications/${code}` })).json();
    const content = {
      letter: { text: 'We register the course, based on our accredited MA in Education.', fileSha256: sha },
      selfEvaluation: application.content.selfEvaluation.map((answer: { componentNumber: string }) => ({ ...answer, text: `Self-assessment of ${answer.componentNumber}.` })),
      needJustification: { text: '', minutesFileSha256s: [] },
      alignmentStatement: { text: '' },
      heiAgreement: null,
    };
    const saved = await provider.request({ method: 'PUT', url: `/api/applications/${code}/content`, payload: { version: 0, content } });
    expect(saved.json().missing).toEqual([]);
    const submitted = await provider.request({ method: 'POST', url: `/api/applications/${code}/actions/submit-registration`, payload: { version: 1 } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const officer = await platform.signIn('officer@eqe.demo');
    const acknowledged = await officer.request({ method: 'POST', url: `/api/applications/${code}/actions/acknowledge-registration`, payload: { version: 2 } });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    const registered = await course('research-methods');
    expect(registered.rightStatus).toBe('valid');
    expect(registered.right).toMatchObject({ kind: 'hei-registration', validUntil: null });
    const listed = (await platform.app.inject({ method: 'GET', url: `/api/courses?q=${encodeURIComponent(registered.description.title.en.split(' ')[0])}&pageSize=100` })).json();
    expect(listed.items.find((item: { code: string }) => item.code === courseCode)).toMatchObject({ rightKind: 'hei-registration', rightStatus: 'valid' });
  });

  it('is not open to a provider that is not a higher education institution', async () => {
    const provider = await platform.signIn('admin@academy.demo');
    const own = (await provider.request({ method: 'GET', url: '/api/workspace/courses' })).json().items.find((item: { current: unknown }) => item.current);
    const response = await provider.request({ method: 'POST', url: '/api/applications', payload: { courseCode: own.code, route: 'hei-registration' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ path: 'route', code: 'not_hei' });
  });
});
