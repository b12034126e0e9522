// Anchoring signed tree heads on an Ethereum-compatible chain (EBSI runs one): a transaction
// from the operator's account to itself whose data is the 32-byte root. Anyone can then read
// the root back from the chain by the transaction hash and compare it with the signed head.
import { type Chain, createPublicClient, createWalletClient, type Hex, http, type Transport } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

export interface AnchorReceipt {
  chainId: number;
  transactionHash: Hex;
}

export interface ChainAnchor {
  readonly chainId: number;
  /** Sends the root and waits for the transaction to be mined. */
  anchor(rootHash: Uint8Array): Promise<AnchorReceipt>;
  /** The data of an anchoring transaction: the root it carries. */
  readRoot(transactionHash: Hex): Promise<Uint8Array>;
}

function chainOf(chainId: number): Chain {
  return { id: chainId, name: `chain ${chainId}`, nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [] } } };
}

/**
 * An anchor over any viem transport (HTTP JSON-RPC in production, a custom transport over an
 * in-process node in tests). `account` is a private key (hex) or, for a node that holds
 * unlocked accounts, its address.
 */
export async function createChainAnchor(options: { transport: Transport; account: Hex; confirmations?: number }): Promise<ChainAnchor> {
  const probe = createPublicClient({ transport: options.transport });
  const chainId = await probe.getChainId();
  const chain = chainOf(chainId);
  const account = options.account.length === 66 ? privateKeyToAccount(options.account) : options.account;
  const address = typeof account === 'string' ? account : account.address;
  const wallet = createWalletClient({ transport: options.transport, chain, account });
  const reader = createPublicClient({ transport: options.transport, chain });
  return {
    chainId,
    async anchor(rootHash) {
      if (rootHash.length !== 32) throw new TypeError('A root hash is 32 bytes.');
      const data = `0x${Buffer.from(rootHash).toString('hex')}` as Hex;
      const transactionHash = await wallet.sendTransaction({ to: address, data, value: 0n });
      await reader.waitForTransactionReceipt({ hash: transactionHash, confirmations: options.confirmations ?? 1, pollingInterval: 200 });
      return { chainId, transactionHash };
    },
    async readRoot(transactionHash) {
      const transaction = await reader.getTransaction({ hash: transactionHash });
      return Buffer.from(transaction.input.slice(2), 'hex');
    },
  };
}

/** An anchor from the configuration: a JSON-RPC URL and the operator's private key. */
export function createHttpChainAnchor(rpcUrl: string, privateKey: Hex): Promise<ChainAnchor> {
  return createChainAnchor({ transport: http(rpcUrl), account: privateKey });
}
