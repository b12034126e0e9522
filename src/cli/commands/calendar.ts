// `microcred calendar`: the Georgian working-day calendar from the command line. Same functions
// as the procedure uses (src/domain/calendar); the counting rule is in docs/deadlines.md.
import type { Command } from 'commander';
import { dueDate } from '../../domain/calendar/deadlines.js';
import { georgianHolidays } from '../../domain/calendar/holidays.js';
import { tbilisiDate } from '../../domain/calendar/tbilisi.js';
import { DomainError } from '../../domain/errors.js';

/** Exit code for bad input (a usage error), as elsewhere in the CLI. */
const usageExitCode = 2;

export interface CalendarOutput {
  out(text: string): void;
}

const standardOutput: CalendarOutput = { out: (text) => void process.stdout.write(text) };

export function registerCalendarCommands(program: Command, output: CalendarOutput = standardOutput): Command {
  const calendar = program
    .command('calendar')
    .description('Georgian working days and public holidays (dates in Asia/Tbilisi, YYYY-MM-DD)');

  calendar
    .command('due')
    .description(
      'Print the due date of a period that starts from an event on --from. The event day is not counted; ' +
        'N working days ends on the N-th working day after it; N calendar days ends on the date N days after it, ' +
        'moved to the next working day if that day is not one.',
    )
    .option('--from <date>', 'the day of the event that starts the period, YYYY-MM-DD')
    .option('--working-days <n>', 'length of the period in working days')
    .option('--calendar-days <n>', 'length of the period in calendar days')
    .action((options: { from?: string; workingDays?: string; calendarDays?: string }, command: Command) => {
      const fail = (message: string): never => command.error(`error: ${message}`, { exitCode: usageExitCode });
      if (options.from === undefined) fail('give the start date with --from YYYY-MM-DD');
      if ((options.workingDays === undefined) === (options.calendarDays === undefined)) {
        fail('give exactly one of --working-days N and --calendar-days N');
      }
      const unit = options.workingDays !== undefined ? 'working' : 'calendar';
      const raw = options.workingDays ?? options.calendarDays ?? '';
      if (!/^\d+$/.test(raw)) fail(`--${unit}-days must be a whole number of days; got "${raw}"`);
      try {
        output.out(`${dueDate(options.from ?? '', Number(raw), unit)}\n`);
      } catch (error) {
        if (error instanceof DomainError) fail(error.message);
        throw error;
      }
    });

  calendar
    .command('holidays')
    .description("List a year's Georgian public holidays: date, English name, Georgian name (tab-separated)")
    .option('--year <year>', 'the year (default: this year in Tbilisi)')
    .action((options: { year?: string }, command: Command) => {
      const fail = (message: string): never => command.error(`error: ${message}`, { exitCode: usageExitCode });
      const raw = options.year ?? tbilisiDate(new Date()).slice(0, 4);
      if (!/^\d{4}$/.test(raw)) fail(`--year must be a year like 2026; got "${raw}"`);
      try {
        const lines = georgianHolidays(Number(raw)).map((h) => `${h.date}\t${h.name.en}\t${h.name.ka}\n`);
        output.out(lines.join(''));
      } catch (error) {
        if (error instanceof DomainError) fail(error.message);
        throw error;
      }
    });

  return calendar;
}
