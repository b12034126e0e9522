// `microcred snapshot [--out FILE]` and `microcred verify FILE --snapshot SNAPSHOT --trusted-key z6Mk...`:
// verification on a machine without network. The server's operator makes a signed snapshot of
// the registry and the ledger; anyone with that file and the ledger's public key (copied once
// from GET /ledger/did.json) checks credentials against it. `verify` never opens a database
// or the network: the modules that do are imported by `snapshot` only, when it runs.
// Exit codes of `verify`: 0 valid, 1 not valid, 2 unusable input (one line on standard error).
import fs from 'node:fs';
import type { Command } from 'commander';
import { BadgeImageError, extractFromPng, extractFromSvg } from '../../documents/badge.js';
import type { JsonObject } from '../../trust/credentials.js';
import { readSnapshot, SnapshotError, type SnapshotSources } from '../../use-cases/snapshot.js';
import { type VerificationResult, verifyCredentialWith } from '../../use-cases/verification.js';
import { checkWords, outcomeWords, verdictWords } from '../../domain/credential/verification-words.js';

export const LEDGER_KEY_VARIABLE = 'MICROCRED_LEDGER_KEY';
const DAY_MS = 24 * 60 * 60 * 1000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Lang = 'en' | 'ka';

/** Input the command cannot use: exit 2 with its message. */
class UnusableInput extends Error {}

