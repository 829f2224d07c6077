import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../domain/dates';
import { TERM_KINDS, OFFICE_ROLES, REGIONS, RULE_SET_IDS } from '../domain/vocabulary';
import { BOUNDARY, buildWorkspace, term, type Parts } from '../testing/workspace-builder';
import type { Workspace } from '../workspace/schema';
import { buildChains, runReaching, type ChainLink, type ChainOptions } from './chain';
import { checkWorkspace } from './check-workspace';
import { createRulesContext } from './context';
import { planCycle } from './cycle-plan';

const RUNS = { numRuns: 250 };
type Loose = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Small random but valid workspaces: dates are BOUNDARY dates plus day offsets, so boundaries,
// near-boundaries and arbitrary days all occur.

const START_YEARS = [2013, 2015, 2017, 2019, 2021, 2023, 2025, 2027] as const;
const CYCLES = [2015, 2017, 2019, 2021, 2023, 2025, 2027, 2029] as const;

/** `arb` with weight `some`, else null with weight `none`. */
function rarely<T>(arb: fc.Arbitrary<T>, some: number, none: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: none, arbitrary: fc.constant(null) }, { weight: some, arbitrary: arb });
}

const offsetArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1, 5) },
  { weight: 3, arbitrary: fc.integer({ min: -300, max: 600 }) },
);
const dateArb = fc
  .tuple(fc.constantFrom(...START_YEARS), offsetArb)
  .map(([year, offset]) => addDays(BOUNDARY[year] as IsoDate, offset));

/** A period from `start`: to a later boundary (usual) or a number of days, optionally ended early. */
const periodArb = fc
  .record({
    year: fc.constantFrom(...START_YEARS),
    startOffset: offsetArb,
    span: fc.oneof(fc.constantFrom(2, 4), fc.integer({ min: 30, max: 1600 })),
    endOffset: fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: -20, max: 20 }) },
    ),
    early: rarely(fc.double({ min: 0, max: 1, noNaN: true }), 1, 3),
    // Now and then a record with bad dates (still valid input: reported as term.dates).
    broken: rarely(fc.constantFrom('end-before-start', 'ended-after-end'), 1, 20),
  })
  .map(({ year, startOffset, span, endOffset, early, broken }) => {
    const start = addDays(BOUNDARY[year] as IsoDate, startOffset);
    const end = span <= 4 ? addDays(BOUNDARY[year + span] as IsoDate, endOffset) : addDays(start, span);
    const period: Loose = { start, end };
    if (early !== null && end > start) {
      const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
      period.endedOn = addDays(start, Math.floor(early * days));
    }
    if (broken === null) return period;
    return broken === 'end-before-start'
      ? { start, end: addDays(start, -10) }
      : { start, end, endedOn: addDays(end, 3) };
  });

const cooptionArb = fc.record(
  {
    reason: fc.constantFrom('diversity', 'expertise', 'available-place', 'vacancy', 'other'),
    fillsVacancy: fc.boolean(),
    proposedOn: dateArb,
    approvedOn: dateArb,
  },
  { requiredKeys: [] },
);

const committeeArb = fc.record(
  {
    kind: fc.constantFrom('section', 'section', 'division', 'sig', 'other'),
    ruleSet: fc.constantFrom(...RULE_SET_IDS),
    params: fc.record(
      {
        maxElectedSeats: fc.integer({ min: 1, max: 4 }),
        minElectedSeats: fc.integer({ min: 0, max: 4 }),
        maxCoopted: fc.integer({ min: 0, max: 3 }),
        maxCorrespondingMembers: fc.integer({ min: 0, max: 2 }),
        maxConsecutiveElectedTerms: fc.integer({ min: 1, max: 3 }),
        reEligibilityGapCycles: fc.integer({ min: 1, max: 2 }),
        inactivityMissedMeetings: fc.integer({ min: 1, max: 3 }),
      },
      { requiredKeys: [] },
    ),
    seatCohorts: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
  },
  { requiredKeys: ['kind'] },
);

