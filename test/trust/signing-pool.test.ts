import { afterAll, describe, expect, it } from 'vitest';
import { verifyCredential } from '../../src/trust/credentials.js';
import { TrustError } from '../../src/trust/errors.js';
import { KeyEncryptionKey, SigningKey } from '../../src/trust/keys.js';
import { createSigningPool, type SigningPool } from '../../src/trust/signing-pool.js';
import { ISSUER_DID, openBadgeCredential, trustSetup } from './fixtures.js';

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
});
