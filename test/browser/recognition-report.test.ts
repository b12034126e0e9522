// A recognition officer in a real browser: signs in as the administrator of a university, opens
// Recognition, uploads a credential that was re-signed without two elements, reads the report —
// each element and criterion on its own line, the recommendation to route to RPL naming the two —
// records a decision, and reads the same report in Georgian; then downloads its PDF.
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { credentialIssuerId, signCredential } from '../../src/trust/credentials.js';
import { appendToLedger, credentialIssuedEvent } from '../../src/use-cases/ledger.js';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, signIn as signInThroughLoginPage, startBrowserHarness } from '../helpers/browser.js';
import { awardCredential } from '../helpers/credentials.js';
import { PUBLIC_URL, signLedgerHead } from '../helpers/platform.js';

const NOW = '2026-11-28T09:00:00Z';
type Json = Record<string, unknown>;

describeBrowser('a recognition report in a browser', () => {
  let harness: BrowserHarness;
  let complete: Buffer;
  let incomplete: Buffer;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: NOW });
    const { platform } = harness;
    const admin = await platform.signIn('admin@university.demo');
    complete = Buffer.from((await awardCredential(platform, admin, { learner: 'Ana Gelashvili' })).text, 'utf8');

    // The issuer's own key signs a copy without the type of assessment and the external quality assurance.
    const { proof: _proof, ...copy } = JSON.parse(complete.toString('utf8')) as Json;
    copy.id = `${PUBLIC_URL}/credentials/${randomUUID()}`;
    const mc = ((copy.credentialSubject as Json).achievement as Json).microCredential as Json;
    delete mc.assessmentType;
    delete (mc.qualityAssurance as Json).external;
    const key = await platform.trust.keyStore.getActiveKey(credentialIssuerId(copy)!);
    const signed = await signCredential(copy, { key: key!, documentLoader: platform.trust.documentLoader, date: platform.clock.now() });
    await platform.db.transaction().execute((trx) => appendToLedger(trx, [credentialIssuedEvent(JSON.stringify(signed), platform.clock.now())]));
    incomplete = Buffer.from(JSON.stringify(signed));
    await signLedgerHead(platform);
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  async function signIn(page: Page): Promise<void> {
    await page.clock.setFixedTime(new Date(NOW));
    await signInThroughLoginPage(page, 'admin@university.demo', '/workspace/recognition');
    await page.getByRole('heading', { name: 'Recognition', exact: true }).waitFor();
  }

  async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
    await page.getByLabel('Credential file').setInputFiles({ name, mimeType: 'application/json', buffer });
    await page.getByLabel('Target programme and component').fill('MA in Education Policy, research component');
    await page.getByLabel('Level of the programme').fill('7');
    await page.getByRole('button', { name: 'Make the report' }).click();
    await page.waitForURL(/\/workspace\/recognition\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Recognition report', exact: true }).waitFor();
  }

  it(
    'uploads a credential missing two elements, reads the report line by line, records a decision, and reads it in Georgian',
    async () => {
      const page = await harness.newPage({ lang: 'en' });
      await signIn(page);

      // Nothing chosen: the form says so beside the field.
      await page.getByRole('button', { name: 'Make the report' }).click();
      await expect.poll(() => page.locator('#rr-file-error').innerText()).toContain('Choose the credential file.');

      await upload(page, 'ana-incomplete.json', incomplete);
      const elements = page.locator('[data-element]');
      expect(await elements.count()).toBe(12);
      expect(await page.locator('[data-element][data-found="no"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-element')))).toEqual(['assessment', 'qualityAssurance']);
      expect(await page.locator('[data-element="assessment"]').innerText()).toContain('Type of assessment');
      expect(await page.locator('[data-element="assessment"]').innerText()).toContain('Missing');
      expect(await page.locator('[data-criterion]').count()).toBe(7);
      expect(await page.locator('[data-criterion="assessmentMethods"]').getAttribute('data-status')).toBe('not-met');
      expect(await page.locator('[data-criterion="certificateVerification"]').getAttribute('data-status')).toBe('met');
      const recommendation = page.locator('[data-recommendation]');
      expect(await recommendation.getAttribute('data-recommendation')).toBe('rpl');
      const text = await recommendation.innerText();
      expect(text).toContain('Route to recognition of prior learning (RPL)');
      expect(text).toContain('Type of assessment; Type of quality assurance');
      await expectNoAxeViolations(page);

      // The decision: recorded once, shown instead of the form.
      await page.getByLabel('ECTS credits recognised').fill('3');
      await page.getByLabel('Component (optional)').fill('Research methods');
      await page.getByLabel('Reason').fill('Validated through RPL: the outcomes match the research methods module.');
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await page.locator('[data-decision="recognised"]').waitFor();
      expect(await page.locator('#rr-decision-heading + dl').innerText()).toContain('3 ECTS');

      // The same report in Georgian.
      await page.getByRole('button', { name: 'ქართული', exact: true }).click();
      await page.getByRole('heading', { name: 'აღიარების ანგარიში', exact: true }).waitFor();
      expect(await page.locator('[data-element="assessment"]').innerText()).toContain('შეფასების ფორმა');
      expect(await recommendation.innerText()).toContain('წინარე სწავლის აღიარება');

      // The PDF.
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF-ის ჩამოტვირთვა' }).click()]);
      expect(fs.readFileSync((await file.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'recommends the Lisbon Recognition Convention for a complete credential, and lists both reports',
    async () => {
      const page = await harness.newPage({ lang: 'en' });
      await signIn(page);
      await upload(page, 'ana.json', complete);
      expect(await page.locator('[data-element][data-found="no"]').count()).toBe(0);
      expect(await page.locator('[data-verification]').getAttribute('data-verification')).toBe('verified');
      expect(await page.locator('[data-recommendation]').innerText()).toContain('Assess under the Lisbon Recognition Convention');
      await page.getByRole('link', { name: 'All recognition reports' }).click();
      await page.getByRole('heading', { name: 'Earlier reports' }).waitFor();
      await expect.poll(() => page.locator('table tbody tr').count()).toBe(2);
    },
    BROWSER_TEST_TIMEOUT,
  );
});
