import { describe, expect, it } from 'vitest';
import { BOUNDARY, buildWorkspace, term } from '../testing/workspace-builder';
import { createBoundaryCalendar } from './boundaries';
import { checkWorkspace } from './check-workspace';
import { planCycle } from './cycle-plan';

const configured = createBoundaryCalendar({ termBoundaries: { ...BOUNDARY } });
const defaults = createBoundaryCalendar(undefined);

describe('boundary(year): configured dates, else 31 August (interchange-v1 settings.termBoundaries, R-04)', () => {
  it.each([2013, 2019, 2021, 2031])('with no settings, the %i boundary is 31 August', (year) => {
    expect(defaults.boundary(year)).toBe(`${year}-08-31`);
  });

  it('an empty termBoundaries table also defaults to 31 August', () => {
    expect(createBoundaryCalendar({ termBoundaries: {} }).boundary(2021)).toBe('2021-08-31');
  });

  it.each(Object.entries(BOUNDARY))('a configured %s boundary is the configured date %s', (year, date) => {
    expect(configured.boundary(Number(year))).toBe(date);
  });

  it('years missing from a partial table default to 31 August while listed ones keep their date', () => {
    const partial = createBoundaryCalendar({ termBoundaries: { '2021': '2021-08-26' } });
    expect(partial.boundary(2021)).toBe('2021-08-26');
    expect(partial.boundary(2019)).toBe('2019-08-31');
    expect(partial.boundary(2023)).toBe('2023-08-31');
  });
});

describe('boundaryYear(date)', () => {
  it.each([
    ['2021-08-26', 2021],
    ['2017-08-25', 2017],
    ['2033-08-26', 2033],
  ] as const)('configured boundary %s belongs to %i', (date, year) => {
    expect(configured.boundaryYear(date)).toBe(year);
  });

  it.each(['2021-08-31', '2021-08-25', '2021-08-27', '2022-08-26', '2020-03-15'])(
    '%s is not a boundary of the configured calendar',
    (date) => {
      expect(configured.boundaryYear(date)).toBeUndefined();
    },
  );

  it('31 August of an odd year is a boundary when that year is not configured', () => {
    expect(defaults.boundaryYear('2021-08-31')).toBe(2021);
    expect(createBoundaryCalendar({ termBoundaries: { '2019': '2019-08-30' } }).boundaryYear('2021-08-31')).toBe(2021);
  });

  it('31 August of an even year is never a boundary', () => {
    expect(defaults.boundaryYear('2020-08-31')).toBeUndefined();
  });

  it('31 August is not a boundary in a year whose boundary is configured to another day', () => {
    expect(
      createBoundaryCalendar({ termBoundaries: { '2021': '2021-08-26' } }).boundaryYear('2021-08-31'),
    ).toBeUndefined();
  });
});

describe('nextBoundaryAfter(date): the first boundary strictly after the date', () => {
  it.each([
    ['2021-03-15', 2021, '2021-08-26'],
    ['2021-08-25', 2021, '2021-08-26'],
    ['2021-08-26', 2023, '2023-08-25'],
    ['2021-12-01', 2023, '2023-08-25'],
    ['2022-01-10', 2023, '2023-08-25'],
    ['2023-08-24', 2023, '2023-08-25'],
  ] as const)('configured: after %s comes %i (%s)', (date, year, boundary) => {
    expect(configured.nextBoundaryAfter(date)).toEqual({ year, date: boundary });
  });

  it.each([
    ['2021-08-30', 2021, '2021-08-31'],
    ['2021-08-31', 2023, '2023-08-31'],
    ['2020-02-29', 2021, '2021-08-31'],
  ] as const)('default: after %s comes %i (%s)', (date, year, boundary) => {
    expect(defaults.nextBoundaryAfter(date)).toEqual({ year, date: boundary });
  });
});

