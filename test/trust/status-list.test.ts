import { beforeEach, describe, expect, it } from 'vitest';
import {
  CREDENTIAL_STATE_LIST_BITS,
  DEFAULT_STATUS_LIST_LENGTH,
  checkCredentialStatus,
  credentialStateBits,
  credentialStateEntry,
  createStatusListCredential,
  getStatus,
  setStatus,
  signCredential,
  statusListEntry,
  updateStatusList,
  verifyCredential,
  type CredentialState,
  type JsonObject,
  type SignedCredential,
} from '../../src/trust/credentials.js';
import type { DocumentLoader } from '../../src/trust/document-loader.js';
import { TrustError } from '../../src/trust/errors.js';
import type { SigningKey } from '../../src/trust/keys.js';
import { ISSUER_DID, PLATFORM_URL, openBadgeCredential, trustSetup } from './fixtures.js';

const REVOCATION_LIST = `${PLATFORM_URL}/status-lists/rev-1`;
const SUSPENSION_LIST = `${PLATFORM_URL}/status-lists/sus-1`;
const INDEX = 4242;

let key: SigningKey;
let documentLoader: DocumentLoader;
let documents: Map<string, unknown>;
let credential: SignedCredential;

beforeEach(async () => {
  const setup = await trustSetup();
  ({ documentLoader, documents } = setup);
  key = (await setup.store.getActiveKey(ISSUER_DID))!;
  const sign = { key, documentLoader, date: new Date('2025-06-30T09:00:00Z') };
  documents.set(REVOCATION_LIST, await createStatusListCredential({ id: REVOCATION_LIST, issuer: ISSUER_DID, statusPurpose: 'revocation', ...sign }));
  documents.set(SUSPENSION_LIST, await createStatusListCredential({ id: SUSPENSION_LIST, issuer: ISSUER_DID, statusPurpose: 'suspension', ...sign }));
  credential = await signCredential(
    openBadgeCredential({
      credentialStatus: [statusListEntry(REVOCATION_LIST, INDEX, 'revocation'), statusListEntry(SUSPENSION_LIST, INDEX, 'suspension')],
    }),
    { key, documentLoader },
  );
});

async function change(listUrl: string, index: number, value: boolean) {
  documents.set(listUrl, await updateStatusList(documents.get(listUrl) as JsonObject, [{ index, value }], { key, documentLoader }));
}

