import { describe, expect, it } from 'vitest';
import { buildWorkspace, term, type Parts } from '../testing/workspace-builder';
import { checkWorkspace } from './check-workspace';
import { createRulesContext } from './context';
import { deemResignedBlocked, defaultNoticeDeadline, inactivityOn, noticeBlocksEnding } from './inactivity';
import { RULE_SETS } from './rule-sets';

type Status = 'present' | 'apologies' | 'absent' | undefined;

/** Meetings of `it` with R's attendance (undefined: no entry for R); Q is always present. */
const meetings = (rows: [date: string, status: Status, guestR?: boolean][]) =>
  rows.map(([date, status, guestR], i) => ({
    id: `m${i + 1}`,
    committeeId: 'it',
    date,
    mode: 'online',
    attendance: [{ personId: 'Q', status: 'present' }, ...(status ? [{ personId: 'R', status }] : [])],
    ...(guestR ? { guests: [{ name: 'R as a guest', role: 'observer', personId: 'R' }] } : {}),
  }));

const rTerm = (extra: Record<string, unknown> = {}) => term('R', 2019, 2023, { id: 'tR', ...extra });
const qTerm = term('Q', 2019, 2023, { id: 'tQ' });
const notice = (sentOn: string, deadline: string, extra: Record<string, unknown> = {}) => ({
  inactivityNotice: { sentOn, deadline, by: 'Daniel Whitford, Chair', ...extra },
});

function stateOf(parts: Parts, on: string) {
  const entries = inactivityOn(createRulesContext(buildWorkspace(parts)), 'it', on);
  return entries.map((e) => ({ personId: e.personId, state: e.state, missed: e.missed.map((m) => m.date) }));
}

describe('who is flagged on a date (R-23): the same reading as member.inactive', () => {
  type Row = { name: string; parts: Parts; on: string; flagged: string[] };
  const rows: Row[] = [
    {
      name: 'absent without apologies at the last 2 meetings',
      parts: {
        terms: [rTerm(), qTerm],
        meetings: meetings([
          ['2020-08-28', 'absent'],
          ['2021-03-15', 'absent'],
        ]),
      },
      on: '2021-03-15',
      flagged: ['2020-08-28', '2021-03-15'],
    },
    {
      name: 'apologies at one of them: not flagged',
      parts: {
        terms: [rTerm(), qTerm],
        meetings: meetings([
          ['2020-08-28', 'apologies'],
          ['2021-03-15', 'absent'],
        ]),
      },
      on: '2021-03-15',
      flagged: [],
    },
    {
      name: 'present at the last one: not flagged',
      parts: {
        terms: [rTerm(), qTerm],
        meetings: meetings([
          ['2020-08-28', 'absent'],
          ['2021-03-15', 'present'],
        ]),
      },
      on: '2021-03-15',
      flagged: [],
    },
    {
      name: 'no attendance entry counts as not absent',
      parts: {
        terms: [rTerm(), qTerm],
        meetings: meetings([
          ['2020-08-28', 'absent'],
          ['2021-03-15', undefined],
        ]),
      },
      on: '2021-03-15',
      flagged: [],
    },
    {
      name: 'listed as a guest but recorded absent as a member: still flagged (guests never replace attendance)',
      parts: {
        terms: [rTerm(), qTerm],
        meetings: meetings([
          ['2020-08-28', 'absent'],
          ['2021-03-15', 'absent', true],
        ]),
      },
      on: '2021-03-15',
      flagged: ['2020-08-28', '2021-03-15'],
    },
    {
      name: 'the second absence counts only from its date',
      parts: {
        terms: [rTerm(), qTerm],
        meetings: meetings([
          ['2020-08-28', 'absent'],
          ['2021-03-15', 'absent'],
        ]),
      },
      on: '2021-03-14',
      flagged: [],
    },
    {
      name: 'earlier absences before a meeting attended do not count',
      parts: {
        terms: [rTerm(), qTerm],
        meetings: meetings([
          ['2020-01-10', 'absent'],
          ['2020-08-28', 'absent'],
          ['2021-03-15', 'present'],
          ['2021-08-20', 'absent'],
        ]),
      },
      on: '2021-09-01',
      flagged: [],
    },
    {
      name: 'meetings before the member joined are not expected of them',
      parts: {
        terms: [term('R', '2021-01-10', 2023, { id: 'tR', kind: 'casual' }), qTerm],
        meetings: meetings([
          ['2020-08-28', 'absent'],
          ['2021-03-15', 'absent'],
        ]),
      },
      on: '2021-03-15',
      flagged: [],
    },
    {
      name: 'a threshold of 3 (inactivityMissedMeetings) needs a third absence',
      parts: {
        committees: [{ id: 'it', name: 'IT', params: { inactivityMissedMeetings: 3 } }],
        terms: [rTerm(), qTerm],
        meetings: meetings([
          ['2020-08-28', 'absent'],
          ['2021-03-15', 'absent'],
        ]),
      },
      on: '2021-03-15',
      flagged: [],
    },
    {
      name: 'corresponding members are never flagged (no membership)',
      parts: {
        terms: [term('R', '2019-09-01', '2021-09-01', { id: 'tR', kind: 'corresponding' }), qTerm],
        meetings: meetings([
          ['2020-08-28', 'absent'],
          ['2021-03-15', 'absent'],
        ]),
      },
      on: '2021-03-15',
      flagged: [],
    },
  ];
  it.each(rows)('$name', ({ parts, on, flagged }) => {
    const found = stateOf(parts, on);
    expect(found).toEqual(flagged.length ? [{ personId: 'R', state: 'flagged', missed: flagged }] : []);
    // And tenure check agrees.
    const codes = checkWorkspace(buildWorkspace(parts), on)
      .findings.filter((f) => f.code === 'member.inactive')
      .map((f) => f.personId);
    expect(codes).toEqual(flagged.length ? ['R'] : []);
  });
});

