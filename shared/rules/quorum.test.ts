import { describe, expect, it } from 'vitest';
import { buildWorkspace, members, office, term, type Parts } from '../testing/workspace-builder';
import { createRulesContext } from './context';
import { expectedAttendees, meetingQuorum, quorumOf, quorumRequired, quorumRuleOf, type QuorumRule } from './quorum';
import { RULE_SETS } from './rule-sets';
import { exampleWorkspace } from '../testing/fixtures';

const DATE = '2022-03-01';

function quorumFor(parts: Parts, attendance: [string, 'present' | 'apologies' | 'absent'][], guests = 0) {
  const ws = buildWorkspace({
    ...parts,
    meetings: [
      {
        id: 'm1',
        committeeId: 'it',
        date: DATE,
        attendance: attendance.map(([personId, status]) => ({ personId, status })),
        ...(guests > 0
          ? { guests: Array.from({ length: guests }, (_, i) => ({ name: `Guest ${i + 1}`, role: 'IFLA HQ' })) }
          : {}),
      },
    ],
  });
  const ctx = createRulesContext(ws);
  return meetingQuorum(ctx, ws.meetings[0]!);
}

const present = (ids: string[]) => ids.map((id) => [id, 'present'] as [string, 'present']);
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

describe('quorumRequired (R-49): majority by default, a fixed number or a fraction', () => {
  const majority: QuorumRule = { kind: 'majorityOfVotingMembers' };
  it.each([
    [majority, 16, 9],
    [majority, 15, 8],
    [majority, 20, 11],
    [majority, 1, 1],
    [majority, 0, 1],
    [{ kind: 'fixedNumber', number: 7 } as QuorumRule, 16, 7],
    [{ kind: 'fixedNumber', number: 0 } as QuorumRule, 16, 1],
    [{ kind: 'fraction', fraction: 0.5 } as QuorumRule, 16, 8],
    [{ kind: 'fraction', fraction: 0.5 } as QuorumRule, 15, 8],
    [{ kind: 'fraction', fraction: 0.6 } as QuorumRule, 10, 6],
    [{ kind: 'fraction', fraction: 1 / 3 } as QuorumRule, 12, 4],
    [{ kind: 'fraction', fraction: 1 / 3 } as QuorumRule, 13, 5],
  ])('%j of %i voting members needs %i present', (rule, voting, required) => {
    expect(quorumRequired(rule, voting)).toBe(required);
  });

  it('reads the rule and its number from the parameters; an unknown rule is the default', () => {
    const base = RULE_SETS.ifla2021.params;
    expect(quorumRuleOf(base)).toEqual({ kind: 'majorityOfVotingMembers' });
    expect(quorumRuleOf({ ...base, quorumRule: 'fixedNumber', quorumFixed: 8 })).toEqual({
      kind: 'fixedNumber',
      number: 8,
    });
    expect(quorumRuleOf({ ...base, quorumRule: 'fraction', quorumFraction: 0.4 })).toEqual({
      kind: 'fraction',
      fraction: 0.4,
    });
    expect(quorumRuleOf({ ...base, quorumRule: 'twoThirds' })).toEqual({ kind: 'majorityOfVotingMembers' });
  });
});

