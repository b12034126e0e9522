// Against a real Ethereum node running in this process (ganache): a root goes out as a
// transaction's data and comes back from the chain unchanged.
import ganache from 'ganache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { custom, type Hex } from 'viem';
import { createChainAnchor } from './anchor.js';

type Provider = ReturnType<typeof ganache.provider>;
let provider: Provider;
let transport: ReturnType<typeof custom>;

beforeAll(() => {
  provider = ganache.provider({ logging: { quiet: true }, wallet: { deterministic: true }, chain: { chainId: 1337 }, miner: { instamine: 'eager' } });
  transport = custom({ request: ({ method, params }) => provider.request({ method, params } as never) });
});
afterAll(async () => {
  await provider.disconnect();
});

describe('anchoring tree heads on an Ethereum-compatible chain', () => {
  it('sends the root as transaction data from a private key, and reads it back', async () => {
    const accounts = provider.getInitialAccounts();
    const [address] = Object.keys(accounts);
    const anchor = await createChainAnchor({ transport, account: accounts[address!]!.secretKey as Hex });
    expect(anchor.chainId).toBe(1337);
    const root = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const receipt = await anchor.anchor(root);
    expect(receipt.transactionHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(Buffer.from(await anchor.readRoot(receipt.transactionHash)).equals(Buffer.from(root))).toBe(true);
    const mined = (await provider.request({ method: 'eth_getTransactionReceipt', params: [receipt.transactionHash] })) as { status: string } | null;
    expect(mined?.status).toBe('0x1');
  });

  it('refuses a root that is not 32 bytes', async () => {
    const accounts = await provider.request({ method: 'eth_accounts', params: [] });
    const anchor = await createChainAnchor({ transport, account: accounts[0] as Hex });
    await expect(anchor.anchor(new Uint8Array(31))).rejects.toThrow(/32 bytes/);
  });
});
