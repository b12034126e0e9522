// Verification in a real browser, without signing in: the PDF certificate and the PNG badge are
// dropped on /verify and found valid, each check on its own line; a tampered JSON pasted in is
// found not valid, the signature failed; a file that is no credential is refused beside the field;
// and the QR code's address, /verify/:id, verifies the stored credential, in Georgian too.
//
// The server's clock and the page's are fixed, so that the sample course's right is valid.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, startBrowserHarness } from '../helpers/browser.js';
import { awardCredential } from '../helpers/credentials.js';
import { signLedgerHead } from '../helpers/platform.js';

const NOW = '2026-11-28T09:00:00Z';
const checks = ['proof', 'status', 'right', 'elements', 'ledger'] as const;

describeBrowser('verification in a browser', () => {
  let harness: BrowserHarness;
  let id: string;
  const files: Record<'json' | 'pdf' | 'png', Buffer> = {} as never;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: NOW });
    const { platform } = harness;
    const admin = await platform.signIn('admin@university.demo');
    const awarded = await awardCredential(platform, admin, { learner: 'Giorgi Beridze' });
    id = awarded.id;
    files.json = Buffer.from(awarded.text, 'utf8');
    for (const format of ['pdf', 'png'] as const) {
      const download = await admin.request({ method: 'GET', url: `/api/workspace/credentials/${id}/download/${format}` });
      expect(download.statusCode).toBe(200);
      files[format] = download.rawPayload;
    }
    await signLedgerHead(platform);
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  async function openVerifyPage(lang: 'ka' | 'en' = 'en'): Promise<Page> {
    const page = await harness.newPage({ lang });
    await page.clock.setFixedTime(new Date(NOW));
    await page.goto('/');
    await page.getByRole('link', { name: lang === 'en' ? 'Verify' : 'შემოწმება', exact: true }).click();
    await page.waitForURL('**/verify');
    return page;
  }

  async function verdict(page: Page): Promise<{ verdict: string; outcomes: Record<string, string>; text: string }> {
    const banner = page.locator('.verification__verdict');
    await banner.waitFor();
    const outcomes: Record<string, string> = {};
    for (const check of checks) outcomes[check] = (await page.locator(`.verification__check[data-check="${check}"]`).getAttribute('data-outcome')) ?? '';
    return { verdict: (await banner.getAttribute('data-verdict')) ?? '', outcomes, text: await banner.innerText() };
  }

  async function verifyFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
    await page.getByLabel('Credential file').setInputFiles({ name, mimeType, buffer });
    await page.getByRole('button', { name: 'Verify the file' }).click();
  }

  it('finds the PDF certificate and the PNG badge valid, each check on its own line', async () => {
    const page = await openVerifyPage();
    await page.getByRole('heading', { level: 1, name: 'Verify a micro-credential' }).waitFor();
    await expectNoAxeViolations(page);

    await verifyFile(page, 'certificate.pdf', 'application/pdf', files.pdf);
    const pdf = await verdict(page);
    expect(pdf.verdict).toBe('valid');
    expect(pdf.text).toContain('This micro-credential is valid.');
    expect(pdf.text).toContain('PDF certificate');
    expect(pdf.outcomes).toEqual({ proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' });
    await page.locator('.verification__check[data-check="proof"]', { hasText: 'Signature' }).waitFor();
    await page.locator('.verification__check[data-check="status"]', { hasText: 'Neither revoked nor suspended.' }).waitFor();
    await page.locator('.credential-elements').getByText('Giorgi Beridze').waitFor();
    await page.getByRole('heading', { name: 'Ledger record' }).waitFor();
    await page.locator('.summary-list__key', { hasText: 'Root hash' }).waitFor();
    await expectNoAxeViolations(page);

    await verifyFile(page, 'badge.png', 'image/png', files.png);
    await page.locator('.verification__verdict', { hasText: 'PNG badge' }).waitFor();
    const png = await verdict(page);
    expect(png.verdict).toBe('valid');
    expect(png.outcomes.proof).toBe('passed');
  }, BROWSER_TEST_TIMEOUT);

  it('finds a tampered JSON not valid, the signature failed; refuses a file that is no credential', async () => {
    const page = await openVerifyPage();
    const credential = JSON.parse(files.json.toString('utf8')) as Record<string, Record<string, unknown>>;
    credential.credentialSubject!.name = 'Someone Else';
    await page.getByLabel('The credential as JSON').fill(JSON.stringify(credential));
    await page.getByRole('button', { name: 'Verify the JSON' }).click();
    const tampered = await verdict(page);
    expect(tampered.verdict).toBe('invalid');
    expect(tampered.text).toContain('This micro-credential is not valid.');
    expect(tampered.outcomes.proof).toBe('failed');
    await page.locator('.verification__check[data-check="proof"]', { hasText: 'Failed' }).waitFor();
    await expectNoAxeViolations(page);

    // An image with nothing baked in: refused beside the field, and summarised at the top.
    await verifyFile(page, 'photo.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'));
    await page.locator('#verify-file-error', { hasText: 'The image has no credential baked into it.' }).waitFor();
    expect(await page.getByLabel('Credential file').getAttribute('aria-invalid')).toBe('true');
    await page.locator('.error-summary').waitFor();
    await expectNoAxeViolations(page);
  }, BROWSER_TEST_TIMEOUT);

  it('verifies the stored credential at the QR code’s address, in Georgian, and says so for an unknown one', async () => {
    const page = await harness.newPage({ lang: 'ka' });
    await page.clock.setFixedTime(new Date(NOW));
    await page.goto(`/verify/${id}`);
    const stored = await verdict(page);
    expect(stored.verdict).toBe('valid');
    expect(stored.text).toContain('ეს მიკროკრედენციალი ნამდვილია.');
    await page.locator('.verification__check[data-check="status"]', { hasText: 'არც გაუქმებულია და არც შეჩერებული.' }).waitFor();
    await expectNoAxeViolations(page);

    await page.goto('/verify/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'ასეთი კრედენციალი არ არსებობს' }).waitFor();
  }, BROWSER_TEST_TIMEOUT);
});
