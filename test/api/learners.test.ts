// Learners over HTTP: a learner keeps a credential in an account through its claim link (a new
// account, or one they sign in to), sees only their own credentials and downloads them, and
// shares one through links that expire and can be withdrawn; the shared page shows the
// credential's live verification and nothing else of the learner, and counts its views.
import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestPlatform, PUBLIC_URL, signLedgerHead, TEST_NOW, type TestPlatform } from '../helpers/platform.js';

const AWARD_DATE = '2026-11-20';
const NEW_PASSWORD = 'a long learner password';

let platform: TestPlatform;
let admin: Agent;
let officer: Agent;
let demoLearner: Agent; // learner@example.demo, who holds the demo credential
let code: string;

interface Awarded {
  id: string;
  token: string;
  email: string;
}

let counter = 0;
async function award(name = 'Nino Kereselidze'): Promise<Awarded> {
  counter += 1;
  const email = `learner${counter}.${Date.now()}@example.ge`;
  const response = await admin.request({ method: 'POST', url: '/api/workspace/credentials', payload: { courseCode: code, awardDate: AWARD_DATE, learnerName: name, learnerEmail: email } });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json() as { id: string; claimUrl: string };
  return { id: body.id, token: body.claimUrl.split('/claim/')[1]!, email };
}

/** Awards a credential and creates its learner's account from the claim link; returns them signed in. */
async function learnerWithCredential(): Promise<{ agent: Agent; credential: Awarded }> {
  const credential = await award();
  const created = await platform.app.inject({ method: 'POST', url: `/api/claims/${credential.token}/account`, payload: { name: 'Nino Kereselidze', password: NEW_PASSWORD } });
  expect(created.statusCode, created.body).toBe(201);
  return { agent: await platform.signIn(credential.email, NEW_PASSWORD), credential };
}

function problem(response: LightMyRequestResponse) {
  return response.json() as { status: number; detail: string; errors?: Array<{ path: string; code: string; message: string }> };
}

beforeAll(async () => {
  platform = await createTestPlatform();
  code = platform.demo!.codes['ai-research']!;
  admin = await platform.signIn('admin@university.demo');
  officer = await platform.signIn('officer@eqe.demo');
  demoLearner = await platform.signIn('learner@example.demo');
});

afterAll(async () => {
  await platform.close();
});

describe('who may use /api/me', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  const routes = [
    { method: 'GET', url: '/api/me/credentials' },
    { method: 'GET', url: `/api/me/credentials/${id}` },
    { method: 'GET', url: `/api/me/credentials/${id}/download/json` },
    { method: 'GET', url: `/api/me/credentials/${id}/share-links` },
    { method: 'POST', url: `/api/me/credentials/${id}/share-links`, payload: {} },
    { method: 'DELETE', url: `/api/me/share-links/${id}` },
  ] as const;

  it('answers 401 without a session and 403 to every role but learner', async () => {
    const expert = await platform.signIn('expert@eqe.demo');
    const council = await platform.signIn('council@eqe.demo');
    for (const route of routes) {
      expect((await platform.app.inject(route)).statusCode, `${route.method} ${route.url} anonymous`).toBe(401);
      for (const agent of [admin, officer, expert, council]) {
        expect((await agent.request(route)).statusCode, `${route.method} ${route.url}`).toBe(403);
      }
    }
  });

  it('shows the demo learner the demo credential kept in their account', async () => {
    const response = await demoLearner.request({ method: 'GET', url: '/api/me/credentials' });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: Array<{ state: string; course: { code: string; title: { ka: string; en: string } }; provider: { slug: string } }> }).items;
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items[0]).toMatchObject({ state: 'valid', course: { code }, provider: { slug: 'mtkvari-university' } });
    expect(items[0]!.course.title.ka).not.toBe('');
    expect(items[0]!.course.title.en).not.toBe('');
  });
});

