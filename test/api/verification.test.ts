// POST /credentials/verify: the five checks, each failing on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestIssuer, rotateProviderKey } from '../../src/use-cases/credentials/issuers.js';
import { awardCredential, type Json } from '../helpers/credentials.js';
import { type Agent, createTestPlatform, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let admin: Agent;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
});
afterAll(async () => platform.close());


async function signHead() {
  await signLedgerHead(platform);
}

async function verify(credential: unknown, checks?: string[]) {
  const response = await platform.app.inject({ method: 'POST', url: '/credentials/verify', payload: { verifiableCredential: credential, ...(checks ? { options: { checks } } : {}) } });
  const body = response.json() as { verified: boolean; checks: Array<{ check: string; outcome: string; reason: { en: string; ka: string } }> };
  return { status: response.statusCode, body, outcome: Object.fromEntries((body.checks ?? []).map((check) => [check.check, check.outcome])) };
}

describe('verifying a credential', () => {
  it('passes all five checks for a credential as issued, with reasons in both languages', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Verified Learner' });
    await signHead();
    const result = await verify(credential);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.verified).toBe(true);
    expect(result.outcome).toEqual({ proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' });
    for (const check of result.body.checks) expect(check.reason.ka.length).toBeGreaterThan(0);
  });

  it('finds the ledger entry of a credential a wallet re-serialised in another key order', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Verified Learner' });
    await signHead();
    const reordered = Object.fromEntries(Object.entries(credential).reverse());
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(credential));
    const result = await verify(reordered);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.outcome).toEqual({ proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' });
  });

  it('fails the proof (and the ledger) for a changed byte', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Verified Learner' });
    await signHead();
    const changed = structuredClone(credential);
    ((changed.credentialSubject as Json).achievement as Json).creditsAvailable = 29;
    const result = await verify(changed);
    expect(result.status).toBe(422);
    expect(result.body.verified).toBe(false);
    expect(result.outcome).toMatchObject({ proof: 'failed', ledger: 'failed' });
  });

  it('fails the status check while revoked or suspended, and passes again once reinstated', async () => {
    const { id, credential } = await awardCredential(platform, admin, { learner: 'Verified Learner' });
    await signHead();
    const change = (state: string) => admin.request({ method: 'POST', url: `/api/workspace/credentials/${id}/status`, payload: { state, reason: 'checking' } });
    expect((await change('suspended')).statusCode).toBe(200);
    expect((await verify(credential)).outcome.status).toBe('failed');
    expect((await change('valid')).statusCode).toBe(200);
    expect((await verify(credential)).body.verified).toBe(true);
    expect((await change('revoked')).statusCode).toBe(200);
    const revoked = await verify(credential);
    expect(revoked.outcome.status).toBe('failed');
    expect(revoked.body.checks.find((check) => check.check === 'status')?.reason.en).toMatch(/revoked/);
  });

  it('says a credential not yet under a signed head is not checked by the ledger, and lets the caller choose the checks', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Verified Learner' });
    const pending = await verify(credential);
    expect(pending.outcome.ledger).toBe('not-checked');
    expect(pending.body.verified).toBe(false);
    const chosen = await verify(credential, ['proof', 'status', 'elements']);
    expect(chosen.status).toBe(200);
  });

  it('keeps verifying a credential signed before a key rotation', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Verified Learner' });
    await signHead();
    const provider = await platform.db.selectFrom('providers').select('id').where('slug', '=', 'mtkvari-university').executeTakeFirstOrThrow();
    platform.clock.set(new Date(platform.clock.now().getTime() + 60_000));
    await rotateProviderKey(platform.db, platform.trust, provider.id, platform.clock.now());
    expect((await verify(credential)).body.verified).toBe(true);
  });

  it('checks the proof of an external did:key credential and says the rest is not this registry\'s', async () => {
    const testIssuer = await createTestIssuer(platform.db, platform.trust, { at: platform.clock.now() });
    const issued = await platform.app.inject({
      method: 'POST',
      url: '/credentials/issue',
      headers: { authorization: `Bearer ${testIssuer.token}` },
      payload: { credential: { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: testIssuer.id, credentialSubject: { id: 'did:example:123' } } },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const external = (issued.json() as { verifiableCredential: Json }).verifiableCredential;
    const result = await verify(external);
    expect(result.outcome).toMatchObject({ proof: 'passed', right: 'not-checked', ledger: 'not-checked', elements: 'failed' });
    expect((await verify(external, ['proof'])).status).toBe(200);
  });

  it('refuses a request without a credential or with unknown checks, naming the field', async () => {
    const missing = await platform.app.inject({ method: 'POST', url: '/credentials/verify', payload: {} });
    expect(missing.statusCode).toBe(422);
    expect(JSON.stringify(missing.json())).toContain('verifiableCredential');
    const unknown = await platform.app.inject({ method: 'POST', url: '/credentials/verify', payload: { verifiableCredential: {}, options: { checks: ['magic'] } } });
    expect(unknown.statusCode).toBe(422);
    expect(JSON.stringify(unknown.json())).toContain('options.checks');
  });
});
