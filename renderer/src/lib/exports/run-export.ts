import type { PageSize } from '@shared/exports/pdf';
import { EXPORT_MIME_TYPES, type ExportFormat, type ExportTable } from '@shared/exports/table';
import { saveFile, type SaveResult } from '../../platform/bridge';
import type { ExportRequest, ExportResponse } from './export-protocol';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

/** One worker for the app's life, started on the first export (not at start-up). */
function exportWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module', name: 'tenure-exports' });
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      if (!waiting) return;
      pending.delete(response.id);
      if (response.ok) {
        performance.measure(`export:${response.id}`, { start: performance.now() - response.ms, duration: response.ms });
        waiting.resolve(response.bytes);
      } else waiting.reject(new Error(response.message));
    };
    worker.onerror = (event) => {
      // A worker that fails to load fails every export waiting on it; the next export starts a new one.
      for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'the export worker stopped'));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

/** The bytes of `table` in `format`, written in the export worker. */
export function renderExport(table: ExportTable, format: ExportFormat, pageSize?: PageSize): Promise<Uint8Array> {
  const id = nextId++;
  const request: ExportRequest = { id, format, table, ...(pageSize ? { pageSize } : {}) };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    exportWorker().postMessage(request);
  });
}

/** Renders `table` and offers it to the user as `<fileStem>.<format>`. */
export async function exportTable(
  table: ExportTable,
  format: ExportFormat,
  pageSize?: PageSize,
): Promise<{ fileName: string; result: SaveResult }> {
  const bytes = await renderExport(table, format, pageSize);
  const fileName = `${table.fileStem}.${format}`;
  return { fileName, result: await saveFile(fileName, bytes, EXPORT_MIME_TYPES[format]) };
}
