// Browser tests drive the system's Chromium (never a downloaded one) against a real server
// on a random port, with the demo data in a fresh database. Without /usr/bin/chromium they
// skip, saying so, unless REQUIRE_BROWSER=1 (then they fail).
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { webRoot } from '../../src/http/app.js';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from './platform.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM_PATH);
const requireBrowser = process.env.REQUIRE_BROWSER === '1';
/** A browser test runs several pages and axe scans; it gets more time than a unit test. */
export const BROWSER_TEST_TIMEOUT = 90_000;
export const BROWSER_HOOK_TIMEOUT = 120_000;

/** `describe` that runs only where Chromium is installed. */
export function describeBrowser(name: string, body: () => void): void {
  if (hasChromium) {
    describe(name, body);
    return;
  }
  if (requireBrowser) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium not found at ${CHROMIUM_PATH}, and REQUIRE_BROWSER=1`);
      });
    });
    return;
  }
  console.log(`Chromium not found at ${CHROMIUM_PATH}: browser tests skipped`);
  describe.skip(name, body);
}

export interface BrowserHarness {
  platform: TestPlatform;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies and storage), language set to `lang` before the first page. */
  newPage(options?: { lang?: 'ka' | 'en' }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `now` fixes the server's clock (default: the real time). The session cookie carries Max-Age,
 * so the browser keeps it whatever the server's date; a test that moves the server's clock signs
 * in again after each move (sessions last hours of server time) and may set the page's clock to
 * match (`page.clock.setFixedTime`), for what the page computes from today's date.
 */
export async function startBrowserHarness(options: { now?: string } = {}): Promise<BrowserHarness> {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`${webRoot}/index.html is missing: run \`npx vite build\` before the browser tests (npm test does).`);
  }
  const platform = await createTestPlatform({ now: options.now ?? new Date().toISOString() });
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const address = platform.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];

  return {
    platform,
    baseUrl,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      // Tests reach only the server under test.
      await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
      if (options.lang) {
        const lang = options.lang;
        await context.addInitScript((value) => {
          if (!window.sessionStorage.getItem('microcred.test.lang-set')) {
            window.localStorage.setItem('microcred.lang', value);
            window.sessionStorage.setItem('microcred.test.lang-set', '1');
          }
        }, lang);
      }
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await platform.close();
    },
  };
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and expects no violation, listing any it finds. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(report, report.join('\n')).toEqual([]);
}

/**
 * Signs a demo user in through the login page (English) and waits until `next` has loaded with
 * the user signed in. A test that fixes the page's clock does so before calling this.
 */
export async function signIn(page: Page, email: string, next = '/workspace'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`**${next}`);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
