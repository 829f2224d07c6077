import fontkit from '@pdf-lib/fontkit';
import { PageSizes, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { translate, type MessageValues } from '../i18n/translate';
import { fontPicker, isFullyCovered, visualPieces, type FontPicker, type TextPiece } from './pdf-text';
import type { ExportTable } from './table';

/**
 * A printable PDF of an export table with pdf-lib: title, committee and details on the first
 * page, the table with its header repeated on every page, and "Page n of N" with the date in
 * every footer. pdf-lib runs the same in Node (the CLI) and in a Web Worker (the app).
 *
 * Fonts are passed in as bytes (the caller knows where files live). DejaVu Sans covers Latin
 * with accents, Greek, Cyrillic and Arabic; further fonts (a CJK font, say) are tried in order
 * for characters the main font lacks. A character no font has prints as the font's empty box,
 * and a note under the table says so, pointing to the CSV/XLSX for the exact text.
 */
export type PdfFonts = { regular: Uint8Array; bold: Uint8Array; fallbacks?: Uint8Array[] };

export type PageSize = 'a4' | 'letter';

export type PdfOptions = { pageSize?: PageSize };

/** Text that needs shaping to measure: right-to-left scripts (Arabic joins change widths). */
const RTL_TEXT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

const PLAIN_FEATURES = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'dlig', 'case'].map((f) => [
    f,
    false,
  ]),
);

const MARGIN = 36;
const BODY_SIZE = 8;
const HEADER_SIZE = 8;
const LINE = 10;
const PAD = 3;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.4, 0.45);
const RULE = rgb(0.78, 0.8, 0.84);
const HEADER_FILL = rgb(0.89, 0.92, 0.96);
const STRIPE = rgb(0.965, 0.97, 0.98);

type Face = ReturnType<typeof fontkit.create>;

type FontSet = {
  /** Index 0 is the main font; the rest are fallbacks, in order. Full OpenType shaping. */
  regular: PDFFont[];
  bold: PDFFont[];
  /** The same fonts with OpenType features off, for left-to-right text: no shaping pass per draw. */
  plainRegular: PDFFont[];
  plainBold: PDFFont[];
  /** The same fonts parsed by fontkit, for measuring without a layout pass. */
  regularFaces: Face[];
  boldFaces: Face[];
  pick: FontPicker;
};

/**
 * Lists repeat their words ("Yes", a region, a status), and pdf-lib lays out and encodes every
 * string it draws afresh; a font encodes the same text to the same glyphs, so each string is
 * encoded once per font. (The glyphs join the font's subset the first time, as before.)
 */
function rememberEncodings(font: PDFFont): void {
  const encode = font.encodeText.bind(font);
  const encoded = new Map<string, ReturnType<PDFFont['encodeText']>>();
  font.encodeText = (text) => {
    let hex = encoded.get(text);
    if (hex === undefined) {
      hex = encode(text);
      encoded.set(text, hex);
    }
    return hex;
  };
}

async function embedFonts(doc: PDFDocument, fonts: PdfFonts): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const sources = [fonts.regular, ...(fonts.fallbacks ?? [])];
  const faces = sources.map((bytes) => fontkit.create(bytes));
  // Subsetting keeps the file small: only the glyphs used are embedded.
  const regular = await Promise.all(sources.map((bytes) => doc.embedFont(bytes, { subset: true })));
  const boldMain = await doc.embedFont(fonts.bold, { subset: true });
  const boldFace = fontkit.create(fonts.bold);
  // Shaping (GSUB/GPOS lookups) is most of the time a long table takes, and Latin, Greek and
  // Cyrillic text in precomposed (NFC) form prints the same without it; right-to-left pieces
  // still go through the shaped fonts above.
  const plain = { subset: true, features: PLAIN_FEATURES };
  const plainRegular = await Promise.all(sources.map((bytes) => doc.embedFont(bytes, plain)));
  const plainBold = await doc.embedFont(fonts.bold, plain);
  for (const font of [...regular, boldMain, ...plainRegular, plainBold]) rememberEncodings(font);
  const pick = fontPicker(faces);
  return {
    regular,
    bold: [boldMain, ...regular.slice(1)],
    plainRegular,
    plainBold: [plainBold, ...plainRegular.slice(1)],
    regularFaces: faces,
    boldFaces: [boldFace, ...faces.slice(1)],
    pick,
  };
}

/** Measures and draws text through font fallback and bidi, caching widths (lists repeat words). */
class TextEngine {
  private readonly widths = new Map<string, number>();
  missingGlyphs = false;

  constructor(private readonly fonts: FontSet) {}

