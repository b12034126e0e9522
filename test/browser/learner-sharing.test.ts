// A learner keeps and shares a credential in a real browser: they open the claim link of the
// issuing e-mail, create a learner account there and keep the credential in it, find it under
// "My credentials", create a share link; an employer (a fresh browser, not signed in) opens the
// link and reads the live verdict, in English and in Georgian; the learner sees the views and
// withdraws the link, and the employer's next visit gets the plain "no longer shared" page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, startBrowserHarness } from '../helpers/browser.js';
import { signLedgerHead } from '../helpers/platform.js';

const NOW = '2026-11-28T09:00:00Z';
const LEARNER_EMAIL = 'eka.jgharkava@example.ge';

describeBrowser('a learner shares a credential with an employer', () => {
  let harness: BrowserHarness;
  let claimPath: string;
  let credentialId: string;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: NOW });
    const admin = await harness.platform.signIn('admin@university.demo');
    const code = harness.platform.demo!.codes['ai-research']!;
    const response = await admin.request({
      method: 'POST',
      url: '/api/workspace/credentials',
      payload: { courseCode: code, learnerName: 'Eka Jgharkava', learnerEmail: LEARNER_EMAIL, awardDate: '2026-11-20' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const awarded = response.json() as { id: string; claimUrl: string };
    credentialId = awarded.id;
    claimPath = new URL(awarded.claimUrl).pathname;
    // The ledger's signed tree head covers the issuance (the scheduler does this once a minute).
    await signLedgerHead(harness.platform);
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it(
    'claims, shares, the employer sees the verdict, the learner withdraws the link and it stops working',
    async () => {
      // The learner opens the claim link and keeps the credential in a new account.
      const learner = await harness.newPage({ lang: 'en' });
      await learner.goto(claimPath);
      await learner.getByRole('heading', { level: 2, name: 'Keep it in your account' }).waitFor();
      expect(await learner.getByLabel('E-mail address').inputValue()).toBe(LEARNER_EMAIL);
      // A short password is refused beside its field, before anything is sent.
      await learner.getByLabel('Your name').fill('Eka Jgharkava');
      await learner.getByLabel('Password').fill('short');
      await learner.getByRole('button', { name: 'Create my account and keep the credential' }).click();
      await learner.locator('#account-password-error', { hasText: 'at least 10 characters' }).waitFor();
      await learner.getByLabel('Password').fill('eka-learner-password');
      await learner.getByRole('button', { name: 'Create my account and keep the credential' }).click();
      await learner.getByText('This credential is in your account.').waitFor();
      await learner.getByRole('button', { name: 'Sign out' }).waitFor();

      // "My credentials" in the header lists it; its page offers the downloads and sharing.
      await learner.getByRole('link', { name: 'My credentials', exact: true }).click();
      await learner.waitForURL('**/my/credentials');
      await learner.getByRole('heading', { level: 1, name: 'My credentials' }).waitFor();
      await learner.locator(`a[href="/my/credentials/${credentialId}"]`).click();
      await learner.waitForURL(`**/my/credentials/${credentialId}`);
      await learner.getByRole('heading', { level: 2, name: 'Share with an employer' }).waitFor();
      await learner.getByRole('link', { name: 'PDF certificate' }).waitFor();
      await expectNoAxeViolations(learner);

      // A share link for seven days, for Acme.
      await learner.getByLabel('The link works for').selectOption({ label: '7 days' });
      await learner.getByLabel('Whom it is for (optional)').fill('Acme Ltd');
      await learner.getByRole('button', { name: 'Create a share link' }).click();
      await learner.getByRole('heading', { name: 'Your share link is ready' }).waitFor();
      const shareUrl = await learner.getByLabel('Share link', { exact: true }).inputValue();
      expect(shareUrl).toMatch(/\/shared\/[A-Za-z0-9_-]{43}$/);
      const row = learner.locator('tr[data-status]', { hasText: 'Acme Ltd' });
      await row.getByText('Active').waitFor();
      expect(await row.locator('[data-views]').textContent()).toBe('0');

      // The employer, in a browser of their own, opens the link and reads the live verdict.
      const sharedPath = new URL(shareUrl).pathname;
      const employer = await harness.newPage({ lang: 'en' });
      await employer.goto(sharedPath);
      await employer.getByRole('heading', { level: 1, name: 'A shared micro-credential' }).waitFor();
      await employer.locator('[data-verdict="valid"]').waitFor();
      expect(await employer.locator('[data-check]').count()).toBe(5);
      await employer.getByText('Eka Jgharkava').first().waitFor();
      const text = await employer.locator('main').textContent();
      expect(text).not.toContain(LEARNER_EMAIL);
      expect(text).not.toContain('Sign out');
      await expectNoAxeViolations(employer);

      // The same link in Georgian.
      const employerKa = await harness.newPage({ lang: 'ka' });
      await employerKa.goto(sharedPath);
      await employerKa.getByRole('heading', { level: 1, name: 'გაზიარებული მიკროკრედენციალი' }).waitFor();
      await employerKa.locator('[data-verdict="valid"]').waitFor();

      // The learner sees both views, and withdraws the link.
      await learner.reload();
      await row.getByText('Active').waitFor();
      expect(await row.locator('[data-views]').textContent()).toBe('2');
      await row.getByRole('button', { name: /^Withdraw the link created/ }).click();
      await learner.getByText('The link is withdrawn: it no longer opens the credential.').waitFor();
      await row.getByText('Withdrawn').waitFor();

      // The employer's next visit: no longer shared, and nothing of the credential.
      await employer.reload();
      await employer.getByRole('heading', { level: 1, name: 'This credential is no longer shared' }).waitFor();
      expect(await employer.locator('[data-verdict]').count()).toBe(0);
      expect(await employer.locator('main').textContent()).not.toContain('Eka Jgharkava');
      await expectNoAxeViolations(employer);
    },
    BROWSER_TEST_TIMEOUT,
  );
});
