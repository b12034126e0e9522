// `microcred outcomes analyse FILE [--level 6|7]`: reads the request of
// POST /api/outcomes/analyse from a JSON file and prints the same report.
import fs from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '../../domain/errors.js';
import { analyseOutcomes, parseAnalyseOutcomesRequest } from '../../use-cases/analyse-outcomes.js';

export interface OutcomeCommandIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
}

const processIo: OutcomeCommandIo = {
  readFile: (path) => fs.readFileSync(path, 'utf8'),
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export function registerOutcomeCommands(program: Command, io: OutcomeCommandIo = processIo): void {
  const outcomes = program.command('outcomes').description('Learning outcomes and their alignment with NQF levels');
  outcomes
    .command('analyse')
    .alias('analyze')
    .description('Analyse learning outcomes from a JSON file ({ "outcomes": [{ "text", "lang" }], "claimedLevel"? }) and print the report')
    .argument('<file>', 'JSON file with the request of POST /api/outcomes/analyse')
    .option('--level <level>', 'the level the course claims (6 or 7); overrides claimedLevel in the file')
    .action((file: string, options: { level?: string }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(io.readFile(file));
      } catch (error) {
        io.err(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
        return;
      }
      if (options.level !== undefined) {
        if (options.level !== '6' && options.level !== '7') {
          io.err('--level must be 6 or 7\n');
          process.exitCode = 2;
          return;
        }
        if (raw && typeof raw === 'object') raw = { ...(raw as object), claimedLevel: Number(options.level) };
      }
      try {
        const report = analyseOutcomes(parseAnalyseOutcomesRequest(raw));
        io.out(`${JSON.stringify(report, null, 2)}\n`);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        io.err(`${error.message}\n${error.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}\n`);
        process.exitCode = 1;
      }
    });
}
