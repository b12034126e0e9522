// Monitoring on a complaint in a real browser: a member of the public reports violations from a
// course page and gets the complaint's and the monitoring's numbers and the date by which the
// monitoring must end (30 calendar days); the Center's officer opens the monitoring page from the
// header, ends the monitoring by suspending the right with findings in both languages and gets
// the result's PDF; the public course page then shows the right as suspended, and the decisions
// page publishes the result. axe (WCAG 2.1 AA) checks the complaint form and the monitoring page.
//
// The server's clock: Saturday 28 November 2026 ("today" of the demo data). An earlier monitoring
// of another course, scheduled on 1 November to end by 10 November, is overdue.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, signIn, startBrowserHarness } from '../helpers/browser.js';

const NOW = '2026-11-28T08:00:00Z';
const byId = (id: string) => `[id="${id}"]`;

describeBrowser('monitoring on a complaint in a browser', () => {
  let harness: BrowserHarness;
  let courseCode: string;
  let overdueCode: string;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: '2026-11-01T08:00:00Z' });
    courseCode = harness.platform.demo!.codes['gis-planning']!;
    const officer = await harness.platform.signIn('officer@eqe.demo');
    const scheduled = await officer.request({
      method: 'POST',
      url: '/api/monitorings',
      payload: { courseCode: harness.platform.demo!.codes['business-english'], kind: 'scheduled', dueDate: '2026-11-10' },
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    overdueCode = (scheduled.json() as { code: string }).code;
    harness.platform.clock.set(NOW);
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it(
    'files a complaint, ends the monitoring by suspending the right, and the registry shows it',
    async () => {
      // The public: from the course page to the complaint form.
      const publicPage = await harness.newPage({ lang: 'en' });
      await publicPage.clock.setFixedTime(new Date(NOW));
      await publicPage.goto(`/courses/${courseCode}`);
      await publicPage.getByRole('link', { name: 'Report a violation' }).click();
      await publicPage.waitForURL(`**/complaints/new?course=${courseCode}`);
      await publicPage.getByRole('heading', { name: 'Report a violation', level: 1 }).waitFor();

      // A violation that names nothing specific is refused beside its field, and the summary takes the focus.
      await publicPage.getByLabel('A learner').check();
      await publicPage.getByLabel('Your name, or the name of your organisation').fill('Tamar Kapanadze');
      await publicPage.getByLabel('Email address').fill('tamar@learner.example');
      await publicPage.getByLabel('Violation 1').fill('Bad course.');
      await publicPage.getByRole('button', { name: 'Send the complaint' }).click();
      await publicPage.locator('.error-summary').waitFor();
      expect(await publicPage.locator(byId('cp-violations-0-error')).innerText()).toContain('at least 20 characters');
      expect(await publicPage.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      await expectNoAxeViolations(publicPage);

      await publicPage.getByLabel('Violation 1').fill('The GIS laboratory sessions of weeks 3 to 6 were cancelled without replacement in October 2026.');
      await publicPage.getByRole('button', { name: 'Add another violation' }).click();
      await publicPage.getByLabel('Violation 2').fill('The final assessment was a multiple-choice test, not the project the course description promises.');
      await publicPage.getByRole('button', { name: 'Send the complaint' }).click();
      const receipt = publicPage.locator('main');
      await receipt.getByRole('heading', { name: 'Your complaint is received' }).waitFor();
      const text = await receipt.innerText();
      const complaintCode = /CP-2026-\d{4}/.exec(text)?.[0];
      const monitoringCode = /MN-2026-\d{4}/.exec(text)?.[0];
      expect(complaintCode).toBeTruthy();
      expect(monitoringCode).toBeTruthy();
      // 30 calendar days from Saturday 28 November 2026.
      expect(text).toMatch(/The monitoring must end by\s*28 December 2026/);
      expect(text).toContain('results are published');

      // The officer: the monitoring page from the header, soonest due first, the overdue one marked.
      const officerPage = await harness.newPage({ lang: 'en' });
      await officerPage.clock.setFixedTime(new Date(NOW));
      await signIn(officerPage, 'officer@eqe.demo', '/applications');
      await officerPage.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Monitoring' }).click();
      await officerPage.waitForURL('**/monitoring');
      const rows = officerPage.locator('table.monitoring-list tbody tr');
      await rows.first().waitFor();
      expect(await rows.nth(0).innerText()).toContain(overdueCode);
      expect(await rows.nth(0).innerText()).toMatch(/10 November 2026\s*Overdue/);
      expect(await rows.nth(1).innerText()).toContain(monitoringCode!);
      expect(await rows.nth(1).innerText()).toContain('28 December 2026');
      expect(await rows.nth(1).innerText()).not.toContain('Overdue');
      await expectNoAxeViolations(officerPage);

      // Ending it: without an outcome first (refused beside the field), then suspended with findings in both languages.
      const panel = officerPage.locator('section.action-panel', { has: officerPage.getByRole('heading', { name: `End monitoring ${monitoringCode}` }) });
      expect(await panel.innerText()).toContain('The GIS laboratory sessions of weeks 3 to 6');
      await panel.getByRole('button', { name: 'End the monitoring and publish the results' }).click();
      expect(await panel.locator(byId(`mon-close-${monitoringCode}-outcome-error`)).innerText()).toContain('Choose the outcome.');
      await panel.getByLabel('Suspend the right').check();
      await panel.getByLabel('Findings in Georgian').fill('ლაბორატორიული მეცადინეობები ჩატარდა არასრულად; შეფასება არ შეესაბამება კურსის აღწერას.');
      await panel.getByLabel('Findings in English').fill('Laboratory sessions were not fully held; the assessment does not match the course description.');
      await panel.getByRole('button', { name: 'End the monitoring and publish the results' }).click();
      const notice = officerPage.locator('.notice--success', { hasText: `Monitoring ${monitoringCode} has ended` });
      await notice.waitFor();
      const pdf = notice.getByRole('link', { name: /^PDF: Monitoring result \(MON-2026-\d{4}\)$/ });
      const href = await pdf.getAttribute('href');
      expect(href).toMatch(/^\/api\/documents\/MON-2026-\d{4}\/pdf$/);
      const response = await officerPage.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/pdf');
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
      expect(await officerPage.locator('table.monitoring-list tbody tr', { hasText: monitoringCode! }).innerText()).toContain('Right suspended');
      await expectNoAxeViolations(officerPage);

      // The public course page shows the right suspended, and the decisions page publishes the result with its PDF.
      await publicPage.goto(`/courses/${courseCode}`);
      await publicPage.locator('.key-facts').getByText('Suspended').waitFor();
      expect(await publicPage.locator('section[aria-labelledby="right-heading"]').innerText()).toContain('Suspended from\n28 November 2026');
      await publicPage.goto('/decisions');
      const result = publicPage.locator('.monitoring-results li', { hasText: monitoringCode! });
      await result.waitFor();
      expect(await result.innerText()).toContain('Right suspended');
      expect(await result.innerText()).toContain('Laboratory sessions were not fully held');
      expect(await result.getByRole('link', { name: /^PDF: Monitoring result/ }).getAttribute('href')).toBe(href);
    },
    BROWSER_TEST_TIMEOUT,
  );
});
