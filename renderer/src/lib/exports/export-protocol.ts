import type { PageSize } from '@shared/exports/pdf';
import type { ExportFormat, ExportTable } from '@shared/exports/table';

/**
 * Messages between the page and the export worker. The table travels with its language
 * (`table.locale`, from the builder the export menu called with the reader's locale), so the words
 * the writers add in the worker (the PDF footer and page numbers, the XLSX "About" sheet) are in
 * the same language as its headers.
 */
export type ExportRequest = { id: number; format: ExportFormat; table: ExportTable; pageSize?: PageSize };

export type ExportResponse =
  { id: number; ok: true; bytes: Uint8Array; ms: number } | { id: number; ok: false; message: string };
