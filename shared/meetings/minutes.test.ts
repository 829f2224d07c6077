import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { PdfFonts } from '../exports/pdf';
import { createRulesContext } from '../rules/context';
import type { Workspace } from '../workspace/schema';
import { orderActions } from './action-plan';
import { draftMinutes, longDate } from './minutes';
import { minutesBlocks, writeMinutesPdf } from './minutes-pdf';
import { MINUTES_LOCALES, MINUTES_WORDS, minutesLocale, type MinutesLocale } from './minutes-words';
import { dejavuFonts, exampleWorkspace } from '../testing/fixtures';

const fonts: PdfFonts = dejavuFonts();

/** The example with its March 2021 meeting as a secretary records it: times, agenda, a guest. */
function example(): Workspace {
  const ws = exampleWorkspace();
  const meeting = ws.meetings[0]!;
  Object.assign(meeting, {
    title: 'IFLA IT Section mid-term meeting',
    mode: 'hybrid',
    place: 'Lima, Peru',
    startTime: '08:00',
    endTime: '09:30',
    timeZone: 'EST',
    languages: ['en', 'es'],
    interpretation: 'Wordly.ai live translation',
    agenda: [
      { title: 'Opening', notes: 'The Chair opened the meeting and welcomed the attendees.' },
      { title: 'Approval of the Agenda', notes: 'The meeting approved the agenda.' },
      { title: 'Action Plan: mid-term review and update', actionPlan: true },
      { title: 'AOB', notes: 'There being no other business, the meeting ended.' },
    ],
    guests: [{ name: 'Helen Mandl', role: 'IFLA HQ' }],
  });
  meeting.attendance!.find((a) => a.personId === 'p03')!.remote = true;
  const webinar = ws.actions.find((a) => a.id === 'a-webinar-series')!;
  webinar.progress = [
    { on: '2020-10-30', note: 'Webinar on the 4IR: 274 registered, 58 attended.' },
    { on: '2021-05-01', note: 'After the meeting: next webinar held.', status: 'completed' },
  ];
  return ws;
}

function minutesOf(ws: Workspace, locale?: MinutesLocale) {
  return draftMinutes({
    ...(locale ? { locale } : {}),
    ctx: createRulesContext(ws),
    meeting: ws.meetings[0]!,
    actions: orderActions(
      ws.actions,
      ws.actions.map((a) => a.id),
    ),
    committeeName: 'Information Technology Section',
  });
}

describe('draft minutes in the layout of the March 2021 minutes (seed 003)', () => {
  it('writes the heading, date and time, the setting of a hybrid meeting', () => {
    const text = minutesOf(example());
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# IFLA IT SECTION MID-TERM MEETING',
      '',
      'March 19, 2021, 08:00–09:30 EST  ',
      'Hybrid meeting · Lima, Peru · Languages: English, Spanish · Interpretation: Wordly.ai live translation  ',
    ]);
    expect(longDate('2021-12-01')).toBe('December 1, 2021');
  });

  it('lists who was present with their roles, officers first, then by surname; apologies apart; guests apart', () => {
    const text = minutesOf(example());
    const present = text.slice(text.indexOf('**Present:**'), text.indexOf('**Guests'));
    const lines = present
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => l.trimEnd());
    expect(lines.slice(0, 3)).toEqual([
      'Daniel Whitford (Chair)',
      'Grace Mwangi (Secretary)',
      'Lucía Ferreyra (Information Coordinator)',
    ]);
    expect(lines).toContain('Hannah Becker (Big Data SIG Convenor)');
    expect(lines).toContain('Nguyễn Thị Lan (Corresponding member)');
    expect(lines).toContain('Henrik Lindqvist (online)');
    expect(lines).not.toContain('Keiko Arai');
    expect(lines).toHaveLength(18);
    expect(text).toContain('**Guests and observers:** Helen Mandl (IFLA HQ)');
    expect(text).toContain('**Apologies:** Keiko Arai');
    expect(text).toContain(
      '**Quorum:** 15 of 16 voting members present; 9 needed (a majority of the voting members): quorum reached.',
    );
  });

  it('numbers the agenda, and lists the action plan under its item as "a) Title (Owners): Status."', () => {
    const text = minutesOf(example());
    expect(text).toContain('1. Opening\n\n   The Chair opened the meeting and welcomed the attendees.');
    expect(text).toContain('2. Approval of the Agenda');
    expect(text).toContain('3. Action Plan: mid-term review and update');
    expect(text).toContain('4. AOB');
    expect(text).toContain(
      '   a) PCS & ITS webinar: Preserving complex digital objects in libraries (Ferreyra): Completed.  \n   Two duplicated sessions on 18–19 Nov 2020; 87 attendees; recording published.',
    );
    // The status on the meeting's date, with the progress recorded up to it; a later change is not in.
    expect(text).toContain(
      '   c) Quarterly webinars on IT topics (Dlamini, Raman): Ongoing.  \n   Webinar on the 4IR: 274 registered, 58 attended.',
    );
    expect(text).not.toContain('After the meeting');
    expect(text).toContain('   j) IT Section skills register (Benali, Whitford): Sunsetted.');
    expect(text.trimEnd().endsWith('The meeting ended at 09:30 EST.')).toBe(true);
  });

  it('without an action-plan item on the agenda, adds one before AOB', () => {
    const ws = example();
    ws.meetings[0]!.agenda = [{ title: 'Welcome' }, { title: 'AOB' }];
    const text = minutesOf(ws);
    expect(text).toContain('1. Welcome\n\n2. Action plan: review and update\n\n   a) PCS');
    expect(text).toContain('3. AOB');
  });
});

