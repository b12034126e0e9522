// "Add to a wallet (OID4VCI)" in a real browser: the learner opens the claim link, asks for an
// offer and sees the QR code, the openid-credential-offer:// link and the PIN; a wallet takes the
// offer shown on the page with that PIN. In English and in Georgian, with no accessibility faults.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, startBrowserHarness } from '../helpers/browser.js';

const PRE_AUTH_GRANT = 'urn:ietf:params:oauth:grant-type:pre-authorized_code';

describeBrowser('a learner adds a credential to a wallet', () => {
  let harness: BrowserHarness;
  let claimPath: string;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: '2026-11-28T09:00:00Z' });
    const admin = await harness.platform.signIn('admin@university.demo');
    const response = await admin.request({
      method: 'POST',
      url: '/api/workspace/credentials',
      payload: { courseCode: harness.platform.demo!.codes['ai-research'], learnerName: 'Nino Wallet', learnerEmail: 'nino.wallet@example.ge', awardDate: '2026-11-20' },
    });
    expect(response.statusCode, response.body).toBe(201);
    claimPath = new URL((response.json() as { claimUrl: string }).claimUrl).pathname;
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  it(
    'shows the offer with its QR code and PIN, and a wallet takes it',
    async () => {
      const page = await harness.newPage({ lang: 'en' });
      await page.goto(claimPath);
      await page.getByRole('heading', { level: 2, name: 'Add to a digital wallet' }).waitFor();
      await page.getByRole('button', { name: 'Add to a wallet (OID4VCI)' }).click();
      await page.getByRole('img', { name: 'QR code of the credential offer for a wallet' }).waitFor();
      const offerUri = (await page.getByTestId('wallet-offer-uri').textContent())!;
      const pin = (await page.getByTestId('wallet-pin').textContent())!;
      expect(offerUri).toMatch(/^openid-credential-offer:\/\/\?credential_offer=/);
      expect(pin).toMatch(/^\d{6}$/);
      expect(await page.getByRole('link', { name: 'Open in a wallet app' }).getAttribute('href')).toBe(offerUri);
      await expectNoAxeViolations(page);

      // The wallet: the code from the offer, the PIN the learner reads from the page.
      const offer = JSON.parse(new URL(offerUri).searchParams.get('credential_offer')!) as { grants: Record<string, { 'pre-authorized_code': string }> };
      const token = await fetch(`${harness.baseUrl}/oid4vci/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: PRE_AUTH_GRANT, 'pre-authorized_code': offer.grants[PRE_AUTH_GRANT]!['pre-authorized_code'], tx_code: pin }),
      });
      expect(token.status).toBe(200);
      const { access_token: accessToken } = (await token.json()) as { access_token: string };
      const credential = await fetch(`${harness.baseUrl}/oid4vci/credential`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ credential_configuration_id: 'OpenBadgeCredential_ldp_vc' }),
      });
      expect(credential.status).toBe(200);
      const body = (await credential.json()) as { credentials: Array<{ credential: { credentialSubject: { identifier: Array<{ identityHash: string }> } } }> };
      expect(body.credentials[0]!.credential.credentialSubject.identifier.map((identifier) => identifier.identityHash)).toContain('Nino Wallet');

      // A new offer replaces the shown one; the old PIN is not reused.
      await page.getByRole('button', { name: 'Make a new offer' }).click();
      await page.waitForFunction((old) => document.querySelector('[data-testid="wallet-offer-uri"]')?.textContent !== old, offerUri);

      const georgian = await harness.newPage({ lang: 'ka' });
      await georgian.goto(claimPath);
      await georgian.getByRole('heading', { level: 2, name: 'ციფრულ საფულეში დამატება' }).waitFor();
      await georgian.getByRole('button', { name: 'საფულეში დამატება (OID4VCI)' }).click();
      await georgian.getByText('PIN საფულისთვის').waitFor();
      await expectNoAxeViolations(georgian);
    },
    BROWSER_TEST_TIMEOUT,
  );
});
