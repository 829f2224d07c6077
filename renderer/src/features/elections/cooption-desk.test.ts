import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { createBoundaryCalendar } from '@shared/rules/boundaries';
import { RULE_SETS } from '@shared/rules/rule-sets';
import type { Term, Workspace } from '@shared/workspace/schema';
import { exampleWorkspace } from '../../testing/test-db';
import {
  approverRoleOn,
  casualVacancies,
  cooptedOn,
  cooptionAdvice,
  cooptionCounting,
  defaultCooptionEnd,
  fillOptions,
  membersOn,
  reserveList,
} from './cooption-desk';
import { formatDeskText, type DeskText } from './desk-text';

/** A catalogue of this folder, read as the app bundles it. */
const catalogue = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'messages', `${locale}.json`), 'utf8'));
const en = catalogue('en');
const fr = catalogue('fr');

/** The sentence as the English (or French) screen shows it. */
const english = createIntl({ locale: 'en', messages: en });
const say = (text: DeskText | undefined) => (text ? formatDeskText(english, text) : undefined);
const french = createIntl({ locale: 'fr', messages: { ...en, ...fr } });

const example = exampleWorkspace();
const slice: Workspace = { ...example, committees: example.committees.filter((c) => c.id === 'it') };
const committee = slice.committees[0]!;
const calendar = createBoundaryCalendar(slice.settings);

const coopted = (id: string, personId: string, extra: Partial<Term> = {}): Term => ({
  id,
  personId,
  committeeId: 'it',
  kind: 'coopted',
  start: '2021-09-15',
  end: '2023-08-25',
  cooption: { reason: 'diversity', proposedOn: '2021-09-01', approvedOn: '2021-09-10', approvedBy: 'Division Chair' },
  ...extra,
});

describe('casual vacancies (R-19)', () => {
  it('are the elected terms that ended early while the rest of their term still runs, with the era they opened in', () => {
    const vacancies = casualVacancies(slice, 'it', '2021-09-01');
    expect(vacancies.map((v) => [v.name, v.vacatedOn, v.remainingUntil, v.era, v.filledBy])).toEqual([
      ['Emma Novák', '2020-03-15', '2023-08-25', 'pre2021', undefined],
      ['Carlos Mendoza', '2020-11-30', '2023-08-25', 'pre2021', undefined],
    ]);
    expect(casualVacancies(slice, 'it', '2023-08-25')).toEqual([]);
    expect(casualVacancies(slice, 'it', '2020-06-01').map((v) => v.name)).toEqual(['Emma Novák']);
  });

  it('shows the fill: a seat label first, else a mid-term co-option or a casual term of the same cohort', () => {
    const filled: Workspace = {
      ...slice,
      terms: [
        ...slice.terms,
        coopted('t-fill', 'p22', { cooption: { reason: 'vacancy', fillsVacancy: true, approvedOn: '2021-09-10' } }),
        {
          id: 't-casual',
          personId: 'p23',
          committeeId: 'it',
          kind: 'casual',
          start: '2021-03-01',
          end: '2023-08-25',
          seat: 'IT-S18',
        },
      ],
    };
    const vacancies = casualVacancies(filled, 'it', '2021-09-01');
    expect(vacancies.map((v) => [v.term.seat, v.filledBy?.termId])).toEqual([
      ['IT-S17', 't-fill'],
      ['IT-S18', 't-casual'],
    ]);
  });

  it('does not count a proposal or a co-option that does not fill a vacancy as a fill', () => {
    const proposed: Workspace = {
      ...slice,
      terms: [
        ...slice.terms,
        coopted('t-a', 'p22', { cooption: { reason: 'vacancy', fillsVacancy: true } }),
        coopted('t-b', 'p23'),
      ],
    };
    expect(casualVacancies(proposed, 'it', '2021-09-01').every((v) => v.filledBy === undefined)).toBe(true);
  });
});

describe('the fill options by era (R-20, R-27, OQ-5)', () => {
  const vacancy = casualVacancies(slice, 'it', '2021-09-01')[0]!;

  it('before 2021: the reserve list, then the chair proposes, else the seat stays empty', () => {
    expect(fillOptions('pre2021', vacancy, calendar, '2020-04-01').map((o) => o.method)).toEqual([
      'reserve',
      'chair-proposal',
      'leave-empty',
    ]);
  });

  it('from 2021: a mid-term co-option until the next boundary that does not count; the reserve list as information', () => {
    const options = fillOptions('ifla2021', vacancy, calendar, '2021-09-01');
    expect(options.map((o) => o.method)).toEqual(['cooption', 'reserve', 'leave-empty']);
    expect(say(options[0]?.label)).toBe('A mid-term co-option');
    expect(say(options[0]?.explanation)).toContain('until the next boundary, Aug 25, 2023 (R-26)');
    expect(say(options[0]?.explanation)).toContain('does not count toward the term limit (R-27)');
    expect(formatDeskText(french, options[0]!.explanation)).toContain('25 août 2023');
  });
});

