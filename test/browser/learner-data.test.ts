// The demo learner's "My credentials" page in a real browser: their progress toward the demo
// agreement's Master's programme (in English and Georgian), the recognition decisions universities
// recorded on their credentials (none, then one recorded by Mtkvari University), the download of
// everything held about them, and erasure with the password as confirmation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, startBrowserHarness } from '../helpers/browser.js';
import { DEMO_PASSWORD, signLedgerHead } from '../helpers/platform.js';

const NOW = '2026-11-28T09:00:00Z';
const LEARNER_EMAIL = 'learner@example.demo';
// The sample agreement counts the demo credential (AI in research) as 7 of the component's 25 ECTS.
const PROGRESS_EN = "7 of 25 ECTS toward the research component of the Master's in Education Policy at Mtkvari University";
const PROGRESS_KA = '25-დან 7 ECTS კრედიტი: მტკვრის უნივერსიტეტი, პროგრამა „განათლების პოლიტიკის სამაგისტრო პროგრამა“, კომპონენტი „კვლევითი კომპონენტი“';

/** Signs in on the login page (the test platform's demo password, not the default `microcred-demo`). */
async function signInAsLearner(page: Page, password: string): Promise<void> {
  await page.goto('/login?next=%2Fmy%2Fcredentials');
  await page.getByLabel('Email address').fill(LEARNER_EMAIL);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** GET through the page's own session cookie, as the browser's download would. */
async function fetchInPage(page: Page, href: string) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    return { status: response.status, disposition: response.headers.get('content-disposition'), body: await response.text() };
  }, href);
}

