import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, unguardCell } from '../shared/exports/csv';
import { runCli } from './run';

const EXAMPLE = resolve(import.meta.dirname, '../examples/it-section-2021.tenure.json');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: (path) => readFile(path, 'utf8'),
    today: () => '2021-03-19',
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