describe('the reserve list (R-17)', () => {
  it('is absent when no final members election precedes the vacancy', () => {
    expect(reserveList(slice, 'it', '2020-03-15', '2021-09-01')).toBeNull();
  });

  it('follows reserveRank, else votes, from the most recent final election, marking sitting members', () => {
    const final: Workspace = {
      ...slice,
      elections: [
        {
          id: 'e-2019',
          committeeId: 'it',
          kind: 'members',
          cycle: 2019,
          status: 'final',
          candidates: [
            { personId: 'p22', votes: 10, outcome: 'not-elected' },
            { personId: 'p23', votes: 30, outcome: 'not-elected' },
            { personId: 'p13', votes: 50, outcome: 'elected' },
            { personId: 'p24', votes: 20, outcome: 'withdrawn' },
          ],
        },
        {
          id: 'e-2017',
          committeeId: 'it',
          kind: 'members',
          cycle: 2017,
          status: 'final',
          candidates: [
            { personId: 'p14', outcome: 'not-elected', reserveRank: 2 },
            { personId: 'p15', outcome: 'not-elected', reserveRank: 1 },
          ],
        },
      ],
    };
    expect(reserveList(final, 'it', '2020-03-15', '2021-09-01')).toEqual({
      electionId: 'e-2019',
      cycle: 2019,
      entries: [
        { personId: 'p23', name: 'Kwame Asante', rank: 1, votes: 30, memberOn: false },
        { personId: 'p22', name: 'Isabel Pereira', rank: 2, votes: 10, memberOn: false },
      ],
    });
    expect(
      reserveList(final, 'it', '2019-01-01', '2021-09-01')?.entries.map((e) => [e.name, e.rank, e.memberOn]),
    ).toEqual([
      ['Sophie Laurent', 1, true],
      ['Omar Benali', 2, true],
    ]);
  });
});

describe('a co-option: approver, planned end, counting and advice', () => {
  it('is approved by the Division Chair from 2021 and by the Professional Council from 2023 (R-25)', () => {
    expect(approverRoleOn(committee, '2021-05-01')).toBeNull();
    expect(approverRoleOn(committee, '2021-09-10')).toBe('DivisionChair');
    expect(approverRoleOn(committee, '2023-10-01')).toBe('ProfessionalCouncil');
  });

  it('runs to the next boundary under ifla2021 and up to four years under ifla2023 (R-26)', () => {
    expect(defaultCooptionEnd(calendar, RULE_SETS.ifla2021.params, '2021-10-01')).toBe('2023-08-25');
    expect(defaultCooptionEnd(calendar, RULE_SETS.ifla2023.params, '2023-10-01')).toBe('2027-08-31');
    expect(defaultCooptionEnd(calendar, RULE_SETS.ifla2023.params, '2024-03-01')).toBe('2027-08-31');
    expect(defaultCooptionEnd(calendar, RULE_SETS.ifla2023.params, '2024-03-01', '2025-08-22')).toBe('2025-08-22');
  });

  it('counts as a term unless it fills a mid-term vacancy (R-27)', () => {
    expect(say(cooptionCounting(coopted('a', 'p22')))).toBe('counts as a term toward the two-term limit (R-27)');
    expect(say(cooptionCounting(coopted('a', 'p22', { cooption: { fillsVacancy: true } })))).toBe(
      'mid-term fill: does not count toward the term limit (R-27)',
    );
  });

  it('advises on a vacancy reason that is not marked as a fill, and on a pre-2021 date (R-24, R-27)', () => {
    expect(cooptionAdvice(coopted('a', 'p22', { cooption: { reason: 'vacancy' } }), committee).map(say)).toEqual([
      'The reason is a mid-term vacancy, but the co-option is not marked as filling one: it will count as a term (R-27).',
    ]);
    expect(
      cooptionAdvice(
        coopted('a', 'p22', { start: '2021-05-10', cooption: { proposedOn: '2021-05-10' } }),
        committee,
      ).map(say),
    ).toEqual([
      'Dated May 10, 2021, under the pre-2021 rules, which have no co-option for Sections (R-24): date it on or after Aug 26, 2021.',
    ]);
    expect(cooptionAdvice(coopted('a', 'p22'), committee)).toEqual([]);
  });
});

describe('co-opted places and members on a date', () => {
  it('counts approved co-options active on the date against the cap in force (R-24)', () => {
    const five: Workspace = {
      ...slice,
      terms: [
        ...slice.terms,
        ...['p22', 'p23', 'p24', 'p20', 'p21'].map((p) => coopted(`t-${p}`, p)),
        coopted('t-proposal', 'p19', { cooption: { reason: 'expertise' } }),
      ],
    };
    expect(cooptedOn(five, 'it', '2021-10-01')).toEqual({ used: 5, max: 5 });
    expect(cooptedOn(five, 'it', '2021-03-01')).toEqual({ used: 0, max: 0 });
  });

  it('lists the members who may propose on a date, by name', () => {
    expect(membersOn(slice, 'it', '2021-09-01').map((m) => m.personId)).toEqual(['p13', 'p14', 'p16', 'p15']);
  });
});