describe('keeping a credential through its claim link', () => {
  it('creates a learner account with the credential’s e-mail and keeps the credential in it', async () => {
    const credential = await award();
    const before = await platform.app.inject({ method: 'GET', url: `/api/claims/${credential.token}/account` });
    expect(before.json()).toEqual({ learnerEmail: credential.email, kept: false, inYourAccount: false });

    const created = await platform.app.inject({ method: 'POST', url: `/api/claims/${credential.token}/account`, payload: { name: ' Nino Kereselidze ', password: NEW_PASSWORD } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ email: credential.email, credentialId: credential.id });

    const user = await platform.db.selectFrom('users').select(['role', 'name', 'password_hash']).where('email', '=', credential.email).executeTakeFirstOrThrow();
    expect(user.role).toBe('learner');
    expect(user.name).toBe('Nino Kereselidze');
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const row = await platform.db.selectFrom('credentials').select('learner_user_id').where('id', '=', credential.id).executeTakeFirstOrThrow();
    expect(row.learner_user_id).not.toBeNull();

    const learner = await platform.signIn(credential.email, NEW_PASSWORD);
    const mine = await learner.request({ method: 'GET', url: '/api/me/credentials' });
    expect((mine.json() as { items: Array<{ id: string }> }).items.map((item) => item.id)).toEqual([credential.id]);
    const state = await learner.request({ method: 'GET', url: `/api/claims/${credential.token}/account` });
    expect(state.json()).toMatchObject({ kept: true, inYourAccount: true });

    // The link cannot make a second account, nor move the credential into another one.
    const again = await platform.app.inject({ method: 'POST', url: `/api/claims/${credential.token}/account`, payload: { name: 'Someone', password: NEW_PASSWORD } });
    expect(again.statusCode).toBe(409);
    const taken = await demoLearner.request({ method: 'POST', url: `/api/claims/${credential.token}/keep` });
    expect(taken.statusCode).toBe(409);
    expect(problem(taken).detail).toMatch(/another account/);
  });

  it('keeps a credential in the signed-in learner’s account, once, and refuses other roles', async () => {
    const credential = await award('Mariam Abashidze');
    expect((await platform.app.inject({ method: 'POST', url: `/api/claims/${credential.token}/keep` })).statusCode).toBe(401);
    expect((await admin.request({ method: 'POST', url: `/api/claims/${credential.token}/keep` })).statusCode).toBe(403);
    expect((await officer.request({ method: 'POST', url: `/api/claims/${credential.token}/keep` })).statusCode).toBe(403);

    const kept = await demoLearner.request({ method: 'POST', url: `/api/claims/${credential.token}/keep` });
    expect(kept.statusCode, kept.body).toBe(200);
    expect((await demoLearner.request({ method: 'POST', url: `/api/claims/${credential.token}/keep` })).statusCode).toBe(200);
    const mine = (await demoLearner.request({ method: 'GET', url: '/api/me/credentials' })).json() as { items: Array<{ id: string }> };
    expect(mine.items.filter((item) => item.id === credential.id)).toHaveLength(1);

    const audit = await platform.db.selectFrom('audit_log').select('action').where('entity_id', '=', credential.id).where('action', '=', 'learner.credential-claimed').execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses bad account input, naming the field, and an unknown link', async () => {
    const credential = await award();
    const short = await platform.app.inject({ method: 'POST', url: `/api/claims/${credential.token}/account`, payload: { name: 'Nino', password: 'short' } });
    expect(short.statusCode).toBe(422);
    expect(problem(short).errors?.map((error) => error.path)).toEqual(['password']);
    const noName = await platform.app.inject({ method: 'POST', url: `/api/claims/${credential.token}/account`, payload: { name: '  ', password: NEW_PASSWORD } });
    expect(problem(noName).errors?.map((error) => error.path)).toEqual(['name']);
    const unknown = await platform.app.inject({ method: 'POST', url: `/api/claims/${'b'.repeat(43)}/account`, payload: { name: 'Nino', password: NEW_PASSWORD } });
    expect(unknown.statusCode).toBe(404);
    // Signed in as someone else: sign out first.
    expect((await admin.request({ method: 'POST', url: `/api/claims/${credential.token}/account`, payload: { name: 'Nino', password: NEW_PASSWORD } })).statusCode).toBe(403);
    // Nothing was created by the refusals.
    expect(await platform.db.selectFrom('users').select('id').where('email', '=', credential.email).executeTakeFirst()).toBeUndefined();
  });

  it('refuses an account for an e-mail that has one: its owner signs in instead', async () => {
    const first = await award();
    const created = await platform.app.inject({ method: 'POST', url: `/api/claims/${first.token}/account`, payload: { name: 'Nino', password: NEW_PASSWORD } });
    expect(created.statusCode).toBe(201);
    // A second credential for the same e-mail.
    const second = await admin.request({ method: 'POST', url: '/api/workspace/credentials', payload: { courseCode: code, awardDate: '2026-11-21', learnerName: 'Nino', learnerEmail: first.email } });
    expect(second.statusCode, second.body).toBe(201);
    const token = (second.json() as { claimUrl: string }).claimUrl.split('/claim/')[1]!;
    const refused = await platform.app.inject({ method: 'POST', url: `/api/claims/${token}/account`, payload: { name: 'Nino', password: NEW_PASSWORD } });
    expect(refused.statusCode).toBe(409);
    expect(problem(refused).detail).toMatch(/sign in/);
  });
});

