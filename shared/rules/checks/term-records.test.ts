import { describe, expect, it } from 'vitest';
import { buildWorkspace, term, type Parts } from '../../testing/workspace-builder';
import { checkWorkspace } from '../check-workspace';

// Term-record codes are whole-file checks: asOf is deliberately far from every fixture date.
const AS_OF = '2040-01-01';

function findingsOf(code: string, parts: Parts) {
  return checkWorkspace(buildWorkspace(parts), AS_OF).findings.filter((f) => f.code === code);
}

type Want = { refs: string[]; severity?: 'error' | 'warning'; personId?: string };
type Case = { name: string; parts: Parts; want: Want[] };

type When = number | string;
const elected = (id: string, from: When, to: When, extra = {}) => term('p', from, to, { id, ...extra });
const casual = (id: string, from: When, to: When, extra = {}) => term('p', from, to, { id, kind: 'casual', ...extra });
const exOfficio = (id: string, from: When, to: When) => term('p', from, to, { id, kind: 'ex-officio' });
const corresponding = (id: string, from: When, to: When, extra = {}) =>
  term('p', from, to, { id, kind: 'corresponding', ...extra });
const coopted = (id: string, from: When, to: When, cooption: Record<string, unknown>) =>
  term('p', from, to, { id, kind: 'coopted', cooption });

const twoCommittees = [
  { id: 'it', name: 'IT Section' },
  { id: 'rare', name: 'Rare Books Section' },
];

