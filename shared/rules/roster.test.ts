import { describe, expect, it } from 'vitest';
import { buildWorkspace, office, term } from '../testing/workspace-builder';
import type { Workspace } from '../workspace/schema';
import { expiring, roster, type Roster } from './roster';
import { exampleWorkspace } from '../testing/fixtures';

const entry = (r: Roster, personId: string) => r.members.find((m) => m.personId === personId);
const ids = (r: Roster) => r.members.map((m) => m.personId).sort();
const ofMax = (r: Roster, personId: string) => {
  const e = entry(r, personId);
  return e && `${e.termNumber} of ${e.maxTerms}`;
};

const example = (): Workspace => exampleWorkspace();

describe('roster: who is active on the date (active = start <= D < (endedOn ?? end))', () => {
  const ws = buildWorkspace({
    committees: [
      { id: 'it', name: 'IT' },
      { id: 'cat', name: 'Cataloguing' },
    ],
    people: [
      { id: 'starts', name: 'Starts Today' },
      { id: 'ended', name: 'Ended Today' },
      { id: 'early', name: 'Left Early' },
      { id: 'later', name: 'Not Yet' },
      { id: 'other', name: 'Other Committee' },
      { id: 'running', name: 'Running' },
    ],
    terms: [
      term('starts', '2022-03-01', 2025, { kind: 'casual' }),
      term('ended', 2019, '2022-03-01', { kind: 'casual' }),
      term('early', 2021, 2025, { endedOn: '2022-01-31', endReason: 'resigned' }),
      term('later', 2023, 2027),
      term('other', 2021, 2025, { committeeId: 'cat' }),
      term('running', 2021, 2025),
    ],
  });
  const r = roster(ws, 'it', '2022-03-01');

  it('lists a term starting on the date and one running through it', () => {
    expect(ids(r)).toEqual(['running', 'starts']);
  });

  it.each([
    ['ended', 'a term whose end is the date'],
    ['early', 'a term that ended early (endedOn) before the date'],
    ['later', 'a term that has not started'],
    ['other', 'a term on another committee'],
  ])('leaves out %s: %s', (personId) => {
    expect(entry(r, personId)).toBeUndefined();
  });

  it('reports the roster’s committee and date', () => {
    expect(r).toMatchObject({ committeeId: 'it', asOf: '2022-03-01' });
  });

  it('gives each entry its term id, kind and dates', () => {
    const t = ws.terms.find((x) => x.personId === 'starts')!;
    expect(entry(r, 'starts')).toMatchObject({
      termId: t.id,
      kind: 'casual',
      start: '2022-03-01',
      end: t.end,
      name: 'Starts Today',
    });
  });
});

describe('roster: proposed co-options are plans, not members (interchange-v1 §1)', () => {
  const ws = buildWorkspace({
    terms: [
      term('proposed', '2021-10-01', 2023, {
        kind: 'coopted',
        cooption: { reason: 'diversity', proposedOn: '2021-09-20' },
      }),
      term('approved', '2021-10-01', 2023, {
        kind: 'coopted',
        cooption: { reason: 'diversity', proposedOn: '2021-09-20', approvedOn: '2021-09-28' },
      }),
    ],
  });

  it('leaves out a co-option with no approvedOn and keeps an approved one', () => {
    expect(ids(roster(ws, 'it', '2022-01-01'))).toEqual(['approved']);
  });
});

