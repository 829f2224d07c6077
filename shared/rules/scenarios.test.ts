/**
 * The rulebook's worked scenarios (ifla-rulebook.md §4), expressed through the public contract
 * (interchange-v1): finding codes of `check` and the fields of `plan`. Lines the contract has no
 * field or code for are named in a comment where they would be.
 */
import { describe, expect, it } from 'vitest';
import { BOUNDARY, buildWorkspace, members, office, term, type Parts } from '../testing/workspace-builder';
import { parseWorkspace } from '../workspace/parse';
import type { Workspace } from '../workspace/schema';
import { checkWorkspace } from './check-workspace';
import { planCycle } from './cycle-plan';
import type { Finding } from './findings';
import { roster } from './roster';
import { exampleText } from '../testing/fixtures';

type Loose = Record<string, unknown>;

const findingsOf = (ws: Workspace, asOf: string) => checkWorkspace(ws, asOf).findings;
const codesOf = (ws: Workspace, asOf: string) => findingsOf(ws, asOf).map((f) => f.code);
const withCode = (ws: Workspace, asOf: string, code: string) => findingsOf(ws, asOf).filter((f) => f.code === code);
const expectFinding = (ws: Workspace, asOf: string, expected: Partial<Finding>) =>
  expect(findingsOf(ws, asOf)).toContainEqual(expect.objectContaining(expected));
