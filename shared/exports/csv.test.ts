import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRulesContext } from '../rules/context';
import { guardCell, isDangerousCell, readCsv, unguardCell, UTF8_BOM, writeCsv } from './csv';
import { nominationTable } from './lists';
import { exampleWorkspace } from '../testing/fixtures';

// quality-anchors R9: at least 1000 runs per property in CI.
const RUNS = { numRuns: 1000 };
/** Any UTF-16 text, lone surrogates and control characters included, biased toward the dangerous starts. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', "'", "''", '"', ','),
      fc.string({ maxLength: 20 }),
    )
    .map(([start, rest]) => start + rest),
);
const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    header: fc.array(cellText, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 8 }),
  }),
);

function exampleContext() {
  return createRulesContext(exampleWorkspace());
}

describe('CSV injection guard (OWASP, ASVS 1.2.10)', () => {
  it('no cell of an exported CSV starts with = + - @ tab CR LF or NUL', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        for (const row of readCsv(writeCsv(header, rows), ',')) {
          for (const cell of row) expect(isDangerousCell(cell)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('export then import gives back the original text of every cell', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const back = readCsv(writeCsv(header, rows)).map((row) => row.map(unguardCell));
        expect(back).toEqual([header, ...rows]);
      }),
      RUNS,
    );
  });

  it('the guard is reversible for any text, and a harmless leading apostrophe is left alone', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(unguardCell(guardCell(text))).toBe(text);
        expect(isDangerousCell(guardCell(text))).toBe(false);
      }),
      RUNS,
    );
    expect(guardCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(guardCell('+44 20 7946 0958')).toBe("'+44 20 7946 0958");
    expect(guardCell("'t Hooft")).toBe("'t Hooft");
    expect(guardCell("'=x")).toBe("''=x");
  });

  it('quotes every field as RFC 4180 says (the OWASP example)', () => {
    expect(writeCsv(['a'], [['=1+2";=1+2']])).toBe(`${UTF8_BOM}"a"\r\n"'=1+2"";=1+2"\r\n`);
  });
});

describe('readCsv', () => {
  it('never throws and always ends, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const rows = readCsv(text);
        expect(Array.isArray(rows)).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads what spreadsheets write: semicolons, LF or CR line ends, a BOM, quotes inside unquoted fields', () => {
    expect(readCsv(`${UTF8_BOM}Nom;Pays\nÉmilie "Mimi" Roux;FR\r\n"Ruiz; Ana";ES\r`)).toEqual([
      ['Nom', 'Pays'],
      ['Émilie "Mimi" Roux', 'FR'],
      ['Ruiz; Ana', 'ES'],
    ]);
    expect(readCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(readCsv('"open quote, never closed\nnext')).toEqual([['open quote, never closed\nnext']]);
  });
});

describe('the example nomination list as CSV', () => {
  it('opens with a BOM and the header, and holds every candidate with eligibility and incumbency', () => {
    const exported = nominationTable(exampleContext(), 'e-2021-members', '2021-03-19');
    const text = writeCsv(
      exported.columns.map((c) => c.header),
      exported.rows,
    );
    expect(
      text.startsWith(`${UTF8_BOM}"Candidate","Person ID","Nominated by","Consent","Eligible","Eligibility"`),
    ).toBe(true);
    const rows = readCsv(text).map((row) => row.map(unguardCell));
    expect(rows).toHaveLength(11);
    expect(rows).toContainEqual([
      'Isabel Pereira',
      'p22',
      'Associação Portuguesa de Bibliotecários',
      'Yes',
      'Yes',
      'would be term 1 of 2',
      'first term',
      'Europe',
      'PT',
      '',
      '',
      '',
    ]);
    expect(rows).toContainEqual([
      'Lucía Ferreyra',
      'p02',
      'Institutional member',
      'Yes',
      'Yes',
      'would be term 2 of 2',
      'standing for a 2nd term',
      'Latin America and the Caribbean',
      'AR',
      '',
      '',
      '',
    ]);
  });
});
