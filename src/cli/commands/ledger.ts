// `microcred ledger monitor --url URL [--state FILE] [--no-audit]`: checks a microcred
// server's public ledger (signature, consistency with the head seen last time, every entry)
// and exits non-zero with a plain message on any inconsistency. Runs anywhere: it only needs
// the server's public URL.
import fs from 'node:fs';
import type { Command } from 'commander';
import { monitorLedger, type MonitorState } from '../../trust/ledger/monitor.js';

function readState(file: string): MonitorState | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as MonitorState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`Cannot read the monitor's state in ${file}: ${(error as Error).message}`);
  }
}

export function registerLedgerCommands(program: Command): void {
  const ledger = program.command('ledger').description('The public tamper-evident ledger');
  ledger
    .command('monitor')
    .description("Check a server's ledger: the head's signature, consistency with the head seen last, and (unless --no-audit) every entry")
    .requiredOption('--url <url>', "the server's public URL, e.g. https://registry.example.ge")
    .option('--state <file>', 'where the last head seen is kept', 'ledger-monitor.json')
    .option('--no-audit', 'skip downloading and rehashing every entry')
    .action(async (options: { url: string; state: string; audit: boolean }) => {
      let previous: MonitorState | null;
      try {
        previous = readState(options.state);
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const result = await monitorLedger({ baseUrl: options.url, previous, audit: options.audit });
      if (!result.ok) {
        process.stderr.write(`${result.messages.join('\n')}\n`);
        process.exitCode = 1;
        return;
      }
      fs.writeFileSync(options.state, `${JSON.stringify(result.head)}\n`);
      process.stdout.write(`${result.messages.join('\n')}\n`);
    });
}
