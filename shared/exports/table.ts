import type { IsoDate } from '../domain/dates';
import type { SharedLocale } from '../i18n/translate';

/**
 * A list ready to be written in any format: column headers and rows of plain strings, plus what a
 * printed copy needs above the table (the committee, the cycle or date, a few details). Every
 * writer (CSV, XLSX, PDF) takes this one shape, so the formats cannot disagree about content.
 */
export type ExportColumn = {
  header: string;
  /** A width hint in characters: XLSX column widths and the PDF's share of the page. */
  width: number;
  align?: 'left' | 'right';
};

export type ExportDetail = { label: string; value: string };

export type ExportTable = {
  /** What the list is, for the title line: "Nomination list". */
  title: string;
  /** The committee's name, printed under the title. */
  committee: string;
  /** Short facts printed above the table and on the XLSX "About" sheet. */
  details: ExportDetail[];
  /** The day the list was made; the writers never read a clock. */
  generatedOn: IsoDate;
  columns: ExportColumn[];
  rows: string[][];
  /** Sentences printed under the table (a tie-break record, how eligibility was decided). */
  notes: string[];
  /** A file name without extension: "nominations-it-e-2021-members". */
  fileStem: string;
  /**
   * The language of the words above: the writers print their own (the PDF footer, the XLSX
   * "About" sheet) in it too, so a file is in one language. English when absent.
   */
  locale?: SharedLocale;
};

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'pdf'];

export const EXPORT_MIME_TYPES: Record<ExportFormat | 'ics', string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  ics: 'text/calendar;charset=utf-8',
};

/** A file-name-safe slug: letters, digits and dashes only, so every platform accepts it. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'export'
  );
}