describe('quorum at a meeting: only voting members count (R-49, R-50)', () => {
  const ten = members('m', 10, 2019, 2023);
  type Row = {
    name: string;
    parts: Parts;
    attendance: [string, 'present' | 'apologies' | 'absent'][];
    guests?: number;
    want: { votingMembers: number; present: number; required: number; reached: boolean; presentWithoutVote?: number };
  };
  const rows: Row[] = [
    {
      name: '6 of 10 elected members present: a majority',
      parts: { terms: ten },
      attendance: present(ids('m', 6)),
      want: { votingMembers: 10, present: 6, required: 6, reached: true },
    },
    {
      name: '5 of 10 present: one short of a majority',
      parts: { terms: ten },
      attendance: present(ids('m', 5)),
      want: { votingMembers: 10, present: 5, required: 6, reached: false },
    },
    {
      name: 'apologies are not presence',
      parts: { terms: ten },
      attendance: [...present(ids('m', 5)), ['m06', 'apologies'], ['m07', 'apologies']],
      want: { votingMembers: 10, present: 5, required: 6, reached: false },
    },
    {
      name: 'absent members still count in the base',
      parts: { terms: ten },
      attendance: [...present(ids('m', 6)), ['m07', 'absent'], ['m08', 'absent']],
      want: { votingMembers: 10, present: 6, required: 6, reached: true },
    },
    {
      name: 'corresponding members present do not count, nor are they in the base (R-31)',
      parts: {
        terms: [
          ...ten,
          term('c1', '2020-01-01', '2022-01-31', { kind: 'corresponding', id: 'tc1' }),
          term('c2', '2021-01-01', '2023-01-01', { kind: 'corresponding' }),
          term('c3', '2021-01-01', '2023-01-01', { kind: 'corresponding' }),
        ],
      },
      attendance: [...present(ids('m', 5)), ['c2', 'present'], ['c3', 'present']],
      want: { votingMembers: 10, present: 5, required: 6, reached: false, presentWithoutVote: 2 },
    },
    {
      name: 'guests and observers never count (IFLA HQ, speakers)',
      parts: { terms: ten },
      attendance: present(ids('m', 5)),
      guests: 3,
      want: { votingMembers: 10, present: 5, required: 6, reached: false, presentWithoutVote: 3 },
    },
    {
      name: 'a SIG Convenor (ex officio) has no vote by default (OQ-18)',
      parts: { terms: [...ten, term('s', 2019, 2023, { kind: 'ex-officio' })] },
      attendance: [...present(ids('m', 5)), ['s', 'present']],
      want: { votingMembers: 10, present: 5, required: 6, reached: false, presentWithoutVote: 1 },
    },
    {
      name: 'a committee that gives ex officio members a vote counts them',
      parts: {
        committees: [{ id: 'it', name: 'IT', params: { exOfficioMembersVote: true } }],
        terms: [...ten, term('s', 2019, 2023, { kind: 'ex-officio' })],
      },
      attendance: [...present(ids('m', 5)), ['s', 'present']],
      want: { votingMembers: 11, present: 6, required: 6, reached: true },
    },
    {
      name: 'approved co-opted members vote and count (R-30)',
      parts: {
        terms: [...ten, term('k', '2021-09-01', 2023, { kind: 'coopted', cooption: { approvedOn: '2021-09-01' } })],
      },
      attendance: [...present(ids('m', 5)), ['k', 'present']],
      want: { votingMembers: 11, present: 6, required: 6, reached: true },
    },
    {
      name: 'co-opted members without a vote where the committee says so (ifla2021 configurable)',
      parts: {
        committees: [{ id: 'it', name: 'IT', params: { cooptedMembersVote: false } }],
        terms: [...ten, term('k', '2021-09-01', 2023, { kind: 'coopted', cooption: { approvedOn: '2021-09-01' } })],
      },
      attendance: [...present(ids('m', 5)), ['k', 'present']],
      want: { votingMembers: 10, present: 5, required: 6, reached: false, presentWithoutVote: 1 },
    },
    {
      name: 'a proposed co-option is no member: no vote, not in the base (R-25)',
      parts: { terms: [...ten, term('k', '2021-09-01', 2023, { kind: 'coopted' })] },
      attendance: [...present(ids('m', 6)), ['k', 'present']],
      want: { votingMembers: 10, present: 6, required: 6, reached: true, presentWithoutVote: 1 },
    },
    {
      name: 'casual-vacancy members vote',
      parts: { terms: [...ten, term('v', '2020-06-01', 2023, { kind: 'casual' })] },
      attendance: [...present(ids('m', 5)), ['v', 'present']],
      want: { votingMembers: 11, present: 6, required: 6, reached: true },
    },
    {
      name: 'members whose term ended before the meeting are not in the base',
      parts: { terms: [...ten, term('gone', 2019, 2023, { endedOn: '2021-12-01', endReason: 'resigned' })] },
      attendance: present(ids('m', 6)),
      want: { votingMembers: 10, present: 6, required: 6, reached: true },
    },
    {
      name: 'a fixed quorum of 4',
      parts: {
        committees: [{ id: 'it', name: 'IT', params: { quorumRule: 'fixedNumber', quorumFixed: 4 } }],
        terms: ten,
      },
      attendance: present(ids('m', 4)),
      want: { votingMembers: 10, present: 4, required: 4, reached: true },
    },
    {
      name: 'a quorum of one third',
      parts: {
        committees: [{ id: 'it', name: 'IT', params: { quorumRule: 'fraction', quorumFraction: 0.34 } }],
        terms: ten,
      },
      attendance: present(ids('m', 3)),
      want: { votingMembers: 10, present: 3, required: 4, reached: false },
    },
  ];
  it.each(rows)('$name', ({ parts, attendance, guests, want }) => {
    const result = quorumFor(parts, attendance, guests);
    expect(result).toMatchObject({ presentWithoutVote: 0, ...want });
  });

  it('12 voting members and 2 corresponding members present: the base is the voting members only (S-15)', () => {
    const result = quorumFor(
      {
        terms: [
          ...members('v', 12, 2019, 2023),
          term('c1', '2021-01-01', '2023-01-01', { kind: 'corresponding' }),
          term('c2', '2021-01-01', '2023-01-01', { kind: 'corresponding' }),
        ],
      },
      [...present(ids('v', 12)), ['c1', 'present'], ['c2', 'present']],
    );
    expect(result).toMatchObject({ votingMembers: 12, present: 12, required: 7, presentWithoutVote: 2 });
  });

  it('counts members not yet marked while attendance is being taken', () => {
    const ws = buildWorkspace({ terms: members('m', 10, 2019, 2023) });
    const ctx = createRulesContext(ws);
    const expected = expectedAttendees(ctx, 'it', DATE);
    const result = quorumOf(expected, [{ personId: 'm01', status: 'present' }], ctx.paramsOn('it', DATE));
    expect(result).toMatchObject({ present: 1, unmarked: 9, reached: false });
    expect(result.summary).toBe(
      '1 of 10 voting members present; 6 needed (a majority of the voting members): no quorum.',
    );
  });
});