const expectNoCode = (ws: Workspace, asOf: string, ...codes: string[]) => {
  const found = codesOf(ws, asOf);
  for (const code of codes) expect(found).not.toContain(code);
};
const ids = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(2, '0')}`);

const EXAMPLE_RAW = JSON.parse(exampleText()) as Loose;

/** The example file, optionally edited first (a deep copy; the file itself is never touched). */
function example(edit: (raw: Loose & { terms: Loose[]; elections: Loose[] }) => void = () => {}): Workspace {
  const raw = structuredClone(EXAMPLE_RAW) as Loose & { terms: Loose[]; elections: Loose[] };
  edit(raw);
  const parsed = parseWorkspace(raw);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.workspace;
}
const membersElection = (raw: { elections: Loose[] }) =>
  raw.elections.find((e) => e.id === 'e-2021-members') as Loose & { candidates: Loose[] };

/** Builder version of the seed committee (§3 recommended reading): cohorts 12 + 8. */
const SEED_COMMITTEE = {
  id: 'it',
  name: 'IT Section',
  kind: 'section',
  seatCohorts: [
    { firstYear: 2017, seats: 12 },
    { firstYear: 2019, seats: 8 },
  ],
};
function seedTerms(continuing: number): Loose[] {
  return [
    ...members('M', 8, 2017, 2021),
    ...ids('M', 9, 12).flatMap((id) => [term(id, 2013, 2017), term(id, 2017, 2021)]),
    ...ids('M', 13, 12 + continuing).map((id) => term(id, 2019, 2023)),
  ];
}

// -----------------------------------------------------------------------------------------------

describe('S-01 Seed 2021 (recommended interpretation), on examples/it-section-2021.tenure.json', () => {
  const ws = example();
  const plan = planCycle(ws, 'it', 2021);

  it('plan 2021 runs under ifla2021 at the 2021-08-26 boundary', () => {
    expect(plan).toMatchObject({ committeeId: 'it', cycle: 2021, ruleSet: 'ifla2021', boundary: '2021-08-26' });
  });

  it('vacancies(2021) = 12: the seats of the 2017 cohort (R-05)', () => {
    expect(plan.vacancies).toBe(12);
  });

  it('the 12 computed places do not depend on the declared number', () => {
    const undeclared = example((raw) => delete membersElection(raw).vacancies);
    expect(planCycle(undeclared, 'it', 2021).vacancies).toBe(12);
  });

  it('M01–M08 (first term 2017–2021) are the 8 eligible incumbents (R-08, R-09)', () => {
    expect(plan.eligibleForRenomination).toEqual(ids('p', 1, 8));
  });

  it('M09–M12 (2013–2017 and 2017–2021) are the 4 term-limited members', () => {
    expect(plan.termLimited).toEqual(ids('p', 9, 12));
  });

  it('the 12 expiring members are exactly the eligible plus the term-limited', () => {
    expect(plan.expiring).toEqual(ids('p', 1, 12));
  });

  it('M13–M16 (2019–2023) are the 4 continuing members', () => {
    expect(plan.continuing).toEqual(ids('p', 13, 16));
  });

  it('S17–S20 of the 2019 cohort are 4 casual vacancies (R-05, R-20/R-27)', () => {
    expect(plan.casualVacancies).toBe(4);
  });

  it('co-option capacity is 5 (R-24)', () => {
    expect(plan.coOptionCapacity).toBe(5);
  });

  it('before the members election is final, the officer electorate is the continuing members (R-35)', () => {
    expect(plan.officerElectorate).toEqual(plan.continuing);
  });

  it('IFLA HQ declares 12 = the cohort count: no election.vacancies-mismatch and no error as of 2021-03-15 (R-05)', () => {
    const report = checkWorkspace(ws, '2021-03-15');
    expect(report.findings.map((f) => f.code)).not.toContain('election.vacancies-mismatch');
    expect(report.counts.error).toBe(0);
  });

  it('a declared 13 is election.vacancies-mismatch (warning, R-05), and the plan shows the declared number', () => {
    const thirteen = example((raw) => (membersElection(raw).vacancies = 13));
    expectFinding(thirteen, '2021-03-15', {
      code: 'election.vacancies-mismatch',
      severity: 'warning',
      rule: 'R-05',
      refs: ['elections/e-2021-members'],
    });
    expect(planCycle(thirteen, 'it', 2021).vacancies).toBe(13);
  });

  it('nominating M09 is nomination.term-limited (error, R-08)', () => {
    const nominated = example((raw) => membersElection(raw).candidates.push({ personId: 'p09', consent: true }));
    expectFinding(nominated, '2021-03-15', {
      code: 'nomination.term-limited',
      severity: 'error',
      rule: 'R-08',
      committeeId: 'it',
      personId: 'p09',
      refs: ['elections/e-2021-members'],
    });
  });

  it('nominating every term-limited member flags each of them, and none of the eligible ones', () => {
    const nominated = example((raw) => {
      for (const personId of ids('p', 8, 12)) membersElection(raw).candidates.push({ personId, consent: true });
    });
    expect(
      withCode(nominated, '2021-03-15', 'nomination.term-limited')
        .map((f) => f.personId)
        .sort(),
    ).toEqual(ids('p', 9, 12));
  });

  it('a term-limited candidate who withdrew is left out of nomination.* codes', () => {
    const withdrawn = example((raw) => membersElection(raw).candidates.push({ personId: 'p09', outcome: 'withdrawn' }));
    expect(withCode(withdrawn, '2021-03-15', 'nomination.term-limited')).toEqual([]);
  });

  it('the example as shipped (M01–M07 and three newcomers nominated) has no nomination.term-limited', () => {
    expect(codesOf(ws, '2021-03-15')).not.toContain('nomination.term-limited');
  });

  it('corresponding members CM1, CM2 active on 2021-08-26 give the R-33 warning', () => {
    const discontinued = withCode(ws, '2021-09-01', 'corresponding.discontinued');
    expect(discontinued.map((f) => [f.personId, f.severity, f.rule])).toEqual([
      ['p20', 'warning', 'R-33'],
      ['p21', 'warning', 'R-33'],
    ]);
  });

  describe('officer election, August 2021 (R-35)', () => {
    const afterResults = example((raw) => {
      const election = membersElection(raw);
      election.status = 'final';
      for (const c of election.candidates) c.outcome = 'elected';
      const chair = raw.elections.find((e) => e.id === 'e-2021-chair') as Loose;
      chair.voters = ['p08', 'p09', 'p13', 'p22'];
    });

    it('electorate = {M13–M16} ∪ {elected 2021–2025}', () => {
      expect(planCycle(afterResults, 'it', 2021).officerElectorate).toEqual([
        ...ids('p', 1, 7),
        ...ids('p', 13, 16),
        'p22',
        'p23',
        'p24',
      ]);
    });

    it('outcomes recorded while the election is still at ballot do not enter the electorate yet', () => {
      const atBallot = example((raw) => {
        const election = membersElection(raw);
        election.status = 'ballot';
        for (const c of election.candidates) c.outcome = 'elected';
      });
      expect(planCycle(atBallot, 'it', 2021).officerElectorate).toEqual(ids('p', 13, 16));
    });

    it('M09 (term-limited) and M08 (not re-elected) voting is officer.voter-ineligible; M13 and a newcomer are fine', () => {
      const voters = withCode(afterResults, '2021-09-01', 'officer.voter-ineligible');
      expect(voters.map((f) => f.personId).sort()).toEqual(['p08', 'p09']);
      expect(voters.every((f) => f.severity === 'error' && f.rule === 'R-35')).toBe(true);
    });
    // "IC appointed by the SC (R-37)": the contract records no selection method; not expressible.
  });

  describe('co-options after the results (R-24–R-26)', () => {
    const cooption = (id: string, extra: Loose) => ({
      id,
      personId: 'p23',
      committeeId: 'it',
      kind: 'coopted',
      start: '2021-10-01',
      end: '2023-08-25',
      cooption: { reason: 'diversity', proposedOn: '2021-09-15', ...extra },
    });

    it('each needs approval: a proposal is coopt.unapproved (warning, R-25)', () => {
      const proposed = example((raw) => raw.terms.push(cooption('t-co', {})));
      expectFinding(proposed, '2021-10-15', {
        code: 'coopt.unapproved',
        severity: 'warning',
        rule: 'R-25',
        personId: 'p23',
      });
    });

    it('an approved co-option to the 2023 boundary is clean; one running to 2025 is coopt.term-too-long (R-26)', () => {
      const fine = example((raw) => raw.terms.push(cooption('t-co', { approvedOn: '2021-09-30' })));
      const tooLong = example((raw) => {
        const t = cooption('t-co', { approvedOn: '2021-09-30' });
        raw.terms.push({ ...t, end: '2025-08-22' });
      });
      expectNoCode(fine, '2021-10-15', 'coopt.unapproved', 'coopt.term-too-long');
      expectFinding(tooLong, '2021-10-15', { code: 'coopt.term-too-long', severity: 'error', rule: 'R-26' });
    });

    it('approved co-options active on the boundary day use up capacity', () => {
      const two = example((raw) => {
        for (const personId of ['p22', 'p24']) {
          raw.terms.push({
            id: `t-co-${personId}`,
            personId,
            committeeId: 'it',
            kind: 'coopted',
            start: '2021-08-26',
            end: '2023-08-25',
            cooption: { reason: 'diversity', approvedOn: '2021-08-20' },
          });
        }
      });
      expect(planCycle(two, 'it', 2021).coOptionCapacity).toBe(3);
    });
  });
});

describe('S-01b Seed 2021 (alternative reading: the 2019 cohort is full)', () => {
  const base = () => seedTerms(8);
  const ws = buildWorkspace({ committees: [SEED_COMMITTEE], terms: base() });

  it('vacancies(2021) = 12 with M13–M20 continuing and no casual vacancy', () => {
    expect(planCycle(ws, 'it', 2021)).toMatchObject({
      vacancies: 12,
      continuing: ids('M', 13, 20),
      casualVacancies: 0,
      eligibleForRenomination: ids('M', 1, 8),
      termLimited: ids('M', 9, 12),
    });
  });

  it('12 declared = 12 computed: no election.vacancies-mismatch', () => {
    const declared = buildWorkspace({
      committees: [SEED_COMMITTEE],
      terms: base(),
      elections: [{ id: 'e21', committeeId: 'it', kind: 'members', cycle: 2021, vacancies: 12 }],
    });
    expectNoCode(declared, '2021-03-15', 'election.vacancies-mismatch');
  });

  // "M01–M04 flagged intends to stand → INFO": the contract has no intention field; not expressible.

  const elected = members('N', 12, 2021, 2025);

  it('after an election with 12 elected, 20 elected seats are occupied: no seats.elected.max', () => {
    const full = buildWorkspace({ committees: [SEED_COMMITTEE], terms: [...base(), ...elected] });
    expectNoCode(full, '2021-09-01', 'seats.elected.max');
  });

  it.each([
    ['an elected member', { kind: 'elected' }, BOUNDARY[2021]],
    ['a casual fill', { kind: 'casual' }, '2022-01-10'],
  ] as const)('adding %s to the 20 is seats.elected.max (error, R-01)', (_, extra, start) => {
    const over = buildWorkspace({
      committees: [SEED_COMMITTEE],
      terms: [...base(), ...elected, term('X', start as string, 2025, extra)],
    });
    expectFinding(over, '2022-02-01', { code: 'seats.elected.max', severity: 'error', rule: 'R-01' });
  });
});

describe('S-02 Candidates ≤ vacancies (2021)', () => {
  const winners = [...ids('M', 1, 6), 'N1', 'N2', 'N3', 'N4'];
  const ws = buildWorkspace({
    committees: [SEED_COMMITTEE],
    terms: [...seedTerms(4), ...winners.map((id) => term(id, 2021, 2025))],
    elections: [
      {
        id: 'e21',
        committeeId: 'it',
        kind: 'members',
        cycle: 2021,
        vacancies: 12,
        status: 'final',
        candidates: winners.map((personId) => ({ personId, consent: true, outcome: 'elected' })),
      },
    ],
  });

  // "status=noBallotNeeded; all electedUnopposed": the contract's statuses and outcomes have no such
  // values; recorded as `final` and `elected`, which must raise nothing.
  it('10 eligible candidates all elected for 12 places: no election.* or nomination.* finding (R-13)', () => {
    const found = codesOf(ws, '2021-09-01');
    expect(found.filter((c) => c.startsWith('election.') || c.startsWith('nomination.'))).toEqual([]);
  });

  // "2 available places: INFO suggesting start-of-term co-option": no such code; not expressible.

  it('elected seats occupied = 4 continuing + 10 = 14 ≥ 10: no seats.elected.min (R-01)', () => {
    expectNoCode(ws, '2021-09-01', 'seats.elected.min');
  });

  it('the officer electorate is the 4 continuing plus the 10 elected', () => {
    expect(planCycle(ws, 'it', 2021).officerElectorate).toEqual([
      ...ids('M', 1, 6),
      ...ids('M', 13, 16),
      'N1',
      'N2',
      'N3',
      'N4',
    ]);
  });
});

describe('S-03 More candidates than vacancies', () => {
  const VOTES = [88, 80, 77, 70, 66, 61, 60, 55, 52, 50, 47, 44, 39, 30, 12];
  const candidateIds = ids('C', 1, 15);
  const election = (outcome: (id: string, i: number) => string) =>
    buildWorkspace({
      committees: [{ id: 'it', name: 'IT', seatCohorts: [{ firstYear: 2017, seats: 12 }] }],
      elections: [
        {
          id: 'e21',
          committeeId: 'it',
          kind: 'members',
          cycle: 2021,
          vacancies: 12,
          status: 'final',
          candidates: candidateIds.map((personId, i) => ({
            personId,
            consent: true,
            votes: VOTES[i],
            outcome: outcome(personId, i),
          })),
        },
      ],
    });

  it('C01–C12 elected and C13–C15 not elected is a clean result (R-14)', () => {
    const ws = election((_, i) => (i < 12 ? 'elected' : 'not-elected'));
    expectNoCode(ws, '2021-06-01', 'election.not-top-n', 'election.over-filled', 'election.tie');
  });

  // "reserveRank 1–3 (R-17)": the contract has no reserve list; not expressible.

  it('marking C13 elected instead of C12 is election.not-top-n (error, R-14) about C13', () => {
    const ws = election((id, i) =>
      id === 'C13' ? 'elected' : id === 'C12' ? 'not-elected' : i < 12 ? 'elected' : 'not-elected',
    );
    expectFinding(ws, '2021-06-01', {
      code: 'election.not-top-n',
      severity: 'error',
      rule: 'R-14',
      personId: 'C13',
      refs: ['elections/e21'],
    });
  });

  it('marking 13 elected for 12 places is election.over-filled (error)', () => {
    const ws = election((_, i) => (i < 13 ? 'elected' : 'not-elected'));
    expectFinding(ws, '2021-06-01', { code: 'election.over-filled', severity: 'error', refs: ['elections/e21'] });
  });

  // "registered-voter count of 60 → WARNING R-15": the contract stores no voter count; not expressible.
});

describe('S-04 Tie at the last seat', () => {
  const VOTES: Record<string, number> = {
    C01: 90,
    C02: 85,
    C03: 80,
    C04: 75,
    C05: 70,
    C06: 65,
    C07: 60,
    C08: 55,
    C09: 52,
    C10: 50,
    C11: 47,
    C12: 44,
    C13: 44,
    C14: 30,
  };
  const election = (candidateOutcome: (id: string) => string | undefined, extra: Loose = {}) =>
    buildWorkspace({
      committees: [{ id: 'it', name: 'IT', seatCohorts: [{ firstYear: 2017, seats: 12 }] }],
      elections: [
        {
          id: 'e21',
          committeeId: 'it',
          kind: 'members',
          cycle: 2021,
          vacancies: 12,
          candidates: Object.entries(VOTES).map(([personId, votes]) => {
            const outcome = candidateOutcome(personId);
            return { personId, consent: true, votes, ...(outcome ? { outcome } : {}) };
          }),
          ...extra,
        },
      ],
    });
  const firstEleven = (id: string) => Number(id.slice(1)) <= 11;

  it('C12 and C13 tie on 44 for the last place with no tieBreak: election.tie (error, R-16)', () => {
    const ws = election((id) => (firstEleven(id) ? 'elected' : id === 'C14' ? 'not-elected' : undefined));
    expectFinding(ws, '2021-06-01', { code: 'election.tie', severity: 'error', rule: 'R-16', refs: ['elections/e21'] });
  });

  it('after a recorded run-off (2021-06-10) electing C12, the result is clean', () => {
    const ws = election((id) => (firstEleven(id) || id === 'C12' ? 'elected' : 'not-elected'), {
      status: 'final',
      tieBreak: { method: 'run-off', on: '2021-06-10', elected: ['C12'] },
    });
    expectNoCode(ws, '2021-06-15', 'election.tie', 'election.not-top-n', 'election.over-filled');
  });

  // "Election.status=tiePending", the run-off's own votes (30/25) and C13's reserveRank: the
  // contract has no such status or fields; not expressible.
});

describe('S-05 Attempted 21st elected seat', () => {
  const twenty = [...members('A', 10, 2021, 2025), ...members('B', 10, 2023, 2027)];
  const coopted = (personId: string, approved: boolean) =>
    term(personId, '2023-09-01', 2027, {
      kind: 'coopted',
      cooption: { reason: 'expertise', proposedOn: '2023-08-30', ...(approved ? { approvedOn: '2023-08-31' } : {}) },
    });
  const twoCoopted = [coopted('K1', true), coopted('K2', true)];

  it('all 20 seats occupied in 2023 is within the cap', () => {
    expectNoCode(buildWorkspace({ terms: twenty }), '2023-10-01', 'seats.elected.max');
  });

  it.each([
    ['a new elected member', 'elected'],
    ['a casual fill', 'casual'],
  ])('adding %s is seats.elected.max (error, R-01)', (_, kind) => {
    const ws = buildWorkspace({ terms: [...twenty, term('X', '2023-10-01', 2025, { kind })] });
    expectFinding(ws, '2023-10-01', { code: 'seats.elected.max', severity: 'error', rule: 'R-01', personId: 'X' });
  });

  it('the same person proposed as a co-option instead (2 co-opted active): allowed, subject to approval (R-24/R-25)', () => {
    const ws = buildWorkspace({ terms: [...twenty, ...twoCoopted, coopted('X', false)] });
    expectNoCode(ws, '2023-10-01', 'seats.elected.max', 'seats.coopted.max');
    expectFinding(ws, '2023-10-01', { code: 'coopt.unapproved', personId: 'X' });
  });

  it('approved, co-opted 3 ≤ 5: still no cap finding (co-opted places are not elected seats, OQ-1)', () => {
    const ws = buildWorkspace({ terms: [...twenty, ...twoCoopted, coopted('X', true)] });
    expectNoCode(ws, '2023-10-01', 'seats.elected.max', 'seats.coopted.max', 'coopt.unapproved');
  });
  // "total members 20 + 3 = 23 ≤ 25": no total cap in the contract; not expressible.
});

describe('S-06 Attempted 6th co-option', () => {
  const five = ids('K', 1, 5).map((id) =>
    term(id, '2021-10-01', 2023, { kind: 'coopted', cooption: { reason: 'diversity', approvedOn: '2021-09-20' } }),
  );
  const sixth = (start: string, approvedOn?: string) =>
    term('K6', start, 2023, {
      kind: 'coopted',
      cooption: { reason: 'expertise', proposedOn: '2022-01-10', ...(approvedOn ? { approvedOn } : {}) },
    });

  it('5 approved co-opted terms active on 2022-01-10 and a 6th only proposed: saved as a draft, no cap finding', () => {
    const ws = buildWorkspace({ terms: [...five, sixth('2022-01-10')] });
    expectNoCode(ws, '2022-01-10', 'seats.coopted.max');
    expectFinding(ws, '2022-01-10', { code: 'coopt.unapproved', personId: 'K6', severity: 'warning' });
  });

  it('approving the 6th is seats.coopted.max (error, R-24)', () => {
    const ws = buildWorkspace({ terms: [...five, sixth('2022-01-10', '2022-01-10')] });
    expectFinding(ws, '2022-01-10', { code: 'seats.coopted.max', severity: 'error', rule: 'R-24', personId: 'K6' });
  });

  it('one co-opted member resigns on 2022-02-01, then the 6th is approved on 2022-02-15: OK, 5 active', () => {
    const [first, ...rest] = five;
    const resigned = { ...first, endedOn: '2022-02-01', endReason: 'resigned' };
    const ws = buildWorkspace({ terms: [resigned, ...rest, sixth('2022-02-15', '2022-02-15')] });
    expectNoCode(ws, '2022-02-15', 'seats.coopted.max');
  });
});

describe('S-07 Member who filled a casual vacancy before 2021', () => {
  const m21 = term('M21', 2015, 2019, { endedOn: '2018-02-01', endReason: 'resigned', seat: 'S05' });
  const r2Fill = term('R2', '2018-03-01', 2019, { kind: 'casual', seat: 'S05' });
  const r2Elected = term('R2', 2019, 2023);
  const nomination2023 = {
    id: 'e23',
    committeeId: 'it',
    kind: 'members',
    cycle: 2023,
    candidates: [{ personId: 'R2', consent: true }],
  };

  it('M21’s seat and R2’s refill of it are one place in the 2019 cycle (vacancy refilled, §1)', () => {
    expect(planCycle(buildWorkspace({ terms: [m21, r2Fill] }), 'it', 2019).vacancies).toBe(1);
  });

  // "2017 reserve list: R1 declines (recorded), R2 accepts" and the fill-order ERROR R-20: the
  // contract has no reserve list or declines; not expressible.

  it('the casual fill counts (pre2021): R2 is expiring in 2019 and eligible for a 2nd term', () => {
    const plan = planCycle(buildWorkspace({ terms: [m21, r2Fill] }), 'it', 2019);
    expect(plan.expiring).toEqual(['R2']);
    expect(plan.eligibleForRenomination).toEqual(['R2']);
  });

  it('R2 elected in 2019 for 2019–2023 is term 2: no term.limit', () => {
    const ws = buildWorkspace({ terms: [m21, r2Fill, r2Elected] });
    expectNoCode(ws, '2020-01-01', 'term.limit');
    expect(roster(ws, 'it', '2020-01-01').members.find((m) => m.personId === 'R2')?.termNumber).toBe(2);
  });

  it('R2 nominated in 2023 is nomination.term-limited (R-08), though only ~5.5 years were served (R-21)', () => {
    const ws = buildWorkspace({ terms: [m21, r2Fill, r2Elected], elections: [nomination2023] });
    expectFinding(ws, '2023-03-01', { code: 'nomination.term-limited', severity: 'error', personId: 'R2' });
    expect(planCycle(ws, 'it', 2023).termLimited).toEqual(['R2']);
  });

  it('if R2’s 2023–2027 term is recorded too, both nomination.term-limited and term.limit are reported', () => {
    const ws = buildWorkspace({ terms: [m21, r2Fill, r2Elected, term('R2', 2023, 2027)], elections: [nomination2023] });
    const found = codesOf(ws, '2023-09-01');
    expect(found).toContain('nomination.term-limited');
    expect(found).toContain('term.limit');
  });
});

describe('S-08 Mid-term co-option under the 2021 rules (does not count)', () => {
  const m30 = term('M30', 2021, 2025, { endedOn: '2022-01-15', endReason: 'resigned', seat: 'S03' });
  const qCoopt = term('Q', '2022-03-01', 2023, {
    kind: 'coopted',
    cooption: { reason: 'vacancy', fillsVacancy: true, approvedBy: 'Division Chair', approvedOn: '2022-02-20' },
  });
  const qTerms = [qCoopt, term('Q', 2023, 2027), term('Q', 2027, 2031)];
  const ws = buildWorkspace({ terms: [m30, ...qTerms] });

  it('Q’s co-option ending at the next boundary (2023-08-25) is not too long (R-26)', () => {
    expectNoCode(ws, '2022-03-01', 'coopt.term-too-long', 'coopt.unapproved');
  });

  it('the co-option counts 0 (R-27): Q’s elected terms are numbered 1 and 2, no term.limit', () => {
    expectNoCode(ws, '2028-01-01', 'term.limit');
    const q = (asOf: string) => roster(ws, 'it', asOf).members.find((m) => m.personId === 'Q');
    expect(q('2022-06-01')).toMatchObject({ counts: false, termNumber: 0 });
    expect(q('2024-01-01')).toMatchObject({ counts: true, termNumber: 1 });
    expect(q('2028-01-01')).toMatchObject({ counts: true, termNumber: 2 });
  });

  it('Q is eligible at the 2023 boundary and again in 2027', () => {
    expect(planCycle(ws, 'it', 2023).eligibleForRenomination).toContain('Q');
    expect(planCycle(ws, 'it', 2027).eligibleForRenomination).toContain('Q');
  });

  it('Q nominated in 2031 is nomination.term-limited (R-08)', () => {
    const nominated = buildWorkspace({
      terms: [m30, ...qTerms],
      elections: [
        { id: 'e31', committeeId: 'it', kind: 'members', cycle: 2031, candidates: [{ personId: 'Q', consent: true }] },
      ],
    });
    expectFinding(nominated, '2031-03-01', { code: 'nomination.term-limited', personId: 'Q' });
    expect(planCycle(nominated, 'it', 2031).termLimited).toEqual(['Q']);
  });

  it('between 2023-08-25 and 2025, S03 is still a casual vacancy of the 2021 cohort (OQ-5)', () => {
    expect(planCycle(ws, 'it', 2023).casualVacancies).toBe(1);
  });
});

describe('S-09 Co-opted at the start of a term (counts as a term)', () => {
  const dCoopt = (end: number) =>
    term('D', '2021-10-01', end, { kind: 'coopted', cooption: { reason: 'diversity', approvedOn: '2021-09-20' } });

  it('D co-opted 2021-10-01 to 2023-08-25 is fine under ifla2021', () => {
    expectNoCode(buildWorkspace({ terms: [dCoopt(2023)] }), '2021-10-01', 'coopt.term-too-long', 'seats.coopted.max');
  });

  it('D’s end set to 2025-08-22 under ifla2021 is coopt.term-too-long (error, R-26)', () => {
    expectFinding(buildWorkspace({ terms: [dCoopt(2025)] }), '2021-10-01', {
      code: 'coopt.term-too-long',
      severity: 'error',
      rule: 'R-26',
      personId: 'D',
    });
  });

  // "kind=coOptedStartOfTerm (within 12 months of the boundary)": the contract decides counting by
  // cooption.fillsVacancy alone, so the window is not part of it.

  it('D elected in 2023 for 2023–2027 is term 2: no term.limit', () => {
    const ws = buildWorkspace({ terms: [dCoopt(2023), term('D', 2023, 2027)] });
    expectNoCode(ws, '2024-01-01', 'term.limit');
    expect(roster(ws, 'it', '2024-01-01').members.find((m) => m.personId === 'D')?.termNumber).toBe(2);
  });

  it('D nominated in 2027 is nomination.term-limited (R-08)', () => {
    const ws = buildWorkspace({
      terms: [dCoopt(2023), term('D', 2023, 2027)],
      elections: [
        { id: 'e27', committeeId: 'it', kind: 'members', cycle: 2027, candidates: [{ personId: 'D', consent: true }] },
      ],
    });
    expectFinding(ws, '2027-03-01', { code: 'nomination.term-limited', personId: 'D' });
  });

  describe('variant under ifla2023', () => {
    const eCoopt = term('E', '2023-10-01', 2027, {
      kind: 'coopted',
      cooption: { reason: 'diversity', approvedOn: '2023-09-20' },
    });

    it('E co-opted 2023-10-01 for 2023–2027: plannedEnd 2027 allowed, counts as 1', () => {
      const ws = buildWorkspace({ terms: [eCoopt] });
      expectNoCode(ws, '2023-10-01', 'coopt.term-too-long');
      expect(roster(ws, 'it', '2024-01-01').members.find((m) => m.personId === 'E')).toMatchObject({
        termNumber: 1,
        counts: true,
      });
    });

    it('re-co-opting E from 2027-09 is coopt.renewal (error, R-29)', () => {
      const again = term('E', '2027-09-15', 2031, {
        kind: 'coopted',
        cooption: { reason: 'expertise', approvedOn: '2027-09-10' },
      });
      expectFinding(buildWorkspace({ terms: [eCoopt, again] }), '2027-09-15', {
        code: 'coopt.renewal',
        severity: 'error',
        rule: 'R-29',
        personId: 'E',
      });
    });

    it('nominating E in 2027 is OK', () => {
      const ws = buildWorkspace({
        terms: [eCoopt],
        elections: [
          {
            id: 'e27',
            committeeId: 'it',
            kind: 'members',
            cycle: 2027,
            candidates: [{ personId: 'E', consent: true }],
          },
        ],
      });
      expectNoCode(ws, '2027-03-01', 'nomination.term-limited');
    });
  });
});

describe('S-10 Lost re-election, then proposed for co-option', () => {
  const committees = [
    { id: 'it', name: 'IT' },
    { id: 'cat', name: 'Cataloguing' },
  ];
  const election2021 = {
    id: 'e21',
    committeeId: 'it',
    kind: 'members',
    cycle: 2021,
    status: 'final',
    candidates: [
      { personId: 'F', consent: true, outcome: 'not-elected' },
      { personId: 'G', consent: true, outcome: 'not-elected' },
    ],
  };
  const coopt = (personId: string, start: string, cooption: Loose, extra: Loose = {}) =>
    term(personId, start, 2023, { kind: 'coopted', cooption: { reason: 'expertise', ...cooption }, ...extra });
  const fElected = term('F', 2017, 2021);
  const scenario = (...terms: Loose[]) =>
    buildWorkspace({ committees, terms: [fElected, ...terms], elections: [election2021] });

  it.each([
    ['proposed', { proposedOn: '2021-09-01' }],
    ['approved', { proposedOn: '2021-09-01', approvedOn: '2021-09-10' }],
  ])(
    'F (1 term, not elected in 2021) %s for co-option from 2021-09-15 is coopt.after-failed-reelection (error, R-28)',
    (_, c) => {
      expectFinding(scenario(coopt('F', '2021-09-15', c)), '2021-09-20', {
        code: 'coopt.after-failed-reelection',
        severity: 'error',
        rule: 'R-28',
        personId: 'F',
      });
    },
  );

  it('G (never served, not elected in 2021) co-opted in 2021-09: R-28 does not apply; the co-option counts as a term', () => {
    const ws = scenario(coopt('G', '2021-09-20', { approvedOn: '2021-09-15' }));
    expect(withCode(ws, '2021-10-01', 'coopt.after-failed-reelection')).toEqual([]);
    expect(roster(ws, 'it', '2021-10-01').members.find((m) => m.personId === 'G')).toMatchObject({
      termNumber: 1,
      counts: true,
    });
  });

  it('F co-opted to a different Section: OK (R-28 is per SC)', () => {
    const ws = scenario(coopt('F', '2021-09-15', { approvedOn: '2021-09-10' }, { committeeId: 'cat' }));
    expectNoCode(ws, '2021-10-01', 'coopt.after-failed-reelection');
  });

  it('the bar covers only the term F lost: a co-option from the 2025 boundary is not barred', () => {
    const later = term('F', BOUNDARY[2025] as string, 2027, {
      kind: 'coopted',
      cooption: { reason: 'expertise', approvedOn: '2025-08-01' },
    });
    expectNoCode(scenario(later), '2025-09-01', 'coopt.after-failed-reelection');
  });

  it('under ifla2023 the same bar is a warning (OQ-3)', () => {
    const ws = buildWorkspace({
      terms: [term('F', 2019, 2023), coopt('F', '2023-10-01', { approvedOn: '2023-09-20' }, { end: '2025-08-22' })],
      elections: [
        {
          id: 'e23',
          committeeId: 'it',
          kind: 'members',
          cycle: 2023,
          status: 'final',
          candidates: [{ personId: 'F', outcome: 'not-elected' }],
        },
      ],
    });
    expectFinding(ws, '2023-10-01', { code: 'coopt.after-failed-reelection', severity: 'warning', personId: 'F' });
  });
});

describe('S-11 Officer: same-office limit', () => {
  const kSC = [term('K', 2017, 2021), term('K', 2021, 2025)];
  const kChair = [office('K', 'chair', 2017, 2019), office('K', 'chair', 2019, 2021)];

  it('K as Chair 2017–2019 and 2019–2021 is within the limits', () => {
    expectNoCode(
      buildWorkspace({ terms: kSC, offices: kChair }),
      '2021-01-01',
      'officer.term-limit',
      'officer.not-member',
    );
  });

  it('K Chair 2021–2023 is officer.term-limit (error, R-38(b): 3rd consecutive Chair term)', () => {
    const ws = buildWorkspace({ terms: kSC, offices: [...kChair, office('K', 'chair', 2021, 2023)] });
    expectFinding(ws, '2021-09-01', { code: 'officer.term-limit', severity: 'error', rule: 'R-38', personId: 'K' });
  });

  it('K Secretary 2021–2023 is OK; officer years would be 6 ≤ 8 (R-38(a))', () => {
    const ws = buildWorkspace({ terms: kSC, offices: [...kChair, office('K', 'secretary', 2021, 2023)] });
    expectNoCode(ws, '2021-09-01', 'officer.term-limit', 'officer.not-member');
  });
});

describe('S-12 Officer: 8-year total, and an outgoing member', () => {
  const lSC = [term('L', 2013, 2017), term('L', 2017, 2021)];
  const lOffices = [
    office('L', 'secretary', 2013, 2015),
    office('L', 'secretary', 2015, 2017),
    office('L', 'chair', 2017, 2019),
    office('L', 'chair', 2019, 2021),
  ];

  it('L’s 8 officer years (Secretary ×2, Chair ×2) are within the limit', () => {
    expectNoCode(buildWorkspace({ terms: lSC, offices: lOffices }), '2021-01-01', 'officer.term-limit');
  });

  it.each(['chair', 'secretary'])(
    'L as %s for 2021–2023: officer.term-limit (R-38(a)) and officer.not-member (R-35, L is outgoing)',
    (role) => {
      const ws = buildWorkspace({ terms: lSC, offices: [...lOffices, office('L', role, 2021, 2023)] });
      expectFinding(ws, '2021-09-01', { code: 'officer.term-limit', personId: 'L', severity: 'error' });
      expectFinding(ws, '2021-09-01', { code: 'officer.not-member', personId: 'L', severity: 'error', rule: 'R-35' });
    },
  );

  it('L nominated for the SC in 2021 is nomination.term-limited (R-08)', () => {
    const ws = buildWorkspace({
      terms: lSC,
      elections: [
        { id: 'e21', committeeId: 'it', kind: 'members', cycle: 2021, candidates: [{ personId: 'L', consent: true }] },
      ],
    });
    expectFinding(ws, '2021-03-01', { code: 'nomination.term-limited', personId: 'L' });
  });

  describe('the August 2021 officer election', () => {
    const ws = buildWorkspace({
      terms: [term('M09', 2017, 2021), term('N', 2021, 2025), term('C', 2019, 2023)],
      offices: [office('N', 'secretary', 2021, 2023)],
      elections: [
        {
          id: 'e21',
          committeeId: 'it',
          kind: 'members',
          cycle: 2021,
          status: 'final',
          candidates: [{ personId: 'N', consent: true, outcome: 'elected' }],
        },
        {
          id: 'e21-sec',
          committeeId: 'it',
          kind: 'officer',
          role: 'secretary',
          cycle: 2021,
          voters: ['M09', 'N', 'C'],
        },
      ],
    });

    it('M09 (outgoing, term ends 2021-08-26) recorded as a voter is officer.voter-ineligible (error, R-35)', () => {
      const voters = withCode(ws, '2021-09-01', 'officer.voter-ineligible');
      expect(voters.map((f) => [f.personId, f.severity, f.rule])).toEqual([['M09', 'error', 'R-35']]);
    });

    it('N (newly elected 2021–2025) as Secretary 2021–2023 is OK', () => {
      expectNoCode(ws, '2021-09-01', 'officer.not-member', 'officer.term-limit');
    });
  });
});

describe('S-13 An officer term must fit inside SC membership', () => {
  it('P: SC 2019–2023, Chair 2021–2023 is OK (ends with the SC term, R-39)', () => {
    const ws = buildWorkspace({ terms: [term('P', 2019, 2023)], offices: [office('P', 'chair', 2021, 2023)] });
    expectNoCode(ws, '2021-09-01', 'officer.not-member');
  });

  it('P Chair 2023–2025 without re-election is officer.not-member (error, R-39 and R-35)', () => {
    const ws = buildWorkspace({
      terms: [term('P', 2019, 2023)],
      offices: [office('P', 'chair', 2021, 2023), office('P', 'chair', 2023, 2025)],
    });
    const f = withCode(ws, '2023-09-01', 'officer.not-member');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ personId: 'P', severity: 'error', rule: 'R-35' });
    expect(f[0]?.rules).toEqual(expect.arrayContaining(['R-35', 'R-39']));
  });

  it('P re-elected for 2023–2027, then Chair 2023–2025: OK, a second consecutive Chair term (R-38(b))', () => {
    const ws = buildWorkspace({
      terms: [term('P', 2019, 2023), term('P', 2023, 2027)],
      offices: [office('P', 'chair', 2021, 2023), office('P', 'chair', 2023, 2025)],
    });
    expectNoCode(ws, '2023-09-01', 'officer.not-member', 'officer.term-limit');
  });

  it('an office covered only by a proposed co-option is officer.not-member (interchange-v1 §1)', () => {
    const proposal = term('P', 2021, 2023, {
      kind: 'coopted',
      cooption: { reason: 'expertise', proposedOn: '2021-08-01' },
    });
    const approved = term('P', 2021, 2023, {
      kind: 'coopted',
      cooption: { reason: 'expertise', approvedOn: '2021-08-01' },
    });
    const chair = office('P', 'chair', 2021, 2023);
    expectFinding(buildWorkspace({ terms: [proposal], offices: [chair] }), '2021-09-01', {
      code: 'officer.not-member',
      personId: 'P',
    });
    expectNoCode(buildWorkspace({ terms: [approved], offices: [chair] }), '2021-09-01', 'officer.not-member');
  });

  it('O: SC 2017–2021, not re-elected, proposed as Secretary 2021–2023 is officer.not-member (R-35)', () => {
    const ws = buildWorkspace({ terms: [term('O', 2017, 2021)], offices: [office('O', 'secretary', 2021, 2023)] });
    expectFinding(ws, '2021-09-01', { code: 'officer.not-member', personId: 'O' });
  });
});

describe('S-14 Inactive member', () => {
  const meeting = (id: string, date: string, status: string) => ({
    id,
    committeeId: 'it',
    date,
    mode: 'online',
    attendance: [{ personId: 'R', status }],
  });
  const parts = (rTerm: Loose, statuses: [string, string]): Parts => ({
    terms: [rTerm],
    meetings: [meeting('m1', '2020-08-28', statuses[0]), meeting('m2', '2021-03-15', statuses[1])],
  });
  const serving = term('R', 2019, 2023);

  it('R absent (not apologies) at two virtual meetings: member.inactive (warning, R-23)', () => {
    const ws = buildWorkspace(parts(serving, ['absent', 'absent']));
    expectFinding(ws, '2021-03-15', {
      code: 'member.inactive',
      severity: 'warning',
      rule: 'R-23',
      personId: 'R',
      refs: ['meetings/m1', 'meetings/m2', `terms/${serving.id}`].sort(),
    });
  });

  it.each([
    ['apologies at one', ['apologies', 'absent']],
    ['present at one', ['absent', 'present']],
  ] as const)('%s of the two: no warning', (_, statuses) => {
    expectNoCode(buildWorkspace(parts(serving, [...statuses])), '2021-03-15', 'member.inactive');
  });

  it('the second absence counts only from its date (state check on asOf)', () => {
    expectNoCode(buildWorkspace(parts(serving, ['absent', 'absent'])), '2021-03-14', 'member.inactive');
  });

  // "Mark deemedResignedInactive with no notice record → ERROR", and the notice deadline: the
  // contract has no notice records; not expressible.

  it('marked inactive on 2021-05-01: the term ends, the warning goes, and R’s seat is a casual vacancy of cohort 2019', () => {
    const ended = { ...serving, endedOn: '2021-05-01', endReason: 'inactive' };
    const ws = buildWorkspace(parts(ended, ['absent', 'absent']));
    expectNoCode(ws, '2021-06-01', 'member.inactive');
    expect(planCycle(ws, 'it', 2021).casualVacancies).toBe(1);
  });
});

describe('S-15 Corresponding members (pre-2021)', () => {
  const cm = (personId: string, start: string, end: string) => term(personId, start, end, { kind: 'corresponding' });

  it('5 active corresponding members and a 6th appointed on 2019-10-01: seats.corresponding.max (error, R-31)', () => {
    const five = ids('CM', 1, 5).map((id) => cm(id, '2018-09-01', '2020-09-01'));
    const ws = buildWorkspace({ terms: [...five, cm('CM6', '2019-10-01', '2021-08-01')] });
    expectFinding(ws, '2019-10-01', {
      code: 'seats.corresponding.max',
      severity: 'error',
      rule: 'R-31',
      personId: 'CM6',
    });
    expectNoCode(buildWorkspace({ terms: five }), '2019-10-01', 'seats.corresponding.max');
  });

  it('CM3 appointed 2016-09, renewed 2018-09: a renewal for 2020-09 is corresponding.term-limit (error, R-31)', () => {
    const two = [cm('CM3', '2016-09-01', '2018-09-01'), cm('CM3', '2018-09-01', '2020-09-01')];
    const third = cm('CM3', '2020-09-01', '2021-08-01');
    expectNoCode(buildWorkspace({ terms: two }), '2020-01-01', 'corresponding.term-limit');
    expectFinding(buildWorkspace({ terms: [...two, third] }), '2020-10-01', {
      code: 'corresponding.term-limit',
      severity: 'error',
      rule: 'R-31',
      refs: [`terms/${third.id}`],
    });
  });

  // "CM1 recorded as voting → ERROR R-50" and the quorum base: the contract records no
  // votes at meetings and no quorum; not expressible.

  it('a new corresponding member from 2021-09-01 is corresponding.discontinued (error, R-33)', () => {
    expectFinding(buildWorkspace({ terms: [cm('CM9', '2021-09-01', '2023-09-01')] }), '2021-09-01', {
      code: 'corresponding.discontinued',
      severity: 'error',
      rule: 'R-33',
      personId: 'CM9',
    });
  });
});

describe('S-16 Diversity and country concentration', () => {
  const COUNTRIES = ['FR', 'DE', 'DE', 'DE', 'DE', 'ES', 'IT', 'NL', 'SE', 'US', 'US', 'CA', 'CA', 'JP', 'AU', 'CN'];
  const people = COUNTRIES.map((country, i) => ({ id: `E${i + 1}`, name: `Elected ${i + 1}`, country }));
  const elected = people.map((p) => term(p.id, 2021, 2025));
  const ws = buildWorkspace({ people, terms: elected });

  it('Europe 9, North America 4, Asia-Oceania 3: diversity.regions-missing (info, R-45) naming the three missing regions', () => {
    const f = withCode(ws, '2021-09-01', 'diversity.regions-missing');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', rule: 'R-45', committeeId: 'it' });
    expect(f[0]?.personId).toBeUndefined();
    for (const missing of [/Latin America/, /Middle East/, /Sub-Saharan/]) expect(f[0]?.message).toMatch(missing);
    for (const present of [/Europe/, /North America/, /Asia/]) expect(f[0]?.message).not.toMatch(present);
  });

  it('suggestion: up to 5 co-options', () => {
    expect(planCycle(ws, 'it', 2021).coOptionCapacity).toBe(5);
  });

  it('approved co-options from the three missing regions close the gap; proposals do not', () => {
    const newcomers = [
      { id: 'LA', name: 'LA', country: 'BR' },
      { id: 'ME', name: 'ME', country: 'EG' },
      { id: 'SS', name: 'SS', country: 'KE' },
    ];
    const coopted = (approved: boolean) =>
      newcomers.map((p) =>
        term(p.id, '2021-08-26', 2023, {
          kind: 'coopted',
          cooption: {
            reason: 'diversity',
            proposedOn: '2021-08-01',
            ...(approved ? { approvedOn: '2021-08-20' } : {}),
          },
        }),
      );
    const approved = buildWorkspace({ people: [...people, ...newcomers], terms: [...elected, ...coopted(true)] });
    const proposed = buildWorkspace({ people: [...people, ...newcomers], terms: [...elected, ...coopted(false)] });
    expectNoCode(approved, '2021-09-01', 'diversity.regions-missing');
    expectFinding(proposed, '2021-09-01', { code: 'diversity.regions-missing' });
  });

  // "4 of them from the same country; 2 from the same institution → INFO R-47": the contract has
  // no concentration code; not expressible.
});

describe('S-17 Below minimum after a vacancy', () => {
  const ten = members('M', 10, 2021, 2025);
  const oneResigns = [{ ...ten[0], endedOn: '2022-03-01', endReason: 'resigned' }, ...ten.slice(1)];

  it('10 occupied elected seats: no seats.elected.min', () => {
    expectNoCode(buildWorkspace({ terms: ten }), '2022-06-01', 'seats.elected.min');
  });

  it('1 resigns → 9 < 10: seats.elected.min (warning, R-01) from the day of the resignation', () => {
    const ws = buildWorkspace({ terms: oneResigns });
    expectNoCode(ws, '2022-02-28', 'seats.elected.min');
    expectFinding(ws, '2022-03-01', {
      code: 'seats.elected.min',
      severity: 'warning',
      rule: 'R-01',
      committeeId: 'it',
      refs: ['committees/it'],
    });
  });

  it('the minimum applies to Sections only', () => {
    const division = buildWorkspace({
      committees: [{ id: 'it', name: 'Division', kind: 'division' }],
      terms: oneResigns,
    });
    expectNoCode(division, '2022-06-01', 'seats.elected.min');
  });

  // "INFO listing the fill options for the era": no such code; not expressible.
});

describe('S-18 Rule-set boundary', () => {
  describe('a casual vacancy filled on 2021-05-10 (pre2021): the fill counts as a term (R-21)', () => {
    const fill = term('X', '2021-05-10', 2023, { kind: 'casual' });

    it('X’s next elected term is the 2nd; X nominated in 2027 is nomination.term-limited', () => {
      const ws = buildWorkspace({
        terms: [fill, term('X', 2023, 2027)],
        elections: [
          {
            id: 'e27',
            committeeId: 'it',
            kind: 'members',
            cycle: 2027,
            candidates: [{ personId: 'X', consent: true }],
          },
        ],
      });
      expect(roster(ws, 'it', '2024-01-01').members.find((m) => m.personId === 'X')?.termNumber).toBe(2);
      expectFinding(ws, '2027-03-01', { code: 'nomination.term-limited', personId: 'X' });
    });
  });

  describe('co-options either side of 2021-08-26 (R-24: none under pre2021)', () => {
    const coopt = (start: string, approvedOn?: string) =>
      term('Y', start, 2023, {
        kind: 'coopted',
        cooption: { reason: 'diversity', proposedOn: '2021-05-10', ...(approvedOn ? { approvedOn } : {}) },
      });

    it.each([
      ['2021-05-10', true],
      ['2021-08-25', true],
      ['2021-08-26', false],
      ['2021-09-01', false],
    ])('an approved co-option active from %s: seats.coopted.max = %s', (start, expected) => {
      const ws = buildWorkspace({ terms: [coopt(start, start)] });
      expect(codesOf(ws, '2021-09-01').includes('seats.coopted.max')).toBe(expected);
    });

    it('the error is R-24', () => {
      expectFinding(buildWorkspace({ terms: [coopt('2021-05-10', '2021-05-10')] }), '2021-06-01', {
        code: 'seats.coopted.max',
        severity: 'error',
        rule: 'R-24',
      });
    });

    it('only proposed on 2021-05-10: coopt.unapproved, and no cap finding until it is approved', () => {
      const ws = buildWorkspace({ terms: [coopt('2021-05-10')] });
      expectNoCode(ws, '2021-06-01', 'seats.coopted.max');
      expectFinding(ws, '2021-06-01', { code: 'coopt.unapproved', personId: 'Y' });
    });
  });

  it('a candidacy in the 2021 election (March 2021) runs under ifla2021 (§2.0 exception)', () => {
    const ws = buildWorkspace({
      settings: { termBoundaries: { '2019': '2019-08-30', '2021': '2021-08-20' } },
      elections: [{ id: 'e21', committeeId: 'it', kind: 'members', cycle: 2021, nominationsClose: '2021-03-31' }],
    });
    expect(planCycle(ws, 'it', 2021).ruleSet).toBe('ifla2021');
  });

  describe('co-option era by approvedOn ?? proposedOn ?? start, at the ifla2023 boundary (R-26)', () => {
    it.each([
      ['approved 2022-12-31', { proposedOn: '2022-12-01', approvedOn: '2022-12-31' }, true],
      ['approved 2023-01-01', { proposedOn: '2022-12-01', approvedOn: '2023-01-01' }, false],
      ['only proposed 2022-12-20', { proposedOn: '2022-12-20' }, true],
      ['only proposed 2023-01-02', { proposedOn: '2023-01-02' }, false],
      ['neither date (start 2023-02-01)', {}, false],
    ])('a co-option from 2023-02-01 to 2027, %s: coopt.term-too-long = %s', (_, cooption, expected) => {
      const ws = buildWorkspace({
        terms: [term('Z', '2023-02-01', 2027, { kind: 'coopted', cooption: { reason: 'expertise', ...cooption } })],
      });
      expect(codesOf(ws, '2023-03-01').includes('coopt.term-too-long')).toBe(expected);
    });
  });

  describe('corresponding terms either side of 2021-08-26 (R-33)', () => {
    const cm = (start: string, end: string, committeeId = 'it') =>
      term('CM', start, end, { kind: 'corresponding', committeeId });
    const severities = (ws: Workspace) =>
      withCode(ws, '2022-01-01', 'corresponding.discontinued').map((f) => f.severity);

    it.each([
      ['starting 2021-08-25, active on 2021-08-26', '2021-08-25', '2023-08-25', ['warning']],
      ['starting 2021-08-26', '2021-08-26', '2023-08-26', ['error']],
      ['ending on 2021-08-26 (not active that day)', '2019-08-26', '2021-08-26', []],
      ['ending before 2021-08-26', '2019-06-01', '2021-06-01', []],
    ])('%s: %j', (_, start, end, expected) => {
      expect(severities(buildWorkspace({ terms: [cm(start, end)] }))).toEqual(expected);
    });

    it.each([
      ['pre2021', '2022-01-10', '2024-01-10', []],
      ['ifla2021', '2016-01-10', '2018-01-10', ['error']],
      ['ifla2023', '2016-01-10', '2018-01-10', ['error']],
    ] as const)('on a committee pinned to %s the pin decides: %s–%s gives %j', (pin, start, end, expected) => {
      const ws = buildWorkspace({ committees: [{ id: 'it', name: 'IT', ruleSet: pin }], terms: [cm(start, end)] });
      expect(severities(ws)).toEqual(expected);
    });
  });

  it('R-28 gives no finding under pre2021 (a committee pinned to it)', () => {
    const ws = buildWorkspace({
      committees: [{ id: 'it', name: 'IT', ruleSet: 'pre2021' }],
      terms: [
        term('F', 2017, 2021),
        term('F', '2021-09-15', 2023, { kind: 'coopted', cooption: { approvedOn: '2021-09-10' } }),
      ],
      elections: [
        {
          id: 'e21',
          committeeId: 'it',
          kind: 'members',
          cycle: 2021,
          candidates: [{ personId: 'F', outcome: 'not-elected' }],
        },
      ],
    });
    expectNoCode(ws, '2021-10-01', 'coopt.after-failed-reelection');
  });

  it('the Information Coordinator counts toward R-38 from the ifla2023 era of the office’s start (R-41)', () => {
    const scTerms = [term('I', 2013, 2017), term('I', 2017, 2021), term('I', 2023, 2027), term('I', 2027, 2031)];
    const before = buildWorkspace({
      terms: scTerms,
      offices: [2013, 2015, 2017].map((y) => office('I', 'information-coordinator', y, y + 2)),
    });
    const after = buildWorkspace({
      terms: scTerms,
      offices: [2023, 2025, 2027].map((y) => office('I', 'information-coordinator', y, y + 2)),
    });
    expectNoCode(before, '2020-01-01', 'officer.term-limit');
    expectFinding(after, '2028-01-01', { code: 'officer.term-limit', personId: 'I' });
  });
});
