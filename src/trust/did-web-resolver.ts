// Resolving the did:web DIDs of other issuers over HTTPS (https://w3c-ccg.github.io/did-method-web/):
// did:web:host[%3Aport][:path…] → https://host[:port]/path/did.json, or /.well-known/did.json
// for a bare host. Only DID documents are fetched this way, never JSON-LD contexts.
//
// Verification must answer in seconds and an issuer's server is not ours, so each fetch is
// bounded: HTTPS only (never plain http, no redirects followed), 5 s for the whole answer,
// 256 KiB at most, and the body must be a JSON object whose `id` is the DID. A resolved
// document is kept in memory for 5 minutes (a key an issuer rotates is seen after at most
// that long), and concurrent resolutions of one DID share one request, so that a burst of
// verifications of one issuer's credentials fetches its document once.
//
// Anyone may submit a credential naming any did:web, so the server would fetch from a host the
// submitter chooses: hosts that resolve to loopback, private, link-local or other non-public
// addresses are refused (checked on the address actually connected to, so a DNS name pointing
// inside is refused too), unless `allowPrivateAddresses` is set (tests serving HTTPS locally).
import dns from 'node:dns';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { didWebToUrl } from './did-web.js';
import { TrustError } from './errors.js';

export const DID_WEB_TIMEOUT_MS = 5_000;
export const DID_WEB_MAX_BYTES = 256 * 1024;
export const DID_WEB_CACHE_TTL_MS = 5 * 60_000;
/** At most this many DIDs are cached; the oldest goes first (the DIDs come from untrusted input). */
const CACHE_ENTRIES = 1_000;

export interface DidWebResolverOptions {
  /** CA certificates (PEM) to trust besides the system's: for tests serving HTTPS locally. */
  ca?: string | Buffer | ReadonlyArray<string | Buffer>;
  timeoutMs?: number;
  maxBytes?: number;
  cacheTtlMs?: number;
  /** The clock for the cache; Date.now by default. */
  now?: () => number;
  /** Fetch also from loopback and private addresses (tests only: see the top of this file). */
  allowPrivateAddresses?: boolean;
}

/** Addresses that are not the public Internet's. */
const nonPublicAddresses = new net.BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  nonPublicAddresses.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['::ffff:0:0', 96]] as const) {
  nonPublicAddresses.addSubnet(network, prefix, 'ipv6');
}

function isNonPublic(address: string): boolean {
  return nonPublicAddresses.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** A `lookup` for the HTTPS agent that refuses names resolving to non-public addresses. */
const publicOnlyLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const inside = addresses.find((candidate) => isNonPublic(candidate.address));
    if (inside) return callback(new Error(`${hostname} resolves to a non-public address (${inside.address}); such hosts are not fetched`), '', 4);
    if (options.all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

export type DidWebResolver = (did: string) => Promise<Record<string, unknown>>;

function fail(did: string, reason: string): TrustError {
  return new TrustError('did_not_resolved', `The DID document of "${did}" could not be fetched: ${reason}.`);
}

function fetchDocument(did: string, url: URL, agent: https.Agent, timeoutMs: number, maxBytes: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { agent, headers: { accept: 'application/did+json, application/json' } });
    // One deadline for connecting, the headers and the whole body: a slow trickle is cut too.
    const timer = setTimeout(() => request.destroy(fail(did, `no complete answer from ${url.host} within ${timeoutMs / 1000} s`)), timeoutMs);
    const settle = (error: Error | undefined, document?: Record<string, unknown>) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(document!);
    };
    request.on('error', (error) => settle(error instanceof TrustError ? error : fail(did, `${url.href}: ${error.message}`)));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status !== 200) {
        response.resume();
        request.destroy(fail(did, `${url.href} answered HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`));
        return;
      }
      if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
        request.destroy(fail(did, `the document is larger than ${maxBytes / 1024} KiB`));
        return;
      }
      // Destroying the request mid-body makes the response emit an error too: already settled.
      response.on('error', () => undefined);
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) request.destroy(fail(did, `the document is larger than ${maxBytes / 1024} KiB`));
        else chunks.push(chunk);
      });
      response.on('end', () => {
        let document: unknown;
        try {
          document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          settle(fail(did, `${url.href} is not JSON`));
          return;
        }
        if (typeof document !== 'object' || document === null || Array.isArray(document)) {
          settle(fail(did, `${url.href} is not a JSON object`));
        } else if ((document as Record<string, unknown>).id !== did) {
          settle(fail(did, `the document at ${url.href} names another DID (${JSON.stringify((document as Record<string, unknown>).id ?? null)})`));
        } else {
          settle(undefined, document as Record<string, unknown>);
        }
      });
    });
  });
}

/**
 * A did:web resolver over HTTPS, with its own cache (see the top of this file). Give it to
 * `createDocumentLoader` as `resolveDidWeb`, in front of which the platform answers its own
 * issuers from the key store.
 */
export function createDidWebResolver(options: DidWebResolverOptions = {}): DidWebResolver {
  const timeoutMs = options.timeoutMs ?? DID_WEB_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DID_WEB_MAX_BYTES;
  const ttl = options.cacheTtlMs ?? DID_WEB_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  // Giving `ca` replaces Node's trusted roots, so the system's are listed with the extra ones.
  const extraCa = options.ca === undefined ? [] : [options.ca].flat();
  const agent = new https.Agent({
    keepAlive: true,
    ...(extraCa.length > 0 ? { ca: [...tls.rootCertificates, ...extraCa] } : {}),
    ...(options.allowPrivateAddresses ? {} : { lookup: publicOnlyLookup }),
  });
  const cache = new Map<string, { expires: number; document: Promise<Record<string, unknown>> }>();

  return async function resolveDidWeb(did: string) {
    const cached = cache.get(did);
    if (cached && cached.expires > now()) return structuredClone(await cached.document);
    cache.delete(did);
    const url = didWebToUrl(did); // https: always; throws a TrustError for a malformed DID
    // An address literal is connected to without a lookup: check it here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivateAddresses && net.isIP(literal) && isNonPublic(literal)) {
      throw fail(did, `${literal} is not a public address; such hosts are not fetched`);
    }
    const document = fetchDocument(did, url, agent, timeoutMs, maxBytes);
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(did, { expires: now() + ttl, document });
    // A failure is not kept: the next verification asks again.
    document.catch(() => {
      if (cache.get(did)?.document === document) cache.delete(did);
    });
    // Each caller gets its own copy, so that no one can change the cached document.
    return structuredClone(await document);
  };
}
