// Recognition agreements in a real browser: a university administrator records an agreement,
// sees a contradiction named beside its field, corrects it and finds it in the list; the course
// page shows the course's recognition opportunities, in English and Georgian, without accessibility faults.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, signIn as signInThroughLoginPage, startBrowserHarness } from '../helpers/browser.js';

const NOW = '2026-11-28T09:00:00Z';

async function signIn(page: Page, email: string, next: string): Promise<void> {
  await page.clock.setFixedTime(new Date(NOW));
  await signInThroughLoginPage(page, email, next);
}

describeBrowser('recognition agreements', () => {
  let harness: BrowserHarness;
  let codes: Record<string, string>;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: NOW });
    codes = harness.platform.demo!.codes;
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it(
    'a university administrator records an agreement, with a bad figure named beside its field',
    async () => {
      const page = await harness.newPage({ lang: 'en' });
      await signIn(page, 'admin@university.demo', '/workspace/recognition-agreements/new');
      await page.getByRole('heading', { level: 1, name: 'Record a recognition agreement' }).waitFor();
      await page.getByLabel('Name of the programme in Georgian').fill('განათლების მენეჯმენტის სამაგისტრო პროგრამა');
      await page.getByLabel('Name of the programme in English').fill("Master's in Education Management");
      await page.getByLabel("The programme's total ECTS (optional)").fill('120');
      await page.getByLabel('Counts credentials awarded from').fill('2026-01-01');
      await page.getByLabel('Name of the component in Georgian').fill('კვლევითი კომპონენტი');
      await page.getByLabel('Name of the component in English').fill('research component');
      await page.getByLabel('Most ECTS this component recognises').fill('13');
      await page.getByLabel('Course code (1)').fill(codes['research-methods']!);
      await page.getByLabel('ECTS it counts for').fill('8'); // the course carries 6
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Save the agreement' }).click();

      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.getByText('The course carries 6 ECTS; it cannot count for 8.').waitFor();
      expect(await page.locator('#rec-components-0-courses-0-ects-error').textContent()).toContain('The course carries 6 ECTS');
      await expectNoAxeViolations(page);

      await page.getByLabel('ECTS it counts for').fill('6');
      await page.getByRole('button', { name: 'Save the agreement' }).click();
      await page.waitForURL('**/workspace/recognition-agreements');
      const saved = page.locator('article').filter({ hasText: "Master's in Education Management" });
      await saved.getByText('up to 13 ECTS').waitFor();
      await saved.getByText('6 ECTS of 6').waitFor();
      await page.locator('article').filter({ hasText: "Master's in Education Policy" }).getByText('up to 25 ECTS').waitFor();
      await expectNoAxeViolations(page);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    "the course page lists the course's recognition opportunities, in English and Georgian",
    async () => {
      const page = await harness.newPage({ lang: 'en' });
      await page.goto(`/courses/${codes['ai-research']}`);
      const section = page.locator('#recognition-opportunities');
      await section.getByRole('heading', { name: 'Recognition opportunities' }).waitFor();
      await section.getByText("Counts for 7 ECTS toward the research component (25 ECTS at most) of the Master's in Education Policy at Mtkvari University.").waitFor();
      await expectNoAxeViolations(page);

      const ka = await harness.newPage({ lang: 'ka' });
      await ka.goto(`/courses/${codes['ai-research']}`);
      const kaSection = ka.locator('#recognition-opportunities');
      await kaSection.getByRole('heading', { name: 'აღიარების შესაძლებლობები' }).waitFor();
      await kaSection.getByText('ჩაითვლება 7 ECTS (კომპონენტში არაუმეტეს 25 ECTS)', { exact: false }).waitFor();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
