import type { IsoDate } from '../shared/domain/dates';
import { InputError } from './arguments';
import { translator } from './render-text';
import {
  checkCommand,
  expiringCommand,
  exportCommand,
  planCommand,
  rosterCommand,
  type CommandEnv,
  type CommandResult,
} from './commands';

export type CliIo = CommandEnv & { stdout(text: string): void; stderr(text: string): void; today(): IsoDate };

export const USAGE = `Usage: tenure <command> FILE [options]

Commands
  check FILE [--as-of DATE] [--json]                      every rule finding; exit 1 when there is an error
  plan FILE --committee ID --cycle YEAR [--json]          the election-cycle plan for an odd YEAR
  roster FILE --committee ID [--as-of DATE] [--json]      members on DATE with term numbers and offices
  expiring FILE [--as-of DATE] [--months N] [--committee ID] [--json]
                                                          terms and offices ending within N months (12)
  export nominations FILE --election ID --format csv|xlsx|pdf --out PATH
                                                          the nomination list of an election
  export roster FILE --committee ID [--as-of DATE] --format csv|xlsx|pdf --out PATH
  export expiring FILE --committee ID [--as-of DATE] [--months N] --format csv|xlsx|pdf --out PATH
  export calendar FILE --committee ID [--as-of DATE] --out PATH
                                                          term ends, officer term ends and cycle deadlines (.ics)
  PDF options: [--page a4|letter] [--font PATH] (a TrueType font for characters DejaVu Sans lacks, e.g. CJK)
  Export options: [--lang en|es|fr|ar] the language of the file; by default the terminal's (LC_ALL, LC_MESSAGES, LANG)

DATE is YYYY-MM-DD and defaults to today. Exit codes: 0 ran, 1 check found an error, 2 bad input.`;

const COMMANDS: Record<string, (args: string[], env: CommandEnv) => Promise<CommandResult>> = {
  check: checkCommand,
  plan: planCommand,
  roster: rosterCommand,
  expiring: expiringCommand,
  export: exportCommand,
};

/** Runs one CLI invocation and returns its exit code; all output goes through `io`. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    // Own properties only: "toString" or "constructor" is an unknown command, not a method of Object.
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) throw new InputError([{ path: command, message: `unknown command ${JSON.stringify(command)}` }]);
    const result = await handler(rest, io);
    io.stdout(json ? `${JSON.stringify(result.json, null, 2)}\n` : `${result.text}\n`);
    return result.exitCode;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const listed = error.problems.map((p) => `  ${p.path ? `${p.path}: ` : ''}${p.message}`);
    const t = translator(io.locale ?? 'en');
    const shown =
      listed.length > 50 ? [...listed.slice(0, 50), `  ${t('cli.error.more', { count: listed.length - 50 })}`] : listed;
    const preface = error.preface ? t(error.preface.id, error.preface.values) : t('cli.error.badArguments');
    io.stderr(`tenure: ${preface}\n${shown.join('\n')}\n`);
    if (json) io.stdout(`${JSON.stringify({ errors: error.problems }, null, 2)}\n`);
    return 2;
  }
}
