import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '@shared/workspace/schema';
import { exampleWorkspace } from '../../testing/test-db';
import { formatDeskText, type DeskText } from './desk-text';
import {
  checkOffice,
  defaultWinner,
  newOfficeId,
  officerDesk,
  officerElectionRecord,
  officersOn,
  proposedOffice,
} from './officer-desk';

/** A catalogue of this folder, read as the app bundles it. */
const catalogue = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'messages', `${locale}.json`), 'utf8'));
const en = catalogue('en');

const intl = createIntl({ locale: 'en', messages: en });
/** The sentence as the English screen shows it. */
const say = (text: DeskText | undefined) => (text ? formatDeskText(intl, text) : undefined);

const example = exampleWorkspace();
const slice: Workspace = { ...example, committees: example.committees.filter((c) => c.id === 'it') };

/** The example after the 2021 members election is final with p01 and p22 elected. */
function withResult(): Workspace {
  return {
    ...slice,
    elections: slice.elections.map((e) =>
      e.id === 'e-2021-members'
        ? {
            ...e,
            status: 'final' as const,
            candidates: (e.candidates ?? []).map((c) => ({
              ...c,
              outcome: ['p01', 'p22'].includes(c.personId) ? ('elected' as const) : ('not-elected' as const),
            })),
          }
        : e,
    ),
    terms: [
      ...slice.terms,
      ...['p01', 'p22'].map((p) => ({
        id: `t-${p}-2021`,
        personId: p,
        committeeId: 'it',
        kind: 'elected' as const,
        start: '2021-08-26',
        end: '2025-08-22',
        electionId: 'e-2021-members',
      })),
    ],
  };
}

describe('the officer electorate (R-35)', () => {
  it('is the continuing members while the result is not final; the outgoing are refused, naming the boundary', () => {
    const desk = officerDesk(slice, 'it', 2021);
    expect(desk.electorate).toEqual(['p13', 'p14', 'p15', 'p16']);
    expect(desk.resultFinal).toBe(false);
    expect(desk.officeStart).toBe('2021-08-26');
    expect(desk.officeEnd).toBe('2023-08-25');
    const ana = desk.pool.find((p) => p.personId === 'p09');
    expect(ana?.standing).toBe('outgoing');
    expect(say(ana?.refusal)).toBe('outgoing: term ends at the Aug 26, 2021 boundary (R-35)');
    const p05 = desk.pool.find((p) => p.personId === 'p05');
    expect(p05?.standing).toBe('outgoing');
    expect(say(p05?.note)).toBe('term ends at the Aug 26, 2021 boundary; standing in the 2021 election');
    expect(say(p05?.refusal)).toBe(
      'outgoing: term ends at the Aug 26, 2021 boundary (R-35); joins the electorate if re-elected, once the result is final',
    );
    const grace = desk.pool.find((p) => p.personId === 'p13');
    expect(grace).toMatchObject({ standing: 'continuing', officerYears: 2 });
    expect(say(grace?.note)).toBe('continuing, until Aug 25, 2023');
    expect(grace?.officesHeld.map(say)).toEqual(['Secretary 2019–2021']);
    expect(desk.pool.slice(0, 4).map((p) => p.name)).toEqual([
      'Grace Mwangi',
      'Omar Benali',
      'Priya Raman',
      'Sophie Laurent',
    ]);
  });

  it("sorts names in the reader's language", () => {
    const renamed: Workspace = {
      ...slice,
      people: slice.people.map((p) => (p.id === 'p14' ? { ...p, name: 'Øystein Berg' } : p)),
    };
    const order = (locale: string) =>
      officerDesk(renamed, 'it', 2021, locale)
        .pool.slice(0, 4)
        .map((p) => p.name);
    expect(order('en')).toEqual(['Grace Mwangi', 'Øystein Berg', 'Priya Raman', 'Sophie Laurent']);
    expect(order('da')).toEqual(['Grace Mwangi', 'Priya Raman', 'Sophie Laurent', 'Øystein Berg']);
  });

  it('takes in the elected of the final members election; the re-elected are no longer outgoing', () => {
    const desk = officerDesk(withResult(), 'it', 2021);
    expect(desk.electorate).toEqual(['p01', 'p13', 'p14', 'p15', 'p16', 'p22']);
    const p01 = desk.pool.find((p) => p.personId === 'p01');
    expect(p01?.standing).toBe('incoming');
    expect(say(p01?.note)).toBe('incoming, elected 2021–2025');
    expect(desk.pool.find((p) => p.personId === 'p02')?.standing).toBe('outgoing');
  });
});

