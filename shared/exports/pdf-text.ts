import bidiFactory from 'bidi-js';

/**
 * Text for a PDF line: which font draws which characters, in what order on the page. A PDF draws
 * glyphs left to right as it is told, so right-to-left scripts need the Unicode bidirectional
 * algorithm (UBA) applied per line, and characters one font lacks (Arabic in a Latin font, CJK)
 * need another font. Shaping itself (Arabic joining forms, reversal of an Arabic run) is done by
 * fontkit when pdf-lib lays out each piece, so a piece must be a run in logical order.
 */

/** A piece of a line, drawn with one font in one go; pieces are in visual order, left to right. */
export type TextPiece = { text: string; font: number };

/** Which font (by index, in order of preference) has a glyph for a code point; -1 when none. */
export type FontPicker = (codePoint: number) => number;

/** The first of `faces` (the main font, then its fallbacks) with a glyph for a code point; -1 if none. */
export function fontPicker(faces: readonly { hasGlyphForCodePoint(codePoint: number): boolean }[]): FontPicker {
  const cache = new Map<number, number>();
  return (codePoint) => {
    let index = cache.get(codePoint);
    if (index === undefined) {
      index = faces.findIndex((face) => face.hasGlyphForCodePoint(codePoint));
      cache.set(codePoint, index);
    }
    return index;
  };
}

const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]/;
const RTL_LETTER = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

let bidi: ReturnType<typeof bidiFactory> | undefined;

/** Splits a logical run into pieces by font; a character no font has stays with the first font (it draws as a box). */
function byFont(text: string, pick: FontPicker): TextPiece[] {
  const pieces: TextPiece[] = [];
  let current = '';
  let currentFont = -1;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    // Spaces and marks join the piece they sit in, so a name is not cut into several draws.
    let font = /[\s\p{M}]/u.test(char) && currentFont >= 0 ? currentFont : pick(cp);
    if (font < 0) font = 0;
    if (font !== currentFont && current !== '') {
      pieces.push({ text: current, font: currentFont });
      current = '';
    }
    currentFont = font;
    current += char;
  }
  if (current !== '') pieces.push({ text: current, font: currentFont });
  return pieces;
}

/**
 * The pieces of one line in visual order. Left-to-right text is one pass of font fallback; text
 * with right-to-left characters is split into runs of one embedding level (UBA), the runs are
 * ordered by rule L2, and an odd-level run without right-to-left letters (spaces, brackets
 * between Arabic words) is reversed here, because fontkit reverses only runs of an RTL script.
 */
export function visualPieces(line: string, pick: FontPicker): TextPiece[] {
  if (!RTL_CHARS.test(line)) return byFont(line, pick);
  bidi ??= bidiFactory();
  const embedding = bidi.getEmbeddingLevels(line);
  const { levels } = embedding;
  const mirrored = bidi.getMirroredCharactersMap(line, levels);
  type Run = { text: string; level: number };
  const runs: Run[] = [];
  for (let i = 0; i < line.length; i++) {
    const level = levels[i] as number;
    const char = mirrored.get(i) ?? (line[i] as string);
    const last = runs.at(-1);
    if (last && last.level === level) last.text += char;
    else runs.push({ text: char, level });
  }
  // Rule L2: from the highest level down to the lowest odd level, reverse every sequence of runs at that level or higher.
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)));
  for (let level = highest; level >= lowestOdd && Number.isFinite(lowestOdd); level--) {
    for (let i = 0; i < runs.length;) {
      if ((runs[i] as Run).level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && (runs[j] as Run).level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  const pieces: TextPiece[] = [];
  for (const run of runs) {
    const rtl = run.level % 2 === 1;
    if (!rtl) {
      pieces.push(...byFont(run.text, pick));
      continue;
    }
    const logical = byFont(run.text, pick).reverse();
    for (const piece of logical) {
      pieces.push(RTL_LETTER.test(piece.text) ? piece : { text: [...piece.text].reverse().join(''), font: piece.font });
    }
  }
  return pieces;
}

/** Whether every character of `text` has a glyph in some font (spaces and controls aside). */
export function isFullyCovered(text: string, pick: FontPicker): boolean {
  for (const char of text) {
    if (/[\s\p{Cc}\p{M}]/u.test(char)) continue;
    if (pick(char.codePointAt(0) as number) < 0) return false;
  }
  return true;
}
