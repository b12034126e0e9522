// Export to a wallet through OID4VCI 1.0, pre-authorized code flow. The wallet below is written
// from the specification (offer URI → issuer metadata → authorization server metadata → token
// request → credential request), not from the server's code; then the credential it received is
// verified like any other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestPlatform, PUBLIC_URL, signLedgerHead, TEST_NOW, type TestPlatform } from '../helpers/platform.js';

let platform: TestPlatform;
let admin: Agent;
let seq = 0;

beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.signIn('admin@university.demo');
});
afterAll(async () => platform.close());

type Json = Record<string, unknown>;
const PRE_AUTH_GRANT = 'urn:ietf:params:oauth:grant-type:pre-authorized_code';

async function award(): Promise<{ id: string; claimToken: string }> {
  seq += 1;
  const response = await admin.request({
    method: 'POST',
    url: '/api/workspace/credentials',
    payload: { courseCode: platform.demo!.codes['ai-research'], learnerName: `Wallet Learner ${seq}`, learnerEmail: `wallet${seq}@example.ge`, awardDate: '2026-11-20' },
  });
  expect(response.statusCode, response.body).toBe(201);
  const { id, claimUrl } = response.json() as { id: string; claimUrl: string };
  return { id, claimToken: claimUrl.split('/claim/')[1]! };
}

interface OfferAnswer {
  offerUri: string;
  txCode: string | null;
  qrCode: string;
  expiresAt: string;
}