describeBrowser("the learner's progress, recognition decisions and personal data", () => {
  let harness: BrowserHarness;
  let credentialId: string;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: NOW });
    const credential = await harness.platform.db.selectFrom('credentials').select('id').where('learner_email', '=', LEARNER_EMAIL).executeTakeFirstOrThrow();
    credentialId = credential.id;
    // The ledger's signed tree head covers the demo issuance, so the recognition report verifies it.
    await signLedgerHead(harness.platform);
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it(
    'shows progress and decisions, downloads the data, refuses a wrong password and erases with the right one',
    async () => {
      const page = await harness.newPage({ lang: 'en' });
      await signInAsLearner(page, DEMO_PASSWORD);
      await page.waitForURL('**/my/credentials');
      await page.getByRole('heading', { level: 1, name: 'My credentials' }).waitFor();
      await page.locator(`a[href="/my/credentials/${credentialId}"]`).waitFor();

      // (1) Progress toward the Master's programme, in English, with its bar.
      const progress = page.locator('section.recognition-progress');
      await progress.getByRole('heading', { level: 2, name: 'Progress toward qualifications' }).waitFor();
      await progress.locator('.batch-progress__text', { hasText: '7 of 25' }).waitFor();
      expect(await progress.locator('.batch-progress__text').allTextContents()).toEqual([PROGRESS_EN]);
      const bar = progress.getByRole('progressbar', { name: PROGRESS_EN });
      expect(await bar.getAttribute('value')).toBe('7');
      expect(await bar.getAttribute('max')).toBe('25');

      // (2) No decisions yet.
      const decisions = page.locator('section[aria-labelledby="recognition-decisions-heading"]');
      await decisions.getByText('No university has recorded a recognition decision on your credentials yet.').waitFor();
      expect(await decisions.getByTestId('recognition-decision').count()).toBe(0);
      await expectNoAxeViolations(page);

      // The same in Georgian.
      await page.getByRole('button', { name: 'ქართული' }).click();
      await progress.getByRole('heading', { level: 2, name: 'პროგრესი კვალიფიკაციებისკენ' }).waitFor();
      await progress.locator('.batch-progress__text', { hasText: '25-დან 7' }).waitFor();
      expect(await progress.locator('.batch-progress__text').allTextContents()).toEqual([PROGRESS_KA]);
      expect(await progress.locator('.batch-progress__text').getAttribute('lang')).toBe('ka');
      await decisions.getByText('თქვენს კრედენციალებზე აღიარების გადაწყვეტილება ჯერ არცერთ უნივერსიტეტს არ მიუღია.').waitFor();
      await page.getByRole('heading', { level: 2, name: 'ჩემი პერსონალური მონაცემები' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await progress.locator('.batch-progress__text', { hasText: PROGRESS_EN }).waitFor();

      // Mtkvari University's administrator uploads the learner's credential and records a decision.
      const admin = await harness.platform.signIn('admin@university.demo');
      const download = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${credentialId}/download/json` });
      expect(download.statusCode, download.body).toBe(200);
      const uploaded = await admin.request({
        method: 'POST',
        url: '/api/recognition/reports?programme=MA%20Education%20Policy&framework=nqf&level=7&fileName=credential.json',
        headers: { 'content-type': 'application/json' },
        payload: download.body,
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const report = uploaded.json() as { id: string; credentialId: string | null };
      expect(report.credentialId).toBe(credentialId);
      const decided = await admin.request({
        method: 'POST',
        url: `/api/recognition/reports/${report.id}/decision`,
        payload: { outcome: 'recognised', credits: 5, programme: 'MA Education Policy', component: 'Research component', reason: 'The outcomes match the research methods module.' },
      });
      expect(decided.statusCode, decided.body).toBe(201);

      // The learner reloads: the decision, with its university, credits, programme and reason.
      await page.reload();
      const decision = decisions.getByTestId('recognition-decision');
      await decision.waitFor();
      expect(await decision.count()).toBe(1);
      await decision.getByText('Recognised: 5 ECTS toward MA Education Policy — Research component.').waitFor();
      await decision.getByText('Mtkvari University').waitFor();
      await decision.getByText('The outcomes match the research methods module.').waitFor();
      expect(await decision.locator(`a[href="/my/credentials/${credentialId}"]`).count()).toBe(1);
      expect(await decisions.getByText('No university has recorded').count()).toBe(0);
      await expectNoAxeViolations(page);

      // (3) "Download my data": a JSON file with the learner's account and credential.
      const downloadLink = page.getByRole('link', { name: 'Download my data (JSON)' });
      const href = await downloadLink.getAttribute('href');
      expect(href).toBe('/api/me/data');
      expect(await downloadLink.getAttribute('download')).not.toBeNull();
      const data = await fetchInPage(page, href!);
      expect(data.status).toBe(200);
      expect(data.disposition).toMatch(/^attachment; filename="microcred-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
      const parsed = JSON.parse(data.body) as { account: { email: string }; credentials: Array<{ id: string }> };
      expect(parsed.account.email).toBe(LEARNER_EMAIL);
      expect(parsed.credentials.map((credential) => credential.id)).toEqual([credentialId]);

      // (4) Erasure: the button waits for a password; a wrong one is refused beside the field.
      const eraseButton = page.getByRole('button', { name: 'Erase my personal data' });
      expect(await eraseButton.isDisabled()).toBe(true);
      const passwordField = page.getByLabel('Your password, to confirm');
      await passwordField.fill('not my password');
      await eraseButton.click();
      const fieldError = page.locator('#erasure-password-error');
      await fieldError.getByText('The password is not correct; nothing was erased.').waitFor();
      expect(await passwordField.getAttribute('aria-describedby')).toBe('erasure-password-error');
      await expectNoAxeViolations(page);
      // Nothing changed: the account, the credential and the session are all still there.
      const user = await harness.platform.db.selectFrom('users').select(['email', 'erased_at']).where('email', '=', LEARNER_EMAIL).executeTakeFirstOrThrow();
      expect(user.erased_at).toBeNull();
      const kept = await harness.platform.db.selectFrom('credentials').select(['learner_email', 'erased_at', 'document']).where('id', '=', credentialId).executeTakeFirstOrThrow();
      expect(kept).toMatchObject({ learner_email: LEARNER_EMAIL, erased_at: null });
      expect(kept.document).not.toBeNull();
      expect((await fetchInPage(page, '/api/me/data')).status).toBe(200);

      // The right password erases and signs the learner out.
      await passwordField.fill(DEMO_PASSWORD);
      await eraseButton.click();
      await page.getByRole('status').getByText('Your personal data has been erased and you are signed out.').waitFor();
      // The header says so at once, not only after the next page load.
      expect(new URL(page.url()).pathname).toBe('/my/erased');
      await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      expect((await fetchInPage(page, '/api/me/data')).status).toBe(401);
      const erased = await harness.platform.db.selectFrom('credentials').select(['learner_email', 'erased_at', 'document']).where('id', '=', credentialId).executeTakeFirstOrThrow();
      expect(erased).toMatchObject({ learner_email: null, document: null });
      expect(erased.erased_at).not.toBeNull();
      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);

      // Signing in again with the same address and password fails.
      await signInAsLearner(page, DEMO_PASSWORD);
      await page.locator('.error-summary', { hasText: 'The email address or password is wrong.' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.goto('/my/credentials');
      await page.getByRole('link', { name: 'Sign in to see your credentials.' }).waitFor();
      expect(await page.locator(`a[href="/my/credentials/${credentialId}"]`).count()).toBe(0);
    },
    BROWSER_TEST_TIMEOUT,
  );
});