describe('Bitstring Status List', () => {
  it('creates signed, verifiable list credentials of 131,072 entries, all clear', async () => {
    const list = documents.get(REVOCATION_LIST) as SignedCredential;
    expect(list).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: REVOCATION_LIST,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: ISSUER_DID,
      validFrom: '2025-06-30T09:00:00Z',
      credentialSubject: { id: `${REVOCATION_LIST}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
    });
    expect((await verifyCredential(list, { documentLoader })).verified).toBe(true);
    expect(await getStatus(list, 0)).toBe(false);
    expect(await getStatus(list, DEFAULT_STATUS_LIST_LENGTH - 1)).toBe(false);
    await expect(getStatus(list, DEFAULT_STATUS_LIST_LENGTH)).rejects.toBeInstanceOf(TrustError);
  });

  it('builds the entries a credential carries', () => {
    expect(statusListEntry(REVOCATION_LIST, 7, 'revocation')).toEqual({
      id: `${REVOCATION_LIST}#7`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: REVOCATION_LIST,
    });
    expect(() => statusListEntry(REVOCATION_LIST, -1, 'revocation')).toThrow(TrustError);
  });

  it('verifies a credential whose bits are clear, with the status checked', async () => {
    const result = await verifyCredential(credential, { documentLoader, checkStatus: true });
    expect(result.verified).toBe(true);
    expect(result.statusResult?.verified).toBe(true);
    const status = await checkCredentialStatus(credential, { documentLoader });
    expect(status).toMatchObject({ checked: true, revoked: false, suspended: false });
    expect(status.entries).toHaveLength(2);
  });

  it('checks only the proof unless asked to check the status', async () => {
    await change(REVOCATION_LIST, INDEX, true);
    const result = await verifyCredential(credential, { documentLoader });
    expect(result.verified).toBe(true);
    expect(result.statusResult).toBeUndefined();
  });

  it('reports a revoked credential as not verified', async () => {
    await change(REVOCATION_LIST, INDEX, true);
    const result = await verifyCredential(credential, { documentLoader, checkStatus: true });
    expect(result.verified).toBe(false);
    expect(String(result.statusResult?.error)).toMatch(/revoked/);
    expect(await checkCredentialStatus(credential, { documentLoader })).toMatchObject({ checked: true, revoked: true, suspended: false });
  });

  it('reports a suspended credential as not verified, and verified again once reinstated', async () => {
    await change(SUSPENSION_LIST, INDEX, true);
    const suspended = await verifyCredential(credential, { documentLoader, checkStatus: true });
    expect(suspended.verified).toBe(false);
    expect(String(suspended.statusResult?.error)).toMatch(/suspended/);
    expect(await checkCredentialStatus(credential, { documentLoader })).toMatchObject({ revoked: false, suspended: true });

    await change(SUSPENSION_LIST, INDEX, false);
    expect((await verifyCredential(credential, { documentLoader, checkStatus: true })).verified).toBe(true);
  });

  it('changes only the bit it is asked to', async () => {
    await change(REVOCATION_LIST, INDEX, true);
    const list = documents.get(REVOCATION_LIST) as JsonObject;
    expect(await getStatus(list, INDEX)).toBe(true);
    expect(await getStatus(list, INDEX - 1)).toBe(false);
    expect(await getStatus(list, INDEX + 1)).toBe(false);
  });

  it('leaves the status unchecked when a list has been tampered with', async () => {
    // a bit set without signing the list again
    documents.set(REVOCATION_LIST, { ...(await setStatus(documents.get(REVOCATION_LIST) as JsonObject, INDEX, true)), proof: (documents.get(REVOCATION_LIST) as SignedCredential).proof });
    const status = await checkCredentialStatus(credential, { documentLoader });
    expect(status.checked).toBe(false);
    expect(String(status.error)).toMatch(/not verified/);
    expect((await verifyCredential(credential, { documentLoader, checkStatus: true })).verified).toBe(false);
  });

  it('leaves the status unchecked when the list is unknown', async () => {
    documents.delete(SUSPENSION_LIST);
    const status = await checkCredentialStatus(credential, { documentLoader });
    expect(status.checked).toBe(false);
    expect(String(status.error)).toMatch(/Could not load/);
  });

  it('does not accept a list signed by another issuer', async () => {
    const other = await trustSetup();
    const otherDid = 'did:web:localhost%3A8080:issuers:another';
    await other.store.rotate(otherDid);
    const otherKey = (await other.store.getActiveKey(otherDid))!;
    const resolve = async (url: string) => {
      if (url.startsWith(otherDid)) return other.documentLoader(url);
      return documentLoader(url);
    };
    documents.set(
      REVOCATION_LIST,
      await createStatusListCredential({ id: REVOCATION_LIST, issuer: otherDid, statusPurpose: 'revocation', key: otherKey, documentLoader: resolve }),
    );
    const status = await checkCredentialStatus(credential, { documentLoader: resolve });
    expect(status.checked).toBe(false);
  });

  it('setStatus returns an unsigned copy and leaves the list it is given alone', async () => {
    const list = documents.get(REVOCATION_LIST) as SignedCredential;
    const before = structuredClone(list);
    const unsigned = await setStatus(list, 1, true);
    expect(unsigned.proof).toBeUndefined();
    expect(list).toEqual(before);
    await expect(setStatus(list, DEFAULT_STATUS_LIST_LENGTH, true)).rejects.toThrow(/outside the list/);
  });
});

