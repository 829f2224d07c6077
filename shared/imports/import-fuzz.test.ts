// Fuzzing the spreadsheet import from file bytes to the plan, as the import dialog runs it
// (quality-anchors R10): no exception, no hang, every line of the file read as a row, and every row
// accounted for: rows in = imported + rejected, plus the blank lines reported apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unguardCell, writeCsv } from '../exports/csv';
import type { ExportTable } from '../exports/table';
import { writeXlsx } from '../exports/xlsx';
import { fuzzRuns, recordReliability } from '../testing/reliability';
import { guessColumns } from './columns';
import { readSpreadsheet } from './read-sheet';
import { detectDateColumns, planSpreadsheetImport, type ImportPlan } from './spreadsheet';

const RUNS = fuzzRuns(process.env);
const HEADERS = ['Name', 'Email', 'Country', 'Kind', 'Start', 'End', 'Person ID', 'Notes', 'Nombre', 'Fin', 'Extra'];
const EXISTING = {
  people: [
    { id: 'p1', name: 'Ana Ruiz', email: 'ana@example.org', country: 'ES' },
    { id: 'p2', name: 'Čano Tomić' },
  ],
  terms: [
    {
      id: 't1',
      personId: 'p1',
      committeeId: 'it',
      kind: 'elected' as const,
      start: '2019-08-30',
      end: '2023-08-25',
    },
  ],
};

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 14 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'Ana Ruiz',
      'ana@example.org',
      'p1',
      'ES',
      'Kenya',
      'elected',
      'co-opted',
      'corresponding',
      '2021-08-26',
      '26/08/2021',
      '08/26/2021',
      '44434',
      '2021-13-01',
      '=1+2',
      '"quoted, with comma"',
      'line\nbreak',
      '\t',
      '\r\n',
    ),
  },
);
const sheet = fc.integer({ min: 1, max: 7 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: width, maxLength: width }),
    body: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 }),
  }),
);

/** What the dialog does once a file is read: guess the columns, detect the dates, plan. */
function planFor(rows: string[][]): ImportPlan {
  const mapping = guessColumns((rows[0] ?? []).map(unguardCell));
  const detected = detectDateColumns(rows, mapping);
  let n = 0;
  return planSpreadsheetImport(rows, {
    committeeId: 'it',
    mapping,
    dateFormats: Object.fromEntries(Object.entries(detected).map(([field, d]) => [field, d.format])),
    existing: EXISTING,
    newId: (kind) => `${kind}-${++n}`,
  });
}

function expectAccounted(plan: ImportPlan, dataLines: number): void {
  expect(plan.imported + plan.rejected).toBe(plan.rowsIn);
  expect(plan.rowsIn + plan.blankLines).toBe(dataLines);
  expect(plan.rows).toHaveLength(plan.rowsIn);
  expect(plan.counts.new + plan.counts.update).toBe(plan.imported);
  for (const row of plan.rows) expect(explained(row), `line ${row.line} has no reason`).toBe(true);
}

/** A row's verdict says why: as text, or as message ids for the reader's language. */
function explained(row: unknown): boolean {
  const verdict = row as { reason?: string; reasons?: unknown[] };
  return (verdict.reasons?.length ?? 0) > 0 || (verdict.reason ?? '') !== '';
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('the spreadsheet import from bytes to plan, fuzzed (quality-anchors R10)', () => {
  it(`reads every line of any CSV file (UTF-8 or UTF-16) and accounts for every row [${RUNS} runs]`, async (context) => {
    await fc.assert(
      fc.asyncProperty(sheet, fc.constantFrom('utf-8', 'utf-16'), async ({ header, body }, encoding) => {
        const text = writeCsv(header, body);
        const bytes = encoding === 'utf-8' ? new TextEncoder().encode(text) : utf16le(text.replace(/^\uFEFF/, ''));
        const started = performance.now();
        const result = await readSpreadsheet(bytes);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.rows).toHaveLength(body.length + 1);
        expectAccounted(planFor(result.rows), body.length);
        expect(performance.now() - started).toBeLessThan(2000);
      }),
      { numRuns: RUNS, timeout: 2000 },
    );
    recordReliability(context, { fuzzProperties: 1, fuzzRuns: RUNS });
  });

  it(`accounts for every row of whatever arbitrary bytes read as [${RUNS} runs]`, async (context) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 1024 }),
          fc.string({ unit: 'binary', maxLength: 400 }).map((s) => new TextEncoder().encode(`Name,Email,Kind\n${s}`)),
        ),
        async (bytes) => {
          const result = await readSpreadsheet(bytes);
          if (!result.ok || result.rows.length < 2) return;
          expectAccounted(planFor(result.rows), result.rows.length - 1);
        },
      ),
      { numRuns: RUNS, timeout: 2000 },
    );
    recordReliability(context, { fuzzProperties: 1, fuzzRuns: RUNS });
  });

  it(
    `reads every row of any workbook and accounts for each [${RUNS} runs]`,
    async (context) => {
      const tableOf = (header: string[], rows: string[][]): ExportTable => ({
        title: 'Members',
        committee: 'Fuzz Section',
        details: [],
        generatedOn: '2026-11-27',
        columns: header.map((h) => ({ header: h, width: 12 })),
        rows,
        notes: [],
        fileStem: 'fuzz',
      });
      await fc.assert(
        fc.asyncProperty(sheet, async ({ header, body }) => {
          const result = await readSpreadsheet(await writeXlsx(tableOf(header, body)));
          expect(result.ok && result.kind).toBe('xlsx');
          if (!result.ok) return;
          expect(result.rows).toHaveLength(body.length + 1);
          expectAccounted(planFor(result.rows), body.length);
        }),
        { numRuns: RUNS, timeout: 5000 },
      );
      recordReliability(context, { fuzzProperties: 1, fuzzRuns: RUNS });
    },
    60_000 + RUNS * 60,
  );
});
