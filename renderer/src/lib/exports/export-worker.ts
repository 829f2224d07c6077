/**
 * The export worker: writes CSV, XLSX and PDF off the main thread, so a 10,000-row list never
 * freezes the window (quality-anchors P8). exceljs and pdf-lib are imported here only when a
 * format needs them, and this worker is its own chunk: neither is in the app's first chunk (P9).
 */
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { writeCsv } from '@shared/exports/csv';
import type { PdfFonts } from '@shared/exports/pdf';
import type { ExportRequest, ExportResponse } from './export-protocol';

type WorkerScope = {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportResponse, transfer?: Transferable[]): void;
};
const scope = self as unknown as WorkerScope;

let fonts: Promise<PdfFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the PDF font (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  return fonts;
}

async function render(request: ExportRequest): Promise<Uint8Array> {
  if (request.format === 'csv') {
    return new TextEncoder().encode(
      writeCsv(
        request.table.columns.map((c) => c.header),
        request.table.rows,
      ),
    );
  }
  if (request.format === 'xlsx') {
    const { writeXlsx } = await import('@shared/exports/xlsx');
    return writeXlsx(request.table);
  }
  const [{ writePdf }, loaded] = await Promise.all([import('@shared/exports/pdf'), loadFonts()]);
  return writePdf(request.table, loaded, { pageSize: request.pageSize ?? 'a4' });
}

scope.onmessage = (event) => {
  const request = event.data;
  const started = performance.now();
  render(request).then(
    (bytes) => scope.postMessage({ id: request.id, ok: true, bytes, ms: performance.now() - started }, [bytes.buffer]),
    (error: unknown) =>
      scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
