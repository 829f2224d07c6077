import { describe, expect, it } from 'vitest';
import { buildWorkspace, term, type Parts } from '../../testing/workspace-builder';
import { checkWorkspace } from '../check-workspace';

// Co-option codes are whole-file checks: asOf is deliberately far from every fixture date.
const AS_OF = '2040-01-01';

function findingsOf(code: string, parts: Parts) {
  return checkWorkspace(buildWorkspace(parts), AS_OF).findings.filter((f) => f.code === code);
}

type Want = { refs: string[]; severity?: 'error' | 'warning' };
type Case = { name: string; parts: Parts; want: Want[] };

type When = number | string;
const elected = (id: string, from: When, to: When, extra = {}) => term('p', from, to, { id, ...extra });
const coopted = (id: string, from: When, to: When, cooption?: Record<string, unknown>, extra = {}) =>
  term('p', from, to, { id, kind: 'coopted', ...(cooption ? { cooption } : {}), ...extra });
const approved = (on: string, more = {}) => ({ reason: 'diversity', approvedOn: on, ...more });

/** The members election of `cycle` in which p stood and got `outcome`. */
const lostElection = (cycle: number, outcome = 'not-elected', extra = {}) => ({
  id: `e${cycle}`,
  committeeId: 'it',
  kind: 'members',
  cycle,
  status: 'final',
  candidates: [{ personId: 'p', consent: true, outcome }],
  ...extra,
});

