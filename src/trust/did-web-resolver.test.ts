// Resolving other issuers' did:web DIDs over HTTPS, against a local HTTPS server with a
// certificate made in the test: the document is found where the did:web spec puts it, and
// every way a host can answer badly (wrong id, too large, not JSON, 404, silence, redirect,
// plain HTTP, an untrusted certificate) is a clear error; the cache spares repeat requests.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type LocalHttpsServer, startHttpsServer } from '../../test/helpers/https-server.js';
import { createDidWebResolver, DID_WEB_CACHE_TTL_MS, DID_WEB_MAX_BYTES, DID_WEB_TIMEOUT_MS } from './did-web-resolver.js';
import { TrustError } from './errors.js';

let server: LocalHttpsServer;
let host: string; // the DID's host part: localhost%3A<port>

beforeAll(async () => {
  server = await startHttpsServer();
  host = `localhost%3A${server.port}`;
});
afterAll(async () => server.close());

function didDocument(did: string) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' }],
    assertionMethod: [`${did}#key-1`],
  };
}

/** Serves `handler` at `path` from now on. */
function serve(path: string, handler: Parameters<LocalHttpsServer['routes']['set']>[1]) {
  server.routes.set(path, handler);
}

const requestsFor = (path: string) => server.requests.filter((request) => request === path).length;

