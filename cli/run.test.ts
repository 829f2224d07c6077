import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFromEnvironment, type SharedLocale } from '../shared/i18n/translate';
import { runCli } from './run';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLE = join(ROOT, 'examples/it-section-2021.tenure.json');
const BREACHES = join(ROOT, 'examples/rule-breaches.tenure.json');

async function cli(...argv: string[]) {
  return cliIn('en', ...argv);
}

async function cliIn(locale: SharedLocale, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: (path) => readFile(path, 'utf8'),
    today: () => '2021-03-19',
    locale,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tenure-cli-')), name);
  writeFileSync(file, content);
  return file;
}

describe('tenure plan', () => {
  it('reproduces the seed minutes on the example: 12 places, 8 eligible, 4 term-limited, 4 continuing, 4 casual', async () => {
    const result = await cli('plan', EXAMPLE, '--committee', 'it', '--cycle', '2021', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const plan = result.json();
    expect(plan).toMatchObject({
      committeeId: 'it',
      cycle: 2021,
      ruleSet: 'ifla2021',
      boundary: '2021-08-26',
      vacancies: 12,
      eligibleForRenomination: ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08'],
      termLimited: ['p09', 'p10', 'p11', 'p12'],
      continuing: ['p13', 'p14', 'p15', 'p16'],
      casualVacancies: 4,
      coOptionCapacity: 5,
      officerElectorate: ['p13', 'p14', 'p15', 'p16'],
    });
    expect(plan.expiring).toHaveLength(12);
  });

  it('prints an aligned summary for people, with the reason for every term limit', async () => {
    const { code, stdout } = await cli('plan', EXAMPLE, '--committee', 'it', '--cycle', '2021');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}Places to fill {16}12 /m);
    expect(stdout).toMatch(/^ {2}Casual vacancies {14}4 /m);
    expect(stdout).toContain(
      'p09  Ana Ruiz              2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023',
    );
  });

  it.each([
    [['--cycle', '2022'], '--cycle', '2022 is an even year; election cycles are odd years'],
    [['--cycle', 'soon'], '--cycle', 'expected a whole number, got "soon"'],
    [['--committee', 'zz'], '--committee', 'no committee with id "zz" (the file has: div-c, it)'],
  ])('refuses bad arguments %j with exit 2, naming the argument', async (change, path, message) => {
    const args = { '--committee': 'it', '--cycle': '2021' } as Record<string, string>;
    args[change[0] as string] = change[1] as string;
    const result = await cli('plan', EXAMPLE, ...Object.entries(args).flat(), '--json');
    expect(result.code).toBe(2);
    expect(result.json()).toEqual({ errors: [{ path, message }] });
    expect(result.stderr).toContain(`${path}: ${message}`);
  });
});