describe('checking an office before it is recorded', () => {
  const desk = officerDesk(slice, 'it', 2021);

  it('finds nothing against a continuing member for Secretary and explains how it counts (R-38)', () => {
    const office = proposedOffice(desk, 'secretary', 'p13', 'o-new');
    const check = checkOffice(slice, desk, office, '2021-09-01');
    expect(check.refusals).toEqual([]);
    expect(check.findings).toEqual([]);
    expect(say(check.termInRole)).toBe('2nd consecutive term as Secretary (at most 2)');
    expect(say(check.years)).toBe('officer years: 2 so far, 4 with this office (at most 8)');
  });

  it('refuses an outgoing member (R-35) and reports the office outlasting the membership (R-39)', () => {
    const office = proposedOffice(desk, 'chair', 'p09', 'o-new');
    const check = checkOffice(slice, desk, office, '2021-09-01');
    expect(check.refusals.map(say)).toEqual(['outgoing: term ends at the Aug 26, 2021 boundary (R-35)']);
    expect(check.findings.map((f) => f.code)).toEqual(['officer.not-member']);
  });

  it('refuses the same person as Chair and Secretary at the same time (R-34)', () => {
    const withChair: Workspace = {
      ...slice,
      offices: [...slice.offices, proposedOffice(desk, 'chair', 'p14', 'o-chair-2021')],
    };
    const check = checkOffice(withChair, desk, proposedOffice(desk, 'secretary', 'p14', 'o-x'), '2021-09-01');
    expect(check.refusals.map(say)).toEqual([
      'already Chair Aug 26, 2021 to Aug 25, 2023: the Chair and the Secretary are two different people (R-34)',
    ]);
    const ic = checkOffice(
      withChair,
      desk,
      proposedOffice(desk, 'information-coordinator', 'p14', 'o-y'),
      '2021-09-01',
    );
    expect(ic.refusals).toEqual([]);
    expect(say(ic.advice[0])).toMatch(/^also Chair 2021–2023: .* discouraged \(R-34, R-43\)$/);
    expect(ic.years).toBeUndefined();
  });

  it('reports a third consecutive term in one office (R-38)', () => {
    const twice: Workspace = {
      ...slice,
      offices: [
        ...slice.offices,
        {
          id: 'o-s-2017',
          personId: 'p13',
          committeeId: 'it',
          role: 'secretary',
          start: '2017-08-25',
          end: '2019-08-30',
        },
      ],
      terms: [
        ...slice.terms,
        {
          id: 't-p13-2015',
          personId: 'p13',
          committeeId: 'it',
          kind: 'elected',
          start: '2015-08-21',
          end: '2019-08-30',
        },
      ],
    };
    const check = checkOffice(
      twice,
      officerDesk(twice, 'it', 2021),
      proposedOffice(desk, 'secretary', 'p13', 'o-n'),
      '2021-09-01',
    );
    expect(check.findings.map((f) => [f.code, f.rule])).toEqual([['officer.term-limit', 'R-38']]);
    expect(check.findings[0]?.message).toContain('3rd consecutive term as Secretary');
    expect(say(check.termInRole)).toBe('3rd consecutive term as Secretary (at most 2)');
  });

  it('reports a voter outside the electorate (R-35) through the election record', () => {
    const election = officerElectionRecord(
      slice.elections.find((e) => e.id === 'e-2021-chair'),
      {
        id: 'e-2021-chair',
        committeeId: 'it',
        cycle: 2021,
        role: 'chair',
        entries: [{ personId: 'p14' }],
        winner: 'p14',
        voters: ['p13', 'p09'],
      },
    );
    const check = checkOffice(slice, desk, proposedOffice(desk, 'chair', 'p14', 'o-c'), '2021-09-01', election);
    expect(check.findings.map((f) => [f.code, f.personId])).toEqual([['officer.voter-ineligible', 'p09']]);
  });
});

describe('the officer election record', () => {
  it('keeps the record, marks the winner and the others, and the voters', () => {
    const existing = slice.elections.find((e) => e.id === 'e-2021-chair');
    const record = officerElectionRecord(existing, {
      id: 'unused',
      committeeId: 'it',
      cycle: 2021,
      role: 'chair',
      entries: [
        { personId: 'p14', votes: 3 },
        { personId: 'p16', votes: 1 },
      ],
      winner: 'p14',
      voters: ['p13', 'p14', 'p15', 'p16'],
    });
    expect(record).toEqual({
      id: 'e-2021-chair',
      committeeId: 'it',
      kind: 'officer',
      role: 'chair',
      cycle: 2021,
      status: 'final',
      candidates: [
        { personId: 'p14', votes: 3, outcome: 'elected' },
        { personId: 'p16', votes: 1, outcome: 'not-elected' },
      ],
      voters: ['p13', 'p14', 'p15', 'p16'],
    });
  });

  it('creates one when none is planned, without voters when none are recorded', () => {
    const record = officerElectionRecord(undefined, {
      id: 'e-it-2021-secretary',
      committeeId: 'it',
      cycle: 2021,
      role: 'secretary',
      entries: [{ personId: 'p13' }],
      winner: 'p13',
      voters: [],
    });
    expect(record).toEqual({
      id: 'e-it-2021-secretary',
      committeeId: 'it',
      kind: 'officer',
      role: 'secretary',
      cycle: 2021,
      status: 'final',
      candidates: [{ personId: 'p13', outcome: 'elected' }],
    });
  });

  it('elects the only candidate, or the single one with most votes; a tie or missing votes leave it open', () => {
    expect(defaultWinner([{ personId: 'a' }])).toBe('a');
    expect(
      defaultWinner([
        { personId: 'a', votes: 2 },
        { personId: 'b', votes: 3 },
      ]),
    ).toBe('b');
    expect(
      defaultWinner([
        { personId: 'a', votes: 2 },
        { personId: 'b', votes: 2 },
      ]),
    ).toBeUndefined();
    expect(defaultWinner([{ personId: 'a', votes: 2 }, { personId: 'b' }])).toBeUndefined();
    expect(defaultWinner([])).toBeUndefined();
  });
});

describe('offices on a date and new ids', () => {
  it('lists the officers active on a date, Chair first', () => {
    expect(officersOn(slice, 'it', '2021-03-01').map((o) => o.role)).toEqual([
      'chair',
      'secretary',
      'information-coordinator',
      'sig-convenor',
    ]);
    expect(officersOn(slice, 'it', '2021-09-01')).toEqual([]);
  });

  it('gives a readable office id not yet taken', () => {
    expect(newOfficeId(slice, 'chair', 2021)).toBe('o-chair-2021');
    expect(newOfficeId(slice, 'chair', 2019)).toBe('o-chair-2019-2');
    expect(newOfficeId(slice, 'information-coordinator', 2021)).toBe('o-ic-2021');
  });
});
