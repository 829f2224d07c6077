import { describe, expect, it } from 'vitest';
import { createRulesContext } from '../rules/context';
import type { Workspace } from '../workspace/schema';
import { calendarEvents, foldIcsLine, writeIcs } from './ics';
import type { SharedLocale } from '../i18n/translate';
import { expiryTable, incumbencyLabel, nominationTable, rosterTable } from './lists';
import type { ExportTable } from './table';
import { exampleWorkspace } from '../testing/fixtures';

function example(change: (w: Workspace) => void = () => {}) {
  const workspace = exampleWorkspace();
  change(workspace);
  return createRulesContext(workspace);
}

const column = (table: ReturnType<typeof nominationTable>, header: string) =>
  table.columns.findIndex((c) => c.header === header);

describe('nominationTable', () => {
  it('lists the 2021 candidates by name with nominator, consent, eligibility, incumbency, region and country', () => {
    const table = nominationTable(example(), 'e-2021-members', '2021-03-19');
    expect(table.committee).toBe('Information Technology Section');
    expect(table.details).toEqual(
      expect.arrayContaining([
        { label: 'Election', value: 'Members election, cycle 2021' },
        { label: 'Places', value: '12' },
        { label: 'Term boundary', value: '2021-08-26' },
      ]),
    );
    expect(table.rows.map((r) => r[0])).toEqual([
      'Amara Okafor',
      'Daniel Whitford',
      'Farah Haddad',
      'Henrik Lindqvist',
      'Isabel Pereira',
      'Kwame Asante',
      'Lina Khoury',
      'Lucía Ferreyra',
      'Mei-Ling Tan',
      'Tomasz Wójcik',
    ]);
    expect(table.rows[0]).toEqual([
      'Amara Okafor',
      'p01',
      'Institutional member',
      'Yes',
      'Yes',
      'would be term 2 of 2',
      'standing for a 2nd term',
      'Sub-Saharan Africa',
      'NG',
      '',
      '',
      '',
    ]);
    expect(table.fileStem).toBe('nominations-it-e-2021-members');
  });

  it('says why a term-limited candidate may not stand, and records votes, outcome and the tie-break', () => {
    const table = nominationTable(
      example((w) => {
        const election = w.elections[0]!;
        election.status = 'final';
        election.candidates!.push({ personId: 'p09', nominatedBy: 'Self', consent: false });
        election.candidates!.forEach((c, i) => {
          c.votes = i < 2 ? 50 : 40 - i;
          c.outcome = i === 1 ? 'not-elected' : 'elected';
        });
        election.tieBreak = { method: 'lot', on: '2021-06-30', elected: ['p01'] };
      }),
      'e-2021-members',
      '2021-09-01',
    );
    const ana = table.rows.find((r) => r[0] === 'Ana Ruiz')!;
    expect(ana[column(table, 'Consent')]).toBe('No');
    expect(ana[column(table, 'Eligible')]).toBe('No');
    expect(ana[column(table, 'Eligibility')]).toBe(
      '2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023',
    );
    expect(ana[column(table, 'Incumbency')]).toBe('standing for a 3rd term');
    expect(table.rows.slice(0, 2).map((r) => [r[0], r[column(table, 'Votes')], r[column(table, 'Tie-break')]])).toEqual(
      [
        ['Amara Okafor', '50', 'Drawn by lot on 2021-06-30: elected'],
        ['Lucía Ferreyra', '50', 'Drawn by lot on 2021-06-30: not elected'],
      ],
    );
    expect(table.notes[0]).toBe('Tie for the last place settled by lot on 2021-06-30: elected Amara Okafor (R-16).');
  });

  it('refuses an unknown election', () => {
    expect(() => nominationTable(example(), 'nope', '2021-03-19')).toThrow('unknown election nope');
  });
});