describe('chainBreaksOn(end, G): the day L of interchange-v1 §1 "consecutive"', () => {
  it.each([
    // E is the boundary of Y → L is the boundary of Y + G, wherever the dates drift.
    ['2017-08-25', 2, '2019-08-30'],
    ['2019-08-30', 2, '2021-08-26'],
    ['2021-08-26', 2, '2023-08-25'],
    ['2023-08-25', 2, '2025-08-22'],
    ['2017-08-25', 4, '2021-08-26'],
    ['2025-08-22', 2, '2027-08-27'],
  ] as const)('boundary end %s, G=%i → boundary %s', (end, gap, expected) => {
    expect(configured.chainBreaksOn(end, gap)).toBe(expected);
  });

  it.each([
    // Any other E → E plus G calendar years.
    ['2020-03-15', 2, '2022-03-15'],
    ['2021-08-25', 2, '2023-08-25'],
    ['2021-08-27', 2, '2023-08-27'],
    ['2019-08-31', 2, '2021-08-31'],
    ['2022-01-20', 4, '2026-01-20'],
  ] as const)('non-boundary end %s, G=%i → %s', (end, gap, expected) => {
    expect(configured.chainBreaksOn(end, gap)).toBe(expected);
  });

  it('a boundary end in the default calendar moves to 31 August of Y + G', () => {
    expect(defaults.chainBreaksOn('2019-08-31', 2)).toBe('2021-08-31');
  });

  it('a configured boundary end whose Y + G is not configured lands on 31 August of Y + G', () => {
    const partial = createBoundaryCalendar({ termBoundaries: { '2019': '2019-08-30' } });
    expect(partial.chainBreaksOn('2019-08-30', 2)).toBe('2021-08-31');
  });

  // Engine's reading of "plus G calendar years" from 29 February: the last day of February.
  it('29 February plus 2 years is 28 February', () => {
    expect(configured.chainBreaksOn('2020-02-29', 2)).toBe('2022-02-28');
  });
});

describe('the boundary rule in the term-limit chain (R-08, R-09, R-10)', () => {
  // 2015–2019 ends on 2019-08-30; 2021-08-26 is less than two calendar years later, yet sitting
  // out the 2019–2021 cycle breaks the chain because L is the 2021 boundary itself.
  const twoTermsThenBreak = [term('a', 2011, 2015), term('a', 2015, 2019), term('a', 2021, 2025)];

  it('sitting out exactly one cycle breaks the chain even when the next boundary comes earlier in August', () => {
    const ws = buildWorkspace({ terms: twoTermsThenBreak });
    expect(checkWorkspace(ws, '2022-01-01').findings.map((f) => f.code)).not.toContain('term.limit');
  });

  it('without the break the third term is term.limit', () => {
    const ws = buildWorkspace({ terms: [term('a', 2013, 2017), term('a', 2017, 2021), term('a', 2021, 2025)] });
    expect(checkWorkspace(ws, '2022-01-01').findings.map((f) => f.code)).toContain('term.limit');
  });

  it('a term that ended early (not on a boundary) breaks G calendar years after its endedOn', () => {
    // Ended 2019-06-01 → L = 2021-06-01; a casual fill from 2021-05-31 continues the chain, from 2021-06-01 not.
    const history = [term('a', 2011, 2015), term('a', 2015, 2019, { endedOn: '2019-06-01', endReason: 'resigned' })];
    const continues = buildWorkspace({ terms: [...history, term('a', '2021-05-31', 2023, { kind: 'casual' })] });
    const fresh = buildWorkspace({ terms: [...history, term('a', '2021-06-01', 2023, { kind: 'casual' })] });
    expect(checkWorkspace(continues, '2022-01-01').findings.map((f) => f.code)).toContain('term.limit');
    expect(checkWorkspace(fresh, '2022-01-01').findings.map((f) => f.code)).not.toContain('term.limit');
  });

  it('after sitting out one cycle the person is eligible again in the plan', () => {
    const ws = buildWorkspace({ terms: [term('a', 2011, 2015), term('a', 2015, 2019), term('a', 2021, 2025)] });
    expect(planCycle(ws, 'it', 2025).eligibleForRenomination).toEqual(['a']);
  });
});
