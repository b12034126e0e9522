// The procedure for the right, walked through the HTTP API from the first draft to a published
// grant, with one deficiency round and one granted recusal; and the refusals on the way.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listComponents, standardsCatalogue } from '../../src/domain/standards/catalogue.js';
import { containsText, extractPdfText } from '../../src/documents/pdf-text.js';
import { type Agent, createTestPlatform, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let sampleCode: string;
let fileSha: string;

/** Signs in at the current clock (sessions last hours; the procedure takes weeks). */
async function as(email: string): Promise<Agent> {
  return platform.signIn(email);
}

async function userId(email: string): Promise<string> {
  const row = await platform.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return row.id;
}

async function read(agent: Agent, code: string) {
  const response = await agent.request({ method: 'GET', url: `/api/applications/${code}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function step(agent: Agent, code: string, action: string, body: Record<string, unknown> = {}) {
  const current = await read(await as('officer@eqe.demo'), code);
  return agent.request({ method: 'POST', url: `/api/applications/${code}/actions/${action}`, payload: { version: current.version, ...body } });
}

async function stepOk(agent: Agent, code: string, action: string, body: Record<string, unknown> = {}) {
  const response = await step(agent, code, action, body);
  expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
  return response.json();
}

function completeContent(selfEvaluation: { componentNumber: string }[]) {
  return {
    letter: { text: 'We apply for the right to implement the course.', fileSha256: fileSha },
    selfEvaluation: selfEvaluation.map((answer) => ({ componentNumber: answer.componentNumber, text: `How we meet ${answer.componentNumber}.`, evidenceFileIds: [] })),
    needJustification: { text: 'Employers asked for it.', minutesFileSha256s: [fileSha] },
    alignmentStatement: { text: 'Outcomes read as NQF level 7 by the methodology of section XIV.' },
    heiAgreement: null,
  };
}

function ratingsForAll(rating = 'complies') {
  return listComponents(standardsCatalogue()).map((component) => ({ componentId: component.id, rating, reasons: `Evidence for ${component.number} was examined.` }));
}

beforeAll(async () => {
  platform = await createTestPlatform({ now: '2026-04-08T07:00:00Z' });
  sampleCode = platform.demo!.codes['ai-research']!;
  fileSha = createHash('sha256').update('minutes of consultations').digest('hex');
  await platform.db.insertInto('files').values({ sha256: fileSha, media_type: 'application/pdf', size_bytes: 24, original_name: 'minutes.pdf' }).execute();
});
afterAll(async () => platform.close());

describe('the procedure for the right, from application to a published grant', () => {
  let code: string;

  it('walks every step, with one deficiency round and one granted recusal, and the registry shows the new right', { timeout: 120_000 }, async () => {
    const provider = await as('admin@university.demo');
    const created = await provider.request({ method: 'POST', url: '/api/applications', payload: { courseCode: sampleCode } });
    expect(created.statusCode, created.body).toBe(201);
    code = created.json().code;
    expect(code).toMatch(/^AP-2026-\d{4}$/);

    // Submitting an incomplete application is refused, naming what is missing.
    const incomplete = await step(provider, code, 'submit');
    expect(incomplete.statusCode).toBe(422);
    const missing = incomplete.json().errors.map((error: { path: string }) => error.path);
    expect(missing).toEqual(expect.arrayContaining(['letter.text', 'needJustification.minutesFileSha256s', 'alignmentStatement.text']));
    expect(missing.some((path: string) => path.startsWith('selfEvaluation.'))).toBe(true);

    let application = await read(provider, code);
    const saved = await provider.request({ method: 'PUT', url: `/api/applications/${code}/content`, payload: { version: application.version, content: completeContent(application.content.selfEvaluation) } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().missing).toEqual([]);

    // Wednesday 8 April 2026: submission. The admissibility check is due in 3 working days,
    // across 9 April and the Orthodox Easter days (10 to 13 April): on 16 April.
    const submitted = await stepOk(provider, code, 'submit');
    expect(submitted.state).toBe('submitted');
    application = await read(provider, code);
    const admissibility = application.deadlines.find((deadline: { kind: string }) => deadline.kind === 'center.admissibility');
    expect(admissibility).toMatchObject({ legalBasis: 'Guide VIII', length: 3, unit: 'working', startDate: '2026-04-08', dueDate: '2026-04-16', status: 'open' });
    expect(application.workingDays).toMatchObject({ limit: 60, used: 0 });
    expect(application.timeline[0]).toMatchObject({ action: 'submit', toState: 'submitted' });
    expect(application.timeline[0].details.receipt.submittedAt).toBe('2026-04-08T07:00:00.000Z');

    // The officer finds a deficiency and sets 5 working days; outside 5 to 15 is refused.
    platform.clock.set('2026-04-14T08:00:00Z');
    let officer = await as('officer@eqe.demo');
    for (const days of [4, 16]) {
      const refused = await step(officer, code, 'set-deficiencies', { correctionWorkingDays: days, deficiencies: ['Annex 3 is missing'] });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors[0]).toMatchObject({ path: 'correctionWorkingDays', code: 'correction_period_range' });
    }
    await stepOk(officer, code, 'set-deficiencies', { correctionWorkingDays: 5, deficiencies: ['Annex 3 of the self-evaluation is missing'] });
    application = await read(officer, code);
    expect(application.deadlines.find((deadline: { kind: string }) => deadline.kind === 'provider.correction')).toMatchObject({ dueDate: '2026-04-21', status: 'open' });
    expect(application.documents.map((document: { kind: string }) => document.kind)).toContain('order-deficiencies');

    // The provider corrects within the period.
    platform.clock.set('2026-04-17T08:00:00Z');
    const provider2 = await as('admin@university.demo');
    application = await read(provider2, code);
    await provider2.request({ method: 'PUT', url: `/api/applications/${code}/content`, payload: { version: application.version, content: completeContent(application.content.selfEvaluation) } });
    await stepOk(provider2, code, 'submit-correction');
    officer = await as('officer@eqe.demo');
    application = await read(officer, code);
    expect(application.deadlines.find((deadline: { kind: string }) => deadline.kind === 'center.seeker-order-after-correction')).toMatchObject({ length: 15, unit: 'working', status: 'open' });

    await stepOk(officer, code, 'recognise-seeker');

    // The expert group: six roles, no conflicted expert; the order goes out with the visit dates.
    const experts = await Promise.all(['expert@eqe.demo', 'expert2@eqe.demo', 'expert3@eqe.demo', 'expert4@eqe.demo', 'expert5@eqe.demo', 'expert6@eqe.demo'].map(userId));
    const roles = ['qa-expert', 'course-expert', 'field-expert', 'resources-expert', 'learner-expert', 'employer'];
    const members = experts.map((expertId, index) => ({ expertId, role: roles[index] }));
    const fiveRoles = await step(officer, code, 'form-expert-group', { members: members.slice(0, 5), chairExpertId: experts[0], visitFrom: '2026-05-05', visitTo: '2026-05-06' });
    expect(fiveRoles.statusCode).toBe(422);
    expect(fiveRoles.json().errors.map((error: { path: string }) => error.path)).toContain('members.employer');
    await stepOk(officer, code, 'form-expert-group', { members, chairExpertId: experts[0], visitFrom: '2026-05-05', visitTo: '2026-05-06' });

    // The applicant moves to recuse the field expert within 2 working days; the Center grants it.
    const provider3 = await as('admin@university.demo');
    application = await read(provider3, code);
    const fieldExpert = application.expertGroup.find((member: { role: string }) => member.role === 'field-expert');
    await stepOk(provider3, code, 'move-recusal', { assignmentId: fieldExpert.assignmentId, reasons: 'The field expert taught at our university until last year.' });
    await stepOk(officer, code, 'decide-recusal', { decision: 'granted', reasons: 'A conflict of interest is shown.', replacementExpertId: await userId('expert7@eqe.demo') });
    application = await read(officer, code);
    expect(application.state).toBe('expert-group');
    expect(application.expertGroup.find((member: { role: string }) => member.role === 'field-expert').expertId).toBe(await userId('expert7@eqe.demo'));
    expect(application.recusalMotions[0]).toMatchObject({ decision: 'granted' });

    // Agenda, visit, draft report.
    const chair = await as('expert@eqe.demo');
    await stepOk(chair, code, 'submit-agenda', { agenda: [{ date: '2026-05-05', topic: 'Standards 1 and 2' }, { date: '2026-05-06', topic: 'Standards 3 to 5' }] });
    await stepOk(officer, code, 'send-agenda');
    platform.clock.set('2026-05-06T14:00:00Z');
    const chairOnVisit = await as('expert@eqe.demo');
    await stepOk(chairOnVisit, code, 'record-visit', { oralFindings: 'The institution meets the standards; resources need a plan.' });
    await stepOk(chairOnVisit, code, 'submit-draft-report', { ratings: ratingsForAll('substantially-complies'), summary: { en: 'Substantially complies.', ka: 'მეტწილად შეესაბამება.' } });

    platform.clock.set('2026-05-08T08:00:00Z');
    officer = await as('officer@eqe.demo');
    await stepOk(officer, code, 'send-draft-report');
    const provider4 = await as('admin@university.demo');
    await stepOk(provider4, code, 'submit-position', { text: 'The resources plan was adopted on 1 May; see the attached decision.' });
    const chair2 = await as('expert@eqe.demo');
    await stepOk(chair2, code, 'submit-final-report', { ratings: ratingsForAll('complies'), summary: { en: 'Complies with every standard.', ka: 'შეესაბამება ყველა სტანდარტს.' } });

    // The hearing is announced at least 7 days ahead.
    officer = await as('officer@eqe.demo');
    const tooSoon = await step(officer, code, 'schedule-hearing', { meetingAt: '2026-05-14T10:00:00+04:00', place: 'NCEQE, Tbilisi' });
    expect(tooSoon.statusCode).toBe(422);
    expect(tooSoon.json().errors[0]).toMatchObject({ path: 'meetingAt', code: 'hearing_notice' });
    await stepOk(officer, code, 'schedule-hearing', { meetingAt: '2026-05-15T10:00:00+04:00', place: 'NCEQE, Tbilisi' });

    // The Council meets, votes by majority of those attending, signs, and the Center publishes.
    platform.clock.set('2026-05-15T09:00:00Z');
    const chairOfCouncil = await as('council@eqe.demo');
    expect((await read(chairOfCouncil, code)).availableActions).toEqual(['record-decision']);
    expect((await read(await as('council2@eqe.demo'), code)).availableActions).toEqual([]);
    const attendees = await Promise.all(['council@eqe.demo', 'secretary@eqe.demo', 'council2@eqe.demo'].map(userId));
    await stepOk(chairOfCouncil, code, 'record-decision', {
      attendees,
      votes: [
        { memberId: attendees[0], vote: 'grant' },
        { memberId: attendees[1], vote: 'grant' },
        { memberId: attendees[2], vote: 'refuse' },
      ],
      reasons: { en: 'The course meets the standards.', ka: 'კურსი აკმაყოფილებს სტანდარტებს.' },
      implementationMonths: 24,
    });
    await stepOk(chairOfCouncil, code, 'sign-minutes');
    platform.clock.set('2026-05-20T09:00:00Z');
    await stepOk(await as('secretary@eqe.demo'), code, 'sign-minutes');
    officer = await as('officer@eqe.demo');
    const published = await stepOk(officer, code, 'publish-decision');
    expect(published.state).toBe('published');

    const course = (await platform.app.inject({ method: 'GET', url: `/api/courses/${sampleCode}` })).json();
    expect(course.right).toMatchObject({ kind: 'right', effectiveFrom: '2026-05-20', validUntil: '2028-05-19', subjectToMonitoring: false });
    expect(course.rightStatus).toBe('valid');

    const decisions = (await platform.app.inject({ method: 'GET', url: '/api/decisions' })).json();
    expect(decisions.items[0]).toMatchObject({ applicationCode: code, decision: 'grant', right: { effectiveFrom: '2026-05-20', validUntil: '2028-05-19' } });

    application = await read(officer, code);
    expect(application.timeline.map((event: { action: string }) => event.action)).toEqual([
      'submit', 'set-deficiencies', 'submit-correction', 'recognise-seeker', 'form-expert-group', 'move-recusal', 'decide-recusal',
      'submit-agenda', 'send-agenda', 'record-visit', 'submit-draft-report', 'send-draft-report', 'submit-position',
      'submit-final-report', 'schedule-hearing', 'record-decision', 'sign-minutes', 'sign-minutes', 'publish-decision',
    ]);
    expect(application.workingDays.met).toBe(true);
    expect(application.workingDays.used).toBeLessThanOrEqual(60);
    expect(application.deadlines.every((deadline: { status: string }) => deadline.status !== 'open')).toBe(true);
    // Every order, report and decision exists as a PDF in both languages; the public ones are open to anyone.
    const decisionDocument = application.documents.find((document: { kind: string }) => document.kind === 'council-decision');
    expect(decisionDocument).toMatchObject({ isPublic: true, hasPdf: true });
    const pdf = await platform.app.inject({ method: 'GET', url: `/api/documents/${decisionDocument.code}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await extractPdfText(new Uint8Array(pdf.rawPayload));
    for (const expected of [sampleCode, code, '2028-05-19', 'The course meets the standards.', 'კურსი აკმაყოფილებს სტანდარტებს.', 'AI for Enhancing Research Skills in Higher Education']) {
      expect(containsText(text, expected), expected).toBe(true);
    }
    const order = application.documents.find((document: { kind: string }) => document.kind === 'order-deficiencies');
    expect((await platform.app.inject({ method: 'GET', url: `/api/documents/${order.code}/pdf` })).statusCode).toBe(401);
    expect((await officer.request({ method: 'GET', url: `/api/documents/${order.code}/pdf` })).statusCode).toBe(200);
    expect((await (await as('admin@academy.demo')).request({ method: 'GET', url: `/api/documents/${order.code}/pdf` })).statusCode).toBe(403);
    expect(application.documents.every((document: { hasPdf: boolean }) => document.hasPdf)).toBe(true);

    const audit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'application' AND entity_id = ${code}`.execute(platform.db);
    expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(19);
  });

  it('refuses a step in the wrong state or by the wrong role, and changes nothing', async () => {
    const before = await read(await as('officer@eqe.demo'), code);
    const wrongState = await step(await as('officer@eqe.demo'), code, 'recognise-seeker');
    expect(wrongState.statusCode).toBe(409);
    const wrongRole = await step(await as('officer@eqe.demo'), code, 'file-appeal', { grounds: 'x' });
    expect(wrongRole.statusCode).toBe(403);
    const otherProvider = await step(await as('admin@academy.demo'), code, 'file-appeal', { grounds: 'x' });
    expect(otherProvider.statusCode).toBe(403);
    const after = await read(await as('officer@eqe.demo'), code);
    expect(after.version).toBe(before.version);
    expect(after.state).toBe(before.state);
  });

  it('records an appeal and its published outcome', async () => {
    await stepOk(await as('admin@university.demo'), code, 'file-appeal', { grounds: 'The implementation timeframe is too short.' });
    await stepOk(await as('officer@eqe.demo'), code, 'decide-appeal', { outcome: 'dismissed', reasons: 'The timeframe is the standard one.' });
    const decisions = (await platform.app.inject({ method: 'GET', url: '/api/decisions' })).json();
    expect(decisions.items[0].appeals).toEqual([{ outcome: 'dismissed', reasons: 'The timeframe is the standard one.' }]);
  });
});

describe('refusals on the way', () => {
  async function submittedApplication(courseKey = 'research-methods') {
    const provider = await as('admin@university.demo');
    const created = await provider.request({ method: 'POST', url: '/api/applications', payload: { courseCode: platform.demo!.codes[courseKey] } });
    expect(created.statusCode, created.body).toBe(201);
    const code = created.json().code as string;
    const application = await read(provider, code);
    await provider.request({ method: 'PUT', url: `/api/applications/${code}/content`, payload: { version: application.version, content: completeContent(application.content.selfEvaluation) } });
    await stepOk(provider, code, 'submit');
    return code;
  }

  it('a correction after its period is refused, and the officer leaves the application without review', async () => {
    platform.clock.set('2026-06-01T08:00:00Z');
    const code = await submittedApplication();
    await stepOk(await as('officer@eqe.demo'), code, 'set-deficiencies', { correctionWorkingDays: 5, deficiencies: ['The letter is unsigned'] });
    platform.clock.set('2026-06-10T08:00:00Z');
    const late = await step(await as('admin@university.demo'), code, 'submit-correction');
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/correction period ended on 2026-06-08/);
    const application = await read(await as('officer@eqe.demo'), code);
    expect(application.deadlines.find((deadline: { kind: string }) => deadline.kind === 'provider.correction').status).toBe('overdue');
    const queue = (await (await as('officer@eqe.demo')).request({ method: 'GET', url: '/api/applications' })).json();
    expect(queue.items.find((item: { code: string }) => item.code === code)).toMatchObject({ nextDue: '2026-06-08', overdue: true });
    const dueDates = queue.items.map((item: { nextDue: string | null }) => item.nextDue).filter(Boolean);
    expect(dueDates).toEqual([...dueDates].sort());
    await stepOk(await as('officer@eqe.demo'), code, 'leave-without-review', { reasons: 'The deficiency was not corrected in time.' });
    expect((await read(await as('officer@eqe.demo'), code)).state).toBe('without-review');
  });

  it('a recusal after its 2 working days is refused, and an expert with a declared conflict cannot be assigned', async () => {
    platform.clock.set('2026-06-15T08:00:00Z');
    const code = await submittedApplication('heritage-management');
    const officer = await as('officer@eqe.demo');
    await stepOk(officer, code, 'recognise-seeker');
    const conflicted = await as('expert7@eqe.demo');
    expect((await conflicted.request({ method: 'POST', url: '/api/experts/me/conflicts', payload: { providerSlug: (await read(officer, code)).provider.slug, reason: 'I teach there.' } })).statusCode).toBe(201);
    const ids = await Promise.all(['expert@eqe.demo', 'expert2@eqe.demo', 'expert3@eqe.demo', 'expert4@eqe.demo', 'expert5@eqe.demo', 'expert7@eqe.demo'].map(userId));
    const roles = ['qa-expert', 'course-expert', 'field-expert', 'resources-expert', 'learner-expert', 'employer'];
    const withConflict = await step(officer, code, 'form-expert-group', { members: ids.map((expertId, i) => ({ expertId, role: roles[i] })), chairExpertId: ids[0], visitFrom: '2026-07-01', visitTo: '2026-07-02' });
    expect(withConflict.statusCode).toBe(422);
    expect(withConflict.json().errors).toContainEqual(expect.objectContaining({ path: 'members.5.expertId', code: 'conflict_of_interest' }));
    ids[5] = await userId('expert6@eqe.demo');
    await stepOk(officer, code, 'form-expert-group', { members: ids.map((expertId, i) => ({ expertId, role: roles[i] })), chairExpertId: ids[0], visitFrom: '2026-07-01', visitTo: '2026-07-02' });
    // Monday 15 June + 2 working days = Wednesday 17 June; Thursday is too late.
    platform.clock.set('2026-06-18T08:00:00Z');
    const provider = await as('admin@university.demo');
    const application = await read(provider, code);
    const late = await step(provider, code, 'move-recusal', { assignmentId: application.expertGroup[0].assignmentId, reasons: 'Conflict of interest.' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/2026-06-17/);
  });

  it('two officers acting on the same application at once: one succeeds, the other is told to reload', async () => {
    platform.clock.set('2026-07-01T08:00:00Z');
    const code = await submittedApplication('heritage-management');
    const first = await as('officer@eqe.demo');
    const second = await as('officer@eqe.demo');
    const version = (await read(first, code)).version;
    const results = await Promise.all([
      first.request({ method: 'POST', url: `/api/applications/${code}/actions/recognise-seeker`, payload: { version } }),
      second.request({ method: 'POST', url: `/api/applications/${code}/actions/set-deficiencies`, payload: { version, correctionWorkingDays: 10, deficiencies: ['x'] } }),
    ]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 409]);
    const events = await platform.db.selectFrom('application_events').innerJoin('applications', 'applications.id', 'application_events.application_id').select('action').where('applications.code', '=', code).execute();
    expect(events.map((event) => event.action).filter((action) => action !== 'submit')).toHaveLength(1);
  });

  it('a tie among the members attending is not a majority', async () => {
    const { councilMajority } = await import('../../src/domain/procedure/guards.js');
    expect(councilMajority(['a', 'b'], [{ memberId: 'a', vote: 'grant' }, { memberId: 'b', vote: 'refuse' }])).toBeNull();
    expect(councilMajority(['a', 'b', 'c', 'd'], [{ memberId: 'a', vote: 'grant' }, { memberId: 'b', vote: 'grant' }, { memberId: 'c', vote: 'refuse' }])).toBeNull();
    expect(councilMajority(['a', 'b', 'c'], [{ memberId: 'a', vote: 'grant' }, { memberId: 'b', vote: 'grant' }])).toBe('grant');
  });
});