describe('expected attendees: the roster of the meeting date', () => {
  it('splits voting members from observers, officers first, then by surname', () => {
    const ws = buildWorkspace({
      people: [
        { id: 'a', name: 'Zoe Adams' },
        { id: 'b', name: 'Ann Brown' },
        { id: 'c', name: 'Carl Cole' },
        { id: 's', name: 'Sam Stone' },
        { id: 'r', name: 'Rita Ray' },
      ],
      terms: [
        term('a', 2019, 2023),
        term('b', 2019, 2023),
        term('c', 2019, 2023),
        term('s', 2019, 2023, { kind: 'ex-officio' }),
        term('r', '2021-01-01', '2023-01-01', { kind: 'corresponding' }),
      ],
      offices: [
        office('c', 'secretary', 2021, 2023),
        office('b', 'chair', 2021, 2023),
        office('s', 'sig-convenor', 2021, 2023, { notes: 'Big Data SIG' }),
      ],
    });
    const expected = expectedAttendees(createRulesContext(ws), 'it', DATE);
    expect(expected.members.map((m) => [m.name, m.roles])).toEqual([
      ['Ann Brown', ['chair']],
      ['Carl Cole', ['secretary']],
      ['Zoe Adams', []],
    ]);
    expect(expected.observers.map((m) => [m.name, m.kind, m.convenorOf ?? ''])).toEqual([
      ['Rita Ray', 'corresponding', ''],
      ['Sam Stone', 'ex-officio', 'Big Data SIG'],
    ]);
  });

  it('the example committee on 2021-03-19: 16 voting members, quorum 9, reached by its recorded meeting', () => {
    const workspace = exampleWorkspace();
    const ctx = createRulesContext(workspace);
    const meeting = workspace.meetings.find((m) => m.id === 'm-2021-03-19')!;
    const expected = expectedAttendees(ctx, 'it', meeting.date);
    expect(expected.members).toHaveLength(16);
    expect(expected.observers.map((o) => o.personId)).toEqual(['p19', 'p21', 'p20']);
    expect(meetingQuorum(ctx, meeting)).toMatchObject({
      votingMembers: 16,
      present: 15,
      required: 9,
      reached: true,
      presentWithoutVote: 3,
    });
  });
});