describe("draft minutes in the secretary's language", () => {
  it('writes the headings, roles, statuses and the quorum in Spanish', () => {
    const text = minutesOf(example(), 'es');
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# IFLA IT SECTION MID-TERM MEETING',
      '',
      '19 de marzo de 2021, 08:00–09:30 EST  ',
      'Reunión híbrida · Lima, Peru · Idiomas: inglés, español · Interpretación: Wordly.ai live translation  ',
    ]);
    expect(text).toContain('**Presentes:**\n\nDaniel Whitford (Presidente/a)  ');
    expect(text).toContain('Henrik Lindqvist (en línea)');
    expect(text).toContain('Nguyễn Thị Lan (Miembro correspondiente)');
    expect(text).toContain('**Invitados y observadores:** Helen Mandl (IFLA HQ)');
    expect(text).toContain('**Excusas:** Keiko Arai');
    expect(text).toContain(
      '**Quórum:** 15 de 16 miembros con derecho a voto presentes; se necesitan 9 (la mayoría de los miembros con derecho a voto): hay quórum.',
    );
    expect(text).toContain('(Ferreyra): Completada.');
    expect(text).toContain('(Benali, Whitford): Cerrada.');
    expect(text.trimEnd().endsWith('La reunión terminó a las 09:30 EST.')).toBe(true);
  });

  it('writes them in French, with the action plan item added before "Questions diverses"', () => {
    const ws = example();
    ws.meetings[0]!.agenda = [{ title: 'Ouverture' }, { title: 'Questions diverses' }];
    const text = minutesOf(ws, 'fr');
    expect(text).toContain('19 mars 2021, 08:00–09:30 EST');
    expect(text).toContain('**Présents\u00a0:**\n\nDaniel Whitford (Président(e))  ');
    expect(text).toContain('**Excusés\u00a0:** Keiko Arai');
    expect(text).toContain('quorum atteint.');
    expect(text).toContain('1. Ouverture\n\n2. Plan d’action\u00a0: examen et mise à jour\n\n   a) PCS');
    expect(text).toContain('(Ferreyra): Terminée.');
    expect(text).toContain('3. Questions diverses');
  });

  it('has every word in every language, and falls back to English for any other', () => {
    for (const locale of MINUTES_LOCALES) {
      expect(Object.keys(MINUTES_WORDS[locale]).sort()).toEqual(Object.keys(MINUTES_WORDS.en).sort());
      expect(minutesOf(example(), locale)).toContain(MINUTES_WORDS[locale].present);
    }
    expect(minutesLocale('fr-CA')).toBe('fr');
    expect(minutesLocale('de')).toBe('en');
    expect(minutesOf(example(), 'ar')).toContain('**الحاضرون:**');
  });
});

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

describe('minutes as PDF', () => {
  it('reads the Markdown subset as blocks: title, hard breaks, numbered and lettered items, indents', () => {
    expect(
      minutesBlocks(
        '# Title\n\nMay Chang (Chair)  \nMaria Kadesjö\n\n1. Opening\n\n   a) Webinar: Completed.  \n   87 attendees',
      ),
    ).toEqual([
      { kind: 'title', text: 'Title' },
      { kind: 'line', text: 'May Chang (Chair)', indent: 0, gapBefore: true },
      { kind: 'line', text: 'Maria Kadesjö', indent: 0, gapBefore: false },
      { kind: 'line', text: 'Opening', indent: 0, marker: '1.', gapBefore: true },
      { kind: 'line', text: 'Webinar: Completed.', indent: 1, marker: 'a)', gapBefore: true },
      { kind: 'line', text: '87 attendees', indent: 1, gapBefore: false },
    ]);
    expect(minutesBlocks('one\ntwo\n')).toEqual([{ kind: 'line', text: 'one two', indent: 0, gapBefore: false }]);
  });

  it('prints the draft: title, present list with roles, quorum, items, page numbers', async () => {
    const bytes = await writeMinutesPdf(minutesOf(example()), fonts, {
      title: 'IFLA IT Section mid-term meeting, 2021-03-19',
      footer: 'draft minutes generated on 2021-03-20',
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = await pageTexts(bytes);
    const all = pages.join('\n');
    for (const expected of [
      'IFLA IT SECTION MID-TERM MEETING',
      'March 19, 2021, 08:00–09:30 EST',
      'Present:',
      'Daniel Whitford (Chair)',
      'Nguyễn Thị Lan (Corresponding member)',
      'quorum reached.',
      'Action Plan: mid-term review and update',
      'Completed.',
      `Page 1 of ${pages.length}`,
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('numbers the pages in the language of the minutes', async () => {
    const bytes = await writeMinutesPdf(minutesOf(example(), 'fr'), fonts, {
      title: 'Réunion, 2021-03-19',
      footer: 'procès-verbal provisoire',
      locale: 'fr',
    });
    const pages = await pageTexts(bytes);
    expect(pages.join('\n')).toContain(`Page 1 sur ${pages.length}`);
  });
});