describe('term.dates: end not after start, or endedOn before start or after end', () => {
  const cases: Case[] = [
    {
      name: 'a term ending on the day it starts',
      parts: { terms: [casual('t', '2022-01-10', '2022-01-10')] },
      want: [{ refs: ['terms/t'] }],
    },
    {
      name: 'a term ending before it starts',
      parts: { terms: [casual('t', '2022-01-10', '2021-12-31')] },
      want: [{ refs: ['terms/t'] }],
    },
    {
      name: 'an early end recorded before the start',
      parts: { terms: [casual('t', '2022-01-10', 2023, { endedOn: '2022-01-09' })] },
      want: [{ refs: ['terms/t'] }],
    },
    {
      name: 'an early end recorded after the planned end',
      parts: { terms: [casual('t', '2022-01-10', 2023, { endedOn: '2023-08-26' })] },
      want: [{ refs: ['terms/t'] }],
    },
    {
      name: 'a proposed co-option is checked like any term',
      parts: { terms: [coopted('t', '2022-01-10', '2022-01-01', { proposedOn: '2021-12-01' })] },
      want: [{ refs: ['terms/t'] }],
    },
    { name: 'a one-day term is well dated', parts: { terms: [casual('t', '2022-01-10', '2022-01-11')] }, want: [] },
    {
      name: 'an early end on the start day is not before the start',
      parts: { terms: [casual('t', '2022-01-10', 2023, { endedOn: '2022-01-10' })] },
      want: [],
    },
    {
      name: 'an early end on the planned end day is not after the end',
      parts: { terms: [casual('t', '2022-01-10', 2023, { endedOn: '2023-08-25' })] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    const found = findingsOf('term.dates', parts);
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'error', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
    // The contract lists no rule for term.dates.
    for (const f of found) expect(f.rule ?? null).toBeNull();
  });
});

describe('term.overlap: one person, one committee, two terms active on the same day', () => {
  const cases: Case[] = [
    {
      name: 'a co-option starting inside an elected term',
      parts: { terms: [elected('a', 2019, 2023), coopted('b', '2021-09-01', 2023, { approvedOn: '2021-09-01' })] },
      want: [{ refs: ['terms/a', 'terms/b'] }],
    },
    {
      name: 'a proposed co-option overlapping an elected term is checked like any term',
      parts: { terms: [elected('a', 2019, 2023), coopted('b', '2021-09-01', 2023, { proposedOn: '2021-08-01' })] },
      want: [{ refs: ['terms/a', 'terms/b'] }],
    },
    {
      name: 'a term starting on the last day of another (one day in common)',
      parts: { terms: [elected('a', 2017, 2021), casual('b', '2021-08-25', 2023)] },
      want: [{ refs: ['terms/a', 'terms/b'] }],
    },
    {
      name: 'a term starting on the day the previous one ends does not overlap',
      parts: { terms: [elected('a', 2017, 2021), elected('b', 2021, 2025)] },
      want: [],
    },
    {
      name: 'a term that ended early before the next one starts does not overlap',
      parts: {
        terms: [
          elected('a', 2019, 2023, { endedOn: '2021-06-30' }),
          coopted('b', '2021-09-01', 2023, { approvedOn: '2021-09-01' }),
        ],
      },
      want: [],
    },
    {
      name: 'the same dates on two different committees do not overlap',
      parts: {
        committees: twoCommittees,
        terms: [elected('a', 2019, 2023), elected('b', 2019, 2023, { committeeId: 'rare' })],
      },
      want: [],
    },
    {
      name: 'the same dates for two different people do not overlap',
      parts: { terms: [elected('a', 2019, 2023), term('q', 2019, 2023, { id: 'b' })] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    const found = findingsOf('term.overlap', parts);
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'error', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
    for (const f of found) expect(f.rule ?? null).toBeNull();
  });
});

describe('term.length (R-03): an elected term not from a boundary to the boundary 4 years later', () => {
  const cases: Case[] = [
    { name: 'a 2-year elected term', parts: { terms: [elected('t', 2021, 2023)] }, want: [{ refs: ['terms/t'] }] },
    {
      name: 'an elected term starting off a boundary',
      parts: { terms: [elected('t', '2022-01-10', 2025)] },
      want: [{ refs: ['terms/t'] }],
    },
    {
      name: 'an elected term ending a day after the boundary',
      parts: { terms: [elected('t', 2021, '2025-08-23')] },
      want: [{ refs: ['terms/t'] }],
    },
    {
      name: 'boundaries missing from settings default to 31 August, so the listed dates are off-boundary',
      parts: { settings: { termBoundaries: {} }, terms: [elected('t', 2021, 2025)] },
      want: [{ refs: ['terms/t'] }],
    },
    {
      name: 'an elected term from one boundary to the boundary 4 years later',
      parts: { terms: [elected('t', 2021, 2025)] },
      want: [],
    },
    {
      name: 'an early end (endedOn) is not considered',
      parts: { terms: [elected('t', 2021, 2025, { endedOn: '2022-03-01', endReason: 'resigned' })] },
      want: [],
    },
    {
      name: 'with no boundary settings, 31 August to 31 August four years on is a full term',
      parts: { settings: { termBoundaries: {} }, terms: [elected('t', '2021-08-31', '2025-08-31')] },
      want: [],
    },
    {
      name: 'a casual-vacancy term is not an elected term',
      parts: { terms: [casual('t', '2022-01-10', 2023)] },
      want: [],
    },
    {
      name: 'a co-opted term is not an elected term',
      parts: { terms: [coopted('t', '2021-09-01', 2023, { approvedOn: '2021-09-01' })] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('term.length', parts)).toMatchObject(
      want.map((w) => ({ severity: 'warning', rule: 'R-03', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});

describe('term.limit (R-08, R-09): a recorded term that is the 3rd or later consecutive counting term', () => {
  const cases: Case[] = [
    {
      name: 'a 3rd consecutive elected term',
      parts: { terms: [elected('a', 2013, 2017), elected('b', 2017, 2021), elected('c', 2021, 2025)] },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'a 4th consecutive elected term is reported too',
      parts: {
        terms: [elected('a', 2013, 2017), elected('b', 2017, 2021), elected('c', 2021, 2025), elected('d', 2025, 2029)],
      },
      want: [{ refs: ['terms/c'] }, { refs: ['terms/d'] }],
    },
    {
      name: 'a term starting the day before the boundary one cycle on still continues the chain',
      parts: { terms: [elected('a', 2013, 2017), elected('b', 2017, 2021), casual('c', '2023-08-24', 2025)] },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'after an early end off a boundary the gap runs 2 calendar years from endedOn',
      parts: {
        terms: [
          elected('a', 2013, 2017),
          elected('b', 2017, 2021, { endedOn: '2018-01-15' }),
          casual('c', '2020-01-14', 2021),
        ],
      },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'a co-option at the start of a term counts as a term',
      parts: {
        terms: [
          elected('a', 2015, 2019),
          elected('b', 2019, 2023),
          coopted('c', 2023, 2027, { reason: 'diversity', approvedOn: '2023-08-01' }),
        ],
      },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'a proposed co-option is checked as a plan and counts in the chain',
      parts: {
        terms: [
          elected('a', 2013, 2017),
          elected('b', 2017, 2021),
          coopted('c', '2021-09-01', 2023, { proposedOn: '2021-08-01' }),
        ],
      },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'a casual-vacancy term counts as a term',
      parts: { terms: [elected('a', 2013, 2017), casual('b', '2018-01-10', 2021), elected('c', 2021, 2025)] },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'an ex-officio term counts 0 but keeps the chain unbroken',
      parts: {
        terms: [
          elected('a', 2011, 2015),
          elected('b', 2015, 2019),
          exOfficio('x', 2019, 2021),
          elected('c', 2021, 2025),
        ],
      },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'a mid-term vacancy co-option (fillsVacancy) counts 0 but keeps the chain unbroken',
      parts: {
        terms: [
          elected('a', 2011, 2015),
          elected('b', 2015, 2019),
          coopted('x', '2020-03-01', 2021, { reason: 'vacancy', fillsVacancy: true, approvedOn: '2020-02-15' }),
          elected('c', 2021, 2025),
        ],
      },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'two consecutive elected terms are within the limit',
      parts: { terms: [elected('a', 2013, 2017), elected('b', 2017, 2021)] },
      want: [],
    },
    {
      name: 'sitting out exactly one cycle breaks the chain, though 2023-08-25 is a day short of 2 calendar years after 2021-08-26',
      parts: { terms: [elected('a', 2013, 2017), elected('b', 2017, 2021), elected('c', 2023, 2027)] },
      want: [],
    },
    {
      name: 'a term starting 2 calendar years after an early end off a boundary starts a fresh chain',
      parts: {
        terms: [
          elected('a', 2013, 2017),
          elected('b', 2017, 2021, { endedOn: '2018-01-15' }),
          casual('c', '2020-01-15', 2021),
        ],
      },
      want: [],
    },
    {
      name: 'a mid-term vacancy co-option (fillsVacancy) does not count',
      parts: {
        terms: [
          elected('a', 2015, 2019),
          elected('b', 2019, 2023),
          coopted('c', 2023, 2027, { reason: 'vacancy', fillsVacancy: true, approvedOn: '2023-08-01' }),
        ],
      },
      want: [],
    },
    {
      name: 'an ex-officio term does not count',
      parts: { terms: [elected('a', 2013, 2017), exOfficio('x', 2017, 2021), elected('c', 2021, 2025)] },
      want: [],
    },
    {
      name: 'an ex-officio term after two elected terms is not itself reported',
      parts: { terms: [elected('a', 2013, 2017), elected('b', 2017, 2021), exOfficio('x', 2021, 2025)] },
      want: [],
    },
    {
      name: 'a corresponding term neither counts nor links',
      parts: {
        terms: [
          elected('a', 2011, 2015),
          elected('b', 2015, 2019),
          corresponding('x', 2019, 2021),
          elected('c', 2021, 2025),
        ],
      },
      want: [],
    },
    {
      name: 'terms on different committees are separate chains',
      parts: {
        committees: twoCommittees,
        terms: [elected('a', 2013, 2017), elected('b', 2017, 2021), elected('c', 2021, 2025, { committeeId: 'rare' })],
      },
      want: [],
    },
    {
      name: 'a maxConsecutiveElectedTerms override of 3 allows a 3rd term',
      parts: {
        committees: [{ id: 'it', name: 'IT Section', params: { maxConsecutiveElectedTerms: 3 } }],
        terms: [elected('a', 2013, 2017), elected('b', 2017, 2021), elected('c', 2021, 2025)],
      },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('term.limit', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-08', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});

describe('corresponding.discontinued (R-33): error from 2021-08-26, warning when active across it; a pin decides', () => {
  const pinned = (ruleSet: string) => [{ id: 'it', name: 'IT Section', ruleSet }];
  const cases: Case[] = [
    {
      name: 'a corresponding term starting on 2021-08-26 is an error',
      parts: { terms: [corresponding('t', 2021, 2023)] },
      want: [{ severity: 'error', refs: ['terms/t'] }],
    },
    {
      name: 'a corresponding term started before 2021-08-26 and active on it is a warning',
      parts: { terms: [corresponding('t', '2020-01-10', '2022-01-10')] },
      want: [{ severity: 'warning', refs: ['terms/t'] }],
    },
    {
      name: 'pinned to ifla2021, every corresponding term is an error, even a 2017 one',
      parts: { committees: pinned('ifla2021'), terms: [corresponding('t', 2017, 2019)] },
      want: [{ severity: 'error', refs: ['terms/t'] }],
    },
    {
      name: 'pinned to ifla2023, every corresponding term is an error, even a 2017 one',
      parts: { committees: pinned('ifla2023'), terms: [corresponding('t', 2017, 2019)] },
      want: [{ severity: 'error', refs: ['terms/t'] }],
    },
    {
      name: 'pinned to ifla2021, a term active across 2021-08-26 is an error, not a warning',
      parts: { committees: pinned('ifla2021'), terms: [corresponding('t', '2020-01-10', '2022-01-10')] },
      want: [{ severity: 'error', refs: ['terms/t'] }],
    },
    {
      name: 'a corresponding term ending on 2021-08-26 is not active on it',
      parts: { terms: [corresponding('t', 2019, 2021)] },
      want: [],
    },
    {
      name: 'a corresponding term ended early on 2021-08-26 is not active on it',
      parts: { terms: [corresponding('t', '2020-01-10', '2022-01-10', { endedOn: '2021-08-26' })] },
      want: [],
    },
    {
      name: 'pinned to pre2021, no finding even for a term starting in 2022',
      parts: { committees: pinned('pre2021'), terms: [corresponding('t', '2022-01-10', '2024-01-10')] },
      want: [],
    },
    {
      name: 'an elected term after 2021 is not a corresponding term',
      parts: { terms: [elected('t', 2021, 2025)] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('corresponding.discontinued', parts)).toMatchObject(
      want.map((w) => ({ severity: w.severity, rule: 'R-33', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});

describe('corresponding.term-limit (R-31): a 3rd consecutive corresponding term', () => {
  const cases: Case[] = [
    {
      name: 'a 3rd consecutive 2-year corresponding term',
      parts: {
        terms: [corresponding('a', 2013, 2015), corresponding('b', 2015, 2017), corresponding('c', 2017, 2019)],
      },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'two consecutive corresponding terms are allowed',
      parts: { terms: [corresponding('a', 2013, 2015), corresponding('b', 2015, 2017)] },
      want: [],
    },
    {
      name: 'sitting out one cycle breaks the corresponding chain',
      parts: {
        terms: [corresponding('a', 2013, 2015), corresponding('b', 2015, 2017), corresponding('c', 2019, 2021)],
      },
      want: [],
    },
    {
      name: 'elected terms are not part of the corresponding counter',
      parts: { terms: [elected('e', 2011, 2015), corresponding('a', 2015, 2017), corresponding('b', 2017, 2019)] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('corresponding.term-limit', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-31', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});
