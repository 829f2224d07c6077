import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../exports/csv';
import { rosterTable } from '../exports/lists';
import { writeXlsx } from '../exports/xlsx';
import { createRulesContext } from '../rules/context';
import type { Workspace } from '../workspace/schema';
import { guessColumns } from './columns';
import { detectDateFormat, parseDate } from './dates';
import { decodeText, readSpreadsheet } from './read-sheet';
import { detectDateColumns, planSpreadsheetImport, rejectedRowsCsv, type ImportSettings } from './spreadsheet';
import { exampleWorkspace } from '../testing/fixtures';

const RUNS = { numRuns: 1000 };

const example = (): Workspace => exampleWorkspace();

function settingsFor(sheet: string[][], workspace: Pick<Workspace, 'people' | 'terms'>): ImportSettings {
  const mapping = guessColumns(sheet[0] ?? []);
  const detected = detectDateColumns(sheet, mapping);
  let n = 0;
  return {
    committeeId: 'it',
    mapping,
    dateFormats: Object.fromEntries(Object.entries(detected).map(([f, d]) => [f, d.format])),
    existing: { people: workspace.people, terms: workspace.terms.filter((t) => t.committeeId === 'it') },
    newId: (kind) => `${kind === 'person' ? 'p' : 't'}-new-${++n}`,
  };
}

describe('guessColumns', () => {
  it('reads English, Spanish and French headers', () => {
    expect(guessColumns(['Full name', 'E-mail', 'Country', 'Type', 'Start', 'End'])).toEqual([
      'name',
      'email',
      'country',
      'kind',
      'start',
      'end',
    ]);
    expect(
      guessColumns(['Nombre', 'Correo electrónico', 'País', 'Institución', 'Fecha de inicio', 'Fecha de fin']),
    ).toEqual(['name', 'email', 'country', 'institution', 'start', 'end']);
    expect(
      guessColumns(['Nom', 'Courriel', 'Pays', 'Date de début', 'Fin du mandat', 'Remarques', 'Colonne X']),
    ).toEqual(['name', 'email', 'country', 'start', 'end', 'notes', null]);
  });

  it('reads Arabic headers, with or without vowel marks', () => {
    expect(
      guessColumns([
        'الاسم الكامل',
        'البريد الإلكتروني',
        'البلد',
        'نوع الولاية',
        'بداية الولاية',
        'نهاية الولاية',
        'انتهت في',
      ]),
    ).toEqual(['name', 'email', 'country', 'kind', 'start', 'end', 'endedOn']);
    expect(guessColumns(['المعرّف', 'الاسم', 'المؤسسة', 'ملاحظات'])).toEqual([
      'personId',
      'name',
      'institution',
      'notes',
    ]);
  });
});

describe('dates', () => {
  it('detects the format of a column, and says when day and month could be either', () => {
    expect(detectDateFormat(['26/08/2021', '30/08/2019', ''])).toMatchObject({ format: 'dmy', ambiguous: false });
    expect(detectDateFormat(['08/26/2021', '8/30/2019'])).toMatchObject({ format: 'mdy', ambiguous: false });
    expect(detectDateFormat(['01/02/2021'])).toMatchObject({ format: 'dmy', ambiguous: true });
    expect(detectDateFormat(['2021-08-26', 'soon'])).toMatchObject({ format: 'iso', unreadable: 1 });
    expect(detectDateFormat(['44434'])).toMatchObject({ format: 'excel-serial', example: { date: '2021-08-26' } });
    expect(parseDate('26 août 2021', 'text-month')).toBe('2021-08-26');
    expect(parseDate('August 26, 2021', 'text-month')).toBe('2021-08-26');
    expect(parseDate('31/02/2021', 'dmy')).toBeUndefined();
  });
});

