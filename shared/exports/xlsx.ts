import ExcelJS from 'exceljs';
import { isoFromParts } from '../domain/dates';
import { translate } from '../i18n/translate';
import { guardCell } from './csv';
import type { ExportTable } from './table';

/**
 * XLSX with exceljs (the npm `xlsx` package is frozen with known CVEs; quality-anchors A4, R12).
 * Every cell is written as a string, never a formula: user text is guarded like CSV (a file
 * re-saved as CSV stays safe, ASVS 1.2.10) and escaped the OOXML way so control characters and a
 * carriage return survive the trip through XML.
 */

/** Characters XML 1.0 cannot carry, plus CR (XML readers turn CR LF into LF). */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they must be escaped
  /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text that an OOXML reader would take for an escape, so its underscore is escaped first. */
const LOOKS_ESCAPED = /_(?=x[0-9A-Fa-f]{4}_)/g;

const hex = (char: string) => `_x${(char.charCodeAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}_`;

/** ECMA-376 ST_Xstring escaping (`_xHHHH_`), which Excel, LibreOffice and exceljs decode on reading. */
export function escapeXlsxText(text: string): string {
  return text.replace(LOOKS_ESCAPED, '_x005F_').replace(NOT_IN_XML, hex);
}

/** The value an exported cell holds: guarded, then escaped. */
export function xlsxCellText(text: string): string {
  return escapeXlsxText(guardCell(text));
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE4F0' } };

export async function writeXlsx(table: ExportTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tenure';
  workbook.title = `${table.title} · ${table.committee}`;
  const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({ width: Math.max(8, Math.min(60, c.width + 2)) }));
  const header = sheet.addRow(table.columns.map((c) => xlsxCellText(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF6B7280' } } };
  });
  const width = table.columns.length;
  const values = new Array<string[]>(table.rows.length);
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] as string[];
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = xlsxCellText(row[c] ?? '');
    values[r] = out;
  }
  sheet.addRows(values);
  table.columns.forEach((c, i) => {
    if (c.align === 'right') sheet.getColumn(i + 1).alignment = { horizontal: 'right' };
  });
  if (table.rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  }

  const locale = table.locale ?? 'en';
  const about = workbook.addWorksheet(translate(locale, { id: 'export.xlsx.about' }));
  about.columns = [{ width: 22 }, { width: 90 }];
  const aboutRows: [string, string][] = [
    [table.title, table.committee],
    ...table.details.map((d): [string, string] => [d.label, d.value]),
    [translate(locale, { id: 'export.generatedOn' }), table.generatedOn],
    ...table.notes.map((n): [string, string] => [translate(locale, { id: 'export.xlsx.note' }), n]),
  ];
  for (const [label, value] of aboutRows) about.addRow([xlsxCellText(label), xlsxCellText(value)]);
  about.getRow(1).font = { bold: true, size: 13 };
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A cell's text as a person sees it: dates as YYYY-MM-DD, formulas by their result, never the formula. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? ''
      : isoFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return '';
}

/** Limits that keep a hostile file from exhausting memory: far above any committee's records. */
export const MAX_SHEET_ROWS = 100_000;
export const MAX_SHEET_COLUMNS = 256;

/**
 * The first worksheet of an XLSX file as rows of text (guards left on). Throws on a file that is
 * not a readable workbook; the importer turns that into a message.
 */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber > MAX_SHEET_ROWS) {
      tooMany = true;
      return;
    }
    const cells: string[] = [];
    const count = Math.min(row.cellCount, MAX_SHEET_COLUMNS);
    for (let c = 1; c <= count; c++) cells.push(cellText(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  if (tooMany) throw new Error(`the sheet has more than ${MAX_SHEET_ROWS.toLocaleString('en')} rows`);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}
