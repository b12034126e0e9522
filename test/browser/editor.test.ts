// The signed-in side in a real browser: sign in, the course editor with the server's field
// errors beside their fields, saving a draft and publishing it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoCourses } from '../../src/db/seed/demo-data.js';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, signIn, startBrowserHarness } from '../helpers/browser.js';

const byId = (id: string) => `[id="${id}"]`;

describeBrowser('the workspace and course editor in a browser', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBrowserHarness();
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it('shows a wrong password as an error on the sign-in page', async () => {
    const page = await harness.newPage({ lang: 'en' });
    await page.goto('/login');
    await page.getByLabel('Email address').fill('admin@university.demo');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.error-summary', { hasText: 'The email address or password is wrong.' }).waitFor();
    expect(page.url()).toMatch(/\/login$/);
    await expectNoAxeViolations(page);
  }, BROWSER_TEST_TIMEOUT);

  it('shows the server’s errors beside their fields and in a summary at the top', async () => {
    const page = await harness.newPage({ lang: 'en' });
    await signIn(page, 'admin@university.demo');
    await page.getByText('Giorgi Kapanadze').waitFor();
    await page.getByRole('link', { name: 'New course' }).click();
    await page.waitForURL('**/workspace/courses/new');

    await page.locator(byId('field-title.ka')).fill('სატესტო კურსი');
    await page.locator(byId('field-title.en')).fill('A test course');
    await page.locator(byId('field-workload.ects')).fill('31');
    await page.locator(byId('field-workload.hoursPerEcts')).fill('25');
    await page.locator(byId('field-workload.breakdown.0.hours')).fill('100');
    // The running total follows what is typed.
    await page.locator('#running-total', { hasText: '31 ECTS × 25 hours = 775 hours' }).waitFor();
    await page.getByLabel('Online').check();
    await page.getByRole('button', { name: 'Save draft' }).click();

    const ectsError = page.locator(byId('error-workload.ects'));
    await ectsError.waitFor();
    expect(await ectsError.innerText()).toContain('from 1 to 30 whole ECTS credits');
    // Beside its field: in the field's group, and named by the field's aria-describedby.
    const ectsInput = page.locator(byId('field-workload.ects'));
    expect(await ectsInput.getAttribute('aria-invalid')).toBe('true');
    expect(await ectsInput.getAttribute('aria-describedby')).toContain('error-workload.ects');
    expect(await page.locator('.form-group--error', { has: ectsInput }).locator(byId('error-workload.ects')).count()).toBe(1);

    // The hours that do not add up are shown beside the breakdown.
    expect(await page.locator(byId('error-workload.breakdown')).innerText()).toContain('add up to 100 hours');
    // A missing Georgian outcome is shown beside its own input.
    expect(await page.locator(byId('error-learningOutcomes.skills.0.ka')).innerText()).toContain('Georgian text is required');

    // The summary at the top has focus and links to each field.
    const summary = page.locator('.error-summary');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await summary.getByRole('link', { name: /ECTS credits: A micro-credential has from 1 to 30/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-workload.ects');
    // Typing a correction keeps the focus in the field.
    await page.keyboard.press('Backspace');
    await page.keyboard.type('0');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-workload.ects');
    expect(await ectsInput.inputValue()).toBe('30');
    expect(page.url()).toMatch(/\/workspace\/courses\/new$/);
    await expectNoAxeViolations(page);

    // In Georgian the same errors are in Georgian.
    await page.getByRole('button', { name: 'ქართული' }).click();
    expect(await ectsError.innerText()).toContain('მიკროკრედენციალს აქვს 1-დან 30-მდე მთელი ECTS კრედიტი');
    expect(await page.locator(byId('error-workload.breakdown')).innerText()).toContain('აქტივობების ჯამი 100 საათია');
  }, BROWSER_TEST_TIMEOUT);

  it('saves a draft of the sample course, and a Center officer publishes it', async () => {
    const sample = demoCourses[0]!;
    const code = harness.platform.demo!.codes[sample.key]!;
    const admin = await harness.newPage({ lang: 'en' });
    await signIn(admin, 'admin@university.demo');
    await admin.goto(`/workspace/courses/${code}/edit`);
    const title = admin.locator(byId('field-title.en'));
    await title.waitFor();
    expect(await title.inputValue()).toBe(sample.versions[sample.versions.length - 1]!.title.en);
    await title.fill('AI for Enhancing Research Skills in Higher Education (2nd edition)');
    await admin.getByRole('button', { name: 'Save draft' }).click();
    await admin.waitForURL(/\/workspace\?saved=/);
    await admin.getByText(`The draft of ${code}`).waitFor();
    await expectNoAxeViolations(admin);

    const officer = await harness.newPage({ lang: 'en' });
    await signIn(officer, 'officer@eqe.demo');
    const row = officer.locator('tr', { hasText: code });
    const publish = row.getByRole('button', { name: /^Publish version \d+/ });
    await publish.waitFor();
    await expectNoAxeViolations(officer);
    await publish.click();
    await officer.getByText(new RegExp(`Version \\d+ of ${code} is published`)).waitFor();

    await officer.goto(`/courses/${code}`);
    await officer.getByRole('heading', { level: 1, name: 'AI for Enhancing Research Skills in Higher Education (2nd edition)' }).waitFor();

    // Signing out ends the session.
    await officer.getByRole('button', { name: 'Sign out' }).click();
    await officer.getByText('You have signed out.').waitFor();
    await officer.getByRole('link', { name: 'Sign in' }).waitFor();
  }, BROWSER_TEST_TIMEOUT);
});
