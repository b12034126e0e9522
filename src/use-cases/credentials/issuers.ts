// Issuers: a provider's did:web issuer (with its first key and status list, made on first use),
// test issuers with did:key identifiers, VC-API tokens, key rotation, and the status entries
// credentials get.
import { randomInt, randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import * as issuers from '../../db/queries/issuers.js';
import { findProviderById } from '../../db/queries/courses.js';
import { CREDENTIAL_STATE_LIST_BITS, createStatusListCredential, credentialStateEntry, DEFAULT_STATUS_LIST_LENGTH } from '../../trust/credentials.js';
import { issuerDid } from '../../trust/did-web.js';
import { SigningKey } from '../../trust/keys.js';
import { statusListUrl, type TrustServices } from './trust-services.js';
import { hashSecretToken, newSecretToken } from '../secret-tokens.js';

export type Issuer = issuers.IssuerRow;

/** A new bearer token: 32 random bytes, prefixed so that it is recognisable in a leak scan. */
export function newApiToken(): string {
  return `mc_${newSecretToken()}`;
}

function slugOfDid(did: string): string {
  const last = did.split(':').at(-1) ?? did;
  return last.replace(/[^a-z0-9-]/gi, '').toLowerCase().slice(-24);
}

/** Makes a new status list for the issuer, signed by its active key, with a random allocation order. */
async function addStatusList(db: Db, trust: TrustServices, issuer: Issuer, at: Date) {
  const number = (await issuers.countStatusLists(db, issuer.id)) + 1;
  const slug = `${slugOfDid(issuer.did)}-${number}`;
  const key = await trust.keyStore.getActiveKey(issuer.did);
  if (!key) throw new Error(`The issuer ${issuer.did} has no active key.`);
  const url = statusListUrl(trust.publicUrl, slug);
  const document = await createStatusListCredential({
    id: url,
    issuer: issuer.did,
    statusPurpose: 'message',
    length: CREDENTIAL_STATE_LIST_BITS,
    key,
    documentLoader: trust.documentLoader,
    date: at,
  });
  await issuers.insertStatusList(db, {
    id: randomUUID(),
    slug,
    issuerId: issuer.id,
    length: DEFAULT_STATUS_LIST_LENGTH,
    stride: randomInt(0, DEFAULT_STATUS_LIST_LENGTH / 2) * 2 + 1,
    startOffset: randomInt(0, DEFAULT_STATUS_LIST_LENGTH),
    document: JSON.stringify(document),
  });
}

/** Gives a new issuer its first key (`firstKey`, or a new one) and its first status list. */
async function completeIssuer(db: Db, trust: TrustServices, issuer: Issuer, at: Date, firstKey?: SigningKey): Promise<Issuer> {
  if ((await trust.keyStore.listKeys(issuer.did)).length === 0) {
    try {
      await trust.keyStore.addKey(issuer.did, firstKey ?? (await SigningKey.generate({ controller: issuer.did, created: at })));
    } catch (error) {
      // Another request made the first key at the same moment: the unique index kept one.
      if ((await trust.keyStore.listKeys(issuer.did)).length === 0) throw error;
    }
  }
  if ((await issuers.countStatusLists(db, issuer.id)) === 0) await addStatusList(db, trust, issuer, at);
  return issuer;
}

/** The provider's did:web issuer, made with its first key and status list when it has none. */
export async function providerIssuer(db: Db, trust: TrustServices, providerId: string, at: Date): Promise<Issuer> {
  const existing = await issuers.findIssuerByProvider(db, providerId);
  if (existing && (await issuers.countStatusLists(db, existing.id)) > 0) return existing;
  const provider = await findProviderById(db, providerId);
  if (!provider) throw new Error(`There is no provider ${providerId}.`);
  const issuer =
    existing ??
    (await issuers.insertIssuer(db, {
      id: randomUUID(),
      did: issuerDid(trust.publicUrl, provider.slug),
      providerId,
      isTest: false,
      name: provider.name.en,
    }));
  return completeIssuer(db, trust, issuer, at);
}

/** A test issuer (did:key, no provider) with a VC-API token; it signs any well-formed VC 2.0 credential. */
export async function createTestIssuer(db: Db, trust: TrustServices, options: { name?: string; at: Date }) {
  const key = await SigningKey.generateDidKey({ created: options.at });
  const issuer = await issuers.insertIssuer(db, { id: randomUUID(), did: key.controller, providerId: null, isTest: true, name: options.name ?? 'Test issuer' });
  await completeIssuer(db, trust, issuer, options.at, key);
  const token = newApiToken();
  await issuers.insertApiToken(db, { id: randomUUID(), issuerId: issuer.id, tokenHash: hashSecretToken(token), label: 'test issuer' });
  return { id: issuer.did, token };
}

/** A VC-API token for a provider's issuer; the token is shown once and only its hash kept. */
export async function createProviderToken(db: Db, trust: TrustServices, options: { providerId: string; label: string; token?: string; at: Date }) {
  const issuer = await providerIssuer(db, trust, options.providerId, options.at);
  const token = options.token ?? newApiToken();
  await issuers.insertApiToken(db, { id: randomUUID(), issuerId: issuer.id, tokenHash: hashSecretToken(token), label: options.label });
  return { issuer: issuer.did, token };
}

/** The issuer a bearer token stands for, if the token is live. */
export async function issuerOfToken(db: Db, token: string) {
  return issuers.findIssuerByTokenHash(db, hashSecretToken(token));
}

/** Rotates a provider's key: credentials signed before keep verifying (the DID document keeps the old key). */
export async function rotateProviderKey(db: Db, trust: TrustServices, providerId: string, at: Date) {
  const issuer = await providerIssuer(db, trust, providerId, at);
  return trust.keyStore.rotate(issuer.did, at);
}

export interface StatusSlot {
  listId: string;
  index: number;
  entry: ReturnType<typeof credentialStateEntry>;
}

/** `count` free status entries of the issuer, making a new list when the current ones are full. */
export async function allocateStatusSlots(db: Db, trust: TrustServices, issuer: Issuer, count: number, at: Date): Promise<StatusSlot[]> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const range = await issuers.allocateStatusEntries(db, issuer.id, count);
    if (range) {
      const url = statusListUrl(trust.publicUrl, range.slug);
      return Array.from({ length: count }, (_, n) => {
        const index = (range.start_offset + (range.first + n) * range.stride) % range.length;
        return { listId: range.id, index, entry: credentialStateEntry(url, index) };
      });
    }
    await addStatusList(db, trust, issuer, at);
  }
  throw new Error(`No status list of ${issuer.did} has room for ${count} entries.`);
}
