// The course editor reads learning outcomes as they are typed: each outcome's domain and
// level beside it, and the course verdict in a polite live region; then the nine design steps.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, signIn, startBrowserHarness } from '../helpers/browser.js';

const byId = (id: string) => `[id="${id}"]`;

describeBrowser('learning-outcome analysis in the course editor', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBrowserHarness();
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it('shows each outcome’s domain and level and updates the course verdict as outcomes are typed', async () => {
    const page = await harness.newPage({ lang: 'en' });
    await signIn(page, 'admin@university.demo');
    await page.goto('/workspace/courses/new');
    const verdict = page.locator('#outcome-verdict-live');
    await verdict.getByText('Write learning outcomes to see how they read.').waitFor();
    expect(await verdict.getAttribute('aria-live')).toBe('polite');

    await page.locator(byId('field-level.nqf')).selectOption('7');
    await page
      .locator(byId('field-learningOutcomes.skills.0.en'))
      .fill('Critically evaluate complex research data and independently design solutions to unpredictable problems');

    const skills = page.locator('[data-outcome="skills.0"]');
    await skills.getByText('English: Skills, level 7').waitFor();
    await verdict.getByText('Best-fit level: 7').waitFor();
    await verdict.getByText('Claimed NQF level: 7').waitFor();
    expect(await verdict.innerText()).toContain('Missing domains');

    // A "knows" outcome is not measurable, with suggested verbs, beside it and in the verdict.
    await page.locator(byId('field-learningOutcomes.knowledge.0.en')).fill('Knows the main types of AI tools');
    const knowledge = page.locator('[data-outcome="knowledge.0"]');
    await knowledge.getByText('Not measurable as written.').waitFor();
    expect(await knowledge.innerText()).toMatch(/Try an observable verb, for example: \w+/);
    await verdict.getByText(/Not measurable as written: Knowledge and understanding, outcome 1 \(English\)/).waitFor();

    // The reasons are there to open; the justification, in both languages, too.
    await skills.getByText(/Why: verb, Bloom category/).click();
    await skills.getByText(/Action verb "evaluate"/).waitFor();
    expect(await skills.innerText()).toContain('Verb “evaluate”: revised Bloom category Evaluate.');
    await page.locator('#outcome-verdict').getByText('Justification', { exact: true }).click();
    await page.getByText(/goes into the application/).waitFor();
    expect(await page.locator('.justification[lang="en"]').innerText()).toContain('nqf7.skills.1');

    await page.getByRole('heading', { name: 'Design steps' }).waitFor();
    await page.getByText('Save the course first; then record its design steps here.').waitFor();
    await expectNoAxeViolations(page);
  }, BROWSER_TEST_TIMEOUT);

  it('shows the nine design steps of an existing course as a checklist, and records one', async () => {
    const code = harness.platform.demo!.codes['ai-research']!;
    const page = await harness.newPage({ lang: 'en' });
    await signIn(page, 'admin@university.demo');
    await page.goto(`/workspace/courses/${code}/edit`);
    await page.getByText('0 of 9 steps completed').waitFor();
    await page.getByRole('heading', { name: /Step 7: Draft syllabus/ }).waitFor();
    const step1 = page.locator('#ds-1');
    await step1.getByRole('button', { name: 'Add a participant' }).click();
    await step1.getByLabel('Name of participant 1').fill('Georgian Research Software Ltd');
    await step1.getByLabel('Evidence').fill('Workshop with employers, minutes of 12 March 2026.');
    await step1.getByRole('button', { name: 'Save step 1' }).click();
    await step1.getByText('Step 1 is saved.').waitFor();
    await page.getByText('1 of 9 steps completed').waitFor();
    expect(await step1.locator('.tag').innerText()).toBe('Completed');
    // The course's outcomes are read too.
    await page.locator('#outcome-verdict-live').getByText(/Best-fit level: 7/).waitFor();
    await expectNoAxeViolations(page);
  }, BROWSER_TEST_TIMEOUT);
});