describe('my credentials', () => {
  it('shows one of mine with its elements and downloads, and never another learner’s (404)', async () => {
    const { agent, credential } = await learnerWithCredential();
    const one = await agent.request({ method: 'GET', url: `/api/me/credentials/${credential.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: credential.id, state: 'valid', awardDate: AWARD_DATE, verifyUrl: `${PUBLIC_URL}/verify/${credential.id}`, elements: { learnerName: 'Nino Kereselidze' } });

    const json = await agent.request({ method: 'GET', url: `/api/me/credentials/${credential.id}/download/json` });
    const stored = await platform.db.selectFrom('credentials').select('document').where('id', '=', credential.id).executeTakeFirstOrThrow();
    expect(json.body).toBe(stored.document);
    const pdf = await agent.request({ method: 'GET', url: `/api/me/credentials/${credential.id}/download/pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const png = await agent.request({ method: 'GET', url: `/api/me/credentials/${credential.id}/download/png` });
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const bad = await agent.request({ method: 'GET', url: `/api/me/credentials/${credential.id}/download/docx` });
    expect(bad.statusCode).toBe(422);

    // The demo learner's credential is not theirs: the same 404 as an id that does not exist.
    const demoCredential = ((await demoLearner.request({ method: 'GET', url: '/api/me/credentials' })).json() as { items: Array<{ id: string }> }).items[0]!.id;
    const unknownId = '00000000-0000-4000-8000-000000000001';
    for (const id of [demoCredential, unknownId]) {
      for (const url of [`/api/me/credentials/${id}`, `/api/me/credentials/${id}/download/json`, `/api/me/credentials/${id}/share-links`]) {
        expect((await agent.request({ method: 'GET', url })).statusCode, url).toBe(404);
      }
      expect((await agent.request({ method: 'POST', url: `/api/me/credentials/${id}/share-links`, payload: {} })).statusCode).toBe(404);
    }
    const list = (await agent.request({ method: 'GET', url: '/api/me/credentials' })).json() as { items: Array<{ id: string }> };
    expect(list.items.map((item) => item.id)).not.toContain(demoCredential);
  });
});

describe('share links', () => {
  it('shares a credential: the link shows its live verification, nothing else of the learner, and counts views', async () => {
    const { agent, credential } = await learnerWithCredential();
    const created = await agent.request({ method: 'POST', url: `/api/me/credentials/${credential.id}/share-links`, payload: { label: 'For Acme Ltd' } });
    expect(created.statusCode, created.body).toBe(201);
    const link = created.json() as { id: string; token: string; url: string; expiresAt: string; status: string; views: number; label: string };
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`${PUBLIC_URL}/shared/${link.token}`);
    expect(link).toMatchObject({ status: 'active', views: 0, label: 'For Acme Ltd' });
    // 30 days by default.
    expect(new Date(link.expiresAt).getTime() - new Date(TEST_NOW).getTime()).toBe(30 * 24 * 3_600_000);
    // Only the token's SHA-256 is stored.
    const row = await platform.db.selectFrom('share_links').selectAll().where('id', '=', link.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(link.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(link.token);

    // The ledger's next signed tree head covers the issuance (the scheduler's job, once a minute).
    await signLedgerHead(platform);
    const shared = await platform.app.inject({ method: 'GET', url: `/api/shared/${link.token}` });
    expect(shared.statusCode, shared.body).toBe(200);
    const body = shared.json() as { credentialId: string; result: { verified: boolean; checks: Array<{ check: string; outcome: string }>; elements: { learnerName: string } } };
    expect(body.result.verified, JSON.stringify(body.result.checks)).toBe(true);
    expect(body.result.checks.map((check) => check.check)).toEqual(['proof', 'status', 'right', 'elements', 'ledger']);
    expect(body.result.elements.learnerName).toBe('Nino Kereselidze');
    // Nothing else about the learner: no e-mail, no account, no other credential.
    expect(shared.body).not.toContain(credential.email);
    expect(shared.body).not.toContain('learner_user_id');
    expect(shared.headers['cache-control']).toBe('no-store');

    platform.clock.set('2026-11-28T10:00:00Z');
    await platform.app.inject({ method: 'GET', url: `/api/shared/${link.token}` });
    const listed = await agent.request({ method: 'GET', url: `/api/me/credentials/${credential.id}/share-links` });
    expect((listed.json() as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ id: link.id, views: 2, lastViewedAt: '2026-11-28T10:00:00.000Z', status: 'active', label: 'For Acme Ltd' }),
    ]);
    expect(listed.body).not.toContain(link.token);

    // Live: after the provider revokes the credential, the same link says it is not valid.
    const revoked = await admin.request({ method: 'POST', url: `/api/workspace/credentials/${credential.id}/status`, payload: { state: 'revoked', reason: 'Issued in error.' } });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = (await platform.app.inject({ method: 'GET', url: `/api/shared/${link.token}` })).json() as { result: { verified: boolean; checks: Array<{ check: string; outcome: string }> } };
    expect(after.result.verified).toBe(false);
    expect(after.result.checks.find((check) => check.check === 'status')?.outcome).toBe('failed');
    platform.clock.set(TEST_NOW);
  });

  it('stops a link when it expires or is withdrawn, with the same 404 as a token that never existed', async () => {
    const { agent, credential } = await learnerWithCredential();
    const hour = (await agent.request({ method: 'POST', url: `/api/me/credentials/${credential.id}/share-links`, payload: { expiresInHours: 1 } })).json() as { id: string; token: string; expiresAt: string };
    expect(hour.expiresAt).toBe('2026-11-28T10:00:00.000Z');
    const year = (await agent.request({ method: 'POST', url: `/api/me/credentials/${credential.id}/share-links`, payload: { expiresInHours: 8760, label: null } })).json() as { id: string; token: string };

    expect((await platform.app.inject({ method: 'GET', url: `/api/shared/${hour.token}` })).statusCode).toBe(200);
    platform.clock.set('2026-11-28T09:59:59Z');
    expect((await platform.app.inject({ method: 'GET', url: `/api/shared/${hour.token}` })).statusCode).toBe(200);
    platform.clock.set('2026-11-28T10:00:00Z');
    const expired = await platform.app.inject({ method: 'GET', url: `/api/shared/${hour.token}` });
    expect(expired.statusCode).toBe(404);

    const withdrawn = await agent.request({ method: 'DELETE', url: `/api/me/share-links/${year.id}` });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ id: year.id, status: 'withdrawn', withdrawnAt: '2026-11-28T10:00:00.000Z' });
    const gone = await platform.app.inject({ method: 'GET', url: `/api/shared/${year.token}` });
    const unknown = await platform.app.inject({ method: 'GET', url: `/api/shared/${'c'.repeat(43)}` });
    for (const response of [expired, gone, unknown]) {
      expect(response.statusCode).toBe(404);
      expect(problem(response).detail).toBe(problem(unknown).detail);
    }
    expect(problem(unknown).detail).toMatch(/no longer shared/);

    const links = (await agent.request({ method: 'GET', url: `/api/me/credentials/${credential.id}/share-links` })).json() as { items: Array<{ id: string; status: string; views: number }> };
    expect(Object.fromEntries(links.items.map((item) => [item.id, [item.status, item.views]]))).toEqual({ [hour.id]: ['expired', 2], [year.id]: ['withdrawn', 0] });

    // Another learner can neither withdraw nor see them.
    expect((await demoLearner.request({ method: 'DELETE', url: `/api/me/share-links/${hour.id}` })).statusCode).toBe(404);
    const stored = await platform.db.selectFrom('share_links').select('withdrawn_at').where('id', '=', hour.id).executeTakeFirstOrThrow();
    expect(stored.withdrawn_at).toBeNull();
    platform.clock.set(TEST_NOW);
  });

  it('refuses bad share-link input, naming the field', async () => {
    const { agent, credential } = await learnerWithCredential();
    const url = `/api/me/credentials/${credential.id}/share-links`;
    const cases: Array<[unknown, string]> = [
      [{ expiresInHours: 0 }, 'expiresInHours'],
      [{ expiresInHours: 8761 }, 'expiresInHours'],
      [{ expiresInHours: 1.5 }, 'expiresInHours'],
      [{ expiresInHours: '24' }, 'expiresInHours'],
      [{ label: 'x'.repeat(201) }, 'label'],
      [{ owner: 'me' }, 'owner'],
    ];
    for (const [payload, path] of cases) {
      const response = await agent.request({ method: 'POST', url, payload: payload as Record<string, unknown> });
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(problem(response).errors?.map((error) => error.path), JSON.stringify(payload)).toContain(path);
    }
    const unknownCredential = await agent.request({ method: 'POST', url: '/api/me/credentials/00000000-0000-4000-8000-000000000002/share-links', payload: {} });
    expect(unknownCredential.statusCode).toBe(404);
    const notAnId = await agent.request({ method: 'POST', url: '/api/me/credentials/not-an-id/share-links', payload: {} });
    expect(notAnId.statusCode).toBe(422);
    expect(await platform.db.selectFrom('share_links').select('id').where('credential_id', '=', credential.id).execute()).toEqual([]);
  });
});
