import fontkit from '@pdf-lib/fontkit';
import { PageSizes, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from '../exports/pdf';
import { fontPicker, isFullyCovered, visualPieces, type FontPicker } from '../exports/pdf-text';
import { MINUTES_WORDS, type MinutesLocale } from './minutes-words';

/**
 * A printable PDF of minutes written in Markdown (as `draftMinutes` writes them, or as the
 * secretary edited them): a title, paragraphs, numbered items with their indented notes, bullets,
 * **bold** runs and hard line breaks. The same pdf-lib, fontkit and DejaVu Sans as the list
 * exports (shared/exports/pdf.ts), with the same bidi and font fallback for names in any script;
 * the layout is a letter-like page rather than a table.
 */

export type MinutesPdfOptions = {
  /** Printed in the footer of every page and stored as the document title. */
  title: string;
  /** "Draft minutes, generated on 2021-03-20": the writer never reads a clock. */
  footer: string;
  pageSize?: 'a4' | 'letter';
  /** The language of the PDF's own words ("Page 1 of 2"); English by default. */
  locale?: MinutesLocale;
};

const MARGIN = 60;
const BODY = 10.5;
const LEADING = 14;
const TITLE = 14;
const INDENT = 20;
const INK = rgb(0.08, 0.08, 0.1);
const MUTED = rgb(0.4, 0.42, 0.46);

type Fonts = { regular: PDFFont[]; bold: PDFFont[]; pick: FontPicker };

async function embed(doc: PDFDocument, fonts: PdfFonts): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  const sources = [fonts.regular, ...(fonts.fallbacks ?? [])];
  const faces = sources.map((bytes) => fontkit.create(bytes));
  const regular = await Promise.all(sources.map((bytes) => doc.embedFont(bytes, { subset: true })));
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  const pick = fontPicker(faces);
  return { regular, bold: [bold, ...regular.slice(1)], pick };
}

/** A run of text in one weight. */
type Run = { text: string; bold: boolean };

/** `**bold**` runs of a line; an unmatched `**` is kept as text. */
export function inlineRuns(line: string): Run[] {
  const parts = line.split('**');
  if (parts.length % 2 === 0) return [{ text: line, bold: false }];
  return parts.map((text, i) => ({ text, bold: i % 2 === 1 })).filter((r) => r.text !== '');
}

/** One printed block: a logical line with its indent, marker (number or bullet) and size. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'line'; text: string; indent: number; marker?: string; gapBefore: boolean };

/**
 * The Markdown subset of minutes, as blocks: `#`/`##` headings; paragraphs, whose soft line breaks
 * join and whose hard breaks (two trailing spaces or a backslash) keep lines apart; `1.` items and
 * `-`/`*` bullets with a hanging indent; leading spaces indent a block.
 */
export function minutesBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let gap = false;
  let open: Extract<Block, { kind: 'line' }> | undefined;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      open = undefined;
      gap = blocks.length > 0;
      continue;
    }
    const hard = / {2,}$|\\$/.test(raw);
    const line = raw.replace(/\\$/, '').trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: heading[1] === '#' ? 'title' : 'heading', text: (heading[2] ?? '').trim() });
      open = undefined;
      gap = false;
      continue;
    }
    if (open) {
      open.text += ` ${line.trim()}`;
    } else {
      const leading = line.length - line.trimStart().length;
      const body = line.trimStart();
      const item = /^(\d+[.)]|[a-z]{1,2}\)|[-*•])\s+(.*)$/.exec(body);
      open = {
        kind: 'line',
        text: item ? (item[2] ?? '') : body,
        indent: Math.floor(leading / 2),
        gapBefore: gap,
        ...(item ? { marker: /^[-*•]$/.test(item[1] ?? '') ? '•' : (item[1] ?? '') } : {}),
      };
      blocks.push(open);
      gap = false;
    }
    if (hard) open = undefined;
  }
  return blocks;
}

