import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRulesContext } from '../rules/context';
import type { Workspace } from '../workspace/schema';
import { parseWorkspaceText } from '../workspace/parse';
import { calendarEvents, foldIcsLine, writeIcs } from './ics';
import { expiryTable, nominationTable, rosterTable } from './lists';

function example(change: (w: Workspace) => void = () => {}) {
  const parsed = parseWorkspaceText(
    readFileSync(join(import.meta.dirname, '../../examples/it-section-2021.tenure.json'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example workspace is invalid');
  change(parsed.workspace);
  return createRulesContext(parsed.workspace);
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