describe('roster: term number in the current consecutive chain (R-08, R-09)', () => {
  const ws = buildWorkspace({
    committees: [
      { id: 'it', name: 'IT' },
      { id: 'three', name: 'Three terms', params: { maxConsecutiveElectedTerms: 3 } },
    ],
    terms: [
      term('second', 2017, 2021),
      term('second', 2021, 2025),
      term('first', 2021, 2025),
      // Sat out 2017–2019: the chain starts again.
      term('returned', 2013, 2017),
      term('returned', 2019, 2023),
      term('exOfficio', 2019, 2021, { kind: 'ex-officio' }),
      term('exOfficio', 2021, 2023, { kind: 'ex-officio' }),
      term('startCoopt', '2021-10-01', 2023, {
        kind: 'coopted',
        cooption: { reason: 'diversity', approvedOn: '2021-09-20' },
      }),
      term('corr', '2018-09-01', '2020-09-01', { kind: 'corresponding' }),
      term('corr', '2020-09-01', '2022-09-01', { kind: 'corresponding' }),
      term('three', 2017, 2021, { committeeId: 'three' }),
      term('three', 2021, 2025, { committeeId: 'three' }),
    ],
  });
  const r = roster(ws, 'it', '2022-01-15');

  it.each([
    ['second', '2 of 2'],
    ['first', '1 of 2'],
    ['returned', '1 of 2'],
    ['startCoopt', '1 of 2'],
  ])('%s is in term %s', (personId, expected) => {
    expect(ofMax(r, personId)).toBe(expected);
  });

  it('a 0-count ex officio term carries the chain’s number without adding to it', () => {
    expect(entry(r, 'exOfficio')).toMatchObject({ termNumber: 0, counts: false });
  });

  it('a counting term is flagged as counting', () => {
    expect(entry(r, 'second')?.counts).toBe(true);
  });

  it('corresponding terms have their own counter and maximum (R-31)', () => {
    expect(ofMax(r, 'corr')).toBe('2 of 2');
  });

  it('a committee override of maxConsecutiveElectedTerms shows in the maximum', () => {
    expect(ofMax(roster(ws, 'three', '2022-01-15'), 'three')).toBe('2 of 3');
  });

  it('a mid-term co-option is shown as not counting, and the elected term that follows is the 1st', () => {
    const withElection = buildWorkspace({
      terms: [
        term('q', '2022-03-01', 2023, { kind: 'coopted', cooption: { fillsVacancy: true, approvedOn: '2022-02-20' } }),
        term('q', 2023, 2027),
      ],
    });
    expect(entry(roster(withElection, 'it', '2022-06-01'), 'q')).toMatchObject({ termNumber: 0, counts: false });
    expect(ofMax(roster(withElection, 'it', '2024-01-01'), 'q')).toBe('1 of 2');
  });

  it('on the example file (2021-03-15) M01 is in term 1 of 2 and M09 in term 2 of 2', () => {
    const seed = roster(example(), 'it', '2021-03-15');
    expect(ofMax(seed, 'p01')).toBe('1 of 2');
    expect(ofMax(seed, 'p09')).toBe('2 of 2');
    expect(ofMax(seed, 'p13')).toBe('1 of 2');
  });
});

describe('roster: offices and regions', () => {
  const ws = buildWorkspace({
    people: [
      { id: 'ke', name: 'Kenya', country: 'KE' },
      { id: 'lower', name: 'Lower-case country', country: 'br' },
      { id: 'explicit', name: 'Explicit region', country: 'FR', region: 'NorthAmerica' },
      { id: 'none', name: 'No country' },
    ],
    terms: [term('ke', 2019, 2023), term('lower', 2019, 2023), term('explicit', 2019, 2023), term('none', 2019, 2023)],
    offices: [
      office('ke', 'chair', 2019, 2021),
      office('ke', 'information-coordinator', '2020-01-01', '2020-06-01'),
      office('ke', 'secretary', 2017, 2019),
      office('none', 'secretary', 2019, 2021, { endedOn: '2020-02-01' }),
    ],
  });
  const r = roster(ws, 'it', '2020-03-01');

  it('lists the offices the member holds on the date, with their dates', () => {
    const chair = ws.offices.find((o) => o.personId === 'ke' && o.role === 'chair')!;
    const before = roster(ws, 'it', '2019-12-01');
    expect(entry(before, 'ke')?.offices).toEqual([
      { id: chair.id, role: 'chair', start: '2019-08-30', end: '2021-08-26' },
    ]);
  });

  it('an office that ended early (endedOn) is no longer listed', () => {
    expect(entry(r, 'none')?.offices).toEqual([]);
  });

  it('lists two offices held at once', () => {
    expect(
      entry(r, 'ke')
        ?.offices.map((o) => o.role)
        .sort(),
    ).toEqual(['chair', 'information-coordinator']);
  });

  it.each([
    ['ke', 'SubSaharanAfrica'],
    ['lower', 'LatinAmericaCaribbean'],
    ['explicit', 'NorthAmerica'],
  ] as const)('%s: region %s (derived from country when absent, R-46)', (personId, region) => {
    expect(entry(r, personId)?.region).toBe(region);
  });

  it('a person with neither country nor region has no region', () => {
    expect(entry(r, 'none')?.region).toBeUndefined();
  });
});

