import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validDescription } from '../factories/course.js';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform({ app: { loginRateLimit: { max: 5, timeWindow: 60_000 } } });
});
afterAll(async () => platform.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  platform.app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, remoteAddress: ip });

describe('signing in', () => {
  it('sets an HttpOnly, SameSite session cookie and returns the CSRF token and abilities, never the password hash', async () => {
    const response = await login('officer@eqe.demo', DEMO_PASSWORD, '10.0.0.2');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((item) => item.name === 'mc_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'officer@eqe.demo', role: 'center-officer', abilities: { publishCourse: true, createCourse: false } });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(response.body).not.toMatch(/argon2/);
  });

  it('accepts the e-mail in any case', async () => {
    expect((await login('Officer@EQE.demo', DEMO_PASSWORD, '10.0.0.3')).statusCode).toBe(200);
  });

  it('answers a wrong password exactly as an unknown e-mail', async () => {
    const wrongPassword = await login('officer@eqe.demo', 'not-the-password', '10.0.0.4');
    const unknownEmail = await login('nobody@eqe.demo', 'not-the-password', '10.0.0.4');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.body).toBe(unknownEmail.body);
    expect(wrongPassword.cookies).toEqual([]);
  });

  it('is rate-limited per client address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) statuses.push((await login('officer@eqe.demo', 'wrong', '10.0.0.9')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect((await login('officer@eqe.demo', DEMO_PASSWORD, '10.0.0.10')).statusCode).toBe(200);
  });
});

describe('a session', () => {
  it('needs the CSRF token on every state-changing request', async () => {
    const agent = await platform.signIn('admin@university.demo');
    const withoutToken = await platform.app.inject({
      method: 'POST',
      url: '/api/workspace/courses',
      payload: { description: validDescription() },
      headers: { cookie: agent.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().type).toMatch(/csrf$/);
    const wrongToken = await agent.request({ method: 'POST', url: '/api/workspace/courses', payload: { description: validDescription() }, headers: { 'x-csrf-token': 'forged' } });
    expect(wrongToken.statusCode).toBe(403);
  });

  it('ends at logout: the cookie no longer works', async () => {
    const agent = await platform.signIn('learner@example.demo');
    expect((await agent.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    expect((await agent.request({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
    expect((await agent.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });

  it('expires after its lifetime', async () => {
    const agent = await platform.signIn('expert@eqe.demo');
    platform.clock.set('2026-11-28T18:00:01Z');
    expect((await agent.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    platform.clock.set('2026-11-28T09:00:00Z');
  });
});

// Every non-public route, with who may use it. Anyone else gets 401 (signed out) or 403.
const routes: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: (code: string) => string; allowed: string[]; payload?: unknown }[] = [
  { method: 'GET', url: () => '/api/workspace/courses', allowed: ['center-officer', 'provider-admin'] },
  { method: 'POST', url: () => '/api/workspace/courses', allowed: ['provider-admin'], payload: { description: validDescription() } },
  { method: 'GET', url: (code) => `/api/workspace/courses/${code}/draft`, allowed: ['center-officer', 'provider-admin'] },
  { method: 'PUT', url: (code) => `/api/workspace/courses/${code}/draft`, allowed: ['provider-admin'], payload: { description: validDescription() } },
  { method: 'POST', url: (code) => `/api/workspace/courses/${code}/publish`, allowed: ['center-officer'], payload: {} },
  { method: 'GET', url: () => '/api/audit', allowed: ['center-officer'] },
  { method: 'GET', url: () => '/api/session', allowed: ['center-officer', 'provider-admin', 'expert', 'council-member', 'learner'] },
];
const accounts = [
  ['center-officer', 'officer@eqe.demo'],
  ['provider-admin', 'admin@university.demo'],
  ['expert', 'expert@eqe.demo'],
  ['council-member', 'council@eqe.demo'],
  ['learner', 'learner@example.demo'],
] as const;

describe('authorization, route by route and role by role', () => {
  for (const route of routes) {
    it(`${route.method} ${route.url(':code')}: signed out gets 401`, async () => {
      const code = platform.demo!.codes['ai-research']!;
      const response = await platform.app.inject({ method: route.method, url: route.url(code), ...(route.payload ? { payload: route.payload as object } : {}) });
      expect(response.statusCode).toBe(401);
    });
    for (const [role, email] of accounts) {
      const allowed = route.allowed.includes(role);
      it(`${route.method} ${route.url(':code')}: ${role} ${allowed ? 'is let through' : 'gets 403'}`, async () => {
        const code = platform.demo!.codes['ai-research']!;
        const agent = await platform.signIn(email);
        const response = await agent.request({ method: route.method, url: route.url(code), ...(route.payload ? { payload: route.payload as object } : {}) });
        if (allowed) expect([200, 201, 204, 409]).toContain(response.statusCode);
        else expect(response.statusCode).toBe(403);
      });
    }
  }
});
