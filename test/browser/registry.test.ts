// The public registry in a real browser: searching in Georgian, a course's page in both
// languages, a shared search URL, the keyboard, and axe-core's WCAG 2.1 AA rules.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoCourses } from '../../src/db/seed/demo-data.js';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, startBrowserHarness } from '../helpers/browser.js';

const sample = demoCourses[0]!;
const sampleNow = sample.versions[sample.versions.length - 1]!;

async function htmlLang(page: Page): Promise<string | null> {
  return page.getAttribute('html', 'lang');
}

describeBrowser('the public registry in a browser', () => {
  let harness: BrowserHarness;
  let sampleCode: string;

  beforeAll(async () => {
    harness = await startBrowserHarness();
    sampleCode = harness.platform.demo!.codes[sample.key]!;
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it('finds the sample course by part of a Georgian word, opens it and shows it in English', async () => {
    const page = await harness.newPage({ lang: 'ka' });
    await page.goto('/');
    expect(await htmlLang(page)).toBe('ka');

    await page.getByLabel('კურსების ძიება').fill('ხელოვნურ');
    await page.getByRole('button', { name: 'ძიება', exact: true }).click();
    await page.waitForURL(/\/courses\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ხელოვნურ');
    const result = page.locator('.result', { hasText: sampleCode });
    await result.waitFor();
    expect(await result.getByRole('link').innerText()).toBe(sampleNow.title.ka);
    expect(await result.locator('.result__alt').innerText()).toBe(sampleNow.title.en);
    await expectNoAxeViolations(page);

    await result.getByRole('link').click();
    await page.waitForURL(`**/courses/${sampleCode}`);
    await page.getByRole('heading', { level: 1, name: sampleNow.title.ka }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: sampleNow.title.en }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    for (const heading of ['Knowledge and understanding', 'Skills', 'Responsibility and autonomy']) {
      await page.getByRole('heading', { level: 3, name: heading, exact: true }).waitFor();
    }
    const outcomes = await page.locator('ul.outcomes li').allInnerTexts();
    expect(outcomes).toEqual([
      ...sampleNow.learningOutcomes.knowledge.map((outcome) => outcome.en),
      ...sampleNow.learningOutcomes.skills.map((outcome) => outcome.en),
      ...sampleNow.learningOutcomes.responsibilityAutonomy.map((outcome) => outcome.en),
    ]);
    await page.getByRole('link', { name: 'Open Badges achievement (JSON-LD)' }).waitFor();
    await expectNoAxeViolations(page);

    // The choice of language stays after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: sampleNow.title.en }).waitFor();
    expect(await htmlLang(page)).toBe('en');
  }, BROWSER_TEST_TIMEOUT);

  it('opens a shared search URL with its filters filled in and only matching results', async () => {
    const expected = await harness.platform.app.inject({ method: 'GET', url: '/api/courses?level=7&mode=online' });
    const body = expected.json() as { items: { code: string; nqfLevel: number; participationMode: string }[]; total: number };
    const all = (await harness.platform.app.inject({ method: 'GET', url: '/api/courses' })).json() as { total: number };
    expect(body.total).toBeGreaterThan(0);
    expect(body.total).toBeLessThan(all.total);

    const page = await harness.newPage({ lang: 'en' });
    await page.goto('/courses?level=7&mode=online');
    await page.getByText(body.total === 1 ? '1 course found' : `${body.total} courses found`).waitFor();
    expect(await page.locator('#filter-level').inputValue()).toBe('7');
    expect(await page.locator('#filter-mode').inputValue()).toBe('online');
    expect(await page.locator('#search-q').inputValue()).toBe('');

    const codes = await page.locator('.result dd.code').allInnerTexts();
    expect(codes).toEqual(body.items.map((item) => item.code));
    for (const item of body.items) {
      expect(item.nqfLevel).toBe(7);
      expect(item.participationMode).toBe('online');
    }
    await expectNoAxeViolations(page);

    // Changing a filter updates the URL, and Back returns to the shared one.
    await page.locator('#filter-level').selectOption('6');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/level=6/);
    await page.goBack();
    await page.waitForURL(/level=7/);
    await page.waitForFunction(() => (document.getElementById('filter-level') as HTMLSelectElement | null)?.value === '7');
  }, BROWSER_TEST_TIMEOUT);

  it('lets a keyboard user switch the language and search with Tab and Enter', async () => {
    const page = await harness.newPage({ lang: 'ka' });
    await page.goto('/');
    await page.getByLabel('კურსების ძიება').waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');

    const tabUntil = async (test: () => Promise<boolean>, limit = 15) => {
      for (let step = 0; step < limit; step += 1) {
        if (await test()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('the element was not reached with Tab');
    };
    await tabUntil(() => page.evaluate(() => document.activeElement?.textContent === 'English'));
    // The focus is visible: GOV.UK's yellow.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor)).toBe('rgb(255, 221, 0)');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Find a micro-credential course' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.evaluate(() => window.localStorage.getItem('microcred.lang'))).toBe('en');

    await tabUntil(() => page.evaluate(() => document.activeElement?.id === 'search-q'), 30);
    await page.keyboard.type('research');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=research/);
    await page.locator('.result', { hasText: sampleCode }).waitFor();
    // The search box keeps the focus, so the person can refine the search.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  }, BROWSER_TEST_TIMEOUT);

  it('shows an old version with a notice that links to the current one', async () => {
    const withHistory = demoCourses.find((course) => course.versions.length > 1);
    if (!withHistory) return;
    const code = harness.platform.demo!.codes[withHistory.key]!;
    const page = await harness.newPage({ lang: 'en' });
    await page.goto(`/courses/${code}/versions/1`);
    await page.getByText(`You are viewing version 1; the current version is ${withHistory.versions.length}.`).waitFor();
    await page.getByRole('heading', { level: 1, name: withHistory.versions[0]!.title.en }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'View the current version' }).click();
    await page.waitForURL(`**/courses/${code}`);
    await page.getByRole('heading', { level: 1, name: withHistory.versions[withHistory.versions.length - 1]!.title.en }).waitFor();
    expect(await page.getByText('You are viewing version 1').count()).toBe(0);
  }, BROWSER_TEST_TIMEOUT);
});
