// Fuzzing the command line's argument parser (quality-anchors R10): any argument list gives an exit
// code of 0, 1 or 2 and never an uncaught exception or a hang; a refusal (2) always says why on
// stderr, and with --json stdout is JSON.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzRuns, recordReliability } from '../shared/testing/reliability';
import { InputError, parseCommandArgs } from './arguments';
import { runCli } from './run';

const RUNS = fuzzRuns(process.env);
const ROOT = resolve(import.meta.dirname, '..');
const FILES: Record<string, string> = {
  'example.json': readFileSync(join(ROOT, 'examples/it-section-2021.tenure.json'), 'utf8'),
  'breaches.json': readFileSync(join(ROOT, 'examples/rule-breaches.tenure.json'), 'utf8'),
  'broken.json': '{"format":"tenure","version":1,"committees":[',
  'empty.json': '',
};
const OUT = mkdtempSync(join(tmpdir(), 'tenure-cli-fuzz-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Tokens a person (or a script) might type: real options and values, near misses and junk. */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Object.keys(FILES), 'missing.json', OUT) },
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      '--json',
      '--as-of',
      '--committee',
      '--cycle',
      '--months',
      '--election',
      '--format',
      '--out',
      '--page',
      '--font',
      '--as-of=2021-03-19',
      '--committee=it',
      '--help',
      '-h',
      '--',
      '-',
      '--unknown',
      '-x',
    ),
  },
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'it',
      'ls',
      '2021',
      '2022',
      '-3',
      '2021-03-19',
      '2021-13-01',
      '12',
      'csv',
      'xlsx',
      'pdf',
      'a4',
      'letter',
      'e-2021-members',
      'nominations',
      'roster',
      'expiring',
      'calendar',
      join(OUT, 'out.csv'),
      join(OUT, 'no-folder', 'out.csv'),
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
/** Command lines that work, as the README gives them; the fuzzer damages them. */
const TEMPLATES = [
  ['check', 'example.json', '--as-of', '2021-03-19', '--json'],
  ['check', 'breaches.json', '--as-of', '2023-10-02'],
  ['plan', 'example.json', '--committee', 'it', '--cycle', '2021'],
  ['roster', 'example.json', '--committee', 'it', '--as-of', '2021-03-19', '--json'],
  ['expiring', 'example.json', '--as-of', '2021-03-19', '--months', '12', '--committee', 'it'],
  ['export', 'roster', 'example.json', '--committee', 'it', '--format', 'csv', '--out', join(OUT, 'roster.csv')],
  [
    'export',
    'nominations',
    'example.json',
    '--election',
    'e-2021-members',
    '--format',
    'xlsx',
    '--out',
    join(OUT, 'n.xlsx'),
  ],
  ['export', 'calendar', 'example.json', '--committee', 'it', '--out', join(OUT, 'deadlines.ics')],
];
type Edit = { kind: 'drop' | 'insert' | 'replace' | 'swap'; at: number; token: string };
const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('drop', 'insert', 'replace', 'swap'),
  at: fc.nat(),
  token,
});
function damaged(template: string[], edits: Edit[]): string[] {
  const args = [...template];
  for (const { kind, at, token } of edits) {
    const i = at % (args.length + 1);
    if (kind === 'insert') args.splice(i, 0, token);
    else if (i >= args.length) continue;
    else if (kind === 'drop') args.splice(i, 1);
    else if (kind === 'replace') args[i] = token;
    else if (i + 1 < args.length) [args[i], args[i + 1]] = [args[i + 1]!, args[i]!];
  }
  return args;
}
const argv = fc.oneof(
  fc.tuple(
    fc.oneof(fc.constantFrom('check', 'plan', 'roster', 'expiring', 'export', 'help'), fc.string({ maxLength: 8 })),
    fc.array(token, { maxLength: 9 }),
  ),
  fc.tuple(fc.constantFrom(...TEMPLATES), fc.array(edit, { maxLength: 3 })).map(([template, edits]) => {
    const [command = '', ...rest] = damaged(template, edits);
    return [command, rest] as [string, string[]];
  }),
);

/**
 * Every file an export writes lands in the test's own folder: any --out value not already there is
 * taken as a name inside it, so no fuzzed path can write elsewhere.
 */
function confined(args: string[]): string[] {
  const inside = (path: string) =>
    path.startsWith(`${OUT}/`) ? path : join(OUT, encodeURIComponent(path).slice(0, 60));
  // A dash-led token after --out is an option, which the parser refuses as a value ("-" alone is a value).
  const isValue = (arg: string) => !arg.startsWith('-') || arg === '-';
  return args.map((arg, i) =>
    args[i - 1] === '--out' && isValue(arg)
      ? inside(arg)
      : arg.startsWith('--out=')
        ? `--out=${inside(arg.slice(6))}`
        : arg,
  );
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    readFile: async (path) => {
      const text = FILES[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    today: () => '2021-03-19',
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('the command line under fuzzing (quality-anchors R10)', () => {
  it(`parses any argument list into values or a bad-arguments error, nothing else [${RUNS} runs]`, (context) => {
    const spec = {
      'as-of': { type: 'string' as const },
      committee: { type: 'string' as const },
      json: { type: 'boolean' as const },
    };
    fc.assert(
      fc.property(fc.array(token, { maxLength: 10 }), fc.nat({ max: 2 }), (args, positionals) => {
        try {
          const parsed = parseCommandArgs(args, spec, ['FILE', 'KIND'].slice(0, positionals));
          expect(parsed.positionals).toHaveLength(positionals);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
    recordReliability(context, { fuzzProperties: 1, fuzzRuns: RUNS });
  });

  it(`answers any command line with exit code 0, 1 or 2, and a reason for every refusal [${RUNS} runs]`, async (context) => {
    await fc.assert(
      fc.asyncProperty(argv, async ([command, rest]) => {
        const args = confined([command, ...rest]);
        const { code, stdout, stderr } = await cli(args);
        expect([0, 1, 2]).toContain(code);
        if (code === 2) expect(stderr + stdout).not.toBe('');
        if (code === 2 && stderr !== '') expect(stderr).toMatch(/^tenure: /);
        const help = ['help', '--help', '-h'].includes(command) || rest.includes('--help') || rest.includes('-h');
        if (args.slice(1).includes('--json') && !help && command !== '') expect(() => JSON.parse(stdout)).not.toThrow();
      }),
      { numRuns: RUNS, timeout: 5000 },
    );
    recordReliability(context, { fuzzProperties: 1, fuzzRuns: RUNS });
  }, 120_000);
});