describe('the platform status entry: one two-bit "message" entry per credential', () => {
  const MESSAGE_LIST = `${PLATFORM_URL}/status-lists/msg-1`;
  let stateful: SignedCredential;

  beforeEach(async () => {
    documents.set(
      MESSAGE_LIST,
      await createStatusListCredential({ id: MESSAGE_LIST, issuer: ISSUER_DID, statusPurpose: 'message', length: CREDENTIAL_STATE_LIST_BITS, key, documentLoader }),
    );
    stateful = await signCredential(openBadgeCredential({ credentialStatus: credentialStateEntry(MESSAGE_LIST, INDEX) }), { key, documentLoader });
  });

  async function setState(state: CredentialState) {
    documents.set(MESSAGE_LIST, await updateStatusList(documents.get(MESSAGE_LIST) as JsonObject, credentialStateBits(INDEX, state), { key, documentLoader }));
  }

  it('names the three states in the entry and starts valid', async () => {
    expect(stateful.credentialStatus).toMatchObject({
      statusPurpose: 'message',
      statusSize: 2,
      statusListIndex: String(INDEX),
      statusMessage: [
        { status: '0x0', message: 'valid' },
        { status: '0x1', message: 'revoked' },
        { status: '0x2', message: 'suspended' },
      ],
    });
    const status = await checkCredentialStatus(stateful, { documentLoader });
    expect(status).toMatchObject({ checked: true, revoked: false, suspended: false });
    expect(status.entries[0]).toMatchObject({ message: 'valid', set: false });
    expect((await verifyCredential(stateful, { documentLoader, checkStatus: true })).verified).toBe(true);
  });

  it('suspends, reinstates and revokes through the same entry, leaving neighbours alone', async () => {
    await setState('suspended');
    expect(await checkCredentialStatus(stateful, { documentLoader })).toMatchObject({ checked: true, revoked: false, suspended: true });
    expect((await verifyCredential(stateful, { documentLoader, checkStatus: true })).verified).toBe(false);
    const list = documents.get(MESSAGE_LIST) as JsonObject;
    expect(await getStatus(list, INDEX * 2)).toBe(true);
    expect(await getStatus(list, INDEX * 2 + 1)).toBe(false);
    expect(await getStatus(list, INDEX * 2 - 1)).toBe(false);
    expect(await getStatus(list, INDEX * 2 + 2)).toBe(false);

    await setState('valid');
    expect(await checkCredentialStatus(stateful, { documentLoader })).toMatchObject({ revoked: false, suspended: false });

    await setState('revoked');
    const revoked = await checkCredentialStatus(stateful, { documentLoader });
    expect(revoked).toMatchObject({ checked: true, revoked: true, suspended: false });
    expect(revoked.entries[0]?.message).toBe('revoked');
  });

  it('refuses a list whose bits were changed after signing, and a list of another purpose', async () => {
    // The honest list verified first: a verified list is remembered, a changed one must not pass for it.
    expect((await checkCredentialStatus(stateful, { documentLoader })).checked).toBe(true);
    const tampered = structuredClone(documents.get(MESSAGE_LIST) as JsonObject);
    const changed = await setStatus(tampered, INDEX * 2 + 1, true);
    documents.set(MESSAGE_LIST, { ...changed, proof: tampered.proof });
    const status = await checkCredentialStatus(stateful, { documentLoader });
    expect(status.checked).toBe(false);
    expect(status.error?.message).toMatch(/does not verify/);

    documents.set(MESSAGE_LIST, documents.get(REVOCATION_LIST));
    expect((await checkCredentialStatus(stateful, { documentLoader })).checked).toBe(false);
  });

  it('refuses an index outside the list', () => {
    expect(() => credentialStateEntry(MESSAGE_LIST, DEFAULT_STATUS_LIST_LENGTH)).toThrow(TrustError);
    expect(() => credentialStateEntry(MESSAGE_LIST, -1)).toThrow(TrustError);
  });
});
