// Credentials in a real browser: a provider administrator awards the sample course to one
// learner through the form (the server's field errors beside their fields first), the learner
// opens the claim link without signing in, sees the EU elements in English and Georgian and
// downloads the PDF certificate and the PNG badge; the administrator suspends and revokes a
// credential from its page; and a CSV file with one bad row is refused whole, then, corrected,
// issued in the background while the page follows the progress to the end.
//
// The server's clock and the page's are fixed, so that "today" (the default date of award and
// the latest allowed) is the same on both sides and the sample course's right is valid.
import fs from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoCourses } from '../../src/db/seed/demo-data.js';
import { BROWSER_HOOK_TIMEOUT, BROWSER_TEST_TIMEOUT, type BrowserHarness, describeBrowser, expectNoAxeViolations, signIn as signInThroughLoginPage, startBrowserHarness } from '../helpers/browser.js';

const NOW = '2026-11-28T09:00:00Z';
const TODAY = '2026-11-28';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function signIn(page: Page, email: string, next = '/workspace'): Promise<void> {
  await page.clock.setFixedTime(new Date(NOW));
  await signInThroughLoginPage(page, email, next);
}

/** Clicks a download link and returns the file's first bytes. */
async function download(page: Page, linkName: string, bytes: number): Promise<{ file: Download; head: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName, exact: true }).click()]);
  const path = await file.path();
  const head = fs.readFileSync(path).subarray(0, bytes);
  return { file, head };
}

function csvFile(lines: string[]) {
  return { name: 'awards.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8') };
}

