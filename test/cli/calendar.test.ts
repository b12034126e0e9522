import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCalendarCommands } from '../../src/cli/commands/calendar.js';

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs `microcred <args>` in process, with the calendar commands only. */
async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const program = new Command('microcred');
  // Set before registering: subcommands copy these settings when they are created.
  program.exitOverride();
  program.configureOutput({ writeOut: (text) => void (stdout += text), writeErr: (text) => void (stderr += text) });
  registerCalendarCommands(program, { out: (text) => void (stdout += text) });
  try {
    await program.parseAsync(args, { from: 'user' });
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    if (error instanceof CommanderError) return { stdout, stderr, exitCode: error.exitCode };
    throw error;
  }
}

describe('microcred calendar due', () => {
  it('--from 2026-04-08 --working-days 3 prints 2026-04-16 on its own line', async () => {
    expect(await run('calendar', 'due', '--from', '2026-04-08', '--working-days', '3')).toEqual({
      stdout: '2026-04-16\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it.each([
    [['--from', '2026-04-08', '--working-days', '60'], '2026-07-08'],
    [['--from', '2026-12-29', '--working-days', '3'], '2027-01-04'],
    [['--from=2026-11-20', '--working-days=1'], '2026-11-24'],
    [['--from', '2026-04-08', '--calendar-days', '10'], '2026-04-20'],
    [['--calendar-days', '5', '--from', '2026-04-06'], '2026-04-14'],
  ])('%j prints %s', async (args, expected) => {
    const result = await run('calendar', 'due', ...args);
    expect(result).toEqual({ stdout: `${expected}\n`, stderr: '', exitCode: 0 });
  });

  it.each([
    [['--from', '2026-02-30', '--working-days', '3'], /2026-02-30 is not a real calendar date/],
    [['--from', '08.04.2026', '--working-days', '3'], /not a date written YYYY-MM-DD/],
    [['--from', '1999-01-04', '--working-days', '3'], /covers 2013 to 2100/],
    [['--working-days', '3'], /--from/],
    [['--from', '2026-04-08'], /exactly one of --working-days N and --calendar-days N/],
    [['--from', '2026-04-08', '--working-days', '3', '--calendar-days', '3'], /exactly one of/],
    [['--from', '2026-04-08', '--working-days', 'three'], /--working-days must be a whole number/],
    [['--from', '2026-04-08', '--calendar-days', '-2'], /--calendar-days must be a whole number/],
    [['--from', '2026-04-08', '--working-days', '0'], /from 1 to 3650; got 0/],
  ])('%j is refused with exit code 2', async (args, message) => {
    const result = await run('calendar', 'due', ...args);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^error: /);
  });
});

describe('microcred calendar holidays', () => {
  it('--year 2026 lists 18 holidays: date, English name, Georgian name, tab-separated', async () => {
    const result = await run('calendar', 'holidays', '--year', '2026');
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(18);
    expect(lines[0]).toBe("2026-01-01\tNew Year's Day\tახალი წელი");
    expect(lines).toContain('2026-04-10\tGood Friday\tწითელი პარასკევი');
    expect(lines).toContain('2026-05-17\tDay of Family Sanctity and Respect for Parents\tოჯახის სიწმინდისა და მშობლების პატივისცემის დღე');
    for (const line of lines) expect(line.split('\t')).toHaveLength(3);
  });

  it('defaults to this year in Tbilisi', async () => {
    const result = await run('calendar', 'holidays');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^\d{4}-01-01\t/);
  });

  it.each([['26'], ['2026x'], ['1999']])('--year %s is refused with exit code 2', async (year) => {
    const result = await run('calendar', 'holidays', '--year', year);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stdout).toBe('');
  });
});

describe('as a real process', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  // A tiny entry: a program with the calendar commands only, run through tsx.
  const entry = [
    "import { Command } from 'commander';",
    "import { registerCalendarCommands } from './src/cli/commands/calendar.ts';",
    "const program = new Command('microcred');",
    'registerCalendarCommands(program);',
    "await program.parseAsync(process.argv.slice(1), { from: 'user' });",
  ].join('\n');

  async function spawn(...args: string[]): Promise<Run> {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', entry, ...args],
        { cwd: root, env: { ...process.env, TZ: 'America/Los_Angeles' } },
      );
      return { stdout, stderr, exitCode: 0 };
    } catch (error) {
      const failed = error as { stdout: string; stderr: string; code: number };
      return { stdout: failed.stdout, stderr: failed.stderr, exitCode: failed.code };
    }
  }

  it('prints 2026-04-16 and exits 0, even with the server in another time zone', async () => {
    expect(await spawn('calendar', 'due', '--from', '2026-04-08', '--working-days', '3')).toEqual({
      stdout: '2026-04-16\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('exits 2 with a clear message for a bad date', async () => {
    const result = await spawn('calendar', 'due', '--from', '2026-13-01', '--calendar-days', '5');
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('error: 2026-13-01 is not a real calendar date.');
  });
});