const personArb = fc.record(
  {
    country: fc.constantFrom('FR', 'US', 'KE', 'BR', 'JP', 'EG', 'de'),
    region: fc.constantFrom(...REGIONS),
  },
  { requiredKeys: [] },
);

const indexArb = fc.nat(99);
const attendanceStatusArb = fc.constantFrom('present', 'apologies', 'absent', 'absent', 'absent');

const workspaceArb: fc.Arbitrary<Parts> = fc
  .record({
    committees: fc.array(committeeArb, { minLength: 1, maxLength: 3 }),
    people: fc.array(personArb, { minLength: 1, maxLength: 8 }),
    terms: fc.array(
      fc.record({
        person: indexArb,
        committee: indexArb,
        kind: fc.constantFrom(...TERM_KINDS, 'elected', 'elected', 'coopted'),
        period: periodArb,
        cooption: fc.option(cooptionArb, { freq: 5 }),
        endReason: fc.constantFrom('resigned', 'inactive', 'deceased', 'other'),
      }),
      { maxLength: 16 },
    ),
    offices: fc.array(
      fc.record({ person: indexArb, committee: indexArb, role: fc.constantFrom(...OFFICE_ROLES), period: periodArb }),
      { maxLength: 6 },
    ),
    elections: fc.array(
      fc.record({
        committee: indexArb,
        kind: fc.constantFrom('members', 'members', 'officer'),
        role: fc.constantFrom(...OFFICE_ROLES),
        cycle: fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(...CYCLES) },
          { weight: 1, arbitrary: fc.constant(2020) },
        ),
        vacancies: fc.option(fc.integer({ min: 0, max: 5 })),
        status: fc.constantFrom('planned', 'nominations', 'ballot', 'final'),
        nominationsClose: fc.option(dateArb),
        candidates: fc.uniqueArray(
          fc.record({
            person: fc.nat(7),
            consent: fc.option(fc.boolean()),
            votes: fc.option(fc.integer({ min: 0, max: 6 })),
            outcome: fc.option(fc.constantFrom('elected', 'not-elected', 'withdrawn')),
          }),
          { selector: (c) => c.person, maxLength: 6 },
        ),
        tieBreak: rarely(fc.uniqueArray(fc.nat(7), { maxLength: 2 }), 1, 4),
        voters: fc.uniqueArray(fc.nat(7), { maxLength: 5 }),
      }),
      { maxLength: 4 },
    ),
    meetings: fc.array(
      fc.record({
        committee: indexArb,
        date: dateArb,
        mode: fc.constantFrom('in-person', 'online', 'hybrid'),
        attendance: fc.uniqueArray(fc.record({ person: fc.nat(7), status: attendanceStatusArb }), {
          selector: (a) => a.person,
          maxLength: 8,
        }),
      }),
      { maxLength: 8 },
    ),
  })
  .map((raw): Parts => {
    const committeeIds = raw.committees.map((_, i) => `c${i}`);
    const personIds = raw.people.map((_, i) => `p${i}`);
    const c = (i: number) => committeeIds[i % committeeIds.length] as string;
    const p = (i: number) => personIds[i % personIds.length] as string;
    const uniq = (list: string[]) => [...new Set(list)];
    return {
      committees: raw.committees.map((k, i) => {
        const committee: Loose = { id: `c${i}`, name: `Committee ${i}`, kind: k.kind };
        if (k.ruleSet) committee.ruleSet = k.ruleSet;
        if (k.params && Object.keys(k.params).length > 0) committee.params = k.params;
        if (k.seatCohorts) {
          committee.seatCohorts = [
            { firstYear: 2017, seats: k.seatCohorts[0] },
            { firstYear: 2019, seats: k.seatCohorts[1] },
          ];
        }
        return committee;
      }),
      people: raw.people.map((x, i) => ({ id: `p${i}`, name: `Person ${i}`, ...x })),
      terms: raw.terms.map((t, i) => {
        const record: Loose = {
          id: `t${i}`,
          personId: p(t.person),
          committeeId: c(t.committee),
          kind: t.kind,
          ...t.period,
        };
        if (record.endedOn) record.endReason = t.endReason;
        if (t.kind === 'coopted' && t.cooption) record.cooption = t.cooption;
        return record;
      }),
      offices: raw.offices.map((o, i) => ({
        id: `o${i}`,
        personId: p(o.person),
        committeeId: c(o.committee),
        role: o.role,
        ...o.period,
      })),
      elections: raw.elections.map((e, i) => {
        const record: Loose = {
          id: `e${i}`,
          committeeId: c(e.committee),
          kind: e.kind,
          cycle: e.cycle,
          status: e.status,
          candidates: [],
        };
        if (e.nominationsClose) record.nominationsClose = e.nominationsClose;
        if (e.kind === 'officer') {
          record.role = e.role;
          record.voters = uniq(e.voters.map(p));
        } else {
          if (e.vacancies !== null) record.vacancies = e.vacancies;
          const seen = new Set<string>();
          record.candidates = e.candidates.flatMap((cand) => {
            const personId = p(cand.person);
            if (seen.has(personId)) return [];
            seen.add(personId);
            const out: Loose = { personId };
            if (cand.consent !== null) out.consent = cand.consent;
            if (cand.votes !== null) out.votes = cand.votes;
            if (cand.outcome !== null) out.outcome = cand.outcome;
            return [out];
          });
          if (e.tieBreak) record.tieBreak = { method: 'lot', on: BOUNDARY[2021], elected: uniq(e.tieBreak.map(p)) };
        }
        return record;
      }),
      meetings: raw.meetings.map((m, i) => {
        const seen = new Set<string>();
        return {
          id: `m${i}`,
          committeeId: c(m.committee),
          date: m.date,
          mode: m.mode,
          attendance: m.attendance.flatMap((a) => {
            const personId = p(a.person);
            if (seen.has(personId)) return [];
            seen.add(personId);
            return [{ personId, status: a.status }];
          }),
        };
      }),
      settings: { termBoundaries: { ...BOUNDARY } },
    };
  });

