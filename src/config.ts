// The one place that reads the environment. Every variable is validated at boot
// and documented in docs/operations.md; nothing else reads process.env.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** The demo provider's VC-API token when DEMO_API_TOKEN is not set; listed in the README. */
export const DEFAULT_DEMO_API_TOKEN = 'mc-demo-token-mtkvari-university-0001';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO: booleanFlag.default(true),
  DEMO_PASSWORD: z.string().min(8).default('microcred-demo'),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  // An empty SMTP_URL= (as env files often leave it) means none.
  SMTP_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .url()
      .refine((value) => /^smtps?:\/\//.test(value), 'use smtp://user:pass@host:587 or smtps://user:pass@host:465')
      .optional(),
  ),
  MAIL_FROM: z.string().trim().min(3).default('microcred <no-reply@localhost>'),
  KEY_ENCRYPTION_KEY: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
  KEY_ENCRYPTION_KEY_FILE: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
  DEMO_API_TOKEN: z.string().min(20, 'at least 20 characters').default(DEFAULT_DEMO_API_TOKEN),
  SIGNING_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  LEDGER_ANCHOR_RPC_URL: z.preprocess((value) => (value === '' ? undefined : value), z.string().url().optional()),
  LEDGER_ANCHOR_PRIVATE_KEY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'a 32-byte private key as 0x and 64 hex digits').optional(),
  ),
});

export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Load the demo data into an empty database. */
  demo: boolean;
  demoPassword: string;
  /** The public origin of the platform, used in links and identifiers. */
  publicUrl: string;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits use it). */
  trustProxy: boolean;
  /** Secure cookies are sent only over HTTPS; off when the public URL is plain HTTP. */
  secureCookies: boolean;
  /** The SMTP server that sends e-mail; without it, e-mail waits in the outbox, unsent. */
  smtpUrl: string | undefined;
  /** The From address of every e-mail the platform sends. */
  mailFrom: string;
  /** Where the key that encrypts issuers' signing keys comes from; demo mode generates one in dataDir. */
  keyEncryptionKey: { value: string | undefined; file: string | undefined };
  /** The VC-API bearer token the demo data gives the sample course's provider. */
  demoApiToken: string;
  /** Worker threads that sign credentials (one per core by default; 0 signs on the main thread). */
  signingWorkers: number;
  /** An Ethereum-compatible JSON-RPC endpoint and account that anchor the ledger's heads; none by default. */
  ledgerAnchor: { rpcUrl: string; privateKey: `0x${string}` } | null;
}

export class ConfigError extends Error {}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if ((env.LEDGER_ANCHOR_RPC_URL === undefined) !== (env.LEDGER_ANCHOR_PRIVATE_KEY === undefined)) {
    throw new ConfigError('Invalid configuration:\nLEDGER_ANCHOR_RPC_URL and LEDGER_ANCHOR_PRIVATE_KEY go together: set both or neither');
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.DATA_DIR),
    demo: env.DEMO,
    demoPassword: env.DEMO_PASSWORD,
    publicUrl,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    secureCookies: publicUrl.startsWith('https://'),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    keyEncryptionKey: { value: env.KEY_ENCRYPTION_KEY, file: env.KEY_ENCRYPTION_KEY_FILE },
    demoApiToken: env.DEMO_API_TOKEN,
    signingWorkers: env.SIGNING_WORKERS ?? Math.max(1, Math.min(availableParallelism(), 8)),
    ledgerAnchor:
      env.LEDGER_ANCHOR_RPC_URL && env.LEDGER_ANCHOR_PRIVATE_KEY
        ? { rpcUrl: env.LEDGER_ANCHOR_RPC_URL, privateKey: env.LEDGER_ANCHOR_PRIVATE_KEY as `0x${string}` }
        : null,
  };
}
