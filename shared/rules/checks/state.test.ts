import { describe, expect, it } from 'vitest';
import { buildWorkspace, members, term, type Parts } from '../../testing/workspace-builder';
import { checkWorkspace } from '../check-workspace';
import type { Finding } from '../findings';

function findingsOf(code: string, parts: Parts, asOf: string) {
  return checkWorkspace(buildWorkspace(parts), asOf).findings.filter((f) => f.code === code);
}

type Want = { refs: string[]; personId?: string };
type Case = { name: string; parts: Parts; asOf?: string; want: Want[] };

const committee = (extra: Record<string, unknown> = {}) => [
  { id: 'it', name: 'IT Section', kind: 'section', ...extra },
];
const COMMITTEE_REF = ['committees/it'];

describe('seats.elected.min (R-01): fewer than minElectedSeats elected + casual members active on asOf (sections only)', () => {
  const AS_OF = '2022-06-01';
  const cases: Case[] = [
    {
      name: 'a section with 9 elected members',
      parts: { terms: members('m', 9, 2019, 2023) },
      want: [{ refs: COMMITTEE_REF }],
    },
    { name: 'a section with no terms at all', parts: {}, want: [{ refs: COMMITTEE_REF }] },
    {
      name: 'co-opted members do not fill elected seats',
      parts: {
        terms: [
          ...members('m', 9, 2019, 2023),
          term('c', '2021-09-01', 2023, { kind: 'coopted', cooption: { approvedOn: '2021-09-01' } }),
        ],
      },
      want: [{ refs: COMMITTEE_REF }],
    },
    {
      name: 'a member who left before asOf is not active',
      parts: {
        terms: [
          ...members('m', 9, 2019, 2023),
          term('gone', 2019, 2023, { endedOn: '2022-01-10', endReason: 'resigned' }),
        ],
      },
      want: [{ refs: COMMITTEE_REF }],
    },
    {
      name: 'on the boundary the outgoing cohort is no longer active',
      parts: { terms: [...members('m', 9, 2019, 2023), ...members('o', 10, 2017, 2021)] },
      asOf: '2021-08-26',
      want: [{ refs: COMMITTEE_REF }],
    },
    { name: 'a section with 10 elected members', parts: { terms: members('m', 10, 2019, 2023) }, want: [] },
    {
      name: 'a casual-vacancy member fills an elected seat',
      parts: { terms: [...members('m', 9, 2019, 2023), term('cas', '2020-01-10', 2023, { kind: 'casual' })] },
      want: [],
    },
    {
      name: 'the day before the boundary the outgoing cohort still counts',
      parts: { terms: [...members('m', 9, 2019, 2023), ...members('o', 10, 2017, 2021)] },
      asOf: '2021-08-25',
      want: [],
    },
    {
      name: 'a minElectedSeats override of 5',
      parts: { committees: committee({ params: { minElectedSeats: 5 } }), terms: members('m', 5, 2019, 2023) },
      want: [],
    },
    { name: 'a division is not checked', parts: { committees: committee({ kind: 'division' }) }, want: [] },
    { name: 'a SIG is not checked', parts: { committees: committee({ kind: 'sig' }) }, want: [] },
    { name: 'an "other" committee is not checked', parts: { committees: committee({ kind: 'other' }) }, want: [] },
  ];
  it.each(cases)('$name', ({ parts, asOf, want }) => {
    const found = findingsOf('seats.elected.min', parts, asOf ?? AS_OF);
    expect(found).toMatchObject(
      want.map((w) => ({ severity: 'warning', rule: 'R-01', committeeId: 'it', refs: w.refs })),
    );
    for (const f of found) expect(f.personId).toBeUndefined();
  });
});

