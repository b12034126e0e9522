// `microcred issuers create-test`, `microcred issuers rotate-key --provider SLUG` and
// `microcred credentials issue --provider SLUG --file awards.csv`: the operator's and the
// provider's command line for issuing. Bulk issuance prints its progress on standard error and
// can be stopped at any point and run again: it issues only what is missing.
import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { systemClock, tbilisiDate } from '../../domain/calendar/tbilisi.js';
import { parseAwardCsv } from '../../domain/credential/award-rows.js';
import { DomainError } from '../../domain/errors.js';
import { appendAudit } from '../../db/queries/audit.js';
import type { Db } from '../../db/database.js';
import { openMigratedDatabase } from '../../platform.js';
import { checkAwards, createBatch, runBatch } from '../../use-cases/credentials/award.js';
import { createTestIssuer, rotateProviderKey } from '../../use-cases/credentials/issuers.js';
import { createTrustServices, type TrustServices } from '../../use-cases/credentials/trust-services.js';
import { findProviderBySlug } from '../../db/queries/courses.js';

async function withTrust<T>(work: (db: Db, trust: TrustServices) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openMigratedDatabase(config);
  const trust = await createTrustServices(db, config);
  try {
    return await work(db, trust);
  } finally {
    await trust.close();
    await db.destroy();
  }
}

async function providerBySlug(db: Db, slug: string) {
  const provider = await findProviderBySlug(db, slug);
  if (!provider) throw new DomainError('not_found', `There is no provider "${slug}".`);
  return provider;
}

function fail(message: string, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exitCode = code;
}

export function registerCredentialCommands(program: Command): void {
  const issuers = program.command('issuers').description('Credential issuers and their keys');
  issuers
    .command('create-test')
    .description('Create a test issuer (did:key) that signs any well-formed VC 2.0 credential, for conformance suites; prints { "id", "token" }')
    .option('--name <name>', 'a name for the issuer', 'Test issuer')
    .action(async (options: { name: string }) => {
      const created = await withTrust(async (db, trust) => {
        const issuer = await createTestIssuer(db, trust, { name: options.name, at: systemClock.now() });
        await appendAudit(db, { actorId: null, action: 'issuer.test-created', entityType: 'issuer', entityId: issuer.id });
        return issuer;
      });
      process.stdout.write(`${JSON.stringify(created)}\n`);
    });
  issuers
    .command('rotate-key')
    .description("Give a provider's issuer a new signing key; credentials signed before keep verifying")
    .requiredOption('--provider <slug>', "the provider's slug")
    .action(async (options: { provider: string }) => {
      try {
        const key = await withTrust(async (db, trust) => {
          const provider = await providerBySlug(db, options.provider);
          const description = await rotateProviderKey(db, trust, provider.id, systemClock.now());
          await appendAudit(db, { actorId: null, action: 'issuer.key-rotated', entityType: 'provider', entityId: provider.id, after: { keyId: description.id } });
          return description;
        });
        process.stdout.write(`${JSON.stringify({ id: key.id, created: key.created })}\n`);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    });

  const credentials = program.command('credentials').description('Issued credentials');
  credentials
    .command('issue')
    .description('Issue credentials from a CSV file (course_code, learner_name, learner_email, award_date); rerunning it issues only what is missing')
    .requiredOption('--provider <slug>', "the awarding provider's slug")
    .requiredOption('--file <csv>', 'the CSV file')
    .action(async (options: { provider: string; file: string }) => {
      let text: string;
      try {
        text = fs.readFileSync(options.file, 'utf8');
      } catch (error) {
        fail(`Cannot read ${options.file}: ${(error as Error).message}`, 2);
        return;
      }
      const { rows, errors } = parseAwardCsv(text);
      if (errors.length > 0) {
        fail(errors.map((error) => `${error.path}: ${error.message}`).join('\n'));
        return;
      }
      try {
        const result = await withTrust(async (db, trust) => {
          const provider = await providerBySlug(db, options.provider);
          const awards = await checkAwards(db, { providerId: provider.id, rows, today: tbilisiDate(systemClock.now()) });
          const batchId = await createBatch(db, { providerId: provider.id, source: 'cli', awards, actorId: null });
          const outcome = await runBatch(db, trust, {
            batchId,
            clock: systemClock,
            onProgress: (done, total) => process.stderr.write(`issued ${done}/${total}\n`),
          });
          return { batch: batchId, total: awards.length, issued: outcome.issued.length, alreadyIssued: outcome.skipped };
        });
        process.stdout.write(`${JSON.stringify(result)}\n`);
      } catch (error) {
        if (error instanceof DomainError && error.errors.length > 0) {
          // CSV lines: the header is line 1, row i is line i + 2.
          fail(
            [
              error.message,
              ...error.errors.map((item) => {
                const row = /^rows\.(\d+)/.exec(item.path);
                return `${row ? `line ${Number(row[1]) + 2} (${item.path.split('.')[2] ?? 'row'})` : item.path}: ${item.message}`;
              }),
            ].join('\n'),
          );
        } else fail(error instanceof Error ? error.message : String(error));
      }
    });
}