describeBrowser('credentials in a browser', () => {
  let harness: BrowserHarness;
  let code: string;
  const sample = demoCourses.find((course) => course.key === 'ai-research')!;
  const title = sample.versions[sample.versions.length - 1]!.title;

  beforeAll(async () => {
    harness = await startBrowserHarness({ now: NOW });
    code = harness.platform.demo!.codes['ai-research']!;
  }, BROWSER_HOOK_TIMEOUT);

  afterAll(async () => {
    await harness?.close();
  }, BROWSER_HOOK_TIMEOUT);

  async function credentialsOf(emails: string[]) {
    return harness.platform.db.selectFrom('credentials').select(['id', 'learner_email', 'state']).where('learner_email', 'in', emails).execute();
  }

  it('awards the sample course to one learner, who opens the claim link and downloads the certificate and badge', async () => {
    const admin = await harness.newPage({ lang: 'en' });
    await signIn(admin, 'admin@university.demo');

    // The workspace offers the award on each published course.
    await admin.getByRole('link', { name: `Award ${code}` }).click();
    await admin.waitForURL(`**/workspace/courses/${code}/award`);
    await admin.getByRole('heading', { level: 1, name: 'Award this course' }).waitFor();
    expect(await admin.getByLabel('Date of award').inputValue()).toBe(TODAY);

    // Nothing filled in: the form says so beside each field, before sending.
    await admin.getByRole('button', { name: 'Award the credential' }).click();
    await admin.locator('[id="award-learnerName-error"]', { hasText: 'Enter the learner’s name.' }).waitFor();
    await admin.locator('[id="award-learnerEmail-error"]', { hasText: 'Enter an e-mail address' }).waitFor();

    // A date after today: the server refuses it, and its error stands beside the date.
    await admin.getByLabel('Learner’s full name').fill('Mariam Lomidze');
    await admin.getByLabel('Learner’s e-mail address').fill('mariam.lomidze@example.ge');
    await admin.getByLabel('Date of award').fill('2026-12-05');
    await admin.getByRole('button', { name: 'Award the credential' }).click();
    const dateError = admin.locator('[id="award-awardDate-error"]');
    await dateError.waitFor();
    expect(await dateError.innerText()).toContain('cannot be after today');
    expect(await admin.getByLabel('Date of award').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.locator('[id="award-learnerName-error"]').count()).toBe(0);
    expect(await admin.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectNoAxeViolations(admin);
    expect(await credentialsOf(['mariam.lomidze@example.ge'])).toHaveLength(0);

    // Corrected: issued, with the learner's link (shown this once) and the downloads.
    await admin.getByLabel('Date of award').fill('2026-11-20');
    await admin.getByRole('button', { name: 'Award the credential' }).click();
    await admin.getByRole('heading', { name: 'The credential is issued' }).waitFor();
    const claimUrl = (await admin.locator('#claim-link').getAttribute('href'))!;
    expect(claimUrl).toMatch(/\/claim\/[\w-]{20,}$/);
    await admin.getByRole('link', { name: 'PDF certificate' }).waitFor();
    await expectNoAxeViolations(admin);

    // The same link is in the e-mail to the learner.
    const emails = await harness.platform.db.selectFrom('email_outbox').select(['to_address', 'body_text']).where('to_address', '=', 'mariam.lomidze@example.ge').execute();
    expect(emails).toHaveLength(1);
    expect(emails[0]!.body_text).toContain(claimUrl);

    // The learner, not signed in, opens the link.
    const learner = await harness.newPage({ lang: 'en' });
    await learner.goto(new URL(claimUrl).pathname);
    await learner.getByRole('heading', { level: 1, name: title.en }).waitFor();
    await learner.getByText('This credential is valid.').waitFor();
    const elements = learner.locator('.credential-elements');
    await elements.getByText('Mariam Lomidze').waitFor();
    await elements.getByRole('heading', { name: 'Learning outcomes' }).waitFor();
    for (const label of ['Knowledge and understanding', 'Skills', 'Responsibility and autonomy', 'ECTS credits', 'NQF level', 'EQF level', 'QF-EHEA cycle', 'Type of assessment', 'Mode of participation', 'Internal quality assurance', 'External quality assurance', 'Awarding bodies', 'Delivering institutions', 'Country', 'Region', 'Date of award']) {
      await elements.locator('.summary-list__key', { hasText: new RegExp(`^${label}$`) }).waitFor();
    }
    await elements.getByText('20 November 2026').waitFor();
    await expectNoAxeViolations(learner);

    const pdf = await download(learner, 'PDF certificate', 4);
    expect(pdf.head.toString('latin1')).toBe('%PDF');
    expect(pdf.file.suggestedFilename()).toMatch(/\.pdf$/);
    const png = await download(learner, 'Badge (PNG)', 8);
    expect(png.head.equals(PNG_SIGNATURE)).toBe(true);
    expect(png.file.suggestedFilename()).toMatch(/\.png$/);

    // In Georgian, the same credential in Georgian.
    await learner.getByRole('button', { name: 'ქართული' }).click();
    await learner.getByRole('heading', { level: 1, name: title.ka }).waitFor();
    await learner.getByText('ეს კრედენციალი მოქმედია.').waitFor();
    await learner.getByRole('link', { name: 'PDF სერტიფიკატი' }).waitFor();
    await expectNoAxeViolations(learner);

    // A link that opens nothing says so.
    await learner.goto('/claim/this-is-not-a-real-claim-token');
    await learner.getByRole('heading', { level: 1, name: 'ეს ბმული კრედენციალს არ ხსნის' }).waitFor();
  }, BROWSER_TEST_TIMEOUT);

  it('lists the credentials, and suspends and revokes one with a reason', async () => {
    const admin = await harness.newPage({ lang: 'en' });
    await signIn(admin, 'admin@university.demo');
    await admin.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Credentials' }).click();
    await admin.waitForURL('**/workspace/credentials');
    await admin.getByRole('heading', { level: 1, name: 'Credentials' }).waitFor();
    // The demo learner's credential is there from the start.
    const table = admin.getByRole('region', { name: 'Issued credentials' });
    await table.waitFor();
    await expectNoAxeViolations(admin);

    // Filters live in the URL.
    await admin.getByLabel('State').selectOption('revoked');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await admin.waitForURL('**/workspace/credentials?state=revoked');
    await admin.getByText('No credentials match these filters.').waitFor();
    await admin.getByRole('link', { name: 'Clear filters' }).click();
    await admin.waitForURL(/\/workspace\/credentials$/);

    const row = admin.getByRole('row').filter({ has: admin.getByRole('link') }).first();
    const learnerName = (await row.getByRole('link').innerText()).trim();
    await row.getByRole('link').click();
    await admin.waitForURL(/\/workspace\/credentials\/[0-9a-f-]{36}$/);
    await admin.getByRole('heading', { level: 1, name: learnerName }).waitFor();
    await admin.getByText('Its state has not changed since it was issued.').waitFor();
    await admin.getByRole('heading', { name: 'What the credential says' }).waitFor();
    await expectNoAxeViolations(admin);

    // A change needs its reason.
    await admin.getByRole('button', { name: 'Suspend' }).click();
    await admin.locator('[id="status-reason-error"]', { hasText: 'Give the reason' }).waitFor();
    await admin.getByLabel('Reason for the change').fill('The final grade is being reviewed.');
    await admin.getByRole('button', { name: 'Suspend' }).click();
    await admin.getByText('The credential is suspended.').waitFor();
    await admin.getByText('This credential is suspended.').waitFor();
    await admin.getByRole('cell', { name: 'The final grade is being reviewed.' }).waitFor();

    // Revoking asks once more, as it is final; Cancel leaves it as it was.
    await admin.getByLabel('Reason for the change').fill('The grade was withdrawn after review.');
    await admin.getByRole('button', { name: 'Revoke…' }).click();
    await admin.getByRole('heading', { name: 'Revoke this credential?' }).waitFor();
    await expectNoAxeViolations(admin);
    await admin.getByRole('button', { name: 'Cancel' }).click();
    await admin.getByRole('button', { name: 'Reinstate' }).waitFor();
    await admin.getByRole('button', { name: 'Revoke…' }).click();
    await admin.getByRole('button', { name: 'Yes, revoke it' }).click();
    await admin.getByText('The credential is revoked.').waitFor();
    await admin.getByText('A revoked credential stays revoked.').waitFor();
    await admin.getByRole('cell', { name: 'The grade was withdrawn after review.' }).waitFor();
    await expectNoAxeViolations(admin);
  }, BROWSER_TEST_TIMEOUT);

  it('refuses a CSV file with a bad row whole, then issues the corrected file in the background', async () => {
    const admin = await harness.newPage({ lang: 'en' });
    await signIn(admin, 'admin@university.demo', '/workspace/credentials/bulk');
    await admin.getByRole('heading', { level: 1, name: 'Bulk award' }).waitFor();

    // The template is made in the page: the header and an example row for a published course.
    const template = (await admin.getByRole('link', { name: 'Download a template (CSV)' }).getAttribute('href'))!;
    expect(template.startsWith('data:text/csv')).toBe(true);
    const templateText = decodeURIComponent(template.slice(template.indexOf(',') + 1));
    expect(templateText.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('course_code,learner_name,learner_email,award_date');
    await expectNoAxeViolations(admin);

    const learners = ['levan.bulk@example.ge', 'ana.bulk@example.ge', 'irakli.bulk@example.ge'];
    const header = 'course_code,learner_name,learner_email,award_date';
    const bad = [header, `${code},Levan Tsiklauri,${learners[0]},2026-11-25`, `${code},Ana Gelashvili,ana.bulk-at-example.ge,2026-11-25`, `${code},Irakli Bakradze,${learners[2]},2026-11-25`];

    // Checking without a file says so beside the field.
    await admin.getByRole('button', { name: 'Check' }).click();
    await admin.locator('#bulk-file-error', { hasText: 'Choose a CSV file.' }).waitFor();

    await admin.getByLabel('CSV file').setInputFiles(csvFile(bad));
    await admin.getByRole('button', { name: 'Check' }).click();
    await admin.getByRole('heading', { name: 'The file has errors; nothing was issued' }).waitFor();
    const errors = admin.getByRole('region', { name: 'Errors by line of the file' });
    const errorRow = errors.getByRole('row').filter({ hasText: 'learner_email' });
    expect(await errorRow.count()).toBe(1);
    // The third line of the file (row 1 counted from 0, after the header).
    expect(await errorRow.getByRole('cell').first().innerText()).toBe('3');
    expect(await errorRow.innerText()).toContain('An e-mail address such as');
    expect(await admin.getByRole('button', { name: 'Issue the credentials' }).count()).toBe(0);
    expect(await credentialsOf(learners)).toHaveLength(0);
    await expectNoAxeViolations(admin);

    // Corrected, it checks clean: a preview of every row, then Issue.
    const good = [...bad];
    good[2] = `${code},Ana Gelashvili,${learners[1]},2026-11-25`;
    await admin.getByLabel('CSV file').setInputFiles(csvFile(good));
    await admin.getByRole('button', { name: 'Check' }).click();
    await admin.getByRole('heading', { name: 'The file is ready to issue' }).waitFor();
    const preview = admin.getByRole('region', { name: 'Learners to award' });
    for (const name of ['Levan Tsiklauri', 'Ana Gelashvili', 'Irakli Bakradze']) await preview.getByRole('cell', { name }).waitFor();
    expect(await credentialsOf(learners)).toHaveLength(0);
    await expectNoAxeViolations(admin);

    await admin.getByRole('button', { name: 'Issue the credentials' }).click();
    await admin.getByRole('heading', { name: 'Issuing the credentials' }).waitFor();
    await admin.getByText('3 of 3 issued').waitFor();
    await admin.getByText('All 3 credentials are issued.').waitFor();
    const progress = admin.getByLabel('Credentials issued');
    expect(await progress.getAttribute('value')).toBe('3');
    expect(await progress.getAttribute('max')).toBe('3');
    expect(await credentialsOf(learners)).toHaveLength(3);
    await expectNoAxeViolations(admin);

    // The list has them.
    await admin.getByRole('link', { name: 'See the credentials' }).click();
    await admin.waitForURL(/\/workspace\/credentials$/);
    await admin.getByLabel('Learner').fill('bulk@example.ge');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await admin.getByText('3 credentials').waitFor();
  }, BROWSER_TEST_TIMEOUT);
});
