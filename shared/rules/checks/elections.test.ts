import { describe, expect, it } from 'vitest';
import { buildWorkspace, members, term, type Parts } from '../../testing/workspace-builder';
import { checkWorkspace } from '../check-workspace';

// Election codes are whole-file checks; asOf matters only to nomination.no-consent.
const AS_OF = '2040-01-01';

function findingsOf(code: string, parts: Parts, asOf = AS_OF) {
  return checkWorkspace(buildWorkspace(parts), asOf).findings.filter((f) => f.code === code);
}

type Want = { refs: string[]; personId?: string };
type Case = { name: string; parts: Parts; asOf?: string; want: Want[] };

type Candidate = { personId: string; votes?: number; outcome?: string; consent?: boolean };
const won = (personId: string, votes?: number): Candidate => ({ personId, votes, outcome: 'elected', consent: true });
const lost = (personId: string, votes?: number): Candidate => ({
  personId,
  votes,
  outcome: 'not-elected',
  consent: true,
});
const withdrew = (personId: string, votes?: number): Candidate => ({ personId, votes, outcome: 'withdrawn' });

const election = (id: string, cycle: number, candidates: Candidate[], extra: Record<string, unknown> = {}) => ({
  id,
  committeeId: 'it',
  kind: 'members',
  cycle,
  status: 'final',
  candidates,
  ...extra,
});
const officerElection = (id: string, cycle: number, candidates: Candidate[], extra: Record<string, unknown> = {}) =>
  election(id, cycle, candidates, { kind: 'officer', role: 'chair', ...extra });

const REF = ['elections/e'];

describe('election.parity (R-02): an election whose cycle is not an odd year', () => {
  const cases: Case[] = [
    {
      name: 'a members election for an even cycle',
      parts: { elections: [election('e', 2022, [])] },
      want: [{ refs: REF }],
    },
    {
      name: 'an officer election for an even cycle',
      parts: { elections: [officerElection('e', 2020, [])] },
      want: [{ refs: REF }],
    },
    { name: 'a members election for an odd cycle', parts: { elections: [election('e', 2021, [])] }, want: [] },
    { name: 'an officer election for an odd cycle', parts: { elections: [officerElection('e', 2023, [])] }, want: [] },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    const found = findingsOf('election.parity', parts);
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-02', committeeId: 'it', refs: w.refs })),
    );
    for (const f of found) expect(f.personId).toBeUndefined();
  });
});

describe('election.over-filled (R-13, R-14): more candidates elected than places', () => {
  // Two places without seatCohorts: a term that ended early and its refill are one place (interchange §1).
  const refilledPlace = [
    term('a', 2017, 2021, { id: 'ta', endedOn: '2019-01-10', endReason: 'resigned' }),
    term('b', '2019-02-01', 2021, { id: 'tb', kind: 'casual' }),
    term('c', 2017, 2021, { id: 'tc' }),
  ];
  const cases: Case[] = [
    {
      name: 'three elected for two declared vacancies',
      parts: { elections: [election('e', 2021, [won('x'), won('y'), won('z')], { vacancies: 2 })] },
      want: [{ refs: REF }],
    },
    {
      name: 'three elected for the two places computed from terms ending at the boundary',
      parts: { terms: members('m', 2, 2017, 2021), elections: [election('e', 2021, [won('x'), won('y'), won('z')])] },
      want: [{ refs: REF }],
    },
    {
      name: 'a term that ended early and its refill are one place, so three elected is too many',
      parts: { terms: refilledPlace, elections: [election('e', 2021, [won('x'), won('y'), won('z')])] },
      want: [{ refs: REF }],
    },
    {
      // The contract lists no exemption: an even cycle is reported as election.parity AND checked for over-filling.
      name: 'an even-cycle election with declared vacancies is still checked for over-filling',
      parts: { elections: [election('e', 2022, [won('x'), won('y')], { vacancies: 1 })] },
      want: [{ refs: REF }],
    },
    {
      name: 'two elected for two declared vacancies',
      parts: { elections: [election('e', 2021, [won('x'), won('y'), lost('z')], { vacancies: 2 })] },
      want: [],
    },
    {
      name: 'two elected for the two places of a refilled seat and another',
      parts: { terms: refilledPlace, elections: [election('e', 2021, [won('x'), won('y'), lost('z')])] },
      want: [],
    },
    {
      name: 'an officer election is not checked against places',
      parts: { elections: [officerElection('e', 2021, [won('x'), won('y')], { vacancies: 1 })] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    const found = findingsOf('election.over-filled', parts);
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-13', committeeId: 'it', refs: w.refs })),
    );
    for (const f of found) expect(f.personId).toBeUndefined();
  });
});

