import { describe, expect, it } from 'vitest';
import { createBoundaryCalendar } from './boundaries';
import { createRulesContext } from './context';
import { nextCycleOnOrAfter, standingReason, summariseCycle } from './cycle-summary';
import { exampleWorkspace } from '../testing/fixtures';

describe('nextCycleOnOrAfter', () => {
  const calendar = createBoundaryCalendar({ termBoundaries: { '2021': '2021-08-26' } });
  it.each([
    ['2021-03-19', 2021],
    ['2021-08-26', 2021],
    ['2021-08-27', 2023],
    ['2022-02-01', 2023],
    ['2023-08-31', 2023],
    ['2023-09-01', 2025],
  ])('on %s it is the %i cycle', (asOf, cycle) => {
    expect(nextCycleOnOrAfter(calendar, asOf)).toBe(cycle);
  });
});

describe('standingReason', () => {
  it('says which term a new one would be, or why it may not be and when it may', () => {
    expect(
      standingReason({
        eligible: true,
        prospectiveTermNumber: 2,
        maxTerms: 2,
        chain: ['2017–2021'],
        mayStandAgainFrom: null,
      }),
    ).toBe('would be term 2 of 2');
    expect(
      standingReason({
        eligible: false,
        prospectiveTermNumber: 3,
        maxTerms: 2,
        chain: ['2013–2017', '2017–2021'],
        mayStandAgainFrom: 2023,
      }),
    ).toBe('2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023');
  });
});

describe('summariseCycle', () => {
  it('splits the example 2021 cycle into 8 who may stand again and 4 term-limited, with reasons', () => {
    const summary = summariseCycle(createRulesContext(exampleWorkspace()), 'it', 2021);
    expect(summary.plan).toMatchObject({ vacancies: 12, casualVacancies: 4, coOptionCapacity: 5 });
    expect(summary.mayStandAgain.map((e) => e.name)).toEqual([
      'Amara Okafor',
      'Daniel Whitford',
      'Farah Haddad',
      'Henrik Lindqvist',
      'Keiko Arai',
      'Lucía Ferreyra',
      'Mei-Ling Tan',
      'Tomasz Wójcik',
    ]);
    expect(new Set(summary.mayStandAgain.map((e) => e.reason))).toEqual(new Set(['would be term 2 of 2']));
    expect(summary.termLimited.map((e) => [e.personId, e.reason])).toEqual([
      ['p09', '2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023'],
      ['p10', '2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023'],
      ['p12', '2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023'],
      ['p11', '2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023'],
    ]);
    expect(summary.continuing.map((e) => `${e.name} ${e.kind} ${e.until}`)).toEqual([
      'Grace Mwangi elected 2023-08-25',
      'Omar Benali elected 2023-08-25',
      'Priya Raman elected 2023-08-25',
      'Sophie Laurent elected 2023-08-25',
    ]);
  });
});