/** A random permutation of every record array the brief names (plus committees). */
function permutationArb(n: number): fc.Arbitrary<number[]> {
  const indices = Array.from({ length: n }, (_, i) => i);
  return fc.shuffledSubarray(indices, { minLength: n, maxLength: n });
}
const KEYS = ['committees', 'people', 'terms', 'offices', 'elections', 'meetings'] as const;

const shuffledPairArb = workspaceArb.chain((parts) =>
  fc.tuple(...KEYS.map((k) => permutationArb((parts[k] ?? []).length))).map((perms): [Parts, Parts] => {
    const shuffled: Parts = { ...parts };
    KEYS.forEach((k, i) => {
      const list = parts[k] ?? [];
      shuffled[k] = (perms[i] as number[]).map((j) => list[j] as Loose);
    });
    return [parts, shuffled];
  }),
);

const AS_OF = ['2016-01-01', '2019-08-30', '2021-08-26', '2022-06-15', '2024-03-01', '2030-01-01'];

describe('order independence (a JSON file’s array order carries no meaning)', () => {
  it('(a) shuffling terms, offices, elections, meetings, people and committees never changes checkWorkspace findings', () => {
    fc.assert(
      fc.property(shuffledPairArb, fc.constantFrom(...AS_OF), ([original, shuffled], asOf) => {
        const a = checkWorkspace(buildWorkspace(original), asOf);
        const b = checkWorkspace(buildWorkspace(shuffled), asOf);
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('(b) shuffling never changes planCycle output, for every committee and cycle', () => {
    fc.assert(
      fc.property(shuffledPairArb, ([original, shuffled]) => {
        const a = buildWorkspace(original);
        const b = buildWorkspace(shuffled);
        for (const committee of a.committees) {
          for (const cycle of CYCLES) {
            expect(planCycle(b, committee.id, cycle)).toEqual(planCycle(a, committee.id, cycle));
          }
        }
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// buildChains on bare records.

type Rec = { id: string; start: IsoDate; counts: number; breaksOn: IsoDate };
const recOptions: ChainOptions<Rec> = { counts: (r) => r.counts, breaksOn: (r) => r.breaksOn };
const BASE = '2015-01-01';

const recordsArb = fc
  .array(
    fc.record({
      start: fc.integer({ min: 0, max: 4000 }),
      length: fc.integer({ min: -30, max: 2000 }),
      counts: fc.constantFrom(0, 1, 1, 2),
    }),
    { maxLength: 12 },
  )
  .map((list) =>
    list.map((r, i): Rec => ({
      id: `r${String(i).padStart(2, '0')}`,
      start: addDays(BASE, r.start),
      counts: r.counts,
      breaksOn: addDays(BASE, r.start + r.length),
    })),
  );

describe('(c) buildChains: runs of consecutive records (R-09)', () => {
  it('numbers are non-decreasing within a run and equal the running sum of counts', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        for (const run of buildChains(records, recOptions)) {
          let sum = 0;
          run.forEach((link, i) => {
            sum += link.counts;
            expect(link.number).toBe(sum);
            if (i > 0) expect(link.number).toBeGreaterThanOrEqual((run[i - 1] as ChainLink<Rec>).number);
          });
        }
      }),
      RUNS,
    );
  });

  it('a run ends exactly where a record starts on or after the run’s break day', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const runs = buildChains(records, recOptions);
        runs.forEach((run, r) => {
          let breakDay = '';
          run.forEach((link, i) => {
            // Inside a run every record starts before the latest break day so far.
            if (i > 0) expect(link.record.start < breakDay).toBe(true);
            if (link.breaksOn > breakDay) breakDay = link.breaksOn;
          });
          const next = runs[r + 1];
          if (next) expect((next[0] as ChainLink<Rec>).record.start >= breakDay).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('every record appears exactly once, in order of start then id', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const flat = buildChains(records, recOptions)
          .flat()
          .map((l) => l.record);
        const sorted = [...records].sort((a, b) =>
          a.start === b.start ? (a.id < b.id ? -1 : 1) : a.start < b.start ? -1 : 1,
        );
        expect(flat).toEqual(sorted);
      }),
      RUNS,
    );
  });

  it('input order does not matter', () => {
    fc.assert(
      fc.property(
        recordsArb.chain((records) =>
          fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
        ),
        ([records, shuffled]) => {
          expect(buildChains(shuffled, recOptions)).toEqual(buildChains(records, recOptions));
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// (d) 0-count terms add nothing to a chain.

const zeroTermArb = fc.record({
  person: indexArb,
  committee: indexArb,
  kind: fc.constantFrom('ex-officio', 'coopted'),
  period: periodArb,
  approved: fc.boolean(),
});

type Numbers = Map<string, { number: number; run: number }>;

function chainNumbers(ws: Workspace): Numbers {
  const ctx = createRulesContext(ws);
  const out: Numbers = new Map();
  let runIndex = 0;
  for (const c of ws.committees) {
    for (const p of ws.people) {
      for (const run of ctx.termChains(c.id, p.id)) {
        runIndex += 1;
        for (const link of run) out.set(link.record.id, { number: link.number, run: runIndex });
      }
    }
  }
  return out;
}

describe('(d) adding a 0-count term (ex officio, or a co-option with fillsVacancy) never adds to any count', () => {
  const withZeroTerm = fc.tuple(workspaceArb, zeroTermArb).map(([parts, z]) => {
    const people = parts.people ?? [];
    const committees = parts.committees ?? [];
    const extra: Loose = {
      id: 'zero',
      personId: (people[z.person % people.length] as Loose).id,
      committeeId: (committees[z.committee % committees.length] as Loose).id,
      kind: z.kind,
      ...z.period,
    };
    if (z.kind === 'coopted') {
      extra.cooption = { reason: 'vacancy', fillsVacancy: true, ...(z.approved ? { approvedOn: z.period.start } : {}) };
    }
    return [parts, { ...parts, terms: [...(parts.terms ?? []), extra] }] as const;
  });

  it('no term’s number grows unless the new term links runs that were apart, and then only by those runs’ counts', () => {
    fc.assert(
      fc.property(withZeroTerm, ([before, after]) => {
        const old = chainNumbers(buildWorkspace(before));
        const now = chainNumbers(buildWorkspace(after));
        // Total of each old run (its last number), to credit runs the zero term joins ahead of a term.
        const runTotal = new Map<number, number>();
        const runFirstStart = new Map<number, string>();
        const wsBefore = buildWorkspace(before);
        const startOf = new Map(wsBefore.terms.map((t) => [t.id, t.start] as const));
        for (const [id, { number, run }] of old) {
          runTotal.set(run, Math.max(runTotal.get(run) ?? 0, number));
          const s = startOf.get(id) as string;
          if (!runFirstStart.has(run) || s < (runFirstStart.get(run) as string)) runFirstStart.set(run, s);
        }
        for (const [id, was] of old) {
          const is = now.get(id);
          expect(is).toBeDefined();
          // Old runs now in the same new run, wholly before this term's old run.
          const joinedAhead = new Set<number>();
          for (const [otherId, other] of old) {
            if (other.run !== was.run && now.get(otherId)?.run === is!.run) {
              if ((runFirstStart.get(other.run) as string) < (runFirstStart.get(was.run) as string))
                joinedAhead.add(other.run);
            }
          }
          const credit = [...joinedAhead].reduce((sum, run) => sum + (runTotal.get(run) ?? 0), 0);
          expect(is!.number).toBe(was.number + credit);
          if (joinedAhead.size === 0) expect(is!.number).toBeLessThanOrEqual(was.number);
        }
      }),
      RUNS,
    );
  });

  // Why the property above allows growth at all: by the contract 0-count terms keep a chain
  // unbroken, so one that spans a gap joins the runs on either side of it.
  it('example: an ex officio term over a sat-out cycle joins the chains around it (interchange-v1 §1)', () => {
    const apart = [term('a', 2013, 2017), term('a', 2017, 2021), term('a', 2023, 2027)];
    const bridge = term('a', 2021, 2023, { kind: 'ex-officio' });
    const numbers = (parts: Parts) =>
      createRulesContext(buildWorkspace(parts))
        .termChains('it', 'a')
        .map((run) => run.map((l) => l.number));
    expect(numbers({ terms: apart })).toEqual([[1, 2], [1]]);
    expect(numbers({ terms: [...apart, bridge] })).toEqual([[1, 2, 2, 3]]);
  });

  it('the 0-count link carries the number of the link before it in its run (or 0)', () => {
    fc.assert(
      fc.property(withZeroTerm, ([, after]) => {
        const ws = buildWorkspace(after);
        const zero = ws.terms.find((t) => t.id === 'zero')!;
        const runs = createRulesContext(ws).termChains(zero.committeeId, zero.personId);
        const run = runs.find((r) => r.some((l) => l.record.id === 'zero'))!;
        const i = run.findIndex((l) => l.record.id === 'zero');
        expect(run[i]!.counts).toBe(0);
        expect(run[i]!.number).toBe(i === 0 ? 0 : run[i - 1]!.number);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Examples.

const rec = (id: string, start: IsoDate, breaksOn: IsoDate, counts = 1): Rec => ({ id, start, breaksOn, counts });

describe('buildChains examples', () => {
  it('three back-to-back terms are one run numbered 1, 2, 3', () => {
    const runs = buildChains(
      [
        rec('c', '2021-08-26', '2027-08-27'),
        rec('a', '2013-08-23', '2019-08-30'),
        rec('b', '2017-08-25', '2023-08-25'),
      ],
      recOptions,
    );
    expect(runs.map((r) => r.map((l) => [l.record.id, l.number]))).toEqual([
      [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ],
    ]);
  });

  it('a start on the break day itself starts a new run; the day before continues', () => {
    const apart = buildChains([rec('a', '2013-08-23', '2019-08-30'), rec('b', '2019-08-30', '2025-08-22')], recOptions);
    const joined = buildChains(
      [rec('a', '2013-08-23', '2019-08-30'), rec('b', '2019-08-29', '2025-08-22')],
      recOptions,
    );
    expect(apart.map((r) => r.length)).toEqual([1, 1]);
    expect(joined.map((r) => r.length)).toEqual([2]);
  });

  it('a record joins if it starts before the break day of any earlier record in the run, not just the last', () => {
    const runs = buildChains(
      [
        rec('long', '2013-01-01', '2030-01-01'),
        rec('short', '2014-01-01', '2015-01-01'),
        rec('late', '2025-01-01', '2026-01-01'),
      ],
      recOptions,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]!.map((l) => l.number)).toEqual([1, 2, 3]);
  });

  it('a 0-count link keeps the run unbroken without adding to it', () => {
    const runs = buildChains(
      [
        rec('a', '2013-08-23', '2019-08-30'),
        rec('x', '2018-01-01', '2023-08-25', 0),
        rec('b', '2021-08-26', '2027-08-27'),
      ],
      recOptions,
    );
    expect(runs.map((r) => r.map((l) => l.number))).toEqual([[1, 1, 2]]);
  });

  it('equal starts are ordered by id', () => {
    const runs = buildChains(
      [rec('b', '2021-08-26', '2027-08-27'), rec('a', '2021-08-26', '2027-08-27', 0)],
      recOptions,
    );
    expect(runs[0]!.map((l) => l.record.id)).toEqual(['a', 'b']);
  });

  it('no records, no runs', () => {
    expect(buildChains([], recOptions)).toEqual([]);
  });
});

describe('runReaching examples', () => {
  const history = [rec('a', '2013-08-23', '2019-08-30'), rec('b', '2017-08-25', '2023-08-25')];
  const reaching = (records: Rec[], start: IsoDate) => runReaching(buildChains(records, recOptions), start);

  it('a new record before the break day continues the run and carries its count', () => {
    const reach = reaching(history, '2021-08-26');
    expect(reach.count).toBe(2);
    expect(reach.links.map((l) => l.record.id)).toEqual(['a', 'b']);
  });

  it('a new record on or after every break day starts fresh', () => {
    expect(reaching(history, '2023-08-25')).toEqual({ links: [], count: 0 });
    expect(reaching(history, '2025-08-22')).toEqual({ links: [], count: 0 });
  });

  it('only records that start before the new one are considered', () => {
    const reach = reaching([...history, rec('c', '2021-08-26', '2027-08-27')], '2021-08-26');
    expect(reach.count).toBe(2);
    expect(reach.links.map((l) => l.record.id)).toEqual(['a', 'b']);
    expect(reaching(history, '2013-08-23')).toEqual({ links: [], count: 0 });
  });

  it('a record between two runs reaches the earlier run only if it starts before that run’s break day', () => {
    const twoRuns = [rec('old', '2005-01-01', '2011-01-01'), rec('new', '2015-01-01', '2019-01-01')];
    expect(reaching(twoRuns, '2010-06-01').links.map((l) => l.record.id)).toEqual(['old']);
    expect(reaching(twoRuns, '2012-01-01')).toEqual({ links: [], count: 0 });
    expect(reaching(twoRuns, '2018-01-01').links.map((l) => l.record.id)).toEqual(['new']);
  });

  it('agrees with building the chains of the earlier records alone (property)', () => {
    fc.assert(
      fc.property(recordsArb, fc.integer({ min: 0, max: 4500 }), (records, day) => {
        const start = addDays(BASE, day);
        const earlier = buildChains(
          records.filter((r) => r.start < start),
          recOptions,
        );
        const last = earlier.at(-1);
        const expected =
          last && last.some((l) => start < l.breaksOn)
            ? { links: last, count: last.at(-1)!.number }
            : { links: [], count: 0 };
        expect(reaching(records, start)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('on a real chain: after 2013–2017 and 2017–2021 a term from the 2021 boundary would be the 3rd', () => {
    const ws = buildWorkspace({ terms: [term('a', 2013, 2017), term('a', 2017, 2021)] });
    expect(createRulesContext(ws).prospectiveTermRun('it', 'a', BOUNDARY[2021] as IsoDate).count).toBe(2);
    expect(createRulesContext(ws).prospectiveTermRun('it', 'a', BOUNDARY[2023] as IsoDate).count).toBe(0);
  });
});