/** The credential in a file: its JSON, or baked into a PNG or SVG badge. */
export function credentialFromFile(bytes: Buffer): JsonObject {
  let text: string;
  if (bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    text = baked(() => extractFromPng(new Uint8Array(bytes)), 'PNG');
  } else {
    const content = bytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
    text = content.startsWith('<') ? baked(() => extractFromSvg(content), 'SVG') : content;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UnusableInput('The file is not a credential: it is neither valid JSON nor a PNG or SVG badge.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UnusableInput('The file is not a credential: its JSON must be an object.');
  return value as JsonObject;
}

function baked(extract: () => string | null, kind: string): string {
  let text: string | null;
  try {
    text = extract();
  } catch (error) {
    throw new UnusableInput(`The ${kind} image could not be read: ${error instanceof BadgeImageError ? error.message : 'it is damaged'}`);
  }
  if (text === null) throw new UnusableInput(`The ${kind} image has no credential baked into it.`);
  return text;
}

function readInput(file: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnusableInput(code === 'ENOENT' ? `The ${what} ${file} does not exist.` : `The ${what} ${file} cannot be read (${code ?? 'error'}).`);
  }
}

/** Roughly how long: { count, unit } in days, hours or minutes (count 0: under a minute). */
function roughly(ms: number): { count: number; unit: 'day' | 'hour' | 'minute' } {
  const units: Array<[number, 'day' | 'hour' | 'minute']> = [
    [DAY_MS, 'day'],
    [60 * 60 * 1000, 'hour'],
    [60 * 1000, 'minute'],
  ];
  for (const [size, unit] of units) {
    const count = Math.floor(Math.max(ms, 0) / size);
    if (count >= 1) return { count, unit };
  }
  return { count: 0, unit: 'minute' };
}

const kaUnits = { day: 'დღის', hour: 'საათის', minute: 'წუთის' } as const;

/** "3 days ago" / "3 დღის წინ". */
export function describeAge(ms: number, lang: Lang = 'en'): string {
  const { count, unit } = roughly(ms);
  if (lang === 'ka') return count === 0 ? 'ერთ წუთზე ნაკლები ხნის წინ' : `${count} ${kaUnits[unit]} წინ`;
  return count === 0 ? 'less than a minute ago' : `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/** The words around the checks, in the two languages (the checks' own words are verification.ts's). */
const frame = {
  en: {
    header: (url: string, at: string, age: string, size: number) => `Snapshot of ${url}, made ${at} (${age}); ledger head of ${size} entries.`,
    asOf: (at: string) => ` (as of the snapshot, ${at})`,
    stale: (at: string, age: string) => ` As of the snapshot, made ${age}: a revocation or suspension since ${at} is not visible.`,
    verdict: 'Verdict',
  },
  ka: {
    header: (url: string, at: string, age: string, size: number) => `რეესტრის ასლი: ${url}, შექმნილია ${at} (${age}); ლეჯერის ხელმოწერილი თავი: ${size} ჩანაწერი.`,
    asOf: (at: string) => ` (ასლის მდგომარეობით, ${at})`,
    stale: (at: string, age: string) => ` ასლის მდგომარეობით, რომელიც შეიქმნა ${age}: ${at}-ის შემდეგ გაუქმება ან შეჩერება აქ არ ჩანს.`,
    verdict: 'დასკვნა',
  },
} as const;

interface SnapshotAge {
  createdAt: string;
  ageMs: number;
  /** Older than a day: revocations since then are likely enough to say so out loud. */
  stale: boolean;
}

function snapshotAge(sources: SnapshotSources, now: Date): SnapshotAge {
  const ageMs = now.getTime() - sources.createdAt.getTime();
  return { createdAt: sources.createdAt.toISOString(), ageMs, stale: ageMs > DAY_MS };
}

function printText(result: VerificationResult, sources: SnapshotSources, age: SnapshotAge, lang: Lang): void {
  const words = frame[lang];
  const ago = describeAge(age.ageMs, lang);
  const lines = [words.header(sources.body.publicUrl, age.createdAt, ago, sources.body.ledger.head?.treeSize ?? 0)];
  const labels = result.checks.map((check) => checkWords[check.check][lang]);
  const outcomes = result.checks.map((check) => outcomeWords[check.outcome][lang]);
  const labelWidth = Math.max(...labels.map((label) => label.length));
  const outcomeWidth = Math.max(...outcomes.map((outcome) => outcome.length));
  result.checks.forEach((check, n) => {
    let reason = check.reason[lang];
    if (check.check === 'status') {
      reason += age.stale ? words.stale(age.createdAt, ago) : words.asOf(age.createdAt);
    }
    lines.push(`  ${labels[n]!.padEnd(labelWidth)}  ${outcomes[n]!.padEnd(outcomeWidth)}  ${reason}`);
  });
  lines.push(`${words.verdict}: ${verdictWords[result.verified ? 'valid' : 'invalid'][lang]}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

interface VerifyOptions {
  snapshot?: string;
  trustedKey?: string;
  json?: boolean;
  lang: string;
  at?: string;
}

async function verifyFile(file: string | undefined, options: VerifyOptions): Promise<number> {
  if (!file) throw new UnusableInput('Name the credential file: microcred verify FILE --snapshot SNAPSHOT --trusted-key z6Mk...');
  if (!options.snapshot) throw new UnusableInput('Give the snapshot to verify against: --snapshot SNAPSHOT (made with `microcred snapshot`).');
  const trustedKey = options.trustedKey ?? process.env[LEDGER_KEY_VARIABLE];
  if (!trustedKey) throw new UnusableInput(`Give the ledger's public key (publicKeyMultibase of GET /ledger/did.json): --trusted-key z6Mk... or ${LEDGER_KEY_VARIABLE}.`);
  if (options.lang !== 'en' && options.lang !== 'ka') throw new UnusableInput('--lang must be en or ka.');
  const now = new Date();
  const at = options.at === undefined ? now : new Date(options.at);
  if (Number.isNaN(at.getTime())) throw new UnusableInput(`--at must be an ISO date or date-time, not "${options.at}".`);

  const credential = credentialFromFile(readInput(file, 'credential file'));
  let sources: SnapshotSources;
  try {
    sources = await readSnapshot(readInput(options.snapshot, 'snapshot').toString('utf8'), { trustedKey });
  } catch (error) {
    if (error instanceof SnapshotError) throw new UnusableInput(error.message);
    throw error;
  }
  const result = await verifyCredentialWith(sources, credential, { now: at });
  const age = snapshotAge(sources, now);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...result, snapshot: { ...age, publicUrl: sources.body.publicUrl, treeSize: sources.body.ledger.head?.treeSize ?? 0, notice: `Revocations, suspensions and issuances after ${age.createdAt} are not visible in this snapshot.` } }, null, 2)}\n`);
  } else {
    printText(result, sources, age, options.lang);
  }
  return result.verified ? 0 : 1;
}

export function registerVerifyCommands(program: Command): void {
  program
    .command('snapshot')
    .description('Write a signed snapshot of the registry and the ledger, for `microcred verify` on a machine without network')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { out?: string }) => {
      // Imported here so that `verify` never loads the database's modules.
      const { loadConfig } = await import('../../config.js');
      const { systemClock } = await import('../../domain/calendar/tbilisi.js');
      const { openMigratedDatabase } = await import('../../platform.js');
      const { createTrustServices } = await import('../../use-cases/credentials/trust-services.js');
      const { signNewTreeHead } = await import('../../use-cases/ledger.js');
      const { createSnapshot } = await import('../../use-cases/snapshot.js');
      const config = loadConfig();
      const db = await openMigratedDatabase(config);
      const trust = await createTrustServices(db, config);
      try {
        const ledgerKey = await trust.ledgerKey();
        // A fresh head first, so that the snapshot covers every issuance up to now.
        await signNewTreeHead(db, ledgerKey, systemClock);
        const snapshot = await createSnapshot(db, trust, { clock: systemClock });
        const text = `${JSON.stringify(snapshot)}\n`;
        if (options.out) fs.writeFileSync(options.out, text);
        else process.stdout.write(text);
        process.stderr.write(
          `Snapshot of ${snapshot.body.issuers.length} issuers, ${snapshot.body.courses.length} courses and ${snapshot.body.ledger.entries.length} ledger entries, made ${snapshot.body.createdAt}.\n` +
            `Verifiers trust it with --trusted-key ${ledgerKey.publicKeyMultibase} (or ${LEDGER_KEY_VARIABLE}); check that key against ${config.publicUrl}/ledger/did.json.\n`,
        );
      } finally {
        await trust.close();
        await db.destroy();
      }
    });

  program
    .command('verify')
    .description('Verify a credential (JSON, or a PNG or SVG badge) against a signed snapshot, without network; exit 0 valid, 1 not valid, 2 unusable input')
    .argument('[file]', "the credential's JSON file, or a baked PNG or SVG badge")
    .option('--snapshot <file>', 'the snapshot made by `microcred snapshot`')
    .option('--trusted-key <key>', `the ledger's public key (publicKeyMultibase of /ledger/did.json); default ${LEDGER_KEY_VARIABLE}`)
    .option('--json', 'print the result as JSON')
    .option('--lang <lang>', 'en or ka', 'en')
    .option('--at <date>', 'verify as of this ISO date or date-time instead of now')
    .action(async (file: string | undefined, options: VerifyOptions) => {
      try {
        process.exitCode = await verifyFile(file, options);
      } catch (error) {
        // Exit 1 means "not valid"; a verification that could not run is never reported as that.
        const message = error instanceof UnusableInput ? error.message : `The verification could not run: ${error instanceof Error ? error.message : String(error)}`;
        process.stderr.write(`${message}\n`);
        process.exitCode = 2;
      }
    });
}
