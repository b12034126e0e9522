// Every route the OpenAPI document lists, asked without signing in: the public ones answer, every
// other GET says 401, and no state-changing route does anything (never a 2xx) for an anonymous caller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(async () => {
  await platform.close();
});

/** GET routes anyone may read. */
const publicGets = [
  /^\/api\/courses(\/|$)/,
  /^\/api\/registry\/export$/,
  /^\/api\/providers$/,
  /^\/api\/reference\//,
  /^\/api\/decisions$/,
  /^\/api\/monitorings\/results$/,
  /^\/api\/recognition-agreements$/, // recognition agreements in force, for transparency
  /^\/api\/session$/, // answers 401 anonymously too; listed for its own test
  /^\/api\/claims\//, // the learner's link: the token is the credential
  /^\/api\/verify\/\{id\}$/, // the verification page: anyone checks a credential
  /^\/api\/shared\/\{token\}$/, // a learner's share link: the token is the permission
  /^\/api\/documents\/\{code\}\/pdf$/, // public documents for anyone; the others check the reader
  /^\/issuers\//,
  /^\/status-lists\//,
  /^\/ledger\//,
  /^\/health$/,
  /^\/\.well-known\/(openid-credential-issuer|oauth-authorization-server)$/, // OID4VCI metadata for wallets
];
/** Other routes anyone may call. */
const publicOther = [/^POST \/credentials\/verify$/, /^POST \/presentations\/verify$/, /^POST \/api\/verify$/, /^POST \/api\/session$/, /^POST \/api\/outcomes\/analyse$/, /^POST \/api\/complaints$/, /^POST \/credentials\/issue$/, /^POST \/oid4vci\/(token|credential)$/, /^POST \/api\/claims\/\{token\}\/wallet-offer$/, /^POST \/api\/claims\/\{token\}\/account$/];

const sample: Record<string, string> = {
  code: 'MC-2026-0001',
  id: '00000000-0000-4000-8000-000000000000',
  token: 'a'.repeat(43),
  slug: 'mtkvari-university',
  format: 'json',
  step: '1',
  versionNo: '1',
  action: 'submit',
  sha256: 'a'.repeat(64),
};

function fill(path: string): string {
  const code = path.startsWith('/api/applications/') ? 'AP-2026-0001' : sample.code;
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => (name === 'code' ? code : (sample[name] ?? 'x')) as string);
}

describe('authentication on every route', () => {
  it('lists the routes it checks', async () => {
    const document = platform.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })));
    expect(routes.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const { method, path } of routes) {
      const url = fill(path);
      const response = await platform.app.inject({ method: method as 'GET', url, ...(method === 'GET' ? {} : { payload: {} }) });
      const label = `${method} ${path} → ${response.statusCode}`;
      if (response.statusCode >= 500) failures.push(`${label} (server error)`);
      if (method === 'GET') {
        if (!publicGets.some((pattern) => pattern.test(path)) && response.statusCode !== 401) failures.push(`${label} (expected 401)`);
      } else if (!publicOther.some((pattern) => pattern.test(`${method} ${path}`)) && response.statusCode < 400) {
        failures.push(`${label} (an anonymous change was accepted)`);
      }
    }
    expect(failures).toEqual([]);
  });
});