  private piecesOf(text: string): TextPiece[] {
    return visualPieces(text, this.fonts.pick);
  }

  private readonly advances = new Map<string, number>();

  /**
   * Width of left-to-right text from each character's advance: no shaping pass, which is what
   * makes a 1,000-row table quick to wrap. Kerning is left out; it changes a width by a hair.
   */
  private advanceWidth(text: string, size: number, bold: boolean): number {
    const faces = bold ? this.fonts.boldFaces : this.fonts.regularFaces;
    let units = 0;
    for (const char of text) {
      const cp = char.codePointAt(0) as number;
      const key = `${bold ? 'b' : 'r'}${cp}`;
      let advance = this.advances.get(key);
      if (advance === undefined) {
        const face = faces[Math.max(0, this.fonts.pick(cp))] as Face;
        advance = (face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm) * 1000;
        this.advances.set(key, advance);
      }
      units += advance;
    }
    return (units * size) / 1000;
  }

  width(text: string, size: number, bold = false): number {
    if (!RTL_TEXT.test(text)) return this.advanceWidth(text, size, bold);
    const key = `${bold ? 'b' : 'r'}${size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      const set = bold ? this.fonts.bold : this.fonts.regular;
      width = 0;
      for (const piece of this.piecesOf(text)) {
        width += (set[piece.font] as PDFFont).widthOfTextAtSize(piece.text, size);
      }
      this.widths.set(key, width);
    }
    return width;
  }

  draw(
    page: PDFPage,
    text: string,
    x: number,
    y: number,
    size: number,
    options: { bold?: boolean; color?: typeof INK } = {},
  ) {
    if (text === '') return;
    if (!this.missingGlyphs && !isFullyCovered(text, this.fonts.pick)) this.missingGlyphs = true;
    const shaped = options.bold ? this.fonts.bold : this.fonts.regular;
    const plain = options.bold ? this.fonts.plainBold : this.fonts.plainRegular;
    let cursor = x;
    for (const piece of this.piecesOf(text.normalize('NFC'))) {
      const font = (RTL_TEXT.test(piece.text) ? shaped : plain)[piece.font] as PDFFont;
      page.drawText(piece.text, { x: cursor, y, size, font, color: options.color ?? INK });
      cursor += this.width(piece.text, size, options.bold);
    }
  }

  /** Greedy word wrap to `width`; a word longer than a line is broken between characters. */
  wrap(text: string, width: number, size: number, bold = false): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
      let line = '';
      for (const word of paragraph.split(/(?<=\s)/)) {
        const candidate = line + word;
        if (this.width(candidate.trimEnd(), size, bold) <= width) {
          line = candidate;
          continue;
        }
        if (line !== '') lines.push(line.trimEnd());
        line = '';
        if (this.width(word.trimEnd(), size, bold) <= width) {
          line = word;
          continue;
        }
        for (const char of word) {
          if (line !== '' && this.width(line + char, size, bold) > width) {
            lines.push(line);
            line = '';
          }
          line += char;
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }
}

function pageDimensions(table: ExportTable, size: PageSize): [number, number] {
  const [w, h] = size === 'letter' ? PageSizes.Letter : PageSizes.A4;
  const totalChars = table.columns.reduce((sum, c) => sum + c.width, 0);
  // A wide list is printed across the page.
  return totalChars > 90 ? [h, w] : [w, h];
}

/**
 * Each column's share of the page by its width hint, but never narrower than the longest word of
 * its header, so "Consent" is not printed as "Conse-nt".
 */
function columnWidths(table: ExportTable, usable: number, wordWidth: (word: string) => number): number[] {
  const minimum = table.columns.map((c) => Math.max(...c.header.split(/\s+/).map(wordWidth)));
  const fixed = new Set<number>();
  for (;;) {
    const flexible = table.columns.reduce((sum, c, i) => (fixed.has(i) ? sum : sum + c.width), 0);
    const left = usable - [...fixed].reduce((sum, i) => sum + (minimum[i] as number), 0);
    const widths = table.columns.map((c, i) => (fixed.has(i) ? (minimum[i] as number) : (c.width / flexible) * left));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (minimum[i] as number));
    if (short < 0 || fixed.size === table.columns.length - 1) return widths;
    fixed.add(short);
  }
}

export async function writePdf(table: ExportTable, fonts: PdfFonts, options: PdfOptions = {}): Promise<Uint8Array> {
  const locale = table.locale ?? 'en';
  const say = (id: string, values?: MessageValues) =>
    translate(locale, values ? { id: `export.${id}`, values } : { id: `export.${id}` });
  const detailTexts = table.details.map((d) => say('detail', { label: d.label, value: d.value }));
  const doc = await PDFDocument.create();
  doc.setTitle(`${table.title} · ${table.committee}`);
  doc.setSubject(detailTexts.join('; '));
  doc.setCreator('Tenure');
  doc.setProducer('Tenure (pdf-lib)');
  const text = new TextEngine(await embedFonts(doc, fonts));
  const [pageWidth, pageHeight] = pageDimensions(table, options.pageSize ?? 'a4');
  const usable = pageWidth - 2 * MARGIN;
  const widths = columnWidths(table, usable, (word) => text.width(word, HEADER_SIZE, true) + 2 * PAD + 1);
  const bottom = MARGIN + 22;

  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;

  const headerCells = table.columns.map((c, i) =>
    text.wrap(c.header, (widths[i] as number) - 2 * PAD, HEADER_SIZE, true),
  );
  const headerHeight = Math.max(...headerCells.map((lines) => lines.length)) * LINE + 2 * PAD;

  const drawTableHeader = () => {
    page.drawRectangle({ x: MARGIN, y: y - headerHeight, width: usable, height: headerHeight, color: HEADER_FILL });
    let x = MARGIN;
    headerCells.forEach((lines, i) => {
      lines.forEach((line, k) =>
        text.draw(page, line, x + PAD, y - PAD - (k + 1) * LINE + 2.5, HEADER_SIZE, { bold: true }),
      );
      x += widths[i] as number;
    });
    y -= headerHeight;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + usable, y }, thickness: 0.8, color: MUTED });
  };

  const newPage = (first: boolean) => {
    page = doc.addPage([pageWidth, pageHeight]);
    pages.push(page);
    y = pageHeight - MARGIN;
    if (first) {
      text.draw(page, table.title, MARGIN, y - 16, 16, { bold: true });
      y -= 24;
      text.draw(page, table.committee, MARGIN, y - 11, 11);
      y -= 18;
      const details = detailTexts.join('   ·   ');
      for (const line of text.wrap(details, usable, 8.5)) {
        text.draw(page, line, MARGIN, y - 9, 8.5, { color: MUTED });
        y -= 11;
      }
      y -= 8;
    } else {
      text.draw(page, `${table.title} · ${table.committee}`, MARGIN, y - 9, 8.5, { color: MUTED });
      y -= 18;
    }
    drawTableHeader();
  };

  newPage(true);
  table.rows.forEach((row, r) => {
    const cells = table.columns.map((_, i) => text.wrap(row[i] ?? '', (widths[i] as number) - 2 * PAD, BODY_SIZE));
    const height = Math.max(1, ...cells.map((lines) => lines.length)) * LINE + 2 * PAD;
    if (y - height < bottom) newPage(false);
    if (r % 2 === 1) page.drawRectangle({ x: MARGIN, y: y - height, width: usable, height, color: STRIPE });
    let x = MARGIN;
    cells.forEach((lines, i) => {
      const column = table.columns[i];
      const cellWidth = widths[i] as number;
      lines.forEach((line, k) => {
        const lineX = column?.align === 'right' ? x + cellWidth - PAD - text.width(line, BODY_SIZE) : x + PAD;
        text.draw(page, line, lineX, y - PAD - (k + 1) * LINE + 2.5, BODY_SIZE);
      });
      x += cellWidth;
    });
    y -= height;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + usable, y }, thickness: 0.3, color: RULE });
  });
  if (table.rows.length === 0) {
    text.draw(page, say('pdf.empty'), MARGIN + PAD, y - PAD - LINE + 2.5, BODY_SIZE, { color: MUTED });
    y -= LINE + 2 * PAD;
  }

  const notes = [...table.notes];
  if (text.missingGlyphs) {
    notes.push(say('pdf.missingGlyphs'));
  }
  y -= 10;
  for (const note of notes) {
    for (const line of text.wrap(note, usable, 8)) {
      if (y - LINE < bottom) {
        page = doc.addPage([pageWidth, pageHeight]);
        pages.push(page);
        y = pageHeight - MARGIN;
      }
      text.draw(page, line, MARGIN, y - 9, 8, { color: MUTED });
      y -= LINE + 1;
    }
    y -= 3;
  }

  pages.forEach((p, i) => {
    const label = say('pdf.page', { page: String(i + 1), pages: String(pages.length) });
    text.draw(p, say('pdf.footer', { title: table.title, date: table.generatedOn }), MARGIN, MARGIN - 4, 7.5, {
      color: MUTED,
    });
    text.draw(p, label, pageWidth - MARGIN - text.width(label, 7.5), MARGIN - 4, 7.5, { color: MUTED });
  });
  return doc.save();
}
