// The procedure for the right in a real browser: one application walked from submission to a
// published grant through the screens of each role, with one deficiency round and one granted
// recusal, switching people by signing out and in; then the public registry shows the right
// valid for two years from publication, and the decisions page lists the decision.
//
// The server's clock is the test's: it starts on Wednesday 8 April 2026 and moves forward
// between steps (the visit must be over before it is recorded, the hearing needs 7 days'
// notice). The session cookie carries Max-Age, so the browser keeps it whatever the server's
// date; each move is followed by a fresh sign-in, and the page's clock is set to match.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listComponents, standardsCatalogue } from '../../src/domain/standards/catalogue.js';
import { samplePdf } from '../factories/evidence-files.js';
import { BROWSER_HOOK_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, signIn, startBrowserHarness } from '../helpers/browser.js';

const byId = (id: string) => `[id="${id}"]`;
const components = listComponents(standardsCatalogue());

describeBrowser('the procedure for the right in a browser', () => {
  let harness: BrowserHarness;
  let sampleCode: string;
  let fileSha: string;
  let lateCode: string;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: '2026-04-08T07:00:00Z' });
    sampleCode = harness.platform.demo!.codes['ai-research']!;
    // A file uploaded before (its row is enough to attach it): the form attaches it by its address.
    fileSha = createHash('sha256').update('minutes of the consultations with employers').digest('hex');
    await harness.platform.db.insertInto('files').values({ sha256: fileSha, media_type: 'application/pdf', size_bytes: 44, original_name: 'minutes.pdf' }).execute();
    lateCode = await submitThroughApi('research-methods', '2026-03-25T08:00:00Z');
    harness.platform.clock.set('2026-04-08T07:00:00Z');
  }, BROWSER_HOOK_TIMEOUT);

  /** An application submitted on an earlier day through the API, so that the queue has one overdue. */
  async function submitThroughApi(courseKey: string, instant: string): Promise<string> {
    harness.platform.clock.set(instant);
    const provider = await harness.platform.signIn('admin@university.demo');
    const created = await provider.request({ method: 'POST', url: '/api/applications', payload: { courseCode: harness.platform.demo!.codes[courseKey] } });
    const code = (created.json() as { code: string }).code;
    const content = {
      letter: { text: 'We apply for the right.', fileSha256: fileSha },
      selfEvaluation: components.map((component) => ({ componentNumber: component.id, text: `How we meet ${component.number}.`, evidenceFileIds: [] })),
      needJustification: { text: 'Employers asked for it.', minutesFileSha256s: [fileSha] },
      alignmentStatement: { text: 'NQF level 7.' },
      heiAgreement: null,
    };
    const saved = await provider.request({ method: 'PUT', url: `/api/applications/${code}/content`, payload: { version: 0, content } });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await provider.request({ method: 'POST', url: `/api/applications/${code}/actions/submit`, payload: { version: 1 } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    return code;
  }

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  /** Moves the server's clock, and the page's, to an instant. */
  async function at(page: Page, instant: string): Promise<void> {
    harness.platform.clock.set(instant);
    await page.clock.setFixedTime(new Date(instant));
  }

  /** Signs out whoever is signed in, and signs in as `email`, landing on `next`. */
  async function as(page: Page, email: string, next: string): Promise<void> {
    const signOut = page.getByRole('button', { name: 'Sign out' });
    if (await signOut.isVisible().catch(() => false)) {
      await signOut.click();
      await page.getByText('You have signed out.').waitFor();
    }
    await signIn(page, email, next);
  }

  async function step(page: Page, button: string, done: string): Promise<void> {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.locator('.notice--success', { hasText: done }).waitFor();
  }

  async function attach(page: Page, fieldId: string, sha: string): Promise<void> {
    const field = page.locator(byId(fieldId));
    await field.getByText('Attach a file already uploaded').click();
    await page.locator(byId(`${fieldId}-address`)).fill(sha);
    await field.getByRole('button', { name: 'Attach', exact: true }).click();
    await field.locator('.file-attach__list li').first().waitFor();
  }

  it('walks one application from submission to a published grant, and the registry shows the right', async () => {
    const page = await harness.newPage({ lang: 'en' });
    await at(page, '2026-04-08T07:00:00Z');

    // The provider starts an application from the workspace's course list.
    await as(page, 'admin@university.demo', '/workspace');
    await page.locator('tr', { hasText: sampleCode }).getByRole('link', { name: /Apply for the right/ }).click();
    await page.waitForURL('**/applications/new?course=*');
    await page.getByRole('button', { name: 'Start the application' }).click();
    await page.waitForURL(/\/applications\/AP-2026-\d{4}$/);
    const code = new URL(page.url()).pathname.split('/').pop()!;
    const here = `/applications/${code}`;

    // What is still missing is said beside each field; submitting now is refused, field by field.
    expect(await page.locator(byId('ap-letter.text-hint')).innerText()).toContain('Write the application letter.');
    await page.getByRole('button', { name: 'Save and submit the application' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Attach the minutes of the consultations.');
    expect(await page.locator(byId('ap-letter.text-error')).innerText()).toContain('Write the application letter.');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectNoAxeViolations(page);

    await page.locator(byId('ap-letter.text')).fill('We apply for the right to implement the course.');
    // The signed letter is uploaded (POST /api/files); the minutes are attached by the address of a file uploaded before.
    await page.locator(byId('ap-letter.fileSha256-upload')).setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: samplePdf('signed letter') });
    await page.locator(byId('ap-letter.fileSha256')).locator('.file-attach__list li', { hasText: 'letter.pdf' }).waitFor();
    for (const component of components) {
      await page.locator(byId(`ap-selfEvaluation.${component.id}`)).fill(`How the course meets ${component.number}.`);
    }
    await page.locator(byId('ap-needJustification.text')).fill('Employers of the region asked for it.');
    await attach(page, 'ap-needJustification.minutesFileSha256s', fileSha);
    await page.locator(byId('ap-alignmentStatement.text')).fill('The outcomes read as NQF level 7 by the method of section XIV.');
    await step(page, 'Save and submit the application', 'Application submitted');

    // The timeline: submitted, the admissibility check due on 16 April (across Easter), 60 working days.
    const timeline = page.locator('.timeline');
    await timeline.locator('.timeline__item--done', { hasText: 'Application submitted' }).waitFor();
    expect(await timeline.locator('.timeline__item--due', { hasText: 'The Center checks the application' }).innerText()).toContain('Due by 16 April 2026');
    expect(await page.locator('.working-days').innerText()).toContain('0 of 60 working days used, 60 left');

    // The officer's queue shows it with its due date; a deficiency round with a period out of range first.
    await at(page, '2026-04-14T08:00:00Z');
    await as(page, 'officer@eqe.demo', '/applications');
    // Soonest due first: the application submitted on 25 March, overdue since 30 March, is marked so.
    const rows = page.locator('table.queue tbody tr');
    expect(await rows.first().innerText()).toContain(lateCode);
    expect(await rows.first().innerText()).toMatch(/30 March 2026\s*Overdue/);
    const row = page.locator('tr', { hasText: code });
    expect(await row.innerText()).toContain('16 April 2026');
    expect(await row.innerText()).not.toContain('Overdue');
    await expectNoAxeViolations(page);
    await row.getByRole('link', { name: code }).click();
    await page.waitForURL(`**${here}`);
    await page.locator('#act-set-deficiencies-deficiencies').fill('Annex 3 of the self-evaluation is missing');
    await page.locator('#act-set-deficiencies-correctionWorkingDays').fill('4');
    await page.getByRole('button', { name: 'Set deficiencies and a correction period', exact: true }).click();
    expect(await page.locator('#act-set-deficiencies-correctionWorkingDays-error').innerText()).toContain('from 5 to 15 working days');
    await page.locator('#act-set-deficiencies-correctionWorkingDays').fill('5');
    await step(page, 'Set deficiencies and a correction period', 'Deficiencies found; correction period set');
    expect(await timeline.locator('.timeline__item--due', { hasText: 'The institution corrects the deficiencies' }).innerText()).toContain('Due by 21 April 2026');

    // The provider corrects within the period.
    await at(page, '2026-04-17T08:00:00Z');
    await as(page, 'admin@university.demo', here);
    await page.getByText('Correct them and submit the correction by 21 April 2026.').waitFor();
    await page.locator(byId('ap-selfEvaluation.1.2')).fill('How the course meets 1.2, with Annex 3 attached.');
    await step(page, 'Save and submit the correction', 'Correction submitted');

    // The officer recognises the seeker and forms the group of six, with the visit dates.
    await as(page, 'officer@eqe.demo', here);
    await step(page, 'Recognise the applicant as a seeker', 'Applicant recognised as a seeker');
    const group: [string, string][] = [
      ['Higher education quality assurance expert', 'Levan Tsiklauri'],
      ['Micro-credential course expert', 'Salome Jgerenaia'],
      ['Field expert', 'Davit Maisuradze'],
      ['Material resources and infrastructure expert', 'Eka Tsereteli'],
      ['Learner expert', 'Irakli Chkheidze'],
      ['Employer', 'Ana Kvaratskhelia'],
    ];
    for (const [role, name] of group) await page.getByLabel(role, { exact: true }).selectOption({ label: name });
    await page.getByLabel('Chair of the group').selectOption({ label: 'Levan Tsiklauri' });
    await page.getByLabel('First day of the visit').fill('2026-05-05');
    await page.getByLabel('Last day of the visit').fill('2026-05-06');
    await step(page, 'Form the expert group', 'Expert group formed');

    // The provider moves to recuse the field expert; the officer grants it with a replacement.
    await as(page, 'admin@university.demo', here);
    await page.getByText('You may move to recuse an expert of the group for a conflict of interest until 21 April 2026.').waitFor();
    await page.getByLabel('Expert to recuse').selectOption({ label: 'Davit Maisuradze — Field expert' });
    await page.locator('#act-move-recusal-reasons').fill('The field expert taught at our university until last year.');
    await step(page, 'Move to recuse an expert', 'Motion for recusal filed');

    await as(page, 'officer@eqe.demo', here);
    await page.getByText('Motion to recuse Davit Maisuradze').waitFor();
    await page.getByLabel('Recusal granted: the expert is replaced').check();
    await page.getByLabel('Replacement expert').selectOption({ label: 'Zurab Gogua' });
    await page.locator('#act-decide-recusal-reasons').fill('A conflict of interest is shown.');
    await step(page, 'Decide the motion for recusal', 'Motion for recusal decided');
    expect(await page.locator('section', { has: page.getByRole('heading', { name: 'Expert group' }) }).locator('tr', { hasText: 'Field expert' }).innerText()).toContain('Zurab Gogua');

    // The chair of the group submits the agenda; the Center sends it.
    await as(page, 'expert@eqe.demo', '/applications');
    await page.getByRole('link', { name: code }).click();
    await page.waitForURL(`**${here}`);
    await page.locator('#act-submit-agenda-agenda-0-topic').fill('Standards 1 and 2');
    await page.locator('#act-submit-agenda-agenda-1-topic').fill('Standards 3 to 5');
    await step(page, 'Submit the visit agenda', 'Visit agenda submitted');
    await as(page, 'officer@eqe.demo', here);
    await step(page, 'Send the agenda to the institution', 'Visit agenda sent to the institution');

    // On the visit's last day: the oral findings, then the draft report rating every component.
    await at(page, '2026-05-06T14:00:00Z');
    await as(page, 'expert@eqe.demo', here);
    await page.locator('#act-record-visit-oralFindings').fill('The institution meets the standards; resources need a plan.');
    await step(page, 'Record the visit and its oral findings', 'Visit held; oral findings recorded');
    for (const component of components) {
      const id = `act-submit-draft-report-ratings-${component.id.replace(/\./g, '-')}`;
      await page.locator(byId(`${id}-rating`)).selectOption('substantially-complies');
      await page.locator(byId(`${id}-reasons`)).fill(`Evidence for ${component.number} was examined.`);
    }
    await page.locator('#act-submit-draft-report-summary-ka').fill('მეტწილად შეესაბამება.');
    await page.locator('#act-submit-draft-report-summary-en').fill('Substantially complies.');
    await step(page, 'Submit the draft report', 'Draft report submitted');

    // The Center sends the draft; the institution answers; the final report follows.
    await at(page, '2026-05-08T08:00:00Z');
    await as(page, 'officer@eqe.demo', here);
    await step(page, 'Send the draft report to the institution', 'Draft report sent to the institution');
    await as(page, 'admin@university.demo', here);
    await page.locator('#act-submit-position-text').fill('The resources plan was adopted on 1 May.');
    await step(page, 'Send a reasoned position', 'Reasoned position received');
    await as(page, 'expert@eqe.demo', here);
    for (const component of components) {
      await page.locator(byId(`act-submit-final-report-ratings-${component.id.replace(/\./g, '-')}-rating`)).selectOption('complies');
    }
    await page.locator('#act-submit-final-report-summary-en').fill('Complies with every standard.');
    await page.locator('#act-submit-final-report-summary-ka').fill('შეესაბამება ყველა სტანდარტს.');
    await step(page, 'Submit the final report', 'Final report submitted');

    // The hearing needs 7 days' notice: too soon is refused beside the field.
    await as(page, 'officer@eqe.demo', here);
    await page.getByLabel('Date and time of the meeting').fill('2026-05-14T10:00');
    await page.getByLabel('Place').fill('NCEQE, Tbilisi');
    await page.getByRole('button', { name: 'Schedule the Council hearing', exact: true }).click();
    expect(await page.locator('#act-schedule-hearing-meetingAt-error').innerText()).toContain('at least 7 calendar days');
    await page.getByLabel('Date and time of the meeting').fill('2026-05-15T10:00');
    await step(page, 'Schedule the Council hearing', 'Council hearing scheduled');
    await timeline.locator('.timeline__item--due', { hasText: 'The Council hearing' }).getByText('15 May 2026, 10:00').waitFor();

    // The Council meets: attendance, each member's vote, the decision; the chair signs.
    await at(page, '2026-05-15T09:00:00Z');
    await as(page, 'council@eqe.demo', '/applications');
    await page.getByRole('heading', { name: 'Hearing agenda', level: 1 }).waitFor();
    await page.getByRole('link', { name: code }).click();
    await page.waitForURL(`**${here}`);
    const members: [string, string][] = [
      ['Ketevan Gelashvili (Chair)', 'grant'],
      ['Mikheil Japaridze (Secretary)', 'grant'],
      ['Natia Kobakhidze', 'refuse'],
    ];
    for (const [name] of members) await page.getByLabel(name, { exact: true }).check();
    for (const [name, vote] of members) await page.getByLabel(`Vote of ${name}`, { exact: true }).selectOption(vote);
    await page.locator('#act-record-decision-reasons-ka').fill('კურსი აკმაყოფილებს სტანდარტებს.');
    await page.locator('#act-record-decision-reasons-en').fill('The course meets the standards.');
    // The page with a step's form, the reports, the group and the hearing.
    await expectNoAxeViolations(page);
    await step(page, 'Record attendance, votes and the decision', 'Council decision recorded');
    await step(page, 'Sign the minutes and the order', 'Minutes and order signed');

    // The secretary signs; the Center publishes.
    await at(page, '2026-05-20T09:00:00Z');
    await as(page, 'secretary@eqe.demo', here);
    await step(page, 'Sign the minutes and the order', 'Minutes and order signed');
    await as(page, 'officer@eqe.demo', here);
    await step(page, 'Publish the decision', 'Decision published');
    await page.locator('.key-facts', { hasText: 'Decision published' }).waitFor();
    expect(await page.locator('.working-days').innerText()).toMatch(/The procedure took \d+ of its 60 working days/);
    expect(await timeline.locator('.timeline__item--done').count()).toBe(19);
    expect(await timeline.locator('.timeline__item--due, .timeline__item--overdue, .timeline__item--todo').count()).toBe(0);
    // The same page in Georgian.
    await page.getByRole('button', { name: 'ქართული' }).click();
    await page.getByRole('heading', { name: 'სად არის განაცხადი' }).waitFor();
    expect(await page.locator('.key-facts').innerText()).toContain('გადაწყვეტილება გამოქვეყნებულია');
    expect(await page.locator('.working-days').innerText()).toMatch(/პროცედურამ დაიკავა 60-დან \d+ სამუშაო დღე/);
    await page.getByRole('button', { name: 'English' }).click();

    // The public registry: the right is valid two years from publication (20 May 2026 + 2 years - 1 day).
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto(`/courses/${sampleCode}`);
    const facts = page.locator('.key-facts');
    await facts.getByText('Valid until').waitFor();
    expect(await facts.innerText()).toContain('19 May 2028');

    await page.getByRole('link', { name: 'Council decisions' }).click();
    await page.waitForURL('**/decisions');
    const decision = page.locator('.decision').first();
    await decision.getByText('Right granted').waitFor();
    expect(await decision.innerText()).toContain('20 May 2026 to 19 May 2028');
    expect(await decision.innerText()).toContain(sampleCode);
    await expectNoAxeViolations(page);
  }, 120_000);
});
