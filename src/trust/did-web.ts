// did:web issuers: the mapping between a did:web DID and the URL of its DID document
// (https://w3c-ccg.github.io/did-method-web/), and the DID document of an issuer listing
// all its keys, active and retired, as Multikey verification methods for assertionMethod.
import { TrustError } from './errors.js';
import type { KeyDescription, KeyStore } from './keys.js';
import { orderKeys } from './keys.js';

export const DID_CONTEXT_URL = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT_URL = 'https://w3id.org/security/multikey/v1';

export interface DidDocument {
  '@context': [typeof DID_CONTEXT_URL, typeof MULTIKEY_CONTEXT_URL];
  id: string;
  verificationMethod: Array<{ id: string; type: 'Multikey'; controller: string; publicKeyMultibase: string }>;
  assertionMethod: string[];
}

const DID_WEB_PREFIX = 'did:web:';
// DID syntax: idchar = ALPHA / DIGIT / "." / "-" / "_" / pct-encoded
const ID_SEGMENT = /^(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+$/;

function encodeSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw new TrustError('invalid_did_web', `"${segment}" is not a valid path segment.`);
  }
  return encodeURIComponent(decoded).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The URL of a did:web DID's document: `did:web:localhost%3A8080:issuers:acme` →
 * `https://localhost:8080/issuers/acme/did.json`; a bare host → `/.well-known/did.json`.
 * `protocol` exists only for tests that serve a DID document over plain HTTP.
 */
export function didWebToUrl(did: string, options: { protocol?: 'https:' | 'http:' } = {}): URL {
  if (!did.startsWith(DID_WEB_PREFIX) || did.includes('#') || did.includes('?') || did.includes('/')) {
    throw new TrustError('invalid_did_web', `"${did}" is not a did:web DID.`);
  }
  const segments = did.slice(DID_WEB_PREFIX.length).split(':');
  if (segments.some((segment) => !ID_SEGMENT.test(segment))) {
    throw new TrustError('invalid_did_web', `"${did}" is not a valid did:web DID.`);
  }
  const [hostSegment, ...path] = segments as [string, ...string[]];
  const host = decodeURIComponent(hostSegment);
  const pathname = path.length === 0 ? '/.well-known/did.json' : `/${path.join('/')}/did.json`;
  let url: URL;
  try {
    url = new URL(`${options.protocol ?? 'https:'}//${host}${pathname}`);
  } catch {
    throw new TrustError('invalid_did_web', `"${did}" does not name a valid host.`);
  }
  if (url.host !== host.toLowerCase()) throw new TrustError('invalid_did_web', `"${did}" does not name a valid host.`);
  return url;
}

/**
 * The did:web DID whose document is at `url` (`.../did.json`, or the host's
 * `/.well-known/did.json`). The port's colon is encoded as `%3A`.
 */
export function urlToDidWeb(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TrustError('invalid_did_web', `"${String(url)}" is not a URL.`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new TrustError('invalid_did_web', `"${parsed.href}" cannot be a did:web document URL.`);
  }
  if (parsed.hostname.startsWith('[')) throw new TrustError('invalid_did_web', `"${parsed.href}": an IP v6 host cannot be a did:web.`);
  const host = parsed.host.replace(':', '%3A');
  if (parsed.pathname === '/.well-known/did.json') return `${DID_WEB_PREFIX}${host}`;
  if (!parsed.pathname.endsWith('/did.json')) {
    throw new TrustError('invalid_did_web', `"${parsed.href}" does not end in /did.json.`);
  }
  const path = parsed.pathname.slice(1, -'/did.json'.length).split('/');
  if (path.some((segment) => segment === '')) {
    throw new TrustError('invalid_did_web', `"${parsed.href}" has an empty path segment.`);
  }
  return [DID_WEB_PREFIX + host, ...path.map(encodeSegment)].join(':');
}

/**
 * The DID of an issuer under the platform's public base URL, its document served at
 * `/issuers/{slug}/did.json`: `issuerDid('http://localhost:8080', 'mtkvari-university')` →
 * `did:web:localhost%3A8080:issuers:mtkvari-university`.
 */
export function issuerDid(publicBaseUrl: string | URL, slug: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new TrustError('invalid_did_web', `"${slug}" is not a valid issuer slug.`);
  const base = new URL(publicBaseUrl);
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return urlToDidWeb(new URL(`${prefix}issuers/${slug}/did.json`, base));
}

/**
 * The DID document of a did:web issuer: every key (active first, then retired ones, which
 * stay so that earlier credentials keep verifying) as a Multikey verification method that
 * may assert credentials.
 */
export function buildDidDocument(did: string, keys: readonly KeyDescription[]): DidDocument {
  const ordered = orderKeys(keys);
  for (const key of ordered) {
    if (key.controller !== did || !key.id.startsWith(`${did}#`)) {
      throw new TrustError('invalid_did_web', `Key "${key.id}" does not belong to "${did}".`);
    }
  }
  return {
    '@context': [DID_CONTEXT_URL, MULTIKEY_CONTEXT_URL],
    id: did,
    verificationMethod: ordered.map((key) => ({
      id: key.id,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: key.publicKeyMultibase,
    })),
    assertionMethod: ordered.map((key) => key.id),
  };
}

/**
 * A did:web resolver for the platform's own issuers, answered from the key store without
 * any request (pass it to `createDocumentLoader` as `resolveDidWeb`, possibly wrapped to
 * fall back to HTTPS for other hosts).
 */
export function keyStoreDidResolver(store: Pick<KeyStore, 'listKeys'>): (did: string) => Promise<DidDocument> {
  return async (did) => {
    const keys = await store.listKeys(did);
    if (keys.length === 0) throw new TrustError('did_not_resolved', `"${did}" is not an issuer of this platform.`);
    return buildDidDocument(did, keys);
  };
}
