#!/usr/bin/env node
// The `microcred` command. Each command parses its options, calls the same use cases
// as the HTTP routes, and prints the result.
import fs from 'node:fs';
import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { systemClock } from '../domain/calendar/tbilisi.js';
import { openMigratedDatabase, seedIfEmpty, startPlatform } from '../platform.js';
import { exportRegistry } from '../use-cases/export-registry.js';
import { registerCalendarCommands } from './commands/calendar.js';
import { registerOutcomeCommands } from './commands/outcomes.js';
import { registerCredentialCommands } from './commands/credentials.js';
import { registerLedgerCommands } from './commands/ledger.js';
import { registerVerifyCommands } from './commands/verify.js';
import { createTrustServices } from '../use-cases/credentials/trust-services.js';

const program = new Command();
program.name('microcred').description('National platform for micro-credentials');

program
  .command('serve')
  .description('Migrate the database, load the demo data into an empty one, and serve the platform')
  .action(async () => {
    const config = loadConfig();
    const { app, seeded } = await startPlatform(config, { logger: { level: config.logLevel } });
    const stop = async () => {
      await app.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    await app.listen({ port: config.port, host: config.host });
    const where = config.databaseUrl ? 'PostgreSQL server' : `PGlite in ${config.dataDir}`;
    console.log(`microcred is serving ${config.publicUrl} (database: ${where}${seeded ? ', demo data loaded' : ''})`);
  });

program
  .command('migrate')
  .description('Apply the database migrations')
  .action(async () => {
    const db = await openMigratedDatabase(loadConfig());
    await db.destroy();
    console.log('The database is migrated.');
  });

program
  .command('seed')
  .description('Load the demo data, if the database is empty and DEMO is not 0')
  .action(async () => {
    const config = loadConfig();
    const db = await openMigratedDatabase(config);
    const trust = await createTrustServices(db, config);
    try {
      const seeded = await seedIfEmpty(db, trust, config, systemClock);
      console.log(seeded ? 'Demo data loaded.' : config.demo ? 'The database is not empty; nothing loaded.' : 'DEMO=0: nothing loaded.');
    } finally {
      await trust.close();
      await db.destroy();
    }
  });

const courses = program.command('courses').description('The course registry');
courses
  .command('export')
  .description('Export the public registry')
  .option('--format <format>', 'json or csv', 'json')
  .option('--out <file>', 'write to a file instead of standard output')
  .action(async (options: { format: string; out?: string }) => {
    if (options.format !== 'json' && options.format !== 'csv') {
      console.error('--format must be json or csv');
      process.exitCode = 2;
      return;
    }
    const config = loadConfig();
    const db = await openMigratedDatabase(config);
    try {
      const file = await exportRegistry({ db, clock: systemClock, publicUrl: config.publicUrl }, options.format);
      if (options.out) fs.writeFileSync(options.out, file.body);
      else process.stdout.write(file.body);
    } finally {
      await db.destroy();
    }
  });

registerCalendarCommands(program);
registerCredentialCommands(program);
registerLedgerCommands(program);
registerOutcomeCommands(program);
registerVerifyCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error));
  process.exit(1);
});