describe('expiring: terms and offices ending within N months, soonest first', () => {
  const asOf = '2021-03-15';
  const ws = buildWorkspace({
    committees: [
      { id: 'it', name: 'IT' },
      { id: 'cat', name: 'Cataloguing' },
    ],
    terms: [
      term('today', 2017, asOf, { kind: 'casual' }),
      term('lastDay', 2019, '2022-03-15', { kind: 'casual' }),
      term('dayAfter', 2019, '2022-03-16', { kind: 'casual' }),
      term('past', 2017, '2021-03-14', { kind: 'casual' }),
      term('boundary', 2017, 2021),
      // Planned to run to 2023 but ended early inside the window: its endedOn counts.
      term('resigns', 2019, 2023, { endedOn: '2021-06-30', endReason: 'resigned' }),
      // Planned end inside the window, but it already ended before asOf.
      term('gone', 2017, 2021, { endedOn: '2021-01-10', endReason: 'resigned' }),
      term('proposal', '2021-01-01', '2021-12-31', { kind: 'coopted', cooption: { proposedOn: '2020-12-01' } }),
      term('cat', 2017, 2021, { committeeId: 'cat' }),
    ],
    offices: [
      office('boundary', 'chair', 2019, 2021),
      office('resigns', 'secretary', 2019, 2021, { endedOn: '2021-05-01' }),
    ],
  });
  const report = expiring(ws, asOf, 12);
  const termIds = (personId: string) => ws.terms.filter((t) => t.personId === personId).map((t) => t.id);
  const listed = report.items.map((i) => i.id);

  it('the window runs from asOf to asOf + N months, both days included', () => {
    expect(report.until).toBe('2022-03-15');
    expect(listed).toEqual(expect.arrayContaining([...termIds('today'), ...termIds('lastDay')]));
  });

  it.each([
    ['dayAfter', 'ends the day after the window'],
    ['past', 'ended the day before asOf'],
    ['gone', 'ended early (endedOn) before asOf, though its planned end is in the window'],
    ['proposal', 'is a proposed co-option'],
  ])('leaves out %s, which %s', (personId) => {
    for (const id of termIds(personId)) expect(listed).not.toContain(id);
  });

  it('uses endedOn for a term that ended early', () => {
    const item = report.items.find((i) => i.personId === 'resigns' && i.type === 'term');
    expect(item).toMatchObject({ end: '2023-08-25', endsOn: '2021-06-30' });
  });

  it('includes offices, with their role and endedOn', () => {
    const offices = report.items.filter((i) => i.type === 'office');
    expect(offices.map((o) => [o.personId, o.role, o.endsOn])).toEqual([
      ['resigns', 'secretary', '2021-05-01'],
      ['boundary', 'chair', '2021-08-26'],
    ]);
  });

  it('lists soonest first', () => {
    const ends = report.items.map((i) => i.endsOn);
    expect(ends).toEqual([...ends].sort());
    expect(ends[0]).toBe(asOf);
    expect(ends.at(-1)).toBe('2022-03-15');
  });

  it('covers every committee unless one is asked for', () => {
    expect(report.items.some((i) => i.committeeId === 'cat')).toBe(true);
    const itOnly = expiring(ws, asOf, 12, 'it');
    expect(itOnly.items.length).toBeGreaterThan(0);
    expect(itOnly.items.every((i) => i.committeeId === 'it')).toBe(true);
  });

  it('a shorter window lists fewer items: 3 months reaches 2021-06-15', () => {
    const short = expiring(ws, asOf, 3);
    expect(short.until).toBe('2021-06-15');
    expect(short.items.map((i) => i.endsOn)).toEqual([asOf, '2021-05-01']);
  });

  it('a window ending past a short month clamps to its last day', () => {
    expect(expiring(ws, '2021-08-31', 6).until).toBe('2022-02-28');
  });

  it('on the example file the 2021 boundary terms and offices expire within 12 months of 2021-03-15', () => {
    const seed = expiring(example(), asOf, 12);
    const atBoundary = seed.items.filter((i) => i.endsOn === '2021-08-26');
    // 12 outgoing elected terms, the ex officio term and the four 2019–2021 offices.
    expect(atBoundary.filter((i) => i.type === 'term')).toHaveLength(13);
    expect(atBoundary.filter((i) => i.type === 'office')).toHaveLength(4);
    // The two corresponding terms end 2021-09-16 and 2022-01-20.
    expect(seed.items.filter((i) => i.kind === 'corresponding').map((i) => i.endsOn)).toEqual([
      '2021-09-16',
      '2022-01-20',
    ]);
  });
});
