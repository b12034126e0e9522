// POST /presentations/verify: the holder's proof (challenge, domain) and the five checks of every credential inside.
import { randomBytes } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VC_V2_CONTEXT_URL } from '../../src/domain/credential/contexts.js';
import type { CredentialSigner } from '../../src/trust/credentials.js';
import { signPresentation } from '../../src/trust/presentations.js';
import { awardCredential, type Json } from '../helpers/credentials.js';
import { type Agent, createTestPlatform, signLedgerHead, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let admin: Agent;
let holder: CredentialSigner;

const CHALLENGE = 'b1f0c6a2-challenge-from-the-employer';
const DOMAIN = 'jobs.example.ge';

interface Report {
  check: string;
  outcome: string;
  reason: { en: string; ka: string };
}
interface Answer {
  verified: boolean;
  presentationResult: { verified: boolean; signed: boolean; holder: string | null; checks: Report[] };
  credentialResults: Array<{ verified: boolean; checks: Report[] }>;
  errors: string[];
  warnings: string[];
}

/** A wallet's Ed25519 did:key, as a holder outside the platform has. */
async function generateHolderKey(): Promise<CredentialSigner> {
  const seed = randomBytes(32);
  const { publicKeyMultibase } = await Ed25519Multikey.generate({ seed });
  const did = `did:key:${publicKeyMultibase}`;
  const keyPair = await Ed25519Multikey.generate({ seed, id: `${did}#${publicKeyMultibase}`, controller: did });
  return { controller: did, signer: () => keyPair.signer() };
}

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
  holder = await generateHolderKey();
});
afterAll(async () => platform.close());

/** An awarded credential under a signed tree head, so that all five checks can pass. */
async function awardLogged() {
  const awarded = await awardCredential(platform, admin, { learner: 'Presenting Learner' });
  await signLedgerHead(platform);
  return awarded;
}

function unsignedPresentation(credentials: Json[]): Json {
  return { '@context': [VC_V2_CONTEXT_URL], type: ['VerifiablePresentation'], verifiableCredential: credentials };
}

async function present(credentials: Json[], options: { challenge?: string; domain?: string } = {}): Promise<Json> {
  return signPresentation(unsignedPresentation(credentials), {
    key: holder,
    challenge: options.challenge ?? CHALLENGE,
    domain: options.domain ?? DOMAIN,
    documentLoader: platform.trust.documentLoader,
    date: platform.clock.now(),
  });
}

async function verify(payload: unknown) {
  const response = await platform.app.inject({ method: 'POST', url: '/presentations/verify', payload: payload as Json });
  return { status: response.statusCode, body: response.json() as Answer & Json, contentType: response.headers['content-type'] };
}

const outcomes = (checks: Report[]) => Object.fromEntries(checks.map((check) => [check.check, check.outcome]));