describe('the notice and its deadline (R-23)', () => {
  const absentTwice = meetings([
    ['2020-08-28', 'absent'],
    ['2021-03-15', 'absent'],
  ]);
  it('the default deadline is inactivityNoticeDeadlineDays (30) after sending', () => {
    expect(defaultNoticeDeadline('2021-03-20', RULE_SETS.pre2021.params)).toBe('2021-04-19');
    expect(defaultNoticeDeadline('2021-03-20', { inactivityNoticeDeadlineDays: 41 })).toBe('2021-04-30');
  });

  type Row = {
    name: string;
    termExtra: Record<string, unknown>;
    extraMeetings?: ReturnType<typeof meetings>;
    on: string;
    state: string;
  };
  const rows: Row[] = [
    { name: 'flagged, no notice', termExtra: {}, on: '2021-03-20', state: 'flagged' },
    {
      name: 'notice sent, deadline not passed',
      termExtra: notice('2021-03-20', '2021-04-30'),
      on: '2021-04-01',
      state: 'notice-sent',
    },
    {
      name: 'the deadline day itself is still the member’s',
      termExtra: notice('2021-03-20', '2021-04-30'),
      on: '2021-04-30',
      state: 'notice-sent',
    },
    {
      name: 'the day after the deadline, no answer',
      termExtra: notice('2021-03-20', '2021-04-30'),
      on: '2021-05-01',
      state: 'deadline-passed',
    },
    {
      name: 'answered the notice',
      termExtra: notice('2021-03-20', '2021-04-30', { respondedOn: '2021-04-02' }),
      on: '2021-05-01',
      state: 'responded',
    },
    {
      name: 'came to a meeting after the notice',
      termExtra: notice('2021-03-20', '2021-04-30'),
      extraMeetings: [{ ...meetings([['2021-04-15', 'present']])[0]!, id: 'm9' }],
      on: '2021-05-01',
      state: 'attended-since',
    },
  ];
  it.each(rows)('$name: $state', ({ termExtra, extraMeetings, on, state }) => {
    const parts = { terms: [rTerm(termExtra), qTerm], meetings: [...absentTwice, ...(extraMeetings ?? [])] };
    expect(stateOf(parts, on).map((e) => e.state)).toEqual([state]);
  });

  it('the procedure does not change tenure check: member.inactive stays a warning while flagged', () => {
    const ws = buildWorkspace({ terms: [rTerm(notice('2021-03-20', '2021-04-30')), qTerm], meetings: absentTwice });
    const found = checkWorkspace(ws, '2021-05-01').findings.filter((f) => f.code === 'member.inactive');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', personId: 'R', refs: ['meetings/m1', 'meetings/m2', 'terms/tR'] }),
    ]);
  });
});

describe('may the member be deemed resigned on a date? (R-23: never before the deadline)', () => {
  const absentTwice = meetings([
    ['2020-08-28', 'absent'],
    ['2021-03-15', 'absent'],
  ]);
  type Row = { name: string; termExtra: Record<string, unknown>; on: string; blocked: RegExp | undefined };
  const rows: Row[] = [
    { name: 'no notice recorded', termExtra: {}, on: '2021-03-20', blocked: /no notice/ },
    {
      name: 'before the deadline',
      termExtra: notice('2021-03-20', '2021-04-30'),
      on: '2021-04-10',
      blocked: /2021-05-01/,
    },
    {
      name: 'on the deadline',
      termExtra: notice('2021-03-20', '2021-04-30'),
      on: '2021-04-30',
      blocked: /has not passed/,
    },
    {
      name: 'the day after the deadline (S-14)',
      termExtra: notice('2021-03-20', '2021-04-30'),
      on: '2021-05-01',
      blocked: undefined,
    },
    {
      name: 'answered in time',
      termExtra: notice('2021-03-20', '2021-04-30', { respondedOn: '2021-04-02' }),
      on: '2021-05-01',
      blocked: /answered/,
    },
    {
      name: 'after the term already ended',
      termExtra: { ...notice('2021-03-20', '2021-04-30'), endedOn: '2021-04-20', endReason: 'resigned' },
      on: '2021-05-01',
      blocked: /not active/,
    },
  ];
  it.each(rows)('$name', ({ termExtra, on, blocked }) => {
    const ctx = createRulesContext(buildWorkspace({ terms: [rTerm(termExtra), qTerm], meetings: absentTwice }));
    const reason = deemResignedBlocked(ctx, 'tR', on);
    if (blocked) expect(reason).toMatch(blocked);
    else expect(reason).toBeUndefined();
  });

  it('a member who attended after the notice cannot be deemed resigned', () => {
    const ctx = createRulesContext(
      buildWorkspace({
        terms: [rTerm(notice('2021-03-20', '2021-04-30')), qTerm],
        meetings: [...absentTwice, { ...meetings([['2021-04-15', 'apologies']])[0]!, id: 'm9' }],
      }),
    );
    expect(deemResignedBlocked(ctx, 'tR', '2021-05-01')).toMatch(/no longer absent/);
  });

  it('the notice alone decides for the term writer: noticeBlocksEnding', () => {
    expect(noticeBlocksEnding({}, '2021-05-01')).toMatch(/no notice/);
    expect(noticeBlocksEnding(notice('2021-03-20', '2021-04-30'), '2021-04-30')).toMatch(/has not passed/);
    expect(noticeBlocksEnding(notice('2021-03-20', '2021-04-30'), '2021-05-01')).toBeUndefined();
  });
});