describe('coopt.unapproved (R-25): a co-option with no approvedOn', () => {
  const cases: Case[] = [
    {
      name: 'a co-option only proposed (proposedOn, no approvedOn)',
      parts: {
        terms: [
          coopted('c', '2021-09-01', 2023, { reason: 'diversity', proposedBy: 'chair', proposedOn: '2021-08-01' }),
        ],
        people: [{ id: 'chair', name: 'Chair' }],
      },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'a co-opted term with no cooption record at all',
      parts: { terms: [coopted('c', '2021-09-01', 2023)] },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'an approved co-option',
      parts: { terms: [coopted('c', '2021-09-01', 2023, approved('2021-09-01'))] },
      want: [],
    },
    {
      name: 'other kinds of term never need co-option approval',
      parts: { terms: [elected('e', 2021, 2025), term('p', '2021-09-01', 2023, { id: 'x', kind: 'ex-officio' })] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('coopt.unapproved', parts)).toMatchObject(
      want.map((w) => ({ severity: 'warning', rule: 'R-25', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});

describe('coopt.after-failed-reelection (R-28): co-opted within the term a first-term member lost', () => {
  const cases: Case[] = [
    {
      name: 'lost a 2nd-term bid in 2021, co-opted in that term under ifla2021: error',
      parts: {
        terms: [elected('first', 2017, 2021), coopted('c', '2021-09-01', 2023, approved('2021-09-01'))],
        elections: [lostElection(2021)],
      },
      want: [{ severity: 'error', refs: ['elections/e2021', 'terms/c'] }],
    },
    {
      name: 'lost a 2nd-term bid in 2023, co-opted in that term under ifla2023: warning (OQ-3)',
      parts: {
        terms: [elected('first', 2019, 2023), coopted('c', '2023-09-01', 2027, approved('2023-09-01'))],
        elections: [lostElection(2023)],
      },
      want: [{ severity: 'warning', refs: ['elections/e2023', 'terms/c'] }],
    },
    {
      name: 'a co-option starting the day before the Y + 4 boundary is still within the lost term',
      parts: {
        terms: [elected('first', 2017, 2021), coopted('c', '2025-08-21', 2027, approved('2025-08-01'))],
        elections: [lostElection(2021)],
      },
      want: [{ severity: 'warning', refs: ['elections/e2021', 'terms/c'] }],
    },
    {
      name: 'the era follows approvedOn: approved in 2023 is ifla2023 (warning) though proposed and started in 2022',
      parts: {
        terms: [
          elected('first', 2017, 2021),
          coopted('c', '2022-10-01', 2023, approved('2023-01-15', { proposedOn: '2022-09-01' })),
        ],
        elections: [lostElection(2021)],
      },
      want: [{ severity: 'warning', refs: ['elections/e2021', 'terms/c'] }],
    },
    {
      name: 'without approvedOn the era follows proposedOn: proposed in 2022 is ifla2021 (error)',
      parts: {
        terms: [elected('first', 2017, 2021), coopted('c', '2023-02-01', 2023, { proposedOn: '2022-12-01' })],
        elections: [lostElection(2021)],
      },
      want: [{ severity: 'error', refs: ['elections/e2021', 'terms/c'] }],
    },
    {
      name: 'a committee pinned to ifla2021 gives the error in 2023 too',
      parts: {
        committees: [{ id: 'it', name: 'IT Section', ruleSet: 'ifla2021' }],
        terms: [elected('first', 2019, 2023), coopted('c', '2023-09-01', 2025, approved('2023-09-01'))],
        elections: [lostElection(2023)],
      },
      want: [{ severity: 'error', refs: ['elections/e2023', 'terms/c'] }],
    },
    {
      name: 'none under pre2021: lost in 2019, co-opted in 2019',
      parts: {
        terms: [elected('first', 2015, 2019), coopted('c', '2019-09-01', 2021, approved('2019-09-01'))],
        elections: [lostElection(2019)],
      },
      want: [],
    },
    {
      name: 'none under pre2021: a co-option approved before 2021-08-26 for a term starting on it',
      parts: {
        terms: [elected('first', 2017, 2021), coopted('c', 2021, 2023, approved('2021-08-20'))],
        elections: [lostElection(2021)],
      },
      want: [],
    },
    {
      name: 'none on a committee pinned to pre2021',
      parts: {
        committees: [{ id: 'it', name: 'IT Section', ruleSet: 'pre2021' }],
        terms: [elected('first', 2017, 2021), coopted('c', '2021-09-01', 2023, approved('2021-09-01'))],
        elections: [lostElection(2021)],
      },
      want: [],
    },
    {
      name: 'not for a first-time candidate who lost',
      parts: { terms: [coopted('c', '2021-09-01', 2023, approved('2021-09-01'))], elections: [lostElection(2021)] },
      want: [],
    },
    {
      name: 'not when the only earlier term ended a cycle before (its chain does not reach the boundary)',
      parts: {
        terms: [elected('first', 2015, 2019), coopted('c', '2021-09-01', 2023, approved('2021-09-01'))],
        elections: [lostElection(2021)],
      },
      want: [],
    },
    {
      name: 'not for someone holding two counting terms (a 3rd-term bid)',
      parts: {
        terms: [
          elected('a', 2013, 2017),
          elected('b', 2017, 2021),
          coopted('c', '2021-09-01', 2023, approved('2021-09-01')),
        ],
        elections: [lostElection(2021)],
      },
      want: [],
    },
    {
      name: 'not for a co-option starting on the Y + 4 boundary',
      parts: {
        terms: [elected('first', 2017, 2021), coopted('c', 2025, 2027, approved('2025-08-01'))],
        elections: [lostElection(2021)],
      },
      want: [],
    },
    {
      name: 'not for a co-option before the boundary of the lost cycle',
      parts: {
        committees: [{ id: 'it', name: 'IT Section', ruleSet: 'ifla2021' }],
        terms: [elected('first', 2017, 2021), coopted('c', '2021-03-01', 2021, approved('2021-03-01'))],
        elections: [lostElection(2021)],
      },
      want: [],
    },
    {
      name: 'not when the candidacy was withdrawn rather than lost',
      parts: {
        terms: [elected('first', 2017, 2021), coopted('c', '2021-09-01', 2023, approved('2021-09-01'))],
        elections: [lostElection(2021, 'withdrawn')],
      },
      want: [],
    },
    {
      name: 'not when the loss was in an officer election',
      parts: {
        terms: [elected('first', 2017, 2021), coopted('c', '2021-09-01', 2023, approved('2021-09-01'))],
        elections: [lostElection(2021, 'not-elected', { kind: 'officer', role: 'chair' })],
      },
      want: [],
    },
    {
      name: 'not for a co-option onto a different committee',
      parts: {
        committees: [
          { id: 'it', name: 'IT Section' },
          { id: 'rare', name: 'Rare Books Section' },
        ],
        terms: [
          elected('first', 2017, 2021),
          coopted('c', '2021-09-01', 2023, approved('2021-09-01'), { committeeId: 'rare' }),
        ],
        elections: [lostElection(2021)],
      },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('coopt.after-failed-reelection', parts)).toMatchObject(
      want.map((w) => ({ severity: w.severity, rule: 'R-28', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});

describe('coopt.term-too-long (R-26): under ifla2021, a co-opted term planned past the next boundary', () => {
  const cases: Case[] = [
    {
      name: 'an ifla2021 co-option planned to 2025',
      parts: { terms: [coopted('c', '2021-09-01', 2025, approved('2021-09-01'))] },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'the planned end decides, even when the term ended early',
      parts: { terms: [coopted('c', '2021-09-01', 2025, approved('2021-09-01'), { endedOn: '2023-01-01' })] },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'approved in December 2022 is ifla2021, though the term starts in 2023',
      parts: { terms: [coopted('c', '2023-01-10', 2027, approved('2022-12-20'))] },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'a committee pinned to ifla2021 applies it in 2023 too',
      parts: {
        committees: [{ id: 'it', name: 'IT Section', ruleSet: 'ifla2021' }],
        terms: [coopted('c', '2023-09-01', 2027, approved('2023-09-01'))],
      },
      want: [{ refs: ['terms/c'] }],
    },
    {
      name: 'an ifla2021 co-option ending on the next boundary',
      parts: { terms: [coopted('c', '2021-09-01', 2023, approved('2021-09-01'))] },
      want: [],
    },
    {
      name: 'a co-option starting on a boundary may run to the next one',
      parts: { terms: [coopted('c', 2021, 2023, approved('2021-08-26'))] },
      want: [],
    },
    {
      name: 'under ifla2023 a co-option may run a full 4-year term',
      parts: { terms: [coopted('c', '2023-09-01', 2027, approved('2023-09-01'))] },
      want: [],
    },
    {
      name: 'approved in January 2023 is ifla2023, though proposed in 2022',
      parts: { terms: [coopted('c', '2023-01-10', 2027, approved('2023-01-05', { proposedOn: '2022-12-01' }))] },
      want: [],
    },
    {
      name: 'no finding under pre2021',
      parts: { terms: [coopted('c', '2019-09-01', 2023, approved('2019-09-01'))] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('coopt.term-too-long', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-26', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});

describe('coopt.renewal (R-29): under ifla2023, a co-option directly following a co-opted term', () => {
  const cases: Case[] = [
    {
      name: 'an ifla2023 co-option following an ifla2021 co-opted term',
      parts: {
        terms: [coopted('c1', 2021, 2023, approved('2021-08-26')), coopted('c2', 2023, 2027, approved('2023-08-01'))],
      },
      want: [{ refs: ['terms/c1', 'terms/c2'] }],
    },
    {
      name: 'a proposed renewal is checked as a plan',
      parts: {
        terms: [
          coopted('c1', 2023, 2027, approved('2023-08-01')),
          coopted('c2', 2027, 2031, { proposedOn: '2027-06-01' }),
        ],
      },
      want: [{ refs: ['terms/c1', 'terms/c2'] }],
    },
    {
      name: 'after an early end off a boundary, a co-option within 2 calendar years follows directly',
      parts: {
        terms: [
          coopted('c1', '2023-09-01', 2027, approved('2023-09-01'), { endedOn: '2024-06-01' }),
          coopted('c2', '2026-05-31', 2027, approved('2026-05-01')),
        ],
      },
      want: [{ refs: ['terms/c1', 'terms/c2'] }],
    },
    {
      name: 'a co-option 2 calendar years after an early end does not follow directly',
      parts: {
        terms: [
          coopted('c1', '2023-09-01', 2027, approved('2023-09-01'), { endedOn: '2024-06-01' }),
          coopted('c2', '2026-06-01', 2027, approved('2026-05-01')),
        ],
      },
      want: [],
    },
    {
      name: 'sitting out one cycle between co-options',
      parts: {
        terms: [coopted('c1', 2023, 2025, approved('2023-08-01')), coopted('c2', 2027, 2031, approved('2027-08-01'))],
      },
      want: [],
    },
    {
      name: 'a consecutive co-option approved under ifla2021',
      parts: {
        terms: [
          coopted('c1', 2021, '2022-03-01', approved('2021-08-26')),
          coopted('c2', '2022-03-01', 2023, approved('2022-02-15')),
        ],
      },
      want: [],
    },
    {
      name: 'a co-option following an elected term',
      parts: { terms: [elected('e', 2019, 2023), coopted('c', 2023, 2027, approved('2023-08-01'))] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('coopt.renewal', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-29', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});
