import { afterAll, describe, expect, it } from 'vitest';
import {
  CREDENTIAL_STATE_LIST_BITS,
  createStatusListCredential,
  credentialStateBits,
  credentialStateEntry,
  updateStatusList,
  verifyCredential,
} from '../../src/trust/credentials.js';
import { keyStoreDidResolver } from '../../src/trust/did-web.js';
import { TrustError } from '../../src/trust/errors.js';
import { KeyEncryptionKey, SigningKey } from '../../src/trust/keys.js';
import { createSigningPool, type SigningPool } from '../../src/trust/signing-pool.js';
import { ISSUER_DID, openBadgeCredential, PLATFORM_URL, trustSetup } from './fixtures.js';

const pools: SigningPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});

describe('the signing pool', () => {
  it.each([0, 2])('signs on %i worker threads what verifies with the reference library', async (size) => {
    const { kek, store, documentLoader } = await trustSetup();
    const [record] = (store.records());
    const pool = createSigningPool(kek, { size });
    pools.push(pool);
    const credentials = Array.from({ length: 6 }, () => openBadgeCredential());
    const signed = await Promise.all(credentials.map((credential) => pool.sign({ credential, key: record!.encrypted, date: new Date('2025-07-01T08:00:00Z') })));
    for (const [index, credential] of signed.entries()) {
      expect(credential.id).toBe(credentials[index]!.id);
      expect(credential.proof).toMatchObject({ cryptosuite: 'eddsa-rdfc-2022', created: '2025-07-01T08:00:00Z', verificationMethod: record!.encrypted.id });
      expect((await verifyCredential(credential, { documentLoader })).verified).toBe(true);
    }
    expect(record!.encrypted.controller).toBe(ISSUER_DID);
  });

  it('refuses a key encrypted under another key-encryption key, naming the key and not its secret', async () => {
    const { store } = await trustSetup();
    const [record] = store.records();
    const pool = createSigningPool(KeyEncryptionKey.generate(), { size: 1 });
    pools.push(pool);
    const error = await pool.sign({ credential: openBadgeCredential(), key: record!.encrypted }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TrustError);
    expect((error as TrustError).code).toBe('key_decryption_failed');
  });

  it('refuses a credential whose issuer is not the key controller', async () => {
    const kek = KeyEncryptionKey.generate();
    const other = await SigningKey.generate({ controller: 'did:web:elsewhere.example' });
    const pool = createSigningPool(kek, { size: 1 });
    pools.push(pool);
    await expect(pool.sign({ credential: openBadgeCredential(), key: await other.encrypt(kek) })).rejects.toThrow(/not the controller/);
  });

  it.each([0, 2])('checks proofs and status on %i worker threads with only the documents sent along', async (size) => {
    const { kek, store, documentLoader } = await trustSetup();
    const key = (await store.getActiveKey(ISSUER_DID))!;
    const listUrl = `${PLATFORM_URL}/status-lists/pool-1`;
    const list = await createStatusListCredential({ id: listUrl, issuer: ISSUER_DID, statusPurpose: 'message', length: CREDENTIAL_STATE_LIST_BITS, key, documentLoader });
    const [record] = store.records();
    const pool = createSigningPool(kek, { size });
    pools.push(pool);
    const signed = await pool.sign({ credential: openBadgeCredential({ credentialStatus: credentialStateEntry(listUrl, 7) }), key: record!.encrypted });
    const didDocument = await keyStoreDidResolver(store)(ISSUER_DID);
    const now = new Date();

    const valid = await pool.checkProofAndStatus({ credential: signed, documents: { [ISSUER_DID]: didDocument, [listUrl]: list }, now });
    expect(valid).toEqual({ proof: { verified: true }, status: { checked: true, revoked: false, suspended: false } });

    const revokedList = await updateStatusList(list, credentialStateBits(7, 'revoked'), { key, documentLoader });
    const revoked = await pool.checkProofAndStatus({ credential: signed, documents: { [ISSUER_DID]: didDocument, [listUrl]: revokedList }, now });
    expect(revoked.status).toMatchObject({ checked: true, revoked: true });

    const tampered = await pool.checkProofAndStatus({ credential: { ...signed, name: 'Changed' }, documents: { [ISSUER_DID]: didDocument, [listUrl]: list }, now });
    expect(tampered.proof.verified).toBe(false);

    // Without the issuer's DID document the proof cannot be checked, and the error says why, with its code.
    const unresolved = await pool.checkProofAndStatus({ credential: signed, documents: {}, now });
    expect(unresolved.proof.verified).toBe(false);
    const error = (unresolved.proof as { error: Error }).error;
    expect(error).toBeInstanceOf(TrustError);
    expect((error as TrustError).code).toBe('did_not_resolved');
    expect(unresolved.status).toMatchObject({ checked: false });
  });
});