describe('tenure check', () => {
  it('exits 0 on the example, whose findings are warnings and information only', async () => {
    const result = await cli('check', EXAMPLE, '--as-of', '2021-09-01', '--json');
    expect(result.code).toBe(0);
    const report = result.json();
    expect(report.asOf).toBe('2021-09-01');
    expect(report.counts).toEqual({ error: 0, warning: 3, info: 1 });
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['code', 'severity', 'rule', 'committeeId', 'refs', 'message']),
      );
    }
  });

  it('defaults --as-of to the clock it is given', async () => {
    expect((await cli('check', EXAMPLE, '--json')).json().asOf).toBe('2021-03-19');
  });

  it('reports a 21st elected member, a 6th co-option, a 3rd term, a barred co-option, a tie and an even-year election, and exits 1', async () => {
    const result = await cli('check', BREACHES, '--as-of', '2023-10-02', '--json');
    expect(result.code).toBe(1);
    const codes = result.json().findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'seats.elected.max',
        'seats.coopted.max',
        'term.limit',
        'coopt.after-failed-reelection',
        'election.tie',
        'election.parity',
      ]),
    );
  });

  it('prints findings for people with severity, code, rule and the records involved', async () => {
    const { code, stdout } = await cli('check', BREACHES, '--as-of', '2023-10-02');
    expect(code).toBe(1);
    expect(stdout).toContain('ERROR    term.limit (R-08)  ·  ls  ·  terms/t-m11-2023');
    expect(stdout).toContain("Kofi Mensah's elected term 2023–2027 is a 3rd consecutive term (2015–2019, 2019–2023)");
    expect(stdout).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a malformed file whole with exit 2, naming each JSON path', async () => {
    const broken = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    broken.terms[3].start = '2021-13-01';
    broken.offices[0].personId = 'ghost';
    const file = tempFile('broken.tenure.json', JSON.stringify(broken));
    const result = await cli('check', file, '--json');
    expect(result.code).toBe(2);
    expect(result.json()).toEqual({
      errors: [
        { path: 'terms[3].start', message: 'expected a date YYYY-MM-DD, got "2021-13-01"' },
        { path: 'offices[0].personId', message: 'no person with id "ghost"' },
      ],
    });
    expect(result.stderr).toContain('is not a valid Tenure workspace; nothing was read.');
    expect(result.stderr).toContain('  terms[3].start: expected a date YYYY-MM-DD, got "2021-13-01"');
  });

  it.each([
    ['a file that is not JSON', () => tempFile('x.json', '{ "format": '), /not valid JSON/],
    ['a missing file', () => '/nonexistent/ws.json', /cannot read "\/nonexistent\/ws.json": no such file/],
    [
      'a newer version',
      () => tempFile('v2.json', JSON.stringify({ format: 'tenure', version: 2, committees: [], people: [] })),
      /this build reads version 1/,
    ],
  ])('exits 2 on %s', async (_name, file, message) => {
    const result = await cli('check', file(), '--json');
    expect(result.code).toBe(2);
    expect(result.json().errors[0].message).toMatch(message);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    [['check', EXAMPLE, '--as-of', '2021-02-30'], '--as-of', 'expected a date YYYY-MM-DD, got "2021-02-30"'],
    [['check', EXAMPLE, '--verbose'], '--verbose', 'unknown option --verbose'],
    [['check'], 'FILE', 'missing FILE'],
    [['audit', EXAMPLE], 'audit', 'unknown command "audit"'],
    [['check', EXAMPLE, 'extra.json'], 'extra.json', 'unexpected argument "extra.json"'],
  ])('exits 2 on bad arguments %j', async (argv, path, message) => {
    const result = await cli(...argv, '--json');
    expect(result.code).toBe(2);
    expect(result.json()).toEqual({ errors: [{ path, message }] });
  });
});

describe('tenure roster', () => {
  it('lists the members on a date with kind, term dates, term number and offices', async () => {
    const result = await cli('roster', EXAMPLE, '--committee', 'it', '--as-of', '2021-03-19', '--json');
    expect(result.code).toBe(0);
    const roster = result.json();
    expect(roster.members).toHaveLength(19);
    const ana = roster.members.find((m: { personId: string }) => m.personId === 'p09');
    expect(ana).toMatchObject({ kind: 'elected', start: '2017-08-25', end: '2021-08-26', termNumber: 2, maxTerms: 2 });
    const chair = roster.members.find((m: { personId: string }) => m.personId === 'p05');
    expect(chair.offices.map((o: { role: string }) => o.role)).toEqual(['chair']);
    expect(roster.counts.electedSeats).toEqual({ used: 16, max: 20, vacant: 4 });
  });

  it('prints a table with "term n of 2" and the seat counters', async () => {
    const { stdout } = await cli('roster', EXAMPLE, '--committee', 'it', '--as-of', '2021-03-19');
    expect(stdout).toContain('Elected seats 16/20 (4 vacancies)');
    expect(stdout).toMatch(/Ana Ruiz +p09 +elected +2017-08-25 → 2021-08-26 +2 of 2/);
    expect(stdout).toMatch(/Hannah Becker +p19 +ex officio .* not counted +SIG Convenor/);
  });
});