describe('verifying a presentation', () => {
  it('passes a presentation of a freshly awarded credential, signed for the challenge and domain asked', async () => {
    const { credential } = await awardLogged();
    const presentation = await present([credential]);
    expect(presentation.holder).toBe(holder.controller);
    const { status, body } = await verify({ verifiablePresentation: presentation, options: { challenge: CHALLENGE, domain: DOMAIN } });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.verified).toBe(true);
    expect(body.presentationResult).toMatchObject({ verified: true, signed: true, holder: holder.controller });
    expect(outcomes(body.presentationResult.checks)).toEqual({ proof: 'passed', challenge: 'passed', domain: 'passed' });
    expect(body.credentialResults).toHaveLength(1);
    expect(outcomes(body.credentialResults[0]!.checks)).toEqual({ proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' });
    expect(body.errors).toEqual([]);
    expect(body.warnings).toEqual([]);
    for (const check of [...body.presentationResult.checks, ...body.credentialResults[0]!.checks]) expect(check.reason.ka.length).toBeGreaterThan(0);
  });

  it('refuses a presentation made for another challenge, naming the challenge', async () => {
    const { credential } = await awardLogged();
    const presentation = await present([credential], { challenge: 'an-old-challenge' });
    const { status, body } = await verify({ verifiablePresentation: presentation, options: { challenge: CHALLENGE, domain: DOMAIN } });
    expect(status).toBe(422);
    expect(body.verified).toBe(false);
    expect(outcomes(body.presentationResult.checks)).toMatchObject({ challenge: 'failed', proof: 'failed', domain: 'passed' });
    expect(body.errors.join('\n')).toMatch(/presentation challenge: .*another challenge/);
    // the credential itself is still sound
    expect(body.credentialResults[0]!.verified).toBe(true);
  });

  it('refuses a presentation made for another domain', async () => {
    const { credential } = await awardLogged();
    const presentation = await present([credential], { domain: 'elsewhere.example.com' });
    const { status, body } = await verify({ verifiablePresentation: presentation, options: { challenge: CHALLENGE, domain: DOMAIN } });
    expect(status).toBe(422);
    expect(outcomes(body.presentationResult.checks)).toMatchObject({ challenge: 'passed', domain: 'failed' });
    expect(body.presentationResult.checks.find((check) => check.check === 'domain')?.reason.en).toContain('elsewhere.example.com');
  });

  it('refuses a presentation changed after the holder signed it', async () => {
    const { credential } = await awardLogged();
    const presentation = await present([credential]);
    const changed = { ...structuredClone(presentation), id: 'urn:uuid:00000000-0000-4000-8000-000000000001' };
    const { status, body } = await verify({ verifiablePresentation: changed, options: { challenge: CHALLENGE, domain: DOMAIN } });
    expect(status).toBe(422);
    expect(body.verified).toBe(false);
    expect(outcomes(body.presentationResult.checks)).toEqual({ proof: 'failed', challenge: 'passed', domain: 'passed' });
    expect(body.presentationResult.checks[0]!.reason.en).toMatch(/changed after signing/);
    // a changed proof value is refused the same way
    const forged = structuredClone(presentation);
    const proof = forged.proof as Json;
    proof.proofValue = `${String(proof.proofValue).slice(0, -2)}${String(proof.proofValue).endsWith('a') ? 'bb' : 'aa'}`;
    const second = await verify({ verifiablePresentation: forged, options: { challenge: CHALLENGE } });
    expect(second.status).toBe(422);
    expect(outcomes(second.body.presentationResult.checks).proof).toBe('failed');
    // a proof stripped of its challenge answers none: refused even when no challenge is asked
    const replayable = structuredClone(presentation);
    delete (replayable.proof as Json).challenge;
    const third = await verify({ verifiablePresentation: replayable });
    expect(third.status).toBe(422);
    expect(third.body.presentationResult.checks[0]!.reason.en).toMatch(/answers no challenge/);
  });

  it('refuses a presentation whose embedded credential was changed, naming the credential proof', async () => {
    const { credential } = await awardLogged();
    const changed = structuredClone(credential);
    ((changed.credentialSubject as Json).achievement as Json).creditsAvailable = 29;
    // the holder signs the changed credential: the presentation proof holds, the credential's does not
    const presentation = await present([changed]);
    const { status, body } = await verify({ verifiablePresentation: presentation, options: { challenge: CHALLENGE, domain: DOMAIN } });
    expect(status).toBe(422);
    expect(body.verified).toBe(false);
    expect(body.presentationResult.verified).toBe(true);
    expect(outcomes(body.credentialResults[0]!.checks)).toMatchObject({ proof: 'failed', ledger: 'failed' });
    expect(body.errors.join('\n')).toMatch(/credential 0 proof: /);
  });

  it('says which credential fails when one of two is revoked, inside a valid presentation', async () => {
    const first = await awardLogged();
    const { id, credential } = await awardLogged();
    const revoked = await admin.request({ method: 'POST', url: `/api/workspace/credentials/${id}/status`, payload: { state: 'revoked', reason: 'awarded in error' } });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const presentation = await present([first.credential, credential]);
    const { status, body } = await verify({ verifiablePresentation: presentation, options: { challenge: CHALLENGE, domain: DOMAIN } });
    expect(status).toBe(422);
    expect(body.presentationResult.verified).toBe(true);
    expect(body.credentialResults.map((result) => result.verified)).toEqual([true, false]);
    expect(outcomes(body.credentialResults[1]!.checks)).toMatchObject({ proof: 'passed', status: 'failed' });
    expect(body.credentialResults[1]!.checks.find((check) => check.check === 'status')?.reason.en).toMatch(/revoked/);
    expect(body.errors).toEqual([expect.stringMatching(/^credential 1 status: .*revoked/)]);
  });

  it('lets options.checks choose which credential checks decide', async () => {
    const { credential } = await awardCredential(platform, admin, { learner: 'Presenting Learner' }); // not yet under a signed tree head: the ledger is not checked
    const presentation = await present([credential]);
    const all = await verify({ verifiablePresentation: presentation, options: { challenge: CHALLENGE } });
    expect(all.status).toBe(422);
    expect(outcomes(all.body.credentialResults[0]!.checks).ledger).toBe('not-checked');
    const chosen = await verify({ verifiablePresentation: presentation, options: { challenge: CHALLENGE, checks: ['proof', 'status', 'elements'] } });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
    expect(chosen.body.warnings.join('\n')).toMatch(/presentation domain: No domain was asked/);
  });

  it('does not verify a presentation that carries no credential', async () => {
    const signed = await signPresentation({ '@context': [VC_V2_CONTEXT_URL], type: ['VerifiablePresentation'] }, {
      key: holder,
      challenge: CHALLENGE,
      documentLoader: platform.trust.documentLoader,
      date: platform.clock.now(),
    });
    const { status, body } = await verify({ verifiablePresentation: signed, options: { challenge: CHALLENGE } });
    expect(status).toBe(422);
    expect(body.verified).toBe(false);
    expect(body.presentationResult.verified).toBe(true);
    expect(body.credentialResults).toEqual([]);
    expect(body.errors).toEqual(['verifiablePresentation.verifiableCredential: The presentation carries no credential to verify.']);
  });

  it('refuses an unsigned presentation when a challenge is asked, and checks its credentials when none is', async () => {
    const { credential } = await awardLogged();
    const unsigned = unsignedPresentation([credential]);
    const refused = await verify({ verifiablePresentation: unsigned, options: { challenge: CHALLENGE } });
    expect(refused.status).toBe(422);
    expect(refused.contentType).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'verifiablePresentation.proof' })]);

    const accepted = await verify({ verifiablePresentation: unsigned });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.presentationResult).toMatchObject({ verified: true, signed: false });
    expect(outcomes(accepted.body.presentationResult.checks).proof).toBe('not-checked');
    expect(accepted.body.warnings.join('\n')).toMatch(/presentation proof: The presentation is not signed/);
    expect(accepted.body.credentialResults[0]!.verified).toBe(true);

    const tampered = structuredClone(unsigned);
    ((tampered.verifiableCredential as Json[])[0]!.credentialSubject as Json).id = 'did:example:someone-else';
    const refusedTampered = await verify({ verifiablePresentation: tampered });
    expect(refusedTampered.status).toBe(422);
    expect(outcomes(refusedTampered.body.credentialResults[0]!.checks).proof).toBe('failed');
  });

  it('refuses a presentation signed by someone other than the holder it names', async () => {
    const { credential } = await awardLogged();
    const other = await generateHolderKey();
    const claimed = { ...unsignedPresentation([credential]), holder: holder.controller };
    const byOther = await signPresentation(claimed, { key: other, challenge: CHALLENGE, documentLoader: platform.trust.documentLoader, date: platform.clock.now() });
    expect(byOther.holder).toBe(holder.controller);
    const { status, body } = await verify({ verifiablePresentation: byOther, options: { challenge: CHALLENGE } });
    expect(status).toBe(422);
    expect(outcomes(body.presentationResult.checks).proof).toBe('failed');
    expect(body.presentationResult.checks[0]!.reason.en).toBe(`Signed by ${other.controller}, not by the holder it names (${holder.controller}).`);
  });

  it('answers malformed requests with a problem naming the field, never a server error', async () => {
    const { credential } = await awardLogged();
    const presentation = await present([credential]);
    const cases: Array<[unknown, string]> = [
      [{}, 'verifiablePresentation'],
      [{ verifiablePresentation: 'a presentation' }, 'verifiablePresentation'],
      [{ verifiablePresentation: [presentation] }, 'verifiablePresentation'],
      [{ verifiablePresentation: presentation, options: 'fast' }, 'options'],
      [{ verifiablePresentation: presentation, options: { challenge: 42 } }, 'options.challenge'],
      [{ verifiablePresentation: presentation, options: { challenge: '' } }, 'options.challenge'],
      [{ verifiablePresentation: presentation, options: { domain: ['a', 'b'] } }, 'options.domain'],
      [{ verifiablePresentation: presentation, options: { checks: ['magic'] } }, 'options.checks'],
      [{ verifiablePresentation: presentation, options: { checks: 'proof' } }, 'options.checks'],
    ];
    for (const [payload, field] of cases) {
      const { status, body, contentType } = await verify(payload);
      expect(status, JSON.stringify(payload).slice(0, 80)).toBe(422);
      expect(contentType).toMatch(/application\/problem\+json/);
      expect((body.errors as unknown as Array<{ path: string }>).map((error) => error.path.replace(/\.\d+$/, ''))).toContain(field);
    }
    const notJson = await platform.app.inject({ method: 'POST', url: '/presentations/verify', headers: { 'content-type': 'application/json' }, payload: '{"verifiablePresentation":' });
    expect(notJson.statusCode).toBe(422);
    expect(notJson.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses a presentation that is not one (no VerifiablePresentation type, a remote context, entries that are not credentials), without a server error', async () => {
    const { credential } = await awardLogged();
    const notAPresentation = { '@context': [VC_V2_CONTEXT_URL], type: ['VerifiableCredential'], verifiableCredential: [credential] };
    const first = await verify({ verifiablePresentation: notAPresentation });
    expect(first.status).toBe(422);
    expect(outcomes(first.body.presentationResult.checks).proof).toBe('failed');
    expect(first.body.presentationResult.checks[0]!.reason.en).toMatch(/not well formed/);

    const signed = await present([credential]);
    const remoteContext = { ...signed, '@context': [VC_V2_CONTEXT_URL, 'https://contexts.example.com/unknown/v1'] };
    const remote = await verify({ verifiablePresentation: remoteContext, options: { challenge: CHALLENGE } });
    expect(remote.status).toBe(422);
    expect(remote.body.presentationResult.checks[0]!.reason.en).toMatch(/could not be checked: .*never fetched/);

    const withText = unsignedPresentation([credential]);
    withText.verifiableCredential = [credential, 'eyJhbGciOiJFZERTQSJ9.not-a-json-ld-credential'];
    const second = await verify({ verifiablePresentation: withText });
    expect(second.status).toBe(422);
    expect(second.body.credentialResults.map((result) => result.verified)).toEqual([true, false]);
    expect(outcomes(second.body.credentialResults[1]!.checks).proof).toBe('not-checked');
  });

  it('is described in the OpenAPI document', async () => {
    const document = platform.app.swagger() as { paths: Record<string, Record<string, { tags?: string[]; summary?: string; requestBody?: unknown }>> };
    const operation = document.paths['/presentations/verify']?.post;
    expect(operation?.tags).toEqual(['VC-API']);
    expect(operation?.summary).toMatch(/Verify a presentation/);
    expect(JSON.stringify(operation?.requestBody)).toContain('verifiablePresentation');
  });
});
