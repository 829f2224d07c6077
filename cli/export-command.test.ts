import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, unguardCell } from '../shared/exports/csv';
import { localeFromEnvironment } from '../shared/i18n/translate';
import { runCli } from './run';

const EXAMPLE = resolve(import.meta.dirname, '../examples/it-section-2021.tenure.json');

async function cli(...argv: string[]) {
  return cliIn({}, ...argv);
}

/** The CLI in a terminal whose language variables are `environment`, as `tenure` reads them. */
async function cliIn(environment: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: (path) => readFile(path, 'utf8'),
    today: () => '2021-03-19',
    locale: localeFromEnvironment(environment),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

const folder = () => mkdtempSync(join(tmpdir(), 'tenure-export-'));

describe('tenure export nominations', () => {
  it('writes the CSV of an election, exit 0, and leaves no temporary file behind', async () => {
    const dir = folder();
    const out = join(dir, 'nominations.csv');
    const result = await cli(
      'export',
      'nominations',
      EXAMPLE,
      '--election',
      'e-2021-members',
      '--format',
      'csv',
      '--out',
      out,
      '--json',
    );
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ export: 'nominations', format: 'csv', out, rows: 10 });
    const rows = readCsv(readFileSync(out, 'utf8')).map((r) => r.map(unguardCell));
    expect(rows[0]![0]).toBe('Candidate');
    expect(rows.map((r) => r[0])).toContain('Tomasz Wójcik');
    expect(readdirSync(dir)).toEqual(['nominations.csv']);
  });

  it('writes XLSX and PDF files that open', async () => {
    const dir = folder();
    for (const format of ['xlsx', 'pdf']) {
      const out = join(dir, `n.${format}`);
      const result = await cli(
        'export',
        'nominations',
        EXAMPLE,
        '--election',
        'e-2021-members',
        '--format',
        format,
        '--out',
        out,
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(`^Wrote nomination list of Information Technology Section, 10 rows \\(${format.toUpperCase()}, `),
      );
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, 'n.xlsx')) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(1).value).toBe('Amara Okafor');
    expect(readFileSync(join(dir, 'n.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    [
      ['--election', 'nope', '--format', 'csv'],
      '--election',
      'no election with id "nope" (the file has: e-2021-members, e-2021-chair, e-2021-secretary)',
    ],
    [['--election', 'e-2021-members', '--format', 'docx'], '--format', 'expected csv, xlsx or pdf, got "docx"'],
    [['--format', 'csv'], '--election', '--election is required'],
    [['--election', 'e-2021-members', '--format', 'pdf', '--page', 'a3'], '--page', 'expected a4 or letter, got "a3"'],
  ])('exits 2 on bad arguments %j, naming the argument, and writes nothing', async (args, path, message) => {
    const dir = folder();
    const result = await cli('export', 'nominations', EXAMPLE, ...args, '--out', join(dir, 'x'), '--json');
    expect(result.code).toBe(2);
    expect(result.json()).toEqual({ errors: [{ path, message }] });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 on a malformed workspace and on an output folder that does not exist', async () => {
    const dir = folder();
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format":"tenure"');
    const bad = await cli(
      'export',
      'nominations',
      broken,
      '--election',
      'e',
      '--format',
      'csv',
      '--out',
      join(dir, 'o.csv'),
      '--json',
    );
    expect(bad.code).toBe(2);
    expect(bad.json().errors[0].message).toMatch(/not valid JSON/);
    const nowhere = await cli(
      'export',
      'nominations',
      EXAMPLE,
      '--election',
      'e-2021-members',
      '--format',
      'csv',
      '--out',
      '/nonexistent/o.csv',
      '--json',
    );
    expect(nowhere.code).toBe(2);
    expect(nowhere.json().errors[0]).toEqual({ path: '--out', message: 'no folder "/nonexistent" to write into' });
  });

  it('names the exports it knows when asked for another', async () => {
    const result = await cli('export', 'minutes', EXAMPLE, '--json');
    expect(result.code).toBe(2);
    expect(result.json().errors[0].message).toBe(
      'unknown export "minutes"; try "export nominations", "export roster", "export expiring", "export calendar"',
    );
  });
});

describe('tenure export roster, expiring and calendar', () => {
  it('writes the roster as of a date', async () => {
    const out = join(folder(), 'roster.csv');
    const result = await cli(
      'export',
      'roster',
      EXAMPLE,
      '--committee',
      'it',
      '--as-of',
      '2021-03-19',
      '--format',
      'csv',
      '--out',
      out,
      '--json',
    );
    expect(result.code).toBe(0);
    const rows = readCsv(readFileSync(out, 'utf8'));
    expect(rows).toHaveLength(20);
    expect(rows[0]).toEqual([
      'Name',
      'Person ID',
      'Kind',
      'Start',
      'End',
      'Ended on',
      'Term',
      'Offices',
      'Region',
      'Country',
    ]);
  });

  it('writes the expiry list', async () => {
    const out = join(folder(), 'expiring.csv');
    const result = await cli(
      'export',
      'expiring',
      EXAMPLE,
      '--committee',
      'it',
      '--as-of',
      '2021-03-19',
      '--months',
      '6',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(readCsv(readFileSync(out, 'utf8'))[1]![0]).toBe('2021-08-26');
  });

  it('writes a calendar of term ends and deadlines, and refuses an unknown committee', async () => {
    const out = join(folder(), 'it.ics');
    const result = await cli(
      'export',
      'calendar',
      EXAMPLE,
      '--committee',
      'it',
      '--as-of',
      '2021-03-19',
      '--out',
      out,
      '--json',
    );
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ export: 'calendar', format: 'ics', events: 26 });
    const ics = readFileSync(out, 'utf8');
    expect(ics).toContain('SUMMARY:Nominations close: Members election\\, cycle 2021');
    const unknown = await cli('export', 'calendar', EXAMPLE, '--committee', 'zz', '--out', out, '--json');
    expect(unknown.code).toBe(2);
    expect(unknown.json().errors[0].path).toBe('--committee');
  });
});

