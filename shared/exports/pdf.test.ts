import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { createRulesContext } from '../rules/context';
import type { SharedLocale } from '../i18n/translate';
import { nominationTable } from './lists';
import { writePdf, type PdfFonts } from './pdf';
import { visualPieces } from './pdf-text';
import { dejavuFonts, exampleWorkspace } from '../testing/fixtures';

const fonts: PdfFonts = dejavuFonts();

function exampleTable(locale: SharedLocale = 'en') {
  return nominationTable(createRulesContext(exampleWorkspace()), 'e-2021-members', '2021-03-19', locale);
}

/** The text of each page, as a PDF reader extracts it (pdf.js, the engine of Firefox's viewer). */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages;
}

describe('writePdf', () => {
  it('prints the example nomination list: committee, cycle, date, page numbers and every candidate', async () => {
    const bytes = await writePdf(exampleTable(), fonts);
    const [page, ...rest] = await pageTexts(bytes);
    expect(rest).toEqual([]);
    for (const expected of [
      'Nomination list',
      'Information Technology Section',
      'Members election, cycle 2021',
      'Nominations close: 2021-04-30',
      'generated on 2021-03-19',
      'Page 1 of 1',
      'Lucía Ferreyra',
      'Tomasz Wójcik',
      'Associação',
      'standing for a',
      '2nd term',
    ]) {
      expect(page).toContain(expected);
    }
  });

  it('embeds a font that prints accented Latin and Cyrillic, and repeats the header on every page', async () => {
    const table = exampleTable();
    table.rows = Array.from({ length: 120 }, (_, i) => [
      i % 2 ? 'Čano Tomić' : 'Ирина Петрова',
      `p${i}`,
      ...Array.from({ length: 10 }, () => ''),
    ]);
    const pages = await pageTexts(await writePdf(table, fonts, { pageSize: 'letter' }));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      expect(text).toContain('Candidate');
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(pages[0]).toContain('Čano Tomić');
    expect(pages[0]).toContain('Ирина Петрова');
  });

  it('prints its own words (details, footer, page numbers, notes) in the language of the table', async () => {
    const table = exampleTable('es');
    table.rows[0]![0] = '王小明';
    const [page] = await pageTexts(await writePdf(table, fonts));
    for (const expected of [
      'Lista de candidaturas',
      'Elección de miembros, ciclo 2021',
      'Cierre de candidaturas: 2021-04-30',
      'generado el 2021-03-19',
      'Página 1 de 1',
      'Consentimiento',
      'recuadros vacíos',
    ]) {
      expect(page).toContain(expected);
    }
    expect(page).not.toContain('Page 1 of 1');
    const [french] = await pageTexts(await writePdf(exampleTable('fr'), fonts));
    expect(french).toContain('Page 1 sur 1');
    expect(french).toContain('Clôture des candidatures : 2021-04-30');
  });

  it('says so under the table when a character has no glyph (CJK without a CJK font)', async () => {
    const table = exampleTable();
    table.rows[0]![0] = '王小明';
    const [page] = await pageTexts(await writePdf(table, fonts));
    expect(page).toContain('print as empty boxes');
  });
});

describe('visualPieces', () => {
  const latinOnly = (cp: number) => (cp < 0x500 ? 0 : cp >= 0x600 && cp < 0x700 ? 1 : -1);

  it('keeps left-to-right text whole, in one font', () => {
    expect(visualPieces('Čano Tomić', latinOnly)).toEqual([{ text: 'Čano Tomić', font: 0 }]);
  });

  it('orders an Arabic name after Latin text right to left, handing Arabic runs to their font in logical order', () => {
    // "Ahmed Ali" in Arabic, then a Latin institution: the Arabic run keeps logical order for shaping.
    expect(visualPieces('أحمد علي', latinOnly)).toEqual([{ text: 'أحمد علي', font: 1 }]);
    const pieces = visualPieces('أحمد علي (Cairo)', latinOnly);
    // Brackets in a right-to-left paragraph resolve to its direction and are mirrored, so they stay pieces of their own.
    expect(pieces.map((p) => p.text).join('|')).toBe('(|Cairo|)|أحمد علي ');
    expect(pieces.at(-1)).toEqual({ text: 'أحمد علي ', font: 1 });
  });
});
