// A provider's list of credentials over more than one page (50 a page): the page links keep
// the search, the URL names the page, and Previous goes back to the URL without it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, signIn, startBrowserHarness } from '../helpers/browser.js';

const NOW = '2026-11-28T09:00:00Z';
const LEARNERS = 53;

describeBrowser('the credentials list over several pages', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: NOW });
    const admin = await harness.platform.signIn('admin@university.demo');
    const courseCode = harness.platform.demo!.codes['ai-research']!;
    const rows = Array.from({ length: LEARNERS }, (_, i) => ({
      courseCode,
      learnerName: `Pager Learner ${String(i + 1).padStart(2, '0')}`,
      learnerEmail: `pager.${i + 1}@example.ge`,
      awardDate: '2026-11-25',
    }));
    const batch = await admin.request({ method: 'POST', url: '/api/workspace/credential-batches', payload: { rows } });
    expect(batch.statusCode, batch.body).toBe(202);
    const id = (batch.json() as { id: string }).id;
    for (let attempt = 0; ; attempt += 1) {
      const progress = await admin.request({ method: 'GET', url: `/api/workspace/credential-batches/${id}` });
      if ((progress.json() as { state: string }).state === 'done') break;
      if (attempt > 1200) throw new Error('the batch did not finish');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it('pages through a search, keeping it in every page link', async () => {
    const page = await harness.newPage({ lang: 'en' });
    await page.clock.setFixedTime(new Date(NOW));
    await signIn(page, 'admin@university.demo', '/workspace/credentials?q=pager');
    await page.getByRole('status').getByText(`${LEARNERS} credentials`).waitFor();
    const rows = page.locator('table tbody tr');
    const pages = page.getByRole('navigation', { name: 'Pages of results' });
    expect(await rows.count()).toBe(50);
    expect(await pages.getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBe('page');
    expect(await pages.getByRole('link', { name: 'Previous' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await pages.getByRole('link', { name: 'Next' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    expect(new URL(page.url()).searchParams.get('q')).toBe('pager');
    await pages.getByRole('link', { name: 'Page 2' }).and(page.locator('[aria-current="page"]')).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('table tbody tr').length === n, LEARNERS - 50);
    expect(await pages.getByRole('link', { name: 'Next' }).count()).toBe(0);
    expect(await page.getByLabel('Learner', { exact: true }).inputValue()).toBe('pager');

    await pages.getByRole('link', { name: 'Previous' }).click();
    await page.waitForURL((url) => !url.searchParams.has('page') && url.searchParams.get('q') === 'pager');
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 50);
  }, BROWSER_TEST_TIMEOUT);
});
