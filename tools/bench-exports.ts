// Export speed (quality-anchors P8): CSV and XLSX of 10,000 rows and a PDF of 1,000 rows, each
// next to a plain baseline measured in the same run, so the ratio holds on any machine.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { writeCsv } from '../shared/exports/csv';
import { writePdf } from '../shared/exports/pdf';
import type { ExportTable } from '../shared/exports/table';
import { writeXlsx } from '../shared/exports/xlsx';

const TARGETS = { csv: 150, xlsx: 1500, pdf: 1000 }; // ms: P8
const NAMES = [
  'Čano Tomić',
  'Lucía Ferreyra',
  'Ирина Петрова',
  'Jean-Baptiste Moreau',
  'Nguyễn Thị Lan',
  'Amara Okafor',
];
const REGIONS = ['Europe', 'Latin America and the Caribbean', 'Sub-Saharan Africa', 'Asia and Oceania'];

/** A nomination list of `n` candidates, shaped like the real one (12 columns, some long cells). */
function nominationLike(n: number): ExportTable {
  const rows = Array.from({ length: n }, (_, i) => [
    `${NAMES[i % NAMES.length]} ${i}`,
    `p${i}`,
    i % 7 === 0 ? '=Institutional member' : 'Associação Portuguesa de Bibliotecários',
    i % 5 === 0 ? 'Not recorded' : 'Yes',
    i % 9 === 0 ? 'No' : 'Yes',
    i % 9 === 0 ? '2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023' : 'would be term 2 of 2',
    i % 3 === 0 ? 'first term' : 'standing for a 2nd term',
    REGIONS[i % REGIONS.length] as string,
    'PT',
    String(i % 200),
    i % 2 ? 'Elected' : 'Not elected',
    '',
  ]);
  return {
    title: 'Nomination list',
    committee: 'Benchmark Section',
    details: [{ label: 'Election', value: 'Members election, cycle 2025' }],
    generatedOn: '2026-11-27',
    columns: [24, 10, 24, 9, 8, 34, 22, 20, 8, 7, 11, 22].map((width, i) => ({ header: `Column ${i + 1}`, width })),
    rows,
    notes: [],
    fileStem: 'bench',
  };
}

async function median(runs: number, task: () => Promise<unknown> | unknown): Promise<number> {
  await task(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

export async function benchExports(): Promise<boolean> {
  const big = nominationLike(10_000);
  const small = nominationLike(1_000);
  const header = big.columns.map((c) => c.header);
  const dejavu = (name: string) =>
    new Uint8Array(readFileSync(createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  const fonts = { regular: dejavu('DejaVuSans.ttf'), bold: dejavu('DejaVuSans-Bold.ttf') };

  const csvBase = await median(7, () => [header, ...big.rows].map((r) => r.join(',')).join('\n'));
  const csv = await median(7, () => writeCsv(header, big.rows));
  const xlsxBase = await median(3, async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plain').addRows([header, ...big.rows]);
    return workbook.xlsx.writeBuffer();
  });
  const xlsx = await median(3, () => writeXlsx(big));
  const pdfBase = await median(3, async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    let page = doc.addPage();
    let y = 800;
    for (const row of small.rows) {
      if (y < 40) [page, y] = [doc.addPage(), 800];
      // Helvetica has no Cyrillic or Vietnamese: the baseline prints an ASCII stand-in of each row.
      page.drawText(
        row
          .join(' | ')
          .replace(/[^\x20-\x7e]/g, '?')
          .slice(0, 110),
        { x: 30, y, size: 7, font },
      );
      y -= 9;
    }
    return doc.save();
  });
  const pdf = await median(3, () => writePdf(small, fonts));
  const pages = (await PDFDocument.load(await writePdf(small, fonts))).getPageCount();

  const line = (label: string, value: number, base: number, target: number) =>
    console.log(
      `  ${label.padEnd(44)} median ${value.toFixed(1).padStart(7)} ms  (baseline ${base.toFixed(1)} ms, ${(value / base).toFixed(2)}×; target ≤ ${target} ms: ${value <= target ? 'met' : 'MISSED'})`,
    );
  console.log('\nexports (Node; the app runs the same writers in a Web Worker)');
  console.log(
    '  baselines: CSV = join with commas; XLSX = exceljs addRows, no styles or guards; PDF = pdf-lib Helvetica lines, no table',
  );
  line('CSV, 10,000 rows (guarded, quoted, BOM)', csv, csvBase, TARGETS.csv);
  line('XLSX, 10,000 rows (styled header, frozen)', xlsx, xlsxBase, TARGETS.xlsx);
  line(`PDF, 1,000 rows (A4 table, ${pages} pages, DejaVu)`, pdf, pdfBase, TARGETS.pdf);
  return csv <= TARGETS.csv && xlsx <= TARGETS.xlsx && pdf <= TARGETS.pdf;
}