describe('rosterTable and expiryTable', () => {
  it('lists the members on a date with their term numbers and offices', () => {
    const table = rosterTable(example(), 'it', '2021-03-19', '2021-03-19');
    expect(table.rows).toHaveLength(19);
    const daniel = table.rows.find((r) => r[0] === 'Daniel Whitford')!;
    expect(daniel).toEqual([
      'Daniel Whitford',
      'p05',
      'Elected',
      '2017-08-25',
      '2021-08-26',
      '',
      'term 1 of 2',
      'Chair',
      'North America',
      'CA',
    ]);
    expect(table.details[0]).toEqual({ label: 'As of', value: '2021-03-19' });
  });

  it('lists what ends in the window, soonest first, with the standing-again verdict', () => {
    const table = expiryTable(example(), 'it', '2021-03-19', 12, '2021-03-19');
    expect(table.rows.every((r, i) => i === 0 || (table.rows[i - 1]![0] as string) <= (r[0] as string))).toBe(true);
    const ana = table.rows.find((r) => r[1] === 'Ana Ruiz')!;
    expect(ana.slice(0, 4)).toEqual(['2021-08-26', 'Ana Ruiz', 'p09', 'Elected term']);
    expect(ana[7]).toBe('term-limited in 2021: 2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023');
    const chair = table.rows.find((r) => r[3] === 'Chair (office)')!;
    expect(chair[1]).toBe('Daniel Whitford');
  });
});

