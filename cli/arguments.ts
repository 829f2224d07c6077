import { parseArgs } from 'node:util';
import { isIsoDate, type IsoDate } from '../shared/domain/dates';
import type { MessageRef } from '../shared/i18n/translate';
import type { WorkspaceProblem } from '../shared/workspace/parse';

/** Bad arguments or bad input: the CLI prints every problem and exits 2. */
export class InputError extends Error {
  constructor(
    readonly problems: WorkspaceProblem[],
    /** The sentence before the list, as a message of the shared catalogue. */
    readonly preface?: MessageRef,
  ) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n'));
  }
}

export function inputError(path: string, message: string): InputError {
  return new InputError([{ path, message }]);
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export type ParsedCommand = { positionals: string[]; values: Record<string, string | boolean | undefined> };

/** Parses one command's arguments strictly; unknown options and missing values are bad arguments. */
export function parseCommandArgs(args: string[], options: OptionSpec, positionalNames: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? '';
    if (/Unknown option/.test(message)) throw inputError(option, `unknown option ${option}`);
    if (/argument missing/.test(message)) throw inputError(option, `${option} needs a value`);
    throw inputError(option, message.split('\n')[0] ?? message);
  }
  const { positionals, values } = parsed;
  if (positionals.length < positionalNames.length) {
    throw inputError(positionalNames[positionals.length] as string, `missing ${positionalNames[positionals.length]}`);
  }
  if (positionals.length > positionalNames.length) {
    throw inputError(
      positionals[positionalNames.length] as string,
      `unexpected argument "${positionals[positionalNames.length]}"`,
    );
  }
  return { positionals, values: values as ParsedCommand['values'] };
}

export function requiredString(values: ParsedCommand['values'], name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw inputError(`--${name}`, `--${name} is required`);
  return value;
}

export function dateOption(values: ParsedCommand['values'], name: string, fallback: IsoDate): IsoDate {
  const value = values[name];
  if (value === undefined) return fallback;
  if (!isIsoDate(value)) throw inputError(`--${name}`, `expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

export function integerOption(
  values: ParsedCommand['values'],
  name: string,
  options: { min?: number; fallback?: number },
): number {
  const value = values[name];
  if (value === undefined && options.fallback !== undefined) return options.fallback;
  if (value === undefined) throw inputError(`--${name}`, `--${name} is required`);
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) {
    throw inputError(`--${name}`, `expected a whole number, got ${JSON.stringify(value)}`);
  }
  const number = Number(value);
  if (options.min !== undefined && number < options.min) {
    throw inputError(`--${name}`, `must be at least ${options.min}, got ${number}`);
  }
  return number;
}