describe('planSpreadsheetImport', () => {
  it('marks each row of a messy sheet new, update, duplicate or invalid, with the reason', () => {
    const sheet = [
      ['Nombre', 'Correo', 'País', 'Tipo', 'Inicio', 'Fin'],
      ['Čano Tomić', 'cano@example.org', 'hr', 'elegido', '26/08/2021', '22/08/2025'],
      ['  ana ruiz ', '', '', '', '', ''],
      ['Ana Ruiz', 'ana@example.org', '', '', '', ''],
      ['Lina Khoury', '', 'LB', 'cooptado', '26/08/2021', '01/01/2020'],
      ['', '', '', '', '', ''],
      ['Čano Tomić', 'cano@example.org', 'HR', 'elegido', '26/08/2021', '22/08/2025'],
      ['Grace Mwangi', '', 'Kenya', '', '', ''],
      ['Nadie', '', '', 'elegido', '2021-13-01', ''],
      ["'=cmd|' /C calc'!A0", '', '', '', '', ''],
      ['Grace Mwangi', '', '', 'elected', '26/08/2021', '22/08/2025'],
    ];
    const plan = planSpreadsheetImport(sheet, settingsFor(sheet, example()));
    const byLine = Object.fromEntries(plan.rows.map((r) => [r.line, [r.status, r.reasons]]));
    expect(byLine[2]).toEqual([
      'new',
      [
        { id: 'adds', values: { name: 'Čano Tomić' } },
        { id: 'newTerm', values: { kind: 'elected', start: '2021-08-26', end: '2025-08-22' } },
      ],
    ]);
    expect(byLine[3]).toEqual(['duplicate', [{ id: 'alreadyRecorded', values: { name: 'Ana Ruiz' } }]]);
    expect(byLine[4]).toEqual([
      'update',
      [{ id: 'updates', values: { name: 'Ana Ruiz', id: 'p09' }, fields: ['email'] }],
    ]);
    expect(byLine[5]).toEqual([
      'invalid',
      [{ id: 'endsBeforeStart', values: { start: '2021-08-26', end: '2020-01-01' } }],
    ]);
    expect(byLine[7]).toEqual(['duplicate', [{ id: 'sameAsLine', values: { line: 2 } }]]);
    expect(byLine[8]).toEqual(['invalid', [{ id: 'badCountry', values: { country: 'Kenya' } }]]);
    expect(byLine[9]![1]).toContainEqual({ id: 'badDate', values: { field: 'start', text: '2021-13-01' } });
    expect(byLine[9]![1]).toContainEqual({ id: 'missingTermDate', values: { field: 'end' } });
    expect(byLine[10]).toEqual(['new', [{ id: 'adds', values: { name: "=cmd|' /C calc'!A0" } }]]);
    expect(byLine[11]![0]).toBe('invalid');
    expect(byLine[11]![1]).toEqual([
      {
        id: 'overlap',
        values: expect.objectContaining({ name: 'Grace Mwangi', kind: 'elected', otherStart: '2019-08-30' }),
      },
    ]);
    expect(plan.blankLines).toBe(1);
    expect(plan.rowsIn).toBe(9);
    expect(plan.imported + plan.rejected).toBe(plan.rowsIn);
    expect(plan.people.map((p) => p.record.name)).toEqual(['Čano Tomić', 'Ana Ruiz', "=cmd|' /C calc'!A0"]);
    expect(plan.people[0]!.record.country).toBe('HR');
    expect(plan.people[1]!.before?.email).toBeUndefined();
    expect(plan.terms).toHaveLength(1);

    const rejected = readCsv(
      rejectedRowsCsv(sheet[0]!, plan, {
        columns: { line: 'Line', status: 'Status', reason: 'Reason' },
        status: (status) => status,
        reasons: (row) => row.reasons.map((r) => r.id).join('; '),
      }),
    );
    expect(rejected[0]).toEqual(['Nombre', 'Correo', 'País', 'Tipo', 'Inicio', 'Fin', 'Line', 'Status', 'Reason']);
    expect(rejected).toHaveLength(1 + plan.rejected);
    expect(rejected[1]!.slice(-3)).toEqual(['3', 'duplicate', 'alreadyRecorded']);
  });

  it.each(['en', 'es', 'fr', 'ar'] as const)(
    'reads back our own roster export in %s: into the same workspace every row is already recorded, into an empty one every row is new',
    (locale) => {
      const workspace = example();
      const table = rosterTable(createRulesContext(workspace), 'it', '2021-03-19', '2021-03-19', locale);
      const sheet = readCsv(
        writeCsv(
          table.columns.map((c) => c.header),
          table.rows,
        ),
      );
      const same = planSpreadsheetImport(sheet, settingsFor(sheet, workspace));
      expect(same.counts).toEqual({ new: 0, update: 0, duplicate: 19, invalid: 0 });
      const fresh = planSpreadsheetImport(sheet, settingsFor(sheet, { people: [], terms: [] }));
      expect(fresh.counts).toEqual({ new: 19, update: 0, duplicate: 0, invalid: 0 });
      expect(fresh.people.map((p) => p.record.name).sort()).toEqual(table.rows.map((r) => r[0]).sort());
      expect(fresh.terms.find((t) => t.record.personId === 'p09')?.record).toMatchObject({
        kind: 'elected',
        start: '2017-08-25',
        end: '2021-08-26',
      });
    },
  );

  it('accounts for every row of any sheet: rows in = imported + rejected, and nothing throws', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2021-08-26', '26/08/2021', 'elected', 'co-opted', 'ES', 'Ana Ruiz', 'p09', ''),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { minLength: 1, maxLength: 12 }), (body) => {
        const sheet = [['Name', 'Person ID', 'Country', 'Kind', 'Start', 'End', 'Email'], ...body];
        const plan = planSpreadsheetImport(sheet, settingsFor(sheet, example()));
        expect(plan.imported + plan.rejected).toBe(plan.rowsIn);
        expect(plan.rowsIn + plan.blankLines).toBe(body.length);
        for (const row of plan.rows) expect(row.reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});

describe('readSpreadsheet (fuzzing, quality-anchors R10)', () => {
  it('turns arbitrary bytes into rows or a message, never an exception, and quickly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const started = performance.now();
        const result = await readSpreadsheet(bytes);
        expect(typeof result.ok).toBe('boolean');
        expect(performance.now() - started).toBeLessThan(2000);
      }),
      RUNS,
    );
  }, 120_000);

  it('survives damaged workbooks: random bytes changed in a real XLSX file', async () => {
    const workspace = example();
    const good = await writeXlsx(rosterTable(createRulesContext(workspace), 'it', '2021-03-19', '2021-03-19'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat({ max: good.length }), { nil: undefined }),
        async (changes, cut) => {
          const bytes = good.slice(0, cut ?? good.length);
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          const started = performance.now();
          const result = await readSpreadsheet(bytes);
          expect(typeof result.ok).toBe('boolean');
          expect(performance.now() - started).toBeLessThan(2000);
        },
      ),
      RUNS,
    );
  }, 180_000);

  it('reads a 1 MB file of arbitrary text in well under 2 seconds', async () => {
    const bytes = new Uint8Array(1 << 20);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const started = performance.now();
    await readSpreadsheet(bytes);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads UTF-8, UTF-16 and Windows-1252 text', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0xc3, 0xa9]))).toEqual({ text: 'Cé', encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00]))).toEqual({
      text: 'Cé',
      encoding: 'UTF-16',
    });
    expect(decodeText(new Uint8Array([0x43, 0xe9, 0x80]))).toEqual({ text: 'Cé€', encoding: 'Windows-1252' });
  });
});
