import { describe, expect, it } from 'vitest';
import { buildDidDocument, didWebToUrl, issuerDid, keyStoreDidResolver, urlToDidWeb } from '../../src/trust/did-web.js';
import { TrustError } from '../../src/trust/errors.js';
import { KeyEncryptionKey, MemoryKeyStore } from '../../src/trust/keys.js';

const DID = 'did:web:localhost%3A8080:issuers:mtkvari-university';

describe('did:web and URLs', () => {
  it('maps an issuer under the platform to its DID, encoding the port', () => {
    expect(issuerDid('http://localhost:8080', 'mtkvari-university')).toBe(DID);
    expect(issuerDid('https://microcred.ge/', 'mtkvari-university')).toBe('did:web:microcred.ge:issuers:mtkvari-university');
    expect(issuerDid('https://example.org/registry', 'acme')).toBe('did:web:example.org:registry:issuers:acme');
    expect(() => issuerDid('https://microcred.ge', 'Bad Slug')).toThrow(TrustError);
  });

  it('maps a DID to the URL of its document', () => {
    expect(didWebToUrl(DID).href).toBe('https://localhost:8080/issuers/mtkvari-university/did.json');
    expect(didWebToUrl('did:web:microcred.ge').href).toBe('https://microcred.ge/.well-known/did.json');
    expect(didWebToUrl('did:web:w3c-ccg.github.io:user:alice').href).toBe('https://w3c-ccg.github.io/user/alice/did.json');
    expect(didWebToUrl(DID, { protocol: 'http:' }).href).toBe('http://localhost:8080/issuers/mtkvari-university/did.json');
  });

  it('maps a document URL back to its DID', () => {
    expect(urlToDidWeb('https://localhost:8080/issuers/mtkvari-university/did.json')).toBe(DID);
    expect(urlToDidWeb('https://microcred.ge/.well-known/did.json')).toBe('did:web:microcred.ge');
    expect(urlToDidWeb(didWebToUrl('did:web:example.com%3A3000:user:alice'))).toBe('did:web:example.com%3A3000:user:alice');
  });

  it('refuses what is not a did:web DID or document URL', () => {
    for (const bad of ['did:key:z6Mk', 'did:web:', 'did:web:example.com#key-1', 'did:web:exa mple.com', 'did:web:example.com::x', 'did:web:example.com/path']) {
      expect(() => didWebToUrl(bad), bad).toThrow(TrustError);
    }
    for (const bad of ['not a url', 'https://example.com/issuers/acme', 'https://example.com/a//did.json', 'https://example.com/did.json?x=1', 'https://u:p@example.com/did.json']) {
      expect(() => urlToDidWeb(bad), bad).toThrow(TrustError);
    }
  });
});

describe('the DID document of an issuer', () => {
  it('lists every key, the active one first, as Multikey assertion methods', async () => {
    const store = new MemoryKeyStore(KeyEncryptionKey.generate());
    const first = await store.rotate(DID, new Date('2025-01-01T00:00:00Z'));
    const second = await store.rotate(DID, new Date('2025-09-01T00:00:00Z'));
    const document = await keyStoreDidResolver(store)(DID);
    expect(document).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: DID,
      verificationMethod: [
        { id: second.id, type: 'Multikey', controller: DID, publicKeyMultibase: second.publicKeyMultibase },
        { id: first.id, type: 'Multikey', controller: DID, publicKeyMultibase: first.publicKeyMultibase },
      ],
      assertionMethod: [second.id, first.id],
    });
    // public data only
    expect(JSON.stringify(document)).not.toMatch(/secret|encrypted|ciphertext/i);
  });

  it('refuses keys of another controller, and an issuer with no keys', async () => {
    const store = new MemoryKeyStore(KeyEncryptionKey.generate());
    const other = await store.rotate('did:web:example.org');
    expect(() => buildDidDocument(DID, [other])).toThrow(/does not belong/);
    await expect(keyStoreDidResolver(store)(DID)).rejects.toThrow(/not an issuer of this platform/);
  });
});