describe('calendar', () => {
  it('holds term ends, officer term ends, the nominations deadline and the term boundaries', () => {
    const events = calendarEvents(example(), 'it', '2021-03-19');
    expect(events[0]).toMatchObject({ date: '2021-04-30', summary: 'Nominations close: Members election, cycle 2021' });
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        'Term ends: Ana Ruiz (elected)',
        'Chair term ends: Daniel Whitford',
        'Term boundary 2021: new terms start',
        'Term boundary 2023: new terms start',
      ]),
    );
    const ics = writeIcs(events, { name: 'IT; terms, deadlines', stampedAt: '2021-03-19T10:00:00.000Z' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:IT\\; terms\\, deadlines\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20210826\r\nDTEND;VALUE=DATE:20210827\r\n');
    expect(ics).toContain('DTSTAMP:20210319T100000Z');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'Čano Tomić — 王小明 '.repeat(8)}`;
    const folded = foldIcsLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });
});

describe('in other languages', () => {
  const OTHERS = ['es', 'fr', 'ar'] as const;
  const lists = {
    nominations: (locale: SharedLocale) => nominationTable(example(), 'e-2021-members', '2021-03-19', locale),
    roster: (locale: SharedLocale) => rosterTable(example(), 'it', '2021-03-19', '2021-03-19', locale),
    expiring: (locale: SharedLocale) => expiryTable(example(), 'it', '2021-03-19', 12, '2021-03-19', locale),
  };
  const words = (headers: string[]) => new Set(headers.flatMap((h) => h.toLowerCase().split(/[\s-]+/)));
  const headersOf = (table: ExportTable) => table.columns.map((c) => c.header);

  describe.each(Object.entries(lists))('the %s list', (_name, build) => {
    const english = build('en');

    it.each(OTHERS)('in %s has headers, title and labels of its own, with no English header word', (locale) => {
      const table = build(locale);
      expect(table.locale).toBe(locale);
      const headers = headersOf(table);
      expect(headers).toHaveLength(english.columns.length);
      headers.forEach((header, i) => expect(header).not.toBe(english.columns[i]!.header));
      const englishWords = words(headersOf(english));
      expect([...words(headers)].filter((word) => englishWords.has(word))).toEqual([]);
      expect(table.title).not.toBe(english.title);
      table.details.forEach((detail, i) => expect(detail.label).not.toBe(english.details[i]!.label));
      // The data itself does not change language: names, ids and dates are the same cells.
      expect(table.rows.map((r) => r.slice(0, 2))).toEqual(english.rows.map((r) => r.slice(0, 2)));
      expect(table.fileStem).toBe(english.fileStem);
    });
  });

  it('the Spanish nomination list speaks Spanish, from headers to cells and notes', () => {
    const table = lists.nominations('es');
    expect(table.title).toBe('Lista de candidaturas');
    expect(headersOf(table)).toEqual([
      'Candidatura',
      'Identificador',
      'Propuesto por',
      'Consentimiento',
      'Elegible',
      'Elegibilidad',
      'Mandato actual',
      'Región',
      'País',
      'Votos',
      'Resultado',
      'Desempate',
    ]);
    expect(table.rows[0]).toEqual([
      'Amara Okafor',
      'p01',
      'Institutional member',
      'Sí',
      'Sí',
      'sería el mandato 2 de 2',
      'opta a un 2.º mandato',
      'África subsahariana',
      'NG',
      '',
      '',
      '',
    ]);
    expect(table.details[0]).toEqual({ label: 'Elección', value: 'Elección de miembros, ciclo 2021' });
    expect(table.notes.at(-1)).toMatch(/^La elegibilidad se refiere a un mandato que comienza/);
  });

  it('French and Arabic say why a candidate may not stand, and the tie-break, from the same facts', () => {
    const change = (w: Workspace) => {
      const election = w.elections[0]!;
      election.candidates!.push({ personId: 'p09', nominatedBy: 'Self', consent: false });
      election.candidates!.forEach((c, i) => {
        c.votes = i < 2 ? 50 : 40 - i;
        c.outcome = i === 1 ? 'not-elected' : 'elected';
      });
      election.tieBreak = { method: 'lot', on: '2021-06-30', elected: ['p01'] };
    };
    const fr = nominationTable(example(change), 'e-2021-members', '2021-09-01', 'fr');
    const ana = fr.rows.find((r) => r[0] === 'Ana Ruiz')!;
    expect(ana.slice(3, 7)).toEqual([
      'Non',
      'Non',
      '2 mandats consécutifs 2013–2017, 2017–2021 ; nouvelle candidature possible à partir de 2023',
      'candidat·e à un 3e mandat',
    ]);
    expect(fr.rows[0]!.slice(-2)).toEqual(['Élu·e', 'Tirage au sort du 2021-06-30 : élu·e']);
    expect(fr.notes[0]).toBe(
      'Égalité pour la dernière place départagée par tirage au sort le 2021-06-30 : élu·e·s Amara Okafor (R-16).',
    );
    const ar = nominationTable(example(change), 'e-2021-members', '2021-09-01', 'ar');
    expect(ar.rows.find((r) => r[0] === 'Ana Ruiz')![5]).toBe(
      'ولايتان متتاليتان 2013–2017، 2017–2021؛ يجوز الترشح مجددًا ابتداءً من 2023',
    );
    expect(ar.rows[0]![11]).toBe('قرعة في 2021-06-30: فاز');
  });

  it('roster kinds, offices and regions, and expiry verdicts, come from the shared vocabulary', () => {
    const roster = lists.roster('es');
    expect(roster.rows.find((r) => r[0] === 'Daniel Whitford')).toEqual([
      'Daniel Whitford',
      'p05',
      'Elección',
      '2017-08-25',
      '2021-08-26',
      '',
      'mandato 1 de 2',
      'Presidente/a',
      'América del Norte',
      'CA',
    ]);
    const expiring = lists.expiring('fr');
    const ana = expiring.rows.find((r) => r[1] === 'Ana Ruiz')!;
    expect(ana[3]).toBe('Mandat électif');
    expect(ana[7]).toBe(
      'limite de mandats atteinte en 2021 : 2 mandats consécutifs 2013–2017, 2017–2021 ; nouvelle candidature possible à partir de 2023',
    );
    expect(expiring.rows.find((r) => r[1] === 'Daniel Whitford' && r[3] !== 'Mandat électif')![3]).toBe(
      'Président(e) (fonction)',
    );
    expect(expiring.details[1]).toEqual({ label: 'Période', value: '12 mois, jusqu’au 2022-03-19' });
  });

  it('English ordinals come from the catalogue as before: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th', () => {
    const standing = (n: number) =>
      incumbencyLabel({ eligible: true, prospectiveTermNumber: n, maxTerms: 200, chain: [], mayStandAgainFrom: null });
    expect([2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(standing)).toEqual(
      ['2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th'].map(
        (n) => `standing for a ${n} term`,
      ),
    );
    expect(standing(1)).toBe('first term');
  });

  it('the calendar speaks the language asked for', () => {
    const events = calendarEvents(example(), 'it', '2021-03-19', 'es');
    expect(events[0]).toMatchObject({ summary: 'Cierre de candidaturas: Elección de miembros, ciclo 2021' });
    expect(events[0]!.description).toMatch(/^Último día de candidaturas para la elección de miembros, ciclo 2021 de /);
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        'Termina el mandato: Ana Ruiz (electo)',
        'Termina el mandato de Presidente/a: Daniel Whitford',
        'Cambio de mandato 2021: comienzan los nuevos mandatos',
      ]),
    );
  });
});
