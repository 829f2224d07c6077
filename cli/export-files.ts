import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { PdfFonts } from '../shared/exports/pdf';

/**
 * Writes `data` to `path` so that a reader sees the old file or the new one, never half of one
 * (quality-anchors B5, R7): a temporary file in the same folder, flushed to disk, then renamed
 * over the target. On any failure the temporary file is removed.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

const resolveFrom = createRequire(__filename);

/**
 * Fonts that print cleanly on other machines too: where this system has a TrueType font that
 * covers Chinese, Japanese and Korean, it is used for the characters DejaVu Sans lacks.
 */
const SYSTEM_FALLBACK_FONTS = [
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  '/usr/share/fonts/truetype/arphic/uming.ttf',
  '/Library/Fonts/Arial Unicode.ttf',
  'C:\\Windows\\Fonts\\ARIALUNI.TTF',
];

/** DejaVu Sans from its npm package, plus `extra` (from --font) and any system CJK font found. */
export async function loadPdfFonts(extra?: string): Promise<PdfFonts> {
  const fontFile = (name: string) => resolveFrom.resolve(`dejavu-fonts-ttf/ttf/${name}`);
  const [regular, bold] = await Promise.all([
    readFile(fontFile('DejaVuSans.ttf')),
    readFile(fontFile('DejaVuSans-Bold.ttf')),
  ]);
  const fallbackPaths = [...(extra ? [extra] : []), ...SYSTEM_FALLBACK_FONTS.filter((p) => existsSync(p))];
  const fallbacks = await Promise.all(fallbackPaths.map((p) => readFile(p)));
  return {
    regular: new Uint8Array(regular),
    bold: new Uint8Array(bold),
    fallbacks: fallbacks.map((b) => new Uint8Array(b)),
  };
}
