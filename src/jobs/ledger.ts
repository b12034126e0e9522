// The ledger's periodic work: sign a tree head whenever the tree grew (checked every 30
// seconds, so a head follows an entry within a minute), log rights that expired, and anchor
// the latest head on a chain when one is configured. Safe on several servers at once: heads
// are keyed by tree size and expiries are logged once (unique index).
import type { Clock } from '../domain/calendar/tbilisi.js';
import type { Db } from '../db/database.js';
import { findAnchor, insertAnchor, latestAnchor, latestHead } from '../db/queries/ledger.js';
import type { ChainAnchor } from '../trust/ledger/anchor.js';
import type { TrustServices } from '../use-cases/credentials/trust-services.js';
import { logExpiredRights, signNewTreeHead } from '../use-cases/ledger.js';
import type { JobLog } from './scheduler.js';

export interface LedgerJobsOptions {
  db: Db;
  trust: Pick<TrustServices, 'ledgerKey'>;
  clock: Clock;
  log: JobLog;
  anchor?: ChainAnchor | undefined;
  headEveryMs?: number;
  expiriesEveryMs?: number;
  /** The least time between two anchors. */
  anchorEveryMs?: number;
}

export interface LedgerJobs {
  /** Signs a head if the tree grew, then anchors if due; resolves when done. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startLedgerJobs(options: LedgerJobsOptions): LedgerJobs {
  const { db, clock, log } = options;
  let running: Promise<void> | null = null;
  let stopped = false;
  let lastExpiryCheck = 0;

  async function anchorIfDue() {
    if (!options.anchor) return;
    const head = await latestHead(db);
    if (!head || (await findAnchor(db, Number(head.tree_size)))) return;
    const last = await latestAnchor(db);
    if (last && clock.now().getTime() - new Date(last.anchored_at).getTime() < (options.anchorEveryMs ?? 10 * 60_000)) return;
    const receipt = await options.anchor.anchor(new Uint8Array(head.root_hash));
    await insertAnchor(db, { treeSize: Number(head.tree_size), chainId: receipt.chainId, txHash: receipt.transactionHash, at: clock.now() });
    log.info({ treeSize: Number(head.tree_size), transaction: receipt.transactionHash }, 'ledger head anchored');
  }

  async function run() {
    try {
      if (clock.now().getTime() - lastExpiryCheck >= (options.expiriesEveryMs ?? 15 * 60_000)) {
        const expired = await logExpiredRights(db, clock);
        lastExpiryCheck = clock.now().getTime();
        if (expired > 0) log.info({ expired }, 'expired rights logged in the ledger');
      }
      await signNewTreeHead(db, await options.trust.ledgerKey(), clock);
      await anchorIfDue();
    } catch (error) {
      log.error({ err: error }, 'ledger job failed; it runs again at the next tick');
    }
  }

  const jobs: LedgerJobs = {
    tick() {
      if (stopped) return Promise.resolve();
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
  const timer = setInterval(() => void jobs.tick(), options.headEveryMs ?? 30_000);
  timer.unref();
  void jobs.tick();
  return jobs;
}