describe('tenure export in the language of the terminal', () => {
  const FRENCH = { LANG: 'fr_FR.UTF-8' };
  const nominations = (environment: Record<string, string>, out: string, ...more: string[]) =>
    cliIn(
      environment,
      'export',
      'nominations',
      EXAMPLE,
      '--election',
      'e-2021-members',
      '--format',
      'csv',
      '--out',
      out,
      ...more,
    );
  const FRENCH_HEADERS = [
    'Candidat·e',
    'Identifiant',
    'Proposé par',
    'Consentement',
    'Éligible',
    'Éligibilité',
    'Mandat en cours',
    'Région',
    'Pays',
    'Voix',
    'Résultat',
    'Départage',
  ];

  it('LANG=fr_FR.UTF-8 writes French headers and cells, and prints the line in French', async () => {
    const out = join(folder(), 'candidatures.csv');
    const result = await nominations(FRENCH, out);
    expect(result.code).toBe(0);
    const rows = readCsv(readFileSync(out, 'utf8')).map((r) => r.map(unguardCell));
    expect(rows[0]).toEqual(FRENCH_HEADERS);
    expect(rows[1]!.slice(0, 7)).toEqual([
      'Amara Okafor',
      'p01',
      'Institutional member',
      'Oui',
      'Oui',
      'serait le mandat 2 sur 2',
      'candidat·e à un 2e mandat',
    ]);
    expect(result.stdout).toMatch(
      /^Liste des candidatures de Information Technology Section écrite, 10 lignes \(CSV, /,
    );
  });

  it('the installed `tenure` reads LANG=fr_FR.UTF-8 from its environment', () => {
    const out = join(folder(), 'candidatures.csv');
    const { LC_ALL: _all, LC_MESSAGES: _messages, ...environment } = process.env;
    const result = spawnSync(
      process.execPath,
      [
        resolve(import.meta.dirname, 'tenure.cjs'),
        'export',
        'nominations',
        EXAMPLE,
        '--election',
        'e-2021-members',
        '--format',
        'csv',
        '--out',
        out,
      ],
      { encoding: 'utf8', env: { ...environment, ...FRENCH } },
    );
    expect(result.status).toBe(0);
    expect(readCsv(readFileSync(out, 'utf8'))[0]).toEqual(FRENCH_HEADERS);
  });

  it('LC_ALL wins over LANG, and --lang wins over both, for the file; the printed line follows the terminal', async () => {
    const terminal = { LANG: 'fr_FR.UTF-8', LC_ALL: 'es_ES.UTF-8' };
    const spanish = join(folder(), 'es.csv');
    await nominations(terminal, spanish);
    expect(readCsv(readFileSync(spanish, 'utf8'))[0]![0]).toBe('Candidatura');
    const arabic = join(folder(), 'ar.csv');
    const result = await nominations(terminal, arabic, '--lang', 'ar');
    expect(result.code).toBe(0);
    expect(readCsv(readFileSync(arabic, 'utf8'))[0]!.slice(0, 3)).toEqual(['المرشح', 'المعرّف', 'رشّحه']);
    expect(result.stdout).toMatch(/^Se escribió la lista de candidaturas de Information Technology Section, 10 filas/);
    const english = join(folder(), 'en.csv');
    await nominations(terminal, english, '--lang', 'en');
    expect(readCsv(readFileSync(english, 'utf8'))[0]![0]).toBe('Candidate');
  });

  it('--json output and errors stay as they are, whatever the language', async () => {
    const dir = folder();
    const out = join(dir, 'r.csv');
    const done = await cliIn(
      FRENCH,
      'export',
      'roster',
      EXAMPLE,
      '--committee',
      'it',
      '--format',
      'csv',
      '--out',
      out,
      '--json',
    );
    expect(done.json()).toEqual({ export: 'roster', format: 'csv', out, rows: 19, bytes: expect.any(Number) });
    expect(readCsv(readFileSync(out, 'utf8'))[0]![0]).toBe('Nom');
    const bad = await nominations(FRENCH, join(dir, 'x.csv'), '--lang', 'de', '--json');
    expect(bad.code).toBe(2);
    expect(bad.json()).toEqual({ errors: [{ path: '--lang', message: 'expected en, es, fr, ar, got "de"' }] });
    expect(readdirSync(dir)).toEqual(['r.csv']);
  });

  it('writes the calendar in the language asked for', async () => {
    const out = join(folder(), 'it.ics');
    const result = await cli('export', 'calendar', EXAMPLE, '--committee', 'it', '--out', out, '--lang', 'fr');
    expect(result.code).toBe(0);
    const ics = readFileSync(out, 'utf8');
    expect(ics).toContain('X-WR-CALNAME:Information Technology Section : mandats et échéances');
    expect(ics).toContain('SUMMARY:Clôture des candidatures : Élection des membres\\, cycle 2021');
    expect(result.stdout).toMatch(/^Wrote 26 dates from 2021-03-19 \(iCalendar, /);
  });
});