describe('tenure expiring', () => {
  it('lists terms and offices ending within 12 months by default, soonest first', async () => {
    const result = await cli('expiring', EXAMPLE, '--as-of', '2021-03-19', '--json');
    expect(result.code).toBe(0);
    const report = result.json();
    expect(report.until).toBe('2022-03-19');
    const ends = report.items.map((i: { endsOn: string }) => i.endsOn);
    expect(ends).toEqual([...ends].sort());
    expect(report.items.filter((i: { type: string }) => i.type === 'office')).toHaveLength(4);
    expect(report.items.at(-1)).toMatchObject({ personId: 'p21', kind: 'corresponding', endsOn: '2022-01-20' });
  });

  it('narrows the window with --months and refuses a bad one', async () => {
    expect((await cli('expiring', EXAMPLE, '--as-of', '2021-03-19', '--months', '3', '--json')).json().items).toEqual(
      [],
    );
    const bad = await cli('expiring', EXAMPLE, '--months', '0', '--json');
    expect(bad.code).toBe(2);
    expect(bad.json().errors[0]).toEqual({ path: '--months', message: 'must be at least 1, got 0' });
  });
});

describe('tenure export', () => {
  it('writes the nomination list through `npm run --silent cli` with no build step (export-command.test.ts has the rest)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tenure-cli-')), 'nominations.pdf');
    const result = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'export',
        'nominations',
        EXAMPLE,
        '--election',
        'e-2021-members',
        '--format',
        'pdf',
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`to ${out}`);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the installed command line', () => {
  it('runs through `npm run --silent cli` with no build step', () => {
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'plan', EXAMPLE, '--committee', 'it', '--cycle', '2021', '--json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(out).vacancies).toBe(12);
  });

  it('runs as the `tenure` bin and passes the exit code through', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'cli/tenure.cjs'), 'check', BREACHES, '--as-of', '2023-10-02'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('election.parity');
    const bad = spawnSync(process.execPath, [join(ROOT, 'cli/tenure.cjs'), 'check', '/nonexistent.json'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no such file');
  });
});

describe('the text output follows the terminal language', () => {
  it.each([
    ['fr_FR.UTF-8', 'fr'],
    ['es_ES.UTF-8', 'es'],
    ['ar_EG.UTF-8', 'ar'],
    ['C.UTF-8', 'en'],
    ['de_DE.UTF-8', 'en'],
  ])('LANG=%s reads as %s', (lang, locale) => {
    expect(localeFromEnvironment({ LANG: lang })).toBe(locale);
  });

  it('LC_ALL wins over LANG', () => {
    expect(localeFromEnvironment({ LANG: 'en_GB.UTF-8', LC_ALL: 'es_MX.UTF-8' })).toBe('es');
  });

  it('writes the plan and the findings in French, while --json stays language-neutral', async () => {
    const plan = await cliIn('fr', 'plan', EXAMPLE, '--committee', 'it', '--cycle', '2021');
    expect(plan.stdout).toContain('Cycle électoral 2021 · Information Technology Section (it)');
    expect(plan.stdout).toContain(
      'p09  Ana Ruiz              2 mandats consécutifs 2013–2017, 2017–2021 ; peut se représenter à partir de 2023',
    );
    const check = await cliIn('fr', 'check', BREACHES, '--as-of', '2023-10-02');
    expect(check.stdout.replace(/\s+/g, ' ')).toContain(
      'Le mandat électif 2023–2027 de Kofi Mensah est son 3e mandat consécutif (2015–2019, 2019–2023)',
    );
    const json = (await cliIn('fr', 'check', BREACHES, '--as-of', '2023-10-02', '--json')).json();
    const limit = json.findings.find((f: { code: string }) => f.code === 'term.limit');
    expect(limit.message).toBe(
      "Kofi Mensah's elected term 2023–2027 is a 3rd consecutive term (2015–2019, 2019–2023); at most 2 consecutive terms are allowed.",
    );
    expect(limit).toMatchObject({
      messageId: 'finding.term.limit',
      values: { name: 'Kofi Mensah', number: 3, max: 2 },
    });
  });

  it('explains bad input in the terminal language too', async () => {
    const result = await cliIn('es', 'check', '/nonexistent.json');
    expect(result.stderr).toContain('argumentos incorrectos');
  });
});
