import { describe, expect, it } from 'vitest';
import { buildWorkspace, office, term, type Parts } from '../../testing/workspace-builder';
import { checkWorkspace } from '../check-workspace';

// Officer codes are whole-file checks: asOf is deliberately far from every fixture date.
const AS_OF = '2040-01-01';

function findingsOf(code: string, parts: Parts) {
  return checkWorkspace(buildWorkspace(parts), AS_OF).findings.filter((f) => f.code === code);
}

type Want = { refs: string[]; personId?: string };
type Case = { name: string; parts: Parts; want: Want[] };

type When = number | string;
const elected = (id: string, from: When, to: When, extra = {}) => term('p', from, to, { id, ...extra });
const coopted = (id: string, from: When, to: When, cooption: Record<string, unknown>) =>
  term('p', from, to, { id, kind: 'coopted', cooption });
const chair = (id: string, from: When, to: When, extra = {}) => office('p', 'chair', from, to, { id, ...extra });
const secretary = (id: string, from: When, to: When) => office('p', 'secretary', from, to, { id });
const ic = (id: string, from: When, to: When) => office('p', 'information-coordinator', from, to, { id });
const convenor = (id: string, from: When, to: When) => office('p', 'sig-convenor', from, to, { id });

describe('officer.not-member (R-35, R-39): an office held on a day its holder has no active term', () => {
  const cases: Case[] = [
    {
      name: 'an office holder with no term at all',
      parts: { offices: [chair('o', 2021, 2023)] },
      want: [{ refs: ['offices/o'] }],
    },
    {
      name: 'an office starting before the membership does',
      parts: { terms: [elected('t', 2021, 2025)], offices: [chair('o', '2021-08-01', 2023)] },
      want: [{ refs: ['offices/o'] }],
    },
    {
      name: 'an office outlasting the membership',
      parts: { terms: [elected('t', 2019, 2023)], offices: [chair('o', 2021, 2025)] },
      want: [{ refs: ['offices/o'] }],
    },
    {
      name: 'an office outlasting a term that ended early',
      parts: {
        terms: [elected('t', 2019, 2023, { endedOn: '2022-01-10', endReason: 'resigned' })],
        offices: [chair('o', 2021, 2023)],
      },
      want: [{ refs: ['offices/o'] }],
    },
    {
      name: 'one uncovered day between two terms',
      parts: {
        terms: [elected('a', 2017, 2021), term('p', '2021-08-27', 2025, { id: 'b', kind: 'casual' })],
        offices: [chair('o', 2019, 2023)],
      },
      want: [{ refs: ['offices/o'] }],
    },
    {
      name: 'an office covered only by a proposed co-option is not covered',
      parts: { terms: [coopted('c', 2021, 2023, { proposedOn: '2021-08-01' })], offices: [secretary('o', 2021, 2023)] },
      want: [{ refs: ['offices/o'] }],
    },
    {
      name: 'a term on another committee does not cover the office',
      parts: {
        committees: [
          { id: 'it', name: 'IT Section' },
          { id: 'rare', name: 'Rare Books Section' },
        ],
        terms: [elected('t', 2019, 2023, { committeeId: 'rare' })],
        offices: [chair('o', 2021, 2023)],
      },
      want: [{ refs: ['offices/o'] }],
    },
    {
      name: 'an office inside one elected term',
      parts: { terms: [elected('t', 2019, 2023)], offices: [chair('o', 2021, 2023)] },
      want: [],
    },
    {
      name: 'an office covered by two back-to-back terms',
      parts: { terms: [elected('a', 2017, 2021), elected('b', 2021, 2025)], offices: [chair('o', 2019, 2023)] },
      want: [],
    },
    {
      name: 'an office that ended early together with the term',
      parts: {
        terms: [elected('t', 2019, 2023, { endedOn: '2022-01-10', endReason: 'resigned' })],
        offices: [chair('o', 2021, 2023, { endedOn: '2022-01-10' })],
      },
      want: [],
    },
    {
      name: 'an office covered by an approved co-option',
      parts: { terms: [coopted('c', 2021, 2023, { approvedOn: '2021-08-26' })], offices: [secretary('o', 2021, 2023)] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('officer.not-member', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-35', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});

describe('officer.term-limit (R-38): a 3rd consecutive term in one office, or more than 8 officer years', () => {
  // 8 officer years exactly: two chair and two secretary terms, boundary to boundary.
  const eightYears = [
    chair('c1', 2013, 2015),
    chair('c2', 2015, 2017),
    secretary('s1', 2017, 2019),
    secretary('s2', 2019, 2021),
  ];
  const cases: Case[] = [
    {
      name: 'a 3rd consecutive term as Chair',
      parts: { offices: [chair('a', 2017, 2019), chair('b', 2019, 2021), chair('c', 2021, 2023)] },
      want: [{ refs: ['offices/c'] }],
    },
    {
      name: 'a 5th officer term makes 10 years in total',
      parts: { offices: [...eightYears, chair('c3', 2021, 2023)] },
      want: [{ refs: ['offices/c3'] }],
    },
    {
      name: 'an office from one boundary to the next counts 2 years even when the boundaries are 727 days apart',
      // 2019-08-30 .. 2027-08-29 is 2921 days (7.997 years by days alone), but four boundary-to-boundary offices are
      // 8 years, so the 2-day office tips the total over.
      parts: {
        offices: [
          chair('a', 2019, 2021),
          chair('b', 2021, 2023),
          secretary('c', 2023, 2025),
          secretary('d', 2025, 2027),
          chair('e', 2027, '2027-08-29'),
        ],
      },
      want: [{ refs: ['offices/e'] }],
    },
    {
      name: 'under ifla2023 the Information Coordinator is an officer: a 3rd consecutive IC term',
      parts: { offices: [ic('a', 2023, 2025), ic('b', 2025, 2027), ic('c', 2027, 2029)] },
      want: [{ refs: ['offices/c'] }],
    },
    {
      name: 'under ifla2023 an IC term counts toward the 8 years',
      parts: { offices: [...eightYears, ic('i', 2023, 2025)] },
      want: [{ refs: ['offices/i'] }],
    },
    {
      name: 'under ifla2023 the SIG Convenor is an officer: a 3rd consecutive convenor term',
      parts: { offices: [convenor('a', 2023, 2025), convenor('b', 2025, 2027), convenor('c', 2027, 2029)] },
      want: [{ refs: ['offices/c'] }],
    },
    {
      name: 'an icIsOfficer override makes a pre-2021 IC term count',
      parts: {
        committees: [{ id: 'it', name: 'IT Section', params: { icIsOfficer: true } }],
        offices: [ic('a', 2013, 2015), ic('b', 2015, 2017), ic('c', 2017, 2019)],
      },
      want: [{ refs: ['offices/c'] }],
    },
    {
      name: 'two consecutive terms as Chair',
      parts: { offices: [chair('a', 2017, 2019), chair('b', 2019, 2021)] },
      want: [],
    },
    {
      name: 'sitting out one cycle breaks the same-office chain',
      parts: { offices: [chair('a', 2017, 2019), chair('b', 2019, 2021), chair('c', 2023, 2025)] },
      want: [],
    },
    {
      name: 'a 3rd consecutive officer term in a different office',
      parts: { offices: [chair('a', 2017, 2019), chair('b', 2019, 2021), secretary('c', 2021, 2023)] },
      want: [],
    },
    { name: 'exactly 8 officer years', parts: { offices: eightYears }, want: [] },
    {
      name: 'a day held in two roles counts once (6 years, not 12)',
      parts: {
        offices: [
          chair('c1', 2013, 2015),
          secretary('s1', 2013, 2015),
          chair('c2', 2015, 2017),
          secretary('s2', 2015, 2017),
          chair('c3', 2019, 2021),
          secretary('s3', 2019, 2021),
        ],
      },
      want: [],
    },
    {
      name: 'before 2023 the IC is no officer: three consecutive pre-2021 IC terms',
      parts: { offices: [ic('a', 2013, 2015), ic('b', 2015, 2017), ic('c', 2017, 2019)] },
      want: [],
    },
    {
      name: 'before 2023 the IC is no officer: an ifla2021 IC term adds no years',
      parts: { offices: [...eightYears, ic('i', 2021, 2023)] },
      want: [],
    },
    {
      name: 'before 2023 the SIG Convenor is no officer',
      parts: { offices: [convenor('a', 2013, 2015), convenor('b', 2015, 2017), convenor('c', 2017, 2019)] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('officer.term-limit', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-38', committeeId: 'it', personId: 'p', refs: w.refs })),
    );
  });
});

describe('officer.voter-ineligible (R-35): an officer-election voter outside the officer electorate', () => {
  // The 2021 electorate: members continuing past the 2021 boundary plus those elected in the final 2021 members election.
  const terms = [
    term('cont', 2019, 2023, { id: 't-cont' }),
    term('out', 2017, 2021, { id: 't-out' }),
    term('newbie', 2021, 2025, { id: 't-newbie' }),
    term('coop', '2021-06-01', 2023, { id: 't-coop', kind: 'coopted', cooption: { approvedOn: '2021-06-01' } }),
    term('prop', '2021-06-01', 2023, { id: 't-prop', kind: 'coopted', cooption: { proposedOn: '2021-05-01' } }),
    term('late', 2021, 2025, { id: 't-late' }),
  ];
  const membersElection = (status: string) => ({
    id: 'm2021',
    committeeId: 'it',
    kind: 'members',
    cycle: 2021,
    status,
    vacancies: 2,
    candidates: [{ personId: 'newbie', consent: true, outcome: 'elected' }],
  });
  const officerElection = (voters: string[], extra = {}) => ({
    id: 'oe',
    committeeId: 'it',
    kind: 'officer',
    role: 'chair',
    cycle: 2021,
    status: 'final',
    voters,
    ...extra,
  });
  const withVoters = (voters: string[], status = 'final', extra = {}): Parts => ({
    terms,
    elections: [membersElection(status), officerElection(voters, extra)],
  });
  const cases: Case[] = [
    {
      name: 'an outgoing member (term ending at the boundary)',
      parts: withVoters(['out']),
      want: [{ personId: 'out', refs: ['elections/oe'] }],
    },
    {
      name: 'someone with no term on the committee',
      parts: withVoters(['stranger']),
      want: [{ personId: 'stranger', refs: ['elections/oe'] }],
    },
    {
      name: 'a newly elected member while the members election is not yet final',
      parts: withVoters(['newbie'], 'ballot'),
      want: [{ personId: 'newbie', refs: ['elections/oe'] }],
    },
    {
      name: 'a term starting on the boundary with no final election result behind it',
      parts: withVoters(['late']),
      want: [{ personId: 'late', refs: ['elections/oe'] }],
    },
    { name: 'a proposed co-optee', parts: withVoters(['prop']), want: [{ personId: 'prop', refs: ['elections/oe'] }] },
    {
      name: 'each ineligible voter is reported once',
      parts: withVoters(['cont', 'out', 'stranger', 'out']),
      want: [
        { personId: 'out', refs: ['elections/oe'] },
        { personId: 'stranger', refs: ['elections/oe'] },
      ],
    },
    { name: 'a continuing member', parts: withVoters(['cont']), want: [] },
    { name: 'a member elected in the final members election of the cycle', parts: withVoters(['newbie']), want: [] },
    { name: 'an approved co-optee continuing past the boundary', parts: withVoters(['coop']), want: [] },
    {
      name: 'voters recorded on a members election are not checked',
      parts: { terms, elections: [{ ...membersElection('final'), voters: ['stranger'] }] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    const found = findingsOf('officer.voter-ineligible', parts).sort((a, b) => (a.personId! < b.personId! ? -1 : 1));
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-35', committeeId: 'it', personId: w.personId, refs: w.refs })),
    );
  });
});