class Layout {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  missingGlyphs = false;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly size: [number, number],
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage(this.size);
    this.pages.push(this.page);
    this.y = this.size[1] - MARGIN;
  }

  ensure(height: number) {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  width(text: string, size: number, bold: boolean): number {
    const set = bold ? this.fonts.bold : this.fonts.regular;
    let w = 0;
    for (const piece of visualPieces(text, this.fonts.pick))
      w += (set[piece.font] as PDFFont).widthOfTextAtSize(piece.text, size);
    return w;
  }

  draw(page: PDFPage, text: string, x: number, y: number, size: number, bold: boolean, color = INK): number {
    if (!this.missingGlyphs && !isFullyCovered(text, this.fonts.pick)) this.missingGlyphs = true;
    const set = bold ? this.fonts.bold : this.fonts.regular;
    let cursor = x;
    for (const piece of visualPieces(text, this.fonts.pick)) {
      const font = set[piece.font] as PDFFont;
      page.drawText(piece.text, { x: cursor, y, size, font, color });
      cursor += font.widthOfTextAtSize(piece.text, size);
    }
    return cursor - x;
  }

  /** Greedy wrap of styled runs into lines of at most `width`; a word longer than a line is cut. */
  wrap(runs: Run[], width: number, size: number): Run[][] {
    const words: Run[] = [];
    for (const run of runs)
      for (const word of run.text.split(/(?<=\s)/)) if (word) words.push({ text: word, bold: run.bold });
    const lines: Run[][] = [];
    let line: Run[] = [];
    let used = 0;
    const push = () => {
      if (line.length) lines.push(line);
      line = [];
      used = 0;
    };
    for (const word of words) {
      const w = this.width(word.text.trimEnd(), size, word.bold);
      if (used + w > width && line.length > 0) push();
      if (w > width) {
        let chunk = '';
        for (const char of word.text) {
          if (chunk && this.width(chunk + char, size, word.bold) > width) {
            line.push({ text: chunk, bold: word.bold });
            push();
            chunk = '';
          }
          chunk += char;
        }
        line.push({ text: chunk, bold: word.bold });
        used = this.width(chunk, size, word.bold);
        continue;
      }
      line.push(word);
      used += this.width(word.text, size, word.bold);
    }
    push();
    return lines;
  }

  /** Draws styled lines from x, merging neighbouring runs of one weight so bidi sees whole phrases. */
  drawLine(runs: Run[], x: number, size: number) {
    const merged: Run[] = [];
    for (const run of runs) {
      const last = merged.at(-1);
      if (last && last.bold === run.bold) last.text += run.text;
      else merged.push({ ...run });
    }
    let cursor = x;
    merged.forEach((run, i) => {
      const text = i === merged.length - 1 ? run.text.trimEnd() : run.text;
      cursor += this.draw(this.page, text, cursor, this.y, size, run.bold);
    });
  }
}

/** The minutes as PDF bytes. */
export async function writeMinutesPdf(
  markdown: string,
  fonts: PdfFonts,
  options: MinutesPdfOptions,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(options.title);
  doc.setCreator('Tenure');
  doc.setProducer('Tenure (pdf-lib)');
  const [w, h] = options.pageSize === 'letter' ? PageSizes.Letter : PageSizes.A4;
  const layout = new Layout(doc, await embed(doc, fonts), [w, h]);
  const usable = w - 2 * MARGIN;
  const words = MINUTES_WORDS[options.locale ?? 'en'];

  for (const block of minutesBlocks(markdown)) {
    if (block.kind === 'title' || block.kind === 'heading') {
      const size = block.kind === 'title' ? TITLE : 12;
      const lines = layout.wrap([{ text: block.text, bold: true }], usable, size);
      layout.ensure(lines.length * (size + 4) + 8);
      if (layout.y < h - MARGIN) layout.y -= 6;
      for (const line of lines) {
        layout.y -= size + 2;
        layout.drawLine(line, MARGIN, size);
        layout.y -= 2;
      }
      layout.y -= 4;
      continue;
    }
    const x = MARGIN + block.indent * INDENT;
    const markerWidth = block.marker ? Math.max(INDENT, layout.width(`${block.marker} `, BODY, false) + 4) : 0;
    const lines = layout.wrap(inlineRuns(block.text), usable - (x - MARGIN) - markerWidth, BODY);
    if (block.gapBefore) layout.y -= LEADING * 0.55;
    layout.ensure(Math.min(lines.length, 2) * LEADING);
    lines.forEach((line, i) => {
      layout.ensure(LEADING);
      layout.y -= LEADING;
      if (i === 0 && block.marker) layout.draw(layout.page, block.marker, x, layout.y, BODY, false);
      layout.drawLine(line, x + markerWidth, BODY);
    });
  }

  if (layout.missingGlyphs) {
    layout.ensure(LEADING * 2);
    layout.y -= LEADING * 1.5;
    layout.draw(layout.page, words.missingGlyphs, MARGIN, layout.y, 8, false, MUTED);
  }

  layout.pages.forEach((page, i) => {
    const label = words.page(i + 1, layout.pages.length);
    const room = usable - layout.width(label, 8, false) - 16;
    let footer = `${options.title} · ${options.footer}`;
    while (footer.length > 1 && layout.width(footer, 8, false) > room) footer = `${footer.slice(0, -2)}…`;
    layout.draw(page, footer, MARGIN, MARGIN - 18, 8, false, MUTED);
    layout.draw(page, label, w - MARGIN - layout.width(label, 8, false), MARGIN - 18, 8, false, MUTED);
  });
  return doc.save();
}
