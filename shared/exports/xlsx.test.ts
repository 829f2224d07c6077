import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createRulesContext } from '../rules/context';
import { isDangerousCell, unguardCell } from './csv';
import { nominationTable } from './lists';
import type { ExportTable } from './table';
import { escapeXlsxText, readXlsx, writeXlsx } from './xlsx';
import { exampleWorkspace } from '../testing/fixtures';

const RUNS = { numRuns: 1000 };
const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .tuple(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', "'", '_x0041_', '_x005F_'),
      fc.string({ maxLength: 12 }),
    )
    .map(([start, rest]) => start + rest),
);

function tableOf(header: string[], rows: string[][]): ExportTable {
  return {
    title: 'Test',
    committee: 'Committee',
    details: [],
    generatedOn: '2021-03-19',
    columns: header.map((h) => ({ header: h, width: 10 })),
    rows,
    notes: [],
    fileStem: 'test',
  };
}

/** Every cell of every sheet, as exceljs reads it back. */
async function loadCells(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells: ExcelJS.Cell[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return { workbook, cells };
}

describe('XLSX injection guard and round trip (quality-anchors R9)', () => {
  it('escapes what XML cannot carry and what would read as an escape', () => {
    expect(escapeXlsxText('a\u0001b\rc')).toBe('a_x0001_b_x000D_c');
    expect(escapeXlsxText('_x0041_')).toBe('_x005F_x0041_');
    fc.assert(
      fc.property(cellText, (text) => {
        const escaped = escapeXlsxText(text);
        for (const char of escaped) {
          const code = char.charCodeAt(0);
          expect(code < 0x20 && code !== 0x09 && code !== 0x0a).toBe(false);
          expect(code === 0xfffe || code === 0xffff).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('no cell of an exported workbook starts with a dangerous character, every cell is a string, and import gives the text back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.tuple(
              fc.array(cellText, { minLength: width, maxLength: width }),
              fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 3 }),
            ),
          ),
        async ([header, rows]) => {
          const bytes = await writeXlsx(tableOf(header, rows));
          const { cells } = await loadCells(bytes);
          for (const cell of cells) {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            expect(isDangerousCell(cell.value as string)).toBe(false);
          }
          const back = (await readXlsx(bytes)).map((row) => row.map(unguardCell));
          const expected = [header, ...rows];
          // Trailing empty cells are not stored in XLSX, so compare padded rows.
          expect(back.map((row) => header.map((_, c) => row[c] ?? ''))).toEqual(expected);
          expect(back).toHaveLength(expected.length);
        },
      ),
      RUNS,
    );
  }, 120_000);
});

describe('the example nomination list as XLSX', () => {
  it('has a styled, frozen header, column widths, string cells only and no formula anywhere', async () => {
    const table = nominationTable(createRulesContext(exampleWorkspace()), 'e-2021-members', '2021-03-19');
    table.rows.push(['=HYPERLINK("http://evil.invalid","click")', 'x', '@SUM(1)', '', '', '', '', '', '', '', '', '']);
    const bytes = await writeXlsx(table);

    const { workbook, cells } = await loadCells(bytes);
    const sheet = workbook.getWorksheet('Nomination list')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getColumn(1).width).toBe(26);
    expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);

    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
    }

    const rows = await readXlsx(bytes);
    expect(rows[0]!.slice(0, 3)).toEqual(['Candidate', 'Person ID', 'Nominated by']);
    expect(rows.map((r) => r[0])).toContain('Lucía Ferreyra');
    expect(rows.at(-1)![0]).toBe('\'=HYPERLINK("http://evil.invalid","click")');
    expect(unguardCell(rows.at(-1)![2]!)).toBe('@SUM(1)');
    const about = workbook.getWorksheet('About')!;
    expect(about.getRow(1).values).toEqual([undefined, 'Nomination list', 'Information Technology Section']);
  });

  it('names its sheets and labels its About sheet in the language of the table', async () => {
    const table = nominationTable(createRulesContext(exampleWorkspace()), 'e-2021-members', '2021-03-19', 'es');
    const { workbook } = await loadCells(await writeXlsx(table));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Lista de candidaturas', 'Acerca de']);
    const about = workbook.getWorksheet('Acerca de')!;
    const labels = about.getColumn(1).values.filter((v) => typeof v === 'string');
    expect(labels).toEqual(expect.arrayContaining(['Lista de candidaturas', 'Elección', 'Generado el', 'Nota']));
    expect(labels).not.toContain('Generated on');
  });

  it('refuses bytes that are not a workbook with an error, not a crash', async () => {
    await expect(readXlsx(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });
});