async function failure(promise: Promise<unknown>): Promise<TrustError> {
  const error = await promise.then(
    () => undefined,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(TrustError);
  expect((error as TrustError).code).toBe('did_not_resolved');
  return error as TrustError;
}

describe('the did:web resolver', () => {
  it('has the documented limits: 5 s, 256 KiB, 5 minutes', () => {
    expect([DID_WEB_TIMEOUT_MS, DID_WEB_MAX_BYTES, DID_WEB_CACHE_TTL_MS]).toEqual([5_000, 262_144, 300_000]);
  });

  it('fetches a path DID from /path/did.json and a bare host from /.well-known/did.json', async () => {
    const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca });
    const did = `did:web:${host}:issuers:academy`;
    serve('/issuers/academy/did.json', json(didDocument(did)));
    expect(await resolve(did)).toEqual(didDocument(did));
    const bare = `did:web:${host}`;
    serve('/.well-known/did.json', json(didDocument(bare)));
    expect((await resolve(bare)).id).toBe(bare);
  });

  it('refuses a document that names another DID', async () => {
    const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca });
    serve('/wrong-id/did.json', json(didDocument('did:web:elsewhere.example')));
    const error = await failure(resolve(`did:web:${host}:wrong-id`));
    expect(error.message).toMatch(/names another DID \("did:web:elsewhere.example"\)/);
  });

  it('stops reading a body over 256 KiB, also when the length is not announced', async () => {
    const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca });
    serve('/huge/did.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }); // chunked: no content-length
      const filler = 'x'.repeat(64 * 1024);
      response.write(`{"id":"did:web:${host}:huge","filler":["`);
      for (let chunk = 0; chunk < 8; chunk += 1) response.write(filler);
      response.end('"]}');
    });
    expect((await failure(resolve(`did:web:${host}:huge`))).message).toMatch(/larger than 256 KiB/);
    serve('/announced/did.json', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(DID_WEB_MAX_BYTES + 1) });
      response.end();
    });
    expect((await failure(resolve(`did:web:${host}:announced`))).message).toMatch(/larger than 256 KiB/);
  });

  it('refuses a body that is not JSON, or JSON that is not an object', async () => {
    const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca });
    serve('/html/did.json', (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>hello</html>'));
    expect((await failure(resolve(`did:web:${host}:html`))).message).toMatch(/is not JSON/);
    serve('/array/did.json', json([1, 2]));
    expect((await failure(resolve(`did:web:${host}:array`))).message).toMatch(/not a JSON object/);
  });

  it('says which HTTP status a missing document got, and follows no redirect', async () => {
    const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca });
    expect((await failure(resolve(`did:web:${host}:nobody`))).message).toMatch(/answered HTTP 404/);
    serve('/moved/did.json', (_request, response) => response.writeHead(302, { location: `http://localhost:${server.port}/issuers/academy/did.json` }).end());
    const before = server.requests.length;
    expect((await failure(resolve(`did:web:${host}:moved`))).message).toMatch(/HTTP 302 \(redirects are not followed\)/);
    expect(server.requests.length).toBe(before + 1);
  });

  it('gives up after the timeout when the host does not answer', async () => {
    const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca, timeoutMs: 300 });
    serve('/silent/did.json', () => undefined); // never answers
    const started = Date.now();
    expect((await failure(resolve(`did:web:${host}:silent`))).message).toMatch(/no complete answer from localhost:\d+ within 0.3 s/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('never speaks plain HTTP: a host serving only http:// does not resolve and gets no request', async () => {
    let plainRequests = 0;
    const plain = http.createServer((_request, response) => {
      plainRequests += 1;
      response.end(JSON.stringify(didDocument('x')));
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca, timeoutMs: 2_000 });
      const port = (plain.address() as AddressInfo).port;
      const error = await failure(resolve(`did:web:localhost%3A${port}`));
      expect(error.message).toContain(`https://localhost:${port}/.well-known/did.json`);
      expect(plainRequests).toBe(0);
    } finally {
      plain.closeAllConnections();
      await new Promise((resolve) => plain.close(resolve));
    }
  });

  it('trusts only the system roots unless given a CA: a self-signed host is refused', async () => {
    const did = `did:web:${host}:issuers:academy`;
    serve('/issuers/academy/did.json', json(didDocument(did)));
    expect((await failure(createDidWebResolver({ allowPrivateAddresses: true })(did))).message).toMatch(/certificate/i);
  });

  it('by default fetches nothing from a loopback or private address, by name or by address literal', async () => {
    const did = `did:web:${host}:issuers:inside`;
    serve('/issuers/inside/did.json', json(didDocument(did)));
    const before = server.requests.length;
    const resolve = createDidWebResolver({ ca: server.ca });
    expect((await failure(resolve(did))).message).toMatch(/non-public address/);
    expect((await failure(resolve(`did:web:127.0.0.1%3A${server.port}:issuers:inside`))).message).toMatch(/not a public address/);
    expect((await failure(resolve('did:web:10.1.2.3'))).message).toMatch(/not a public address/);
    expect(server.requests.length).toBe(before);
  });

  it('refuses a malformed did:web without any request', async () => {
    const before = server.requests.length;
    await expect(createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca })('did:web:bad host')).rejects.toMatchObject({ code: 'invalid_did_web' });
    expect(server.requests.length).toBe(before);
  });

  it('answers a second resolution, and concurrent ones, from one request until the cache expires', async () => {
    let now = 1_000_000;
    const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca, now: () => now });
    const did = `did:web:${host}:cached`;
    serve('/cached/did.json', json(didDocument(did)));
    const [first, second] = await Promise.all([resolve(did), resolve(did)]);
    expect(second).toEqual(first);
    const third = await resolve(did);
    expect(requestsFor('/cached/did.json')).toBe(1);
    // A caller changing its copy does not change the cached document.
    third.id = 'changed';
    expect((await resolve(did)).id).toBe(did);
    expect(requestsFor('/cached/did.json')).toBe(1);
    now += DID_WEB_CACHE_TTL_MS + 1;
    await resolve(did);
    expect(requestsFor('/cached/did.json')).toBe(2);
  });

  it('does not keep a failure: the next resolution asks again', async () => {
    const resolve = createDidWebResolver({ allowPrivateAddresses: true, ca: server.ca });
    const did = `did:web:${host}:later`;
    await failure(resolve(did));
    serve('/later/did.json', json(didDocument(did)));
    expect((await resolve(did)).id).toBe(did);
    expect(requestsFor('/later/did.json')).toBe(2);
  });
});
