import { describe, expect, it } from 'vitest';
import { buildWorkspace, members, term, type Parts } from '../../testing/workspace-builder';
import { checkWorkspace } from '../check-workspace';

// Caps are whole-file checks: asOf is deliberately far from every fixture date.
const AS_OF = '2040-01-01';

function findingsOf(code: string, parts: Parts) {
  return checkWorkspace(buildWorkspace(parts), AS_OF).findings.filter((f) => f.code === code);
}

type Case = { name: string; parts: Parts; want: { refs: string[] }[] };

const elected = (id: string, personId: string, from: number | string, to: number | string, extra = {}) =>
  term(personId, from, to, { id, ...extra });
const coopted = (id: string, personId: string, from: number | string, to: number | string, approvedOn?: string) =>
  term(personId, from, to, {
    id,
    kind: 'coopted',
    cooption: approvedOn ? { approvedOn } : { proposedOn: '2021-01-01' },
  });
const corresponding = (id: string, personId: string, from: number | string, to: number | string, extra = {}) =>
  term(personId, from, to, { id, kind: 'corresponding', ...extra });

describe('seats.elected.max (R-01): more elected + casual terms active on a date than maxElectedSeats', () => {
  const cases: Case[] = [
    {
      name: 'a 21st elected term starting while 20 are active is over the cap, naming the newcomer',
      parts: { terms: [...members('m', 20, 2019, 2023), elected('new', 'n', 2021, 2025)] },
      want: [{ refs: ['terms/new'] }],
    },
    {
      name: 'every term starting on the day of the excess is named',
      parts: {
        terms: [...members('m', 19, 2019, 2023), elected('new2', 'n2', 2021, 2025), elected('new1', 'n1', 2021, 2025)],
      },
      want: [{ refs: ['terms/new1', 'terms/new2'] }],
    },
    {
      name: 'a casual-vacancy term occupies an elected seat too',
      parts: {
        terms: [
          ...members('m', 19, 2019, 2023),
          elected('cas', 'c', '2020-01-10', 2023, { kind: 'casual' }),
          elected('new', 'n', 2021, 2025),
        ],
      },
      want: [{ refs: ['terms/new'] }],
    },
    {
      name: "a committee's maxElectedSeats override lowers the cap",
      parts: {
        committees: [{ id: 'it', name: 'IT Section', params: { maxElectedSeats: 18 } }],
        terms: [...members('m', 18, 2019, 2023), elected('new', 'n', 2021, 2025)],
      },
      want: [{ refs: ['terms/new'] }],
    },
    {
      name: 'exactly 20 elected and casual members is within the cap',
      parts: { terms: [...members('m', 19, 2019, 2023), elected('new', 'n', 2021, 2025)] },
      want: [],
    },
    {
      name: 'a full cohort handing over at the boundary: outgoing terms are not active on their end day',
      parts: { terms: [...members('m', 20, 2017, 2021), ...members('n', 20, 2021, 2025)] },
      want: [],
    },
    {
      name: 'a seat vacated (endedOn) on the day the newcomer starts is free that day',
      parts: {
        terms: [
          ...members('m', 19, 2019, 2023),
          elected('left', 'l', 2019, 2023, { endedOn: '2021-08-26', endReason: 'resigned' }),
          elected('new', 'n', 2021, 2025),
        ],
      },
      want: [],
    },
    {
      name: 'co-opted members are not counted against the elected seats',
      parts: { terms: [...members('m', 20, 2019, 2023), coopted('co', 'c', '2021-09-01', 2023, '2021-09-01')] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('seats.elected.max', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-01', committeeId: 'it', refs: w.refs })),
    );
  });
});

describe('seats.coopted.max (R-24): more approved co-opted terms active on a date than maxCoopted (0 before 2021-08-26)', () => {
  const five = (start: string) => [1, 2, 3, 4, 5].map((i) => coopted(`co${i}`, `c${i}`, start, 2023, start));
  const cases: Case[] = [
    {
      name: 'a 6th approved co-option under ifla2021 is over the cap of 5',
      parts: { terms: [...five('2021-09-01'), coopted('co6', 'c6', '2022-01-10', 2023, '2022-01-10')] },
      want: [{ refs: ['terms/co6'] }],
    },
    {
      name: 'a 6th approved co-option under ifla2023 is over the cap of 5',
      parts: { terms: [...five('2023-02-01'), coopted('co6', 'c6', '2023-03-01', 2023, '2023-03-01')] },
      want: [{ refs: ['terms/co6'] }],
    },
    {
      name: 'an approved co-option active before 2021-08-26 exceeds the pre2021 cap of 0',
      parts: { terms: [coopted('early', 'e', '2021-03-01', 2021, '2021-02-15')] },
      want: [{ refs: ['terms/early'] }],
    },
    {
      name: 'five co-opted members at a time is within the cap',
      parts: { terms: five('2021-09-01') },
      want: [],
    },
    {
      name: 'a proposed (unapproved) 6th co-option holds no seat',
      parts: { terms: [...five('2021-09-01'), coopted('co6', 'c6', '2022-01-10', 2023)] },
      want: [],
    },
    {
      name: 'a co-option starting on 2021-08-26 is under the ifla2021 cap of 5, not the pre2021 cap of 0',
      parts: { terms: [coopted('first', 'f', 2021, 2023, '2021-08-26')] },
      want: [],
    },
    {
      name: 'a maxCoopted override applies in every era, pre2021 included',
      parts: {
        committees: [{ id: 'it', name: 'IT Section', params: { maxCoopted: 3 } }],
        terms: [coopted('early', 'e', '2021-03-01', 2021, '2021-02-15')],
      },
      want: [],
    },
    {
      name: 'a 6th co-option starting the day another ended early is within the cap',
      parts: {
        terms: [
          ...five('2021-09-01').map((t, i) => (i === 0 ? { ...t, endedOn: '2022-01-10' } : t)),
          coopted('co6', 'c6', '2022-01-10', 2023, '2022-01-10'),
        ],
      },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('seats.coopted.max', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-24', committeeId: 'it', refs: w.refs })),
    );
  });
});

describe('seats.corresponding.max (R-31): more corresponding terms active on a date than maxCorrespondingMembers (5)', () => {
  const five = [1, 2, 3, 4, 5].map((i) => corresponding(`cm${i}`, `k${i}`, 2017, 2019));
  const cases: Case[] = [
    {
      name: 'a 6th concurrent corresponding member is over the cap of 5',
      parts: { terms: [...five, corresponding('cm6', 'k6', '2018-01-10', 2019)] },
      want: [{ refs: ['terms/cm6'] }],
    },
    {
      name: 'a maxCorrespondingMembers override changes the number, not the code',
      parts: {
        committees: [{ id: 'it', name: 'IT Section', params: { maxCorrespondingMembers: 4 } }],
        terms: five,
      },
      want: [{ refs: ['terms/cm1', 'terms/cm2', 'terms/cm3', 'terms/cm4', 'terms/cm5'] }],
    },
    { name: 'five corresponding members is within the cap', parts: { terms: five }, want: [] },
    {
      name: 'a 6th starting after one of the five ended early is within the cap',
      parts: {
        terms: [
          ...five.map((t, i) => (i === 0 ? { ...t, endedOn: '2018-01-01' } : t)),
          corresponding('cm6', 'k6', '2018-01-10', 2019),
        ],
      },
      want: [],
    },
    {
      name: 'elected members do not fill corresponding places',
      parts: { terms: [...five, elected('el', 'e', 2017, 2021)] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('seats.corresponding.max', parts)).toMatchObject(
      want.map((w) => ({ severity: 'error', rule: 'R-31', committeeId: 'it', refs: w.refs })),
    );
  });
});