describe('election.not-top-n (R-14): an elected candidate with fewer votes than a not-elected one', () => {
  const cases: Case[] = [
    {
      name: 'elected with 9 votes while a loser had 12',
      parts: { elections: [election('e', 2021, [won('x', 15), won('y', 9), lost('z', 12)], { vacancies: 2 })] },
      want: [{ personId: 'y', refs: REF }],
    },
    {
      name: 'the places go to the most votes',
      parts: { elections: [election('e', 2021, [won('x', 15), won('y', 12), lost('z', 9)], { vacancies: 2 })] },
      want: [],
    },
    {
      name: 'ties aside: equal votes settled for the winner',
      parts: {
        elections: [
          election('e', 2021, [won('x', 15), won('y', 10), lost('z', 10)], {
            vacancies: 2,
            tieBreak: { method: 'lot', on: '2021-06-01', elected: ['y'] },
          }),
        ],
      },
      want: [],
    },
    {
      name: 'a withdrawn candidate with more votes',
      parts: { elections: [election('e', 2021, [won('x', 15), won('y', 9), withdrew('z', 12)], { vacancies: 2 })] },
      want: [],
    },
    {
      name: 'an officer election is not a members election',
      parts: { elections: [officerElection('e', 2021, [won('y', 9), lost('z', 12)])] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('election.not-top-n', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-14', committeeId: 'it', refs: w.refs, personId: w.personId })),
    );
  });
});

describe('election.tie (R-16): a tie for the last place with no tieBreak', () => {
  const cases: Case[] = [
    {
      name: 'two candidates tied for the last of two places',
      parts: { elections: [election('e', 2021, [won('x', 10), won('y', 8), lost('z', 8)], { vacancies: 2 })] },
      want: [{ refs: REF }],
    },
    {
      name: 'a tie for the single place computed from the terms ending at the boundary',
      parts: { terms: members('m', 1, 2017, 2021), elections: [election('e', 2021, [won('y', 8), lost('z', 8)])] },
      want: [{ refs: REF }],
    },
    {
      name: 'the same tie settled by lot (tieBreak recorded)',
      parts: {
        elections: [
          election('e', 2021, [won('x', 10), won('y', 8), lost('z', 8)], {
            vacancies: 2,
            tieBreak: { method: 'lot', on: '2021-06-01', elected: ['y'] },
          }),
        ],
      },
      want: [],
    },
    {
      name: 'the same tie settled by a run-off',
      parts: {
        elections: [
          election('e', 2021, [won('x', 10), won('y', 8), lost('z', 8)], {
            vacancies: 2,
            tieBreak: { method: 'run-off', on: '2021-06-10', elected: ['y'] },
          }),
        ],
      },
      want: [],
    },
    {
      name: 'a tie above the last place',
      parts: { elections: [election('e', 2021, [won('x', 10), won('y', 10), lost('z', 8)], { vacancies: 2 })] },
      want: [],
    },
    {
      name: 'a tie below the last place',
      parts: { elections: [election('e', 2021, [won('x', 10), lost('y', 8), lost('z', 8)], { vacancies: 1 })] },
      want: [],
    },
    {
      name: 'a withdrawn candidate with the same votes makes no tie',
      parts: { elections: [election('e', 2021, [won('x', 10), won('y', 8), withdrew('z', 8)], { vacancies: 2 })] },
      want: [],
    },
    {
      name: 'an officer election tie is not a members election tie',
      parts: { elections: [officerElection('e', 2021, [won('y', 8), lost('z', 8)], { vacancies: 1 })] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    const found = findingsOf('election.tie', parts);
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-16', committeeId: 'it', refs: w.refs })),
    );
    for (const f of found) expect(f.personId).toBeUndefined();
  });
});

describe('election.vacancies-mismatch (R-05): declared vacancies differ from the seats falling vacant', () => {
  const cohorts = (seatCohorts: { firstYear: number; seats: number }[]) => [
    { id: 'it', name: 'IT Section', seatCohorts },
  ];
  const seed = cohorts([
    { firstYear: 2017, seats: 12 },
    { firstYear: 2019, seats: 8 },
  ]);
  const declared = (cycle: number, vacancies: number) => [election('e', cycle, [], { vacancies, status: 'planned' })];
  const cases: Case[] = [
    {
      name: 'cohorts: 10 declared where the 2017 cohort fills 12 in 2021',
      parts: { committees: seed, elections: declared(2021, 10) },
      want: [{ refs: REF }],
    },
    {
      name: 'cohorts: 8 declared where the 2017 cohort fills 12 again in 2025',
      parts: { committees: seed, elections: declared(2025, 8) },
      want: [{ refs: REF }],
    },
    {
      name: 'cohorts: a cohort first filled in the cycle counts, so 12 is too few',
      parts: {
        committees: cohorts([
          { firstYear: 2017, seats: 12 },
          { firstYear: 2019, seats: 6 },
          { firstYear: 2021, seats: 2 },
        ]),
        elections: declared(2021, 12),
      },
      want: [{ refs: REF }],
    },
    {
      name: 'no cohorts: 4 declared where 3 elected terms end at the boundary',
      parts: { terms: members('m', 3, 2017, 2021), elections: declared(2021, 4) },
      want: [{ refs: REF }],
    },
    {
      name: 'no cohorts: a term that ended early and its refill are one place, so 3 is too many',
      parts: {
        terms: [
          term('a', 2017, 2021, { id: 'ta', endedOn: '2019-01-10', endReason: 'resigned' }),
          term('b', '2019-02-01', 2021, { id: 'tb', kind: 'casual' }),
          term('c', 2017, 2021, { id: 'tc' }),
        ],
        elections: declared(2021, 3),
      },
      want: [{ refs: REF }],
    },
    { name: 'cohorts: 12 declared in 2021', parts: { committees: seed, elections: declared(2021, 12) }, want: [] },
    {
      name: 'cohorts: 8 declared in 2023 for the 2019 cohort',
      parts: { committees: seed, elections: declared(2023, 8) },
      want: [],
    },
    {
      name: 'cohorts: a cohort first filled later does not count yet',
      parts: {
        committees: cohorts([
          { firstYear: 2017, seats: 12 },
          { firstYear: 2025, seats: 2 },
        ]),
        elections: declared(2021, 12),
      },
      want: [],
    },
    {
      name: 'no cohorts: 3 declared where 3 elected terms end at the boundary',
      parts: { terms: members('m', 3, 2017, 2021), elections: declared(2021, 3) },
      want: [],
    },
    {
      name: 'no cohorts: casual terms are places, co-opted terms are not',
      parts: {
        terms: [
          ...members('m', 2, 2017, 2021),
          term('cas', '2018-01-10', 2021, { id: 't-cas', kind: 'casual' }),
          term('co', '2021-01-10', 2021, { id: 't-co', kind: 'coopted', cooption: { approvedOn: '2021-01-10' } }),
        ],
        elections: declared(2021, 3),
      },
      want: [],
    },
    {
      name: 'nothing declared: nothing to compare',
      parts: { committees: seed, elections: [election('e', 2021, [])] },
      want: [],
    },
    {
      name: 'vacancies on an officer election are not compared',
      parts: { committees: seed, elections: [officerElection('e', 2021, [], { vacancies: 1 })] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    const found = findingsOf('election.vacancies-mismatch', parts);
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'warning', rule: 'R-05', committeeId: 'it', refs: w.refs })),
    );
    for (const f of found) expect(f.personId).toBeUndefined();
  });
});