async function askOffer(claimToken: string, txCode = true): Promise<OfferAnswer> {
  const response = await platform.app.inject({ method: 'POST', url: `/api/claims/${claimToken}/wallet-offer`, payload: { txCode } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as OfferAnswer;
}

// ---------------------------------------------------------------------------------------------
// The wallet, from the specification

/** The HTTP calls of the wallet: absolute URLs of this platform, sent through inject (no socket). */
function pathOf(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(PUBLIC_URL);
  return `${parsed.pathname}${parsed.search}`;
}

/** Well-known URIs go between the host and the issuer's path (OID4VCI §12.2.2, RFC 8414 §3). */
function wellKnown(identifier: string, suffix: string): string {
  const url = new URL(identifier);
  url.pathname = `/.well-known/${suffix}${url.pathname === '/' ? '' : url.pathname}`;
  return url.toString();
}

interface ParsedOffer {
  credential_issuer: string;
  credential_configuration_ids: string[];
  grants: Record<string, { 'pre-authorized_code': string; tx_code?: { input_mode?: string; length?: number; description?: string } }>;
}

function parseOfferUri(uri: string): ParsedOffer {
  const url = new URL(uri);
  expect(url.protocol).toBe('openid-credential-offer:');
  expect(url.searchParams.has('credential_offer_uri')).toBe(false);
  const value = url.searchParams.get('credential_offer');
  expect(value).toBeTruthy();
  return JSON.parse(value!) as ParsedOffer;
}

async function discover(offer: ParsedOffer) {
  const issuerResponse = await platform.app.inject({ method: 'GET', url: pathOf(wellKnown(offer.credential_issuer, 'openid-credential-issuer')) });
  expect(issuerResponse.statusCode).toBe(200);
  const issuer = issuerResponse.json() as Json;
  expect(issuer.credential_issuer).toBe(offer.credential_issuer);
  // Without authorization_servers, the credential issuer is its own authorization server.
  const authorizationServer = (issuer.authorization_servers as string[] | undefined)?.[0] ?? offer.credential_issuer;
  const asResponse = await platform.app.inject({ method: 'GET', url: pathOf(wellKnown(authorizationServer, 'oauth-authorization-server')) });
  expect(asResponse.statusCode).toBe(200);
  const as = asResponse.json() as Json;
  expect(as.issuer).toBe(authorizationServer);
  expect(as.grant_types_supported).toContain(PRE_AUTH_GRANT);
  return { issuer, tokenEndpoint: as.token_endpoint as string, credentialEndpoint: issuer.credential_endpoint as string };
}

function tokenRequest(tokenEndpoint: string, form: Record<string, string> | string, contentType = 'application/x-www-form-urlencoded') {
  return platform.app.inject({
    method: 'POST',
    url: pathOf(tokenEndpoint),
    headers: { 'content-type': contentType },
    payload: typeof form === 'string' ? form : new URLSearchParams(form).toString(),
  });
}

function credentialRequest(credentialEndpoint: string, accessToken: string | null, body: unknown) {
  return platform.app.inject({
    method: 'POST',
    url: pathOf(credentialEndpoint),
    headers: { 'content-type': 'application/json', ...(accessToken === null ? {} : { authorization: `Bearer ${accessToken}` }) },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The whole flow up to an access token; returns what the wallet knows. */
async function walletTakesOffer(answer: OfferAnswer, pin = answer.txCode) {
  const offer = parseOfferUri(answer.offerUri);
  const endpoints = await discover(offer);
  const grant = offer.grants[PRE_AUTH_GRANT]!;
  const form: Record<string, string> = { grant_type: PRE_AUTH_GRANT, 'pre-authorized_code': grant['pre-authorized_code'] };
  if (grant.tx_code && pin !== null) form.tx_code = pin;
  const token = await tokenRequest(endpoints.tokenEndpoint, form);
  return { offer, endpoints, grant, token };
}

function oauthError(response: { statusCode: number; json(): unknown }) {
  return (response.json() as { error: string }).error;
}

// ---------------------------------------------------------------------------------------------

describe('a wallet takes the credential offer', () => {
  it('parses the offer, reads the metadata, exchanges the code with the PIN and receives the credential, which verifies', async () => {
    const { claimToken } = await award();
    const answer = await askOffer(claimToken);
    expect(answer.txCode).toMatch(/^\d{6}$/);
    expect(answer.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(answer.qrCode.split(',')[1]!, 'base64').toString()).toContain('<svg');
    expect(new Date(answer.expiresAt).getTime() - new Date(TEST_NOW).getTime()).toBe(10 * 60 * 1000);

    const { offer, endpoints, grant, token } = await walletTakesOffer(answer);
    expect(offer.credential_issuer).toBe(PUBLIC_URL);
    expect(grant.tx_code).toMatchObject({ input_mode: 'numeric', length: 6 });
    // The PIN travels apart from the offer.
    expect(answer.offerUri).not.toContain(answer.txCode!);

    const configurationId = offer.credential_configuration_ids[0]!;
    const configuration = (endpoints.issuer.credential_configurations_supported as Record<string, Json>)[configurationId]!;
    expect(configuration.format).toBe('ldp_vc');
    expect((configuration.credential_definition as { type: string[] }).type).toContain('OpenBadgeCredential');

    expect(token.statusCode, token.body).toBe(200);
    expect(token.headers['cache-control']).toBe('no-store');
    const tokenBody = token.json() as { access_token: string; token_type: string; expires_in: number };
    expect(tokenBody.token_type.toLowerCase()).toBe('bearer');
    expect(tokenBody.expires_in).toBeGreaterThan(0);

    const response = await credentialRequest(endpoints.credentialEndpoint, tokenBody.access_token, { credential_configuration_id: configurationId });
    expect(response.statusCode, response.body).toBe(200);
    const { credentials } = response.json() as { credentials: Array<{ credential: Json }> };
    expect(credentials).toHaveLength(1);
    const credential = credentials[0]!.credential;
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);

    // Byte for byte the credential the learner downloads from the claim link.
    const download = await platform.app.inject({ method: 'GET', url: `/api/claims/${claimToken}/download/json` });
    expect(response.body).toContain(download.body.trim());

    await signLedgerHead(platform);
    const verified = await platform.app.inject({ method: 'POST', url: '/credentials/verify', payload: { verifiableCredential: credential } });
    expect(verified.statusCode, verified.body).toBe(200);
    const outcome = Object.fromEntries((verified.json() as { checks: Array<{ check: string; outcome: string }> }).checks.map((check) => [check.check, check.outcome]));
    expect(outcome).toEqual({ proof: 'passed', status: 'passed', right: 'passed', elements: 'passed', ledger: 'passed' });
  });

  it('takes an offer without a PIN, and refuses a PIN sent to it', async () => {
    const { claimToken } = await award();
    const answer = await askOffer(claimToken, false);
    expect(answer.txCode).toBeNull();
    const offer = parseOfferUri(answer.offerUri);
    expect(offer.grants[PRE_AUTH_GRANT]!.tx_code).toBeUndefined();
    const { tokenEndpoint } = await discover(offer);
    const code = offer.grants[PRE_AUTH_GRANT]!['pre-authorized_code'];
    const withPin = await tokenRequest(tokenEndpoint, { grant_type: PRE_AUTH_GRANT, 'pre-authorized_code': code, tx_code: '123456' });
    expect(withPin.statusCode).toBe(400);
    expect(oauthError(withPin)).toBe('invalid_request');
    const { token } = await walletTakesOffer(answer);
    expect(token.statusCode, token.body).toBe(200);
  });

  it('keeps no code, PIN or token in the database, only hashes', async () => {
    const { id, claimToken } = await award();
    const answer = await askOffer(claimToken);
    const { grant, token } = await walletTakesOffer(answer);
    const accessToken = (token.json() as { access_token: string }).access_token;
    const rows = await platform.db.selectFrom('oid4vci_offers').selectAll().where('credential_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    for (const secret of [grant['pre-authorized_code'], answer.txCode!, accessToken]) expect(stored).not.toContain(secret);
    expect(rows[0]!.redeemed_at).not.toBeNull();
  });
});

describe('the token endpoint refuses', () => {
  it('a wrong PIN (invalid_grant), then accepts the right one; five wrong PINs end the offer', async () => {
    const { claimToken } = await award();
    const answer = await askOffer(claimToken);
    const wrong = answer.txCode === '000000' ? '111111' : '000000';
    const refused = await walletTakesOffer(answer, wrong);
    expect(refused.token.statusCode).toBe(400);
    expect(oauthError(refused.token)).toBe('invalid_grant');
    expect((await walletTakesOffer(answer)).token.statusCode).toBe(200);

    const other = await askOffer(claimToken);
    const otherWrong = other.txCode === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) expect(oauthError((await walletTakesOffer(other, otherWrong)).token)).toBe('invalid_grant');
    const late = await walletTakesOffer(other);
    expect(late.token.statusCode).toBe(400);
    expect(oauthError(late.token)).toBe('invalid_grant');
  });

  it('a missing PIN when the offer has one (invalid_request)', async () => {
    const { claimToken } = await award();
    const answer = await askOffer(claimToken);
    const { token } = await walletTakesOffer(answer, null);
    expect(token.statusCode).toBe(400);
    expect(oauthError(token)).toBe('invalid_request');
  });

  it('a code used twice (invalid_grant)', async () => {
    const { claimToken } = await award();
    const answer = await askOffer(claimToken);
    expect((await walletTakesOffer(answer)).token.statusCode).toBe(200);
    const again = await walletTakesOffer(answer);
    expect(again.token.statusCode).toBe(400);
    expect(oauthError(again.token)).toBe('invalid_grant');
  });

  it('an expired code (invalid_grant): ten minutes', async () => {
    const { claimToken } = await award();
    const fresh = await askOffer(claimToken);
    const stale = await askOffer(claimToken);
    try {
      platform.clock.set(new Date(new Date(TEST_NOW).getTime() + 10 * 60 * 1000 - 1000));
      expect((await walletTakesOffer(fresh)).token.statusCode).toBe(200);
      platform.clock.set(new Date(new Date(TEST_NOW).getTime() + 10 * 60 * 1000));
      const expired = await walletTakesOffer(stale);
      expect(expired.token.statusCode).toBe(400);
      expect(oauthError(expired.token)).toBe('invalid_grant');
    } finally {
      platform.clock.set(TEST_NOW);
    }
  });

  it('malformed requests, each with its OAuth error', async () => {
    const { claimToken } = await award();
    const answer = await askOffer(claimToken);
    const offer = parseOfferUri(answer.offerUri);
    const { tokenEndpoint } = await discover(offer);
    const code = offer.grants[PRE_AUTH_GRANT]!['pre-authorized_code'];
    const cases: Array<[string, Awaited<ReturnType<typeof tokenRequest>>, string]> = [
      ['no grant_type', await tokenRequest(tokenEndpoint, { 'pre-authorized_code': code, tx_code: answer.txCode! }), 'invalid_request'],
      ['another grant', await tokenRequest(tokenEndpoint, { grant_type: 'authorization_code', code: 'x' }), 'unsupported_grant_type'],
      ['no code', await tokenRequest(tokenEndpoint, { grant_type: PRE_AUTH_GRANT, tx_code: answer.txCode! }), 'invalid_request'],
      ['unknown code', await tokenRequest(tokenEndpoint, { grant_type: PRE_AUTH_GRANT, 'pre-authorized_code': 'not-a-code', tx_code: '123456' }), 'invalid_grant'],
      [
        'repeated parameter',
        await tokenRequest(tokenEndpoint, `grant_type=${encodeURIComponent(PRE_AUTH_GRANT)}&pre-authorized_code=${code}&pre-authorized_code=${code}&tx_code=${answer.txCode}`),
        'invalid_request',
      ],
      ['JSON instead of a form', await tokenRequest(tokenEndpoint, JSON.stringify({ grant_type: PRE_AUTH_GRANT, 'pre-authorized_code': code }), 'application/json'), 'invalid_request'],
      ['plain text', await tokenRequest(tokenEndpoint, 'hello', 'text/plain'), 'invalid_request'],
    ];
    for (const [label, response, error] of cases) {
      expect(response.statusCode, label).toBe(400);
      expect(response.headers['content-type'], label).toMatch(/^application\/json/);
      expect(oauthError(response), label).toBe(error);
    }
    // None of these used the code up.
    expect((await walletTakesOffer(answer)).token.statusCode).toBe(200);
  });
});

describe('the credential endpoint refuses', () => {
  async function accessTokenFor() {
    const { id, claimToken } = await award();
    const { endpoints, offer, token } = await walletTakesOffer(await askOffer(claimToken));
    expect(token.statusCode).toBe(200);
    return { id, endpoint: endpoints.credentialEndpoint, configurationId: offer.credential_configuration_ids[0]!, accessToken: (token.json() as { access_token: string }).access_token };
  }

  it('a missing, malformed, unknown or expired bearer token (401 invalid_token)', async () => {
    const { endpoint, configurationId, accessToken } = await accessTokenFor();
    const body = { credential_configuration_id: configurationId };
    const missing = await credentialRequest(endpoint, null, body);
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');

    const basic = await platform.app.inject({ method: 'POST', url: pathOf(endpoint), headers: { authorization: `Basic ${accessToken}` }, payload: body });
    expect(basic.statusCode).toBe(401);
    expect(oauthError(basic)).toBe('invalid_token');

    const unknown = await credentialRequest(endpoint, 'x'.repeat(43), body);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    expect(oauthError(unknown)).toBe('invalid_token');

    try {
      platform.clock.set(new Date(new Date(TEST_NOW).getTime() + 5 * 60 * 1000));
      const expired = await credentialRequest(endpoint, accessToken, body);
      expect(expired.statusCode).toBe(401);
      expect(oauthError(expired)).toBe('invalid_token');
    } finally {
      platform.clock.set(TEST_NOW);
    }
    expect((await credentialRequest(endpoint, accessToken, body)).statusCode).toBe(200);
  });

  it('an unknown configuration, a credential identifier, or a malformed request (400, with the spec’s codes)', async () => {
    const { endpoint, accessToken } = await accessTokenFor();
    const cases: Array<[unknown, string]> = [
      [{ credential_configuration_id: 'UniversityDegree_jwt_vc_json' }, 'unknown_credential_configuration'],
      [{ credential_identifier: 'abc' }, 'unknown_credential_identifier'],
      [{}, 'invalid_credential_request'],
      [{ credential_configuration_id: 7 }, 'invalid_credential_request'],
      ['[1, 2]', 'invalid_credential_request'],
      ['{"credential_configuration_id": ', 'invalid_credential_request'],
    ];
    for (const [body, error] of cases) {
      const response = await credentialRequest(endpoint, accessToken, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(oauthError(response), JSON.stringify(body)).toBe(error);
    }
  });

  it('a credential revoked after the offer (credential_request_denied)', async () => {
    const { id, endpoint, configurationId, accessToken } = await accessTokenFor();
    const revoke = await admin.request({ method: 'POST', url: `/api/workspace/credentials/${id}/status`, payload: { state: 'revoked', reason: 'issued in error' } });
    expect(revoke.statusCode, revoke.body).toBe(200);
    const denied = await credentialRequest(endpoint, accessToken, { credential_configuration_id: configurationId });
    expect(denied.statusCode).toBe(400);
    expect(oauthError(denied)).toBe('credential_request_denied');

  });
});

describe('asking for an offer', () => {
  it('through a claim link that opens nothing: 404; with a bad body: 422', async () => {
    const unknown = await platform.app.inject({ method: 'POST', url: `/api/claims/${'a'.repeat(43)}/wallet-offer`, payload: {} });
    expect(unknown.statusCode).toBe(404);
    const { claimToken } = await award();
    const bad = await platform.app.inject({ method: 'POST', url: `/api/claims/${claimToken}/wallet-offer`, payload: { txCode: 'yes' } });
    expect(bad.statusCode).toBe(422);
  });

  it('for a revoked credential: 409', async () => {
    const { id, claimToken } = await award();
    await admin.request({ method: 'POST', url: `/api/workspace/credentials/${id}/status`, payload: { state: 'revoked', reason: 'issued in error' } });
    const response = await platform.app.inject({ method: 'POST', url: `/api/claims/${claimToken}/wallet-offer`, payload: {} });
    expect(response.statusCode).toBe(409);
  });

  it('signed in: a learner for their own credential only; other roles and anonymous callers are refused', async () => {
    const own = await award();
    const others = await award();
    const learnerUser = await platform.db.selectFrom('users').select('id').where('email', '=', 'learner@example.demo').executeTakeFirstOrThrow();
    await platform.db.updateTable('credentials').set({ learner_user_id: learnerUser.id }).where('id', '=', own.id).execute();
    const learner = await platform.signIn('learner@example.demo');

    const mine = await learner.request({ method: 'POST', url: `/api/me/credentials/${own.id}/wallet-offer`, payload: {} });
    expect(mine.statusCode, mine.body).toBe(201);
    const { token } = await walletTakesOffer(mine.json() as OfferAnswer);
    expect(token.statusCode).toBe(200);

    const notMine = await learner.request({ method: 'POST', url: `/api/me/credentials/${others.id}/wallet-offer`, payload: {} });
    expect(notMine.statusCode).toBe(404);
    expect(await platform.db.selectFrom('oid4vci_offers').select('id').where('credential_id', '=', others.id).execute()).toEqual([]);

    const withoutCsrf = await learner.request({ method: 'POST', url: `/api/me/credentials/${own.id}/wallet-offer`, payload: {}, headers: { 'x-csrf-token': 'wrong' } });
    expect(withoutCsrf.statusCode).toBe(403);
    const byAdmin = await admin.request({ method: 'POST', url: `/api/me/credentials/${own.id}/wallet-offer`, payload: {} });
    expect(byAdmin.statusCode).toBe(403);
    const anonymous = await platform.app.inject({ method: 'POST', url: `/api/me/credentials/${own.id}/wallet-offer`, payload: {} });
    expect(anonymous.statusCode).toBe(401);
  });
});