describe('member.inactive (R-23): recorded absent at each of the last N meetings they were expected at', () => {
  const AS_OF = '2022-06-01';
  type Status = 'present' | 'apologies' | 'absent' | undefined;
  /** Meetings of `it` on the given dates, with p's attendance (undefined: no entry for p). */
  const meetings = (rows: [id: string, date: string, status: Status][]) =>
    rows.map(([id, date, status]) => ({
      id,
      committeeId: 'it',
      date,
      attendance: [{ personId: 'q', status: 'present' }, ...(status ? [{ personId: 'p', status }] : [])],
    }));
  const pElected = term('p', 2019, 2023, { id: 'tp' });
  const q = term('q', 2019, 2023, { id: 'tq' });
  const cases: Case[] = [
    {
      name: 'absent at each of the last 2 meetings',
      parts: {
        terms: [pElected, q],
        meetings: meetings([
          ['m0', '2021-04-01', 'present'],
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [{ personId: 'p', refs: ['meetings/m1', 'meetings/m2', 'terms/tp'] }],
    },
    {
      name: 'meetings after asOf are not yet held',
      parts: {
        terms: [pElected, q],
        meetings: meetings([
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
          ['m3', '2022-09-01', 'present'],
        ]),
      },
      want: [{ personId: 'p', refs: ['meetings/m1', 'meetings/m2', 'terms/tp'] }],
    },
    {
      name: 'an approved co-optee is a member too',
      parts: {
        terms: [
          term('p', '2021-09-01', 2023, { id: 'tp', kind: 'coopted', cooption: { approvedOn: '2021-09-01' } }),
          q,
        ],
        meetings: meetings([
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [{ personId: 'p', refs: ['meetings/m1', 'meetings/m2', 'terms/tp'] }],
    },
    {
      name: 'a casual-vacancy member is a member too',
      parts: {
        terms: [term('p', '2020-01-10', 2023, { id: 'tp', kind: 'casual' }), q],
        meetings: meetings([
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [{ personId: 'p', refs: ['meetings/m1', 'meetings/m2', 'terms/tp'] }],
    },
    {
      name: 'an inactivityMissedMeetings override of 3: absent at 3',
      parts: {
        committees: committee({ params: { inactivityMissedMeetings: 3 } }),
        terms: [pElected, q],
        meetings: meetings([
          ['m0', '2021-04-01', 'absent'],
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [{ personId: 'p', refs: ['meetings/m0', 'meetings/m1', 'meetings/m2', 'terms/tp'] }],
    },
    {
      name: 'apologies at the last meeting are not an absence',
      parts: {
        terms: [pElected, q],
        meetings: meetings([
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'apologies'],
        ]),
      },
      want: [],
    },
    {
      name: 'no attendance entry at the last meeting counts as not absent',
      parts: {
        terms: [pElected, q],
        meetings: meetings([
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', undefined],
        ]),
      },
      want: [],
    },
    {
      name: 'present at the last meeting after earlier absences',
      parts: {
        terms: [pElected, q],
        meetings: meetings([
          ['m0', '2021-04-01', 'absent'],
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'present'],
        ]),
      },
      want: [],
    },
    {
      name: 'an inactivityMissedMeetings override of 3: absent at only the last 2',
      parts: {
        committees: committee({ params: { inactivityMissedMeetings: 3 } }),
        terms: [pElected, q],
        meetings: meetings([
          ['m0', '2021-04-01', 'present'],
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [],
    },
    {
      name: 'a meeting held before their term started was not expected of them',
      parts: {
        terms: [term('p', 2021, 2025, { id: 'tp' }), q],
        meetings: meetings([
          ['m1', '2021-04-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [],
    },
    {
      name: 'no longer active on asOf',
      parts: {
        terms: [term('p', 2019, 2023, { id: 'tp', endedOn: '2022-04-01', endReason: 'resigned' }), q],
        meetings: meetings([
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [],
    },
    {
      name: 'a proposed co-optee is not a member',
      parts: {
        terms: [
          term('p', '2021-09-01', 2023, { id: 'tp', kind: 'coopted', cooption: { proposedOn: '2021-08-01' } }),
          q,
        ],
        meetings: meetings([
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [],
    },
    {
      name: 'a corresponding member is not checked',
      parts: {
        terms: [term('p', '2021-01-10', '2023-01-10', { id: 'tp', kind: 'corresponding' }), q],
        meetings: meetings([
          ['m1', '2021-10-01', 'absent'],
          ['m2', '2022-03-01', 'absent'],
        ]),
      },
      want: [],
    },
    {
      name: "another committee's meeting does not count",
      parts: {
        committees: [...committee(), { id: 'rare', name: 'Rare Books Section' }],
        terms: [pElected, q],
        meetings: [
          ...meetings([
            ['m1', '2021-10-01', 'absent'],
            ['m2', '2022-03-01', 'present'],
          ]),
          { id: 'r1', committeeId: 'rare', date: '2022-04-01', attendance: [{ personId: 'p', status: 'absent' }] },
        ],
      },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    expect(findingsOf('member.inactive', parts, AS_OF)).toMatchObject(
      want.map((w) => ({ severity: 'warning', rule: 'R-23', committeeId: 'it', refs: w.refs, personId: w.personId })),
    );
  });
});

describe('diversity.regions-missing (R-45): IFLA regions with no active member, when someone is active', () => {
  const AS_OF = '2022-06-01';
  const FIVE = ['AsiaOceania', 'Europe', 'LatinAmericaCaribbean', 'MiddleEastNorthAfrica', 'NorthAmerica'];
  const fiveRegions = {
    people: FIVE.map((region, i) => ({ id: `r${i}`, name: `Member ${i}`, region })),
    terms: FIVE.map((_, i) => term(`r${i}`, 2019, 2023, { id: `t-r${i}` })),
  };
  /** The five regions plus a sixth member described by `person`, on a term of `kind`. */
  const plusOne = (person: Record<string, unknown>, termExtra: Record<string, unknown> = {}): Parts => ({
    people: [...fiveRegions.people, { id: 'six', name: 'Sixth', ...person }],
    terms: [...fiveRegions.terms, term('six', 2019, 2023, { id: 't-six', ...termExtra })],
  });
  const cases: Case[] = [
    { name: 'five of six regions present', parts: fiveRegions, want: [{ refs: COMMITTEE_REF }] },
    {
      name: 'a member with neither region nor country adds no region',
      parts: plusOne({}),
      want: [{ refs: COMMITTEE_REF }],
    },
    {
      name: 'a member whose term ended before asOf does not count',
      parts: plusOne({ region: 'SubSaharanAfrica' }, { endedOn: '2022-01-10', endReason: 'resigned' }),
      want: [{ refs: COMMITTEE_REF }],
    },
    {
      name: 'a proposed co-optee does not fill a region',
      parts: plusOne(
        { region: 'SubSaharanAfrica' },
        { kind: 'coopted', start: '2021-09-01', cooption: { proposedOn: '2021-08-01' } },
      ),
      want: [{ refs: COMMITTEE_REF }],
    },
    { name: 'all six regions present', parts: plusOne({ region: 'SubSaharanAfrica' }), want: [] },
    { name: 'the region derived from the country (KE) fills it', parts: plusOne({ country: 'KE' }), want: [] },
    {
      name: 'an approved co-optee fills a region',
      parts: plusOne(
        { country: 'NG' },
        { kind: 'coopted', start: '2021-09-01', cooption: { approvedOn: '2021-09-01' } },
      ),
      want: [],
    },
    {
      name: 'an explicit region wins over the country',
      parts: {
        people: [
          ...fiveRegions.people.map((p) => (p.region === 'NorthAmerica' ? { ...p, region: 'SubSaharanAfrica' } : p)),
          { id: 'six', name: 'Sixth', country: 'US' },
        ],
        terms: [...fiveRegions.terms, term('six', 2019, 2023, { id: 't-six' })],
      },
      want: [],
    },
    { name: 'a committee with no terms', parts: {}, want: [] },
    { name: 'a committee whose members all left before asOf', parts: { terms: members('m', 3, 2015, 2019) }, want: [] },
    {
      name: 'a committee whose only active person is a proposed co-optee',
      parts: { terms: [term('c', '2021-09-01', 2023, { kind: 'coopted', cooption: { proposedOn: '2021-08-01' } })] },
      want: [],
    },
  ];
  it.each(cases)('$name', ({ parts, want }) => {
    const found = findingsOf('diversity.regions-missing', parts, AS_OF);
    expect(found).toMatchObject(want.map((w) => ({ severity: 'info', rule: 'R-45', committeeId: 'it', refs: w.refs })));
    for (const f of found) expect(f.personId).toBeUndefined();
  });
});

describe('the check report', () => {
  const STATE_CODES = new Set([
    'seats.elected.min',
    'member.inactive',
    'diversity.regions-missing',
    'nomination.no-consent',
  ]);

  it('sorts findings by severity (error, warning, info), then code, then refs', () => {
    const parts: Parts = {
      // Listed out of order on purpose: term.dates on "zz" before "aa", the info-producing member first.
      terms: [
        term('x', '2022-01-10', '2022-01-01', { id: 'zz', kind: 'casual' }),
        term('y', '2022-01-10', '2022-01-01', { id: 'aa', kind: 'casual' }),
        term('w', '2022-01-10', 2025, { id: 'len' }),
      ],
      elections: [{ id: 'odd', committeeId: 'it', kind: 'members', cycle: 2022, status: 'planned', candidates: [] }],
    };
    const report = checkWorkspace(buildWorkspace(parts), '2022-06-01');
    expect(report.findings.map((f) => [f.severity, f.code, f.refs.join(' ')])).toEqual([
      ['error', 'election.parity', 'elections/odd'],
      ['error', 'term.dates', 'terms/aa'],
      ['error', 'term.dates', 'terms/zz'],
      ['warning', 'seats.elected.min', 'committees/it'],
      ['warning', 'term.length', 'terms/len'],
      ['info', 'diversity.regions-missing', 'committees/it'],
    ]);
    expect(report.counts).toEqual({ error: 3, warning: 2, info: 1 });
  });

  it('asOf changes only the state checks; every other code is checked over the whole file', () => {
    const parts: Parts = {
      terms: [
        ...members('m', 10, 2021, 2025),
        // A 3rd consecutive term planned far in the future: term.limit whatever asOf is.
        term('p', 2025, 2029, { id: 'p1' }),
        term('p', 2029, 2033, { id: 'p2' }),
        term('p', 2033, '2037-08-31', { id: 'p3' }),
      ],
      elections: [
        {
          id: 'e',
          committeeId: 'it',
          kind: 'members',
          cycle: 2023,
          status: 'nominations',
          nominationsClose: '2023-03-31',
          candidates: [{ personId: 'm01' }],
        },
        { id: 'even', committeeId: 'it', kind: 'members', cycle: 2024, status: 'planned', candidates: [] },
      ],
      meetings: [
        { id: 'k1', committeeId: 'it', date: '2022-03-01', attendance: [{ personId: 'm02', status: 'absent' }] },
        { id: 'k2', committeeId: 'it', date: '2022-09-01', attendance: [{ personId: 'm02', status: 'absent' }] },
      ],
    };
    const workspace = buildWorkspace(parts);
    const split = (findings: Finding[]) => ({
      whole: findings.filter((f) => !STATE_CODES.has(f.code)),
      state: findings.filter((f) => STATE_CODES.has(f.code)).map((f) => `${f.code} ${f.personId ?? ''}`.trim()),
    });
    const early = split(checkWorkspace(workspace, '2015-01-01').findings);
    const during = split(checkWorkspace(workspace, '2023-06-01').findings);
    const late = split(checkWorkspace(workspace, '2040-01-01').findings);

    expect(early.whole.map((f) => f.code)).toEqual(['election.parity', 'term.limit']);
    expect(during.whole).toEqual(early.whole);
    expect(late.whole).toEqual(early.whole);

    expect(early.state).toEqual(['seats.elected.min']);
    expect(during.state).toEqual(['member.inactive m02', 'nomination.no-consent m01', 'diversity.regions-missing']);
    expect(late.state).toEqual(['nomination.no-consent m01', 'seats.elected.min']);
  });
});
