/**
 * The minutes PDF, loaded on demand (import()) so pdf-lib and the fonts stay out of the app's first
 * chunk. DejaVu Sans comes from its npm package as a file of the build, fetched from the app's own
 * origin (the content security policy allows 'self').
 */
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { PdfFonts } from '@shared/exports/pdf';
import { writeMinutesPdf, type MinutesPdfOptions } from '@shared/meetings/minutes-pdf';

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
  // A failed load is not kept: the next try fetches again.
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

export async function minutesPdf(markdown: string, options: MinutesPdfOptions): Promise<Uint8Array> {
  return writeMinutesPdf(markdown, await loadFonts(), options);
}
