import type { PageSize } from '@shared/exports/pdf';
import type { ExportFormat, ExportTable } from '@shared/exports/table';

/** Messages between the page and the export worker. */
export type ExportRequest = { id: number; format: ExportFormat; table: ExportTable; pageSize?: PageSize };

export type ExportResponse =
  { id: number; ok: true; bytes: Uint8Array; ms: number } | { id: number; ok: false; message: string };
