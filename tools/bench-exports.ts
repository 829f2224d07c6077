// Export speed (quality-anchors P8): CSV and XLSX of 10,000 rows and PDFs of 1,000 and 10,000 rows,
// each next to a plain baseline measured in the same run, so the ratio holds on any machine.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { writeCsv } from '../shared/exports/csv';
import { writePdf } from '../shared/exports/pdf';
import type { ExportTable } from '../shared/exports/table';
import { writeXlsx } from '../shared/exports/xlsx';
import { figure, type Figure } from './bench-report';

const TARGETS = { csv: 150, xlsx: 1500, pdf: 1000, pdf10k: 10_000 }; // ms: P8
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

/** A plain PDF of the rows: pdf-lib's Helvetica, one line of text per row, no table, no shaping. */
async function plainPdf(table: ExportTable): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage();
  let y = 800;
  for (const row of table.rows) {
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
}

export async function benchExports(log: (line: string) => void, quick: boolean): Promise<Figure[]> {
  const big = nominationLike(10_000);
  const small = nominationLike(1_000);
  const header = big.columns.map((c) => c.header);
  const dejavu = (name: string) =>
    new Uint8Array(readFileSync(createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  const fonts = { regular: dejavu('DejaVuSans.ttf'), bold: dejavu('DejaVuSans-Bold.ttf') };
  const few = quick ? 1 : 3;

  const csvBase = await median(7, () => [header, ...big.rows].map((r) => r.join(',')).join('\n'));
  const csv = await median(7, () => writeCsv(header, big.rows));
  const xlsxBase = await median(few, async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plain').addRows([header, ...big.rows]);
    return workbook.xlsx.writeBuffer();
  });
  const xlsx = await median(few, () => writeXlsx(big));
  const pdfBase = await median(few, () => plainPdf(small));
  const pdf = await median(few, () => writePdf(small, fonts));
  const pages = (await PDFDocument.load(await writePdf(small, fonts))).getPageCount();
  log(
    `exports: CSV ${csv.toFixed(0)} ms, XLSX ${xlsx.toFixed(0)} ms, PDF 1k ${pdf.toFixed(0)} ms; PDF of 10k rows next`,
  );
  // One run each, unwarmed: ten thousand rows of table layout take seconds.
  const pdfBigBase = await once(() => plainPdf(big));
  const pdfBig = await once(() => writePdf(big, fonts));

  const target = (ms: number, limit: number) => ({ text: `≤ ${limit.toLocaleString('en')} ms`, met: ms <= limit });
  return [
    figure(
      'P8',
      'export.csv',
      'CSV of 10,000 nomination rows (guarded, quoted, BOM)',
      'Node',
      csv,
      'ms',
      { label: 'rows joined with commas', value: csvBase, unit: 'ms' },
      '× plain',
      target(csv, TARGETS.csv),
    ),
    figure(
      'P8',
      'export.xlsx',
      'XLSX of 10,000 rows (styled header, frozen, About sheet)',
      'Node',
      xlsx,
      'ms',
      { label: 'exceljs addRows, no styles or guards', value: xlsxBase, unit: 'ms' },
      '× plain',
      target(xlsx, TARGETS.xlsx),
    ),
    figure(
      'P8',
      'export.pdf',
      `PDF of a 1,000-row nomination list (A4 table, ${pages} pages, DejaVu)`,
      'Node',
      pdf,
      'ms',
      { label: 'pdf-lib Helvetica lines, no table', value: pdfBase, unit: 'ms' },
      '× plain',
      target(pdf, TARGETS.pdf),
    ),
    figure(
      'P8',
      'export.pdf.10k',
      'PDF of 10,000 rows (1 run)',
      'Node',
      pdfBig,
      'ms',
      { label: 'pdf-lib Helvetica lines, no table', value: pdfBigBase, unit: 'ms' },
      '× plain',
      target(pdfBig, TARGETS.pdf10k),
    ),
  ];
}

async function once(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}