describe('nomination.term-limited (R-08, R-12): a candidate who could not serve the term being elected', () => {
  const twoTerms = [term('p', 2013, 2017, { id: 'a' }), term('p', 2017, 2021, { id: 'b' })];
  const cases: Case[] = [
    {
      name: 'a candidate whose new term would be a 3rd consecutive term',
      parts: { terms: twoTerms, elections: [election('e', 2021, [lost('p'), won('q')], { vacancies: 1 })] },
      want: [{ personId: 'p', refs: REF }],
    },
    {
      name: 'a counting co-opted term is part of the chain the new term would continue',
      parts: {
        terms: [
          term('p', 2015, 2019, { id: 'a' }),
          term('p', 2019, 2021, { id: 'b', kind: 'coopted', cooption: { approvedOn: '2019-08-30' } }),
        ],
        elections: [election('e', 2021, [won('p')], { vacancies: 1 })],
      },
      want: [{ personId: 'p', refs: REF }],
    },
    {
      name: 'a candidate with one term behind them',
      parts: {
        terms: [term('p', 2017, 2021, { id: 'b' })],
        elections: [election('e', 2021, [won('p')], { vacancies: 1 })],
      },
      want: [],
    },
    {
      name: 'the recorded new term of the candidate is not counted against the candidate',
      parts: {
        terms: [term('p', 2017, 2021, { id: 'b' }), term('p', 2021, 2025, { id: 'c', electionId: 'e' })],
        elections: [election('e', 2021, [won('p')], { vacancies: 1 })],
      },
      want: [],
    },
    {
      name: 'a withdrawn candidate is left out',
      parts: { terms: twoTerms, elections: [election('e', 2021, [withdrew('p'), won('q')], { vacancies: 1 })] },
      want: [],
    },
    {
      name: 'after sitting out one cycle the candidate may stand again',
      parts: { terms: twoTerms, elections: [election('e', 2023, [won('p')], { vacancies: 1 })] },
      want: [],
    },
    {
      name: 'an officer-election candidate is not a nomination for membership',
      parts: { terms: twoTerms, elections: [officerElection('e', 2021, [won('p')])] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('nomination.term-limited', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-08', committeeId: 'it', refs: w.refs, personId: w.personId })),
    );
  });

  it('an elected candidate whose new term is also recorded gets both nomination.term-limited and term.limit', () => {
    const parts: Parts = {
      terms: [...twoTerms, term('p', 2021, 2025, { id: 'c', electionId: 'e' })],
      elections: [election('e', 2021, [won('p')], { vacancies: 1 })],
    };
    const findings = checkWorkspace(buildWorkspace(parts), AS_OF).findings.filter((f) => f.personId === 'p');
    expect(findings.filter((f) => f.code === 'nomination.term-limited')).toMatchObject([{ refs: ['elections/e'] }]);
    expect(findings.filter((f) => f.code === 'term.limit')).toMatchObject([{ refs: ['terms/c'] }]);
  });
});

describe('nomination.no-consent (R-12): consent not true once nominations have closed on asOf', () => {
  const candidates: Candidate[] = [
    { personId: 'yes', consent: true },
    { personId: 'no', consent: false },
    { personId: 'unknown' },
    { personId: 'gone', outcome: 'withdrawn' },
  ];
  const open = (status: string, extra = {}) => ({
    elections: [election('e', 2021, candidates, { status, nominationsClose: '2021-03-31', ...extra })],
  });
  const noConsent = [
    { personId: 'no', refs: REF },
    { personId: 'unknown', refs: REF },
  ];
  const cases: Case[] = [
    {
      name: 'the day after nominationsClose: closed, consent false or missing is reported',
      parts: open('nominations'),
      asOf: '2021-04-01',
      want: noConsent,
    },
    {
      name: 'status ballot closes nominations whatever the date',
      parts: open('ballot'),
      asOf: '2021-01-01',
      want: noConsent,
    },
    {
      name: 'status final closes nominations whatever the date',
      parts: open('final'),
      asOf: '2021-01-01',
      want: noConsent,
    },
    {
      name: 'status final closes nominations even with no nominationsClose',
      parts: { elections: [election('e', 2021, candidates, { status: 'final' })] },
      asOf: '2021-01-01',
      want: noConsent,
    },
    {
      name: 'on nominationsClose itself nominations are still open',
      parts: open('nominations'),
      asOf: '2021-03-31',
      want: [],
    },
    { name: 'before nominationsClose nominations are open', parts: open('planned'), asOf: '2021-02-01', want: [] },
    {
      name: 'no nominationsClose and not yet at ballot: still open',
      parts: { elections: [election('e', 2021, candidates, { status: 'nominations' })] },
      asOf: '2030-01-01',
      want: [],
    },
    {
      name: 'officer elections are not nominations for membership',
      parts: {
        elections: [officerElection('e', 2021, candidates, { status: 'final', nominationsClose: '2021-03-31' })],
      },
      asOf: '2021-04-01',
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, asOf, want }) => {
    const found = findingsOf('nomination.no-consent', parts, asOf).sort((a, b) => (a.personId! < b.personId! ? -1 : 1));
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'warning', rule: 'R-12', committeeId: 'it', refs: w.refs, personId: w.personId })),
    );
  });
});
