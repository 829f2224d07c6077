import { readCsv } from '../exports/csv';

/**
 * Bytes of a chosen file → rows of cell text. A workbook (a ZIP file, as XLSX is) goes to
 * exceljs, loaded only then; anything else is read as CSV text. Never throws: a file that cannot
 * be read comes back as a problem for the screen to word (`empty`, `xlsx`, `csv`) with the
 * reader's own detail.
 */
export type SheetResult =
  | { ok: true; kind: 'csv' | 'xlsx'; rows: string[][]; encoding?: string }
  | { ok: false; problem: 'empty' | 'xlsx' | 'csv'; detail: string };

const CP1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿';

/**
 * Text of a CSV file: UTF-8 (with or without a BOM), UTF-16 with a BOM, or — when the bytes are
 * not valid UTF-8, as from older Excel on Windows — Windows-1252. Returns the encoding used, so
 * the preview can say how the file was read.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), true), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), false), encoding: 'UTF-16' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const utf8 = decodeUtf8(bytes.subarray(start));
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  let text = '';
  for (const byte of bytes)
    text += byte < 0x80 || byte >= 0xc0 ? String.fromCharCode(byte) : (CP1252_HIGH[byte - 0x80] as string);
  return { text, encoding: 'Windows-1252' };
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    chunk.push(
      littleEndian
        ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
        : ((bytes[i] as number) << 8) | (bytes[i + 1] as number),
    );
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** Strict UTF-8: undefined on any malformed sequence, so the caller can fall back. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  const parts: string[] = [];
  let units: number[] = [];
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i] as number;
    let cp: number;
    let size: number;
    if (b < 0x80) [cp, size] = [b, 1];
    else if (b >= 0xc2 && b < 0xe0) [cp, size] = [b & 0x1f, 2];
    else if (b >= 0xe0 && b < 0xf0) [cp, size] = [b & 0x0f, 3];
    else if (b >= 0xf0 && b < 0xf5) [cp, size] = [b & 0x07, 4];
    else return undefined;
    if (i + size > n) return undefined;
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (
      (size === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
      (size === 4 && (cp < 0x10000 || cp > 0x10ffff))
    ) {
      return undefined;
    }
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
    i += size;
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function readSpreadsheet(bytes: Uint8Array): Promise<SheetResult> {
  if (bytes.length === 0) return { ok: false, problem: 'empty', detail: '' };
  if (isZip(bytes)) {
    try {
      const { readXlsx } = await import('../exports/xlsx');
      return { ok: true, kind: 'xlsx', rows: await readXlsx(bytes) };
    } catch (error) {
      return { ok: false, problem: 'xlsx', detail: error instanceof Error ? error.message : String(error) };
    }
  }
  try {
    const { text, encoding } = decodeText(bytes);
    return { ok: true, kind: 'csv', rows: readCsv(text), encoding };
  } catch (error) {
    return { ok: false, problem: 'csv', detail: error instanceof Error ? error.message : String(error) };
  }
}
