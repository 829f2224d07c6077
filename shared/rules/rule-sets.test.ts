import { describe, expect, it } from 'vitest';
import type { RuleSetId } from '../domain/vocabulary';
import { BOUNDARY, buildWorkspace, term } from '../testing/workspace-builder';
import { checkWorkspace } from './check-workspace';
import { planCycle } from './cycle-plan';
import { RULE_SETS, eraOn, paramsFor, ruleSetFor, ruleSetForCycle, type RuleParams } from './rule-sets';

const codesOf = (ws: ReturnType<typeof buildWorkspace>, asOf: string) =>
  checkWorkspace(ws, asOf).findings.map((f) => f.code);

describe('eras by date (interchange-v1 §1 "Rule-set eras", rulebook §2.0)', () => {
  it.each([
    ['1990-01-01', 'pre2021'],
    ['2019-08-30', 'pre2021'],
    ['2021-08-25', 'pre2021'],
    ['2021-08-26', 'ifla2021'],
    ['2022-06-30', 'ifla2021'],
    ['2022-12-31', 'ifla2021'],
    ['2023-01-01', 'ifla2023'],
    ['2031-08-29', 'ifla2023'],
  ] as const)('%s is in the %s era', (date, era) => {
    expect(eraOn(date)).toBe(era);
  });

  it('ruleSetFor an unpinned committee is the era of the event date', () => {
    expect(ruleSetFor({}, '2021-08-25')).toBe('pre2021');
    expect(ruleSetFor({}, '2021-08-26')).toBe('ifla2021');
    expect(ruleSetFor({}, '2023-01-01')).toBe('ifla2023');
  });

  it('each rule set runs exactly until the next begins (no gap, no overlap)', () => {
    expect(RULE_SETS.pre2021.effectiveTo).toBe('2021-08-25');
    expect(RULE_SETS.ifla2021.effectiveFrom).toBe('2021-08-26');
    expect(RULE_SETS.ifla2021.effectiveTo).toBe('2022-12-31');
    expect(RULE_SETS.ifla2023.effectiveFrom).toBe('2023-01-01');
    expect(RULE_SETS.ifla2023.effectiveTo).toBeNull();
  });
});

describe('the 2021-cycle exception (rulebook §2.0: the whole 2021 election cycle uses ifla2021)', () => {
  it.each([
    [2019, BOUNDARY[2019], 'pre2021'],
    [2021, BOUNDARY[2021], 'ifla2021'],
    // The exception holds even for a 2021 boundary that falls before the new rules' first day.
    [2021, '2021-08-20', 'ifla2021'],
    [2023, BOUNDARY[2023], 'ifla2023'],
    [2025, BOUNDARY[2025], 'ifla2023'],
  ] as const)('cycle %i with boundary %s runs under %s', (cycle, boundary, expected) => {
    expect(ruleSetForCycle({}, cycle, boundary as string)).toBe(expected);
  });

  it('plan ruleSet for cycle 2021 is ifla2021 even when the configured 2021 boundary is in the pre2021 era', () => {
    const ws = buildWorkspace({ settings: { termBoundaries: { '2019': '2019-08-30', '2021': '2021-08-20' } } });
    const plan = planCycle(ws, 'it', 2021);
    expect(plan.boundary).toBe('2021-08-20');
    expect(plan.ruleSet).toBe('ifla2021');
    // maxCoopted of ifla2021 (5), not of pre2021 (0).
    expect(plan.coOptionCapacity).toBe(5);
  });

  it('plan ruleSet for cycle 2019 is pre2021, with no co-option capacity (R-24)', () => {
    const plan = planCycle(buildWorkspace(), 'it', 2019);
    expect(plan.ruleSet).toBe('pre2021');
    expect(plan.coOptionCapacity).toBe(0);
  });

  it('the exception is about the election cycle only: a co-option dated in March 2021 is still pre2021 (R-24 cap 0)', () => {
    const ws = buildWorkspace({
      terms: [term('q', '2021-03-15', 2023, { kind: 'coopted', cooption: { approvedOn: '2021-03-15' } })],
    });
    expect(codesOf(ws, '2021-03-15')).toContain('seats.coopted.max');
  });
});

describe('pinned rule sets (interchange-v1 committees[].ruleSet)', () => {
  it.each(['pre2021', 'ifla2021', 'ifla2023'] as const)(
    'a committee pinned to %s uses it on every date and cycle',
    (pin) => {
      for (const date of ['2015-01-01', '2021-08-25', '2021-08-26', '2023-01-01', '2030-01-01']) {
        expect(ruleSetFor({ ruleSet: pin }, date)).toBe(pin);
      }
      for (const cycle of [2019, 2021, 2023]) {
        expect(ruleSetForCycle({ ruleSet: pin }, cycle, BOUNDARY[cycle] as string)).toBe(pin);
      }
    },
  );

  it.each([
    ['pre2021', 2023, 0],
    ['ifla2021', 2019, 5],
    ['ifla2023', 2021, 5],
  ] as const)(
    'plan of a committee pinned to %s, cycle %i, reports that rule set and its maxCoopted',
    (pin, cycle, capacity) => {
      const ws = buildWorkspace({ committees: [{ id: 'it', name: 'IT', ruleSet: pin }] });
      const plan = planCycle(ws, 'it', cycle);
      expect(plan.ruleSet).toBe(pin);
      expect(plan.coOptionCapacity).toBe(capacity);
    },
  );

  it('pinned pre2021: an approved co-option in 2022 breaks the R-24 cap of 0', () => {
    const ws = buildWorkspace({
      committees: [{ id: 'it', name: 'IT', ruleSet: 'pre2021' }],
      terms: [term('q', '2022-01-10', 2023, { kind: 'coopted', cooption: { approvedOn: '2022-01-05' } })],
    });
    expect(codesOf(ws, '2022-02-01')).toContain('seats.coopted.max');
  });

  it('pinned ifla2021: a 2024 co-option past the next boundary is coopt.term-too-long (R-26), though 2024 is in the ifla2023 era', () => {
    const coopt = term('q', '2024-01-10', 2027, { kind: 'coopted', cooption: { approvedOn: '2024-01-05' } });
    const pinned = buildWorkspace({ committees: [{ id: 'it', name: 'IT', ruleSet: 'ifla2021' }], terms: [coopt] });
    const unpinned = buildWorkspace({ terms: [coopt] });
    expect(codesOf(pinned, '2024-02-01')).toContain('coopt.term-too-long');
    expect(codesOf(unpinned, '2024-02-01')).not.toContain('coopt.term-too-long');
  });
});

/**
 * The rulebook's §2.0 parameter block, transcribed key by key (`inherits` resolved). The engine
 * must read exactly these numbers; inactivityNoticeDeadlineDays is R-23's app default.
 */
const PRE2021_BLOCK: Partial<RuleParams> = {
  maxElectedSeats: 20,
  minElectedSeats: 10,
  termLengthYears: 4,
  electionCycleYears: 2,
  electionYearParity: 'odd',
  nominationCallYearParity: 'even',
  maxConsecutiveElectedTerms: 2,
  maxConsecutiveYears: 8,
  reEligibilityGapCycles: 1,
  casualFillCountsAsTerm: true,
  casualVacancyFillOrder: ['nextHighestCandidate', 'chairProposal', 'leftEmpty'],
  maxCoopted: 0,
  correspondingAllowed: true,
  maxCorrespondingMembers: 5,
  correspondingTermYears: 2,
  correspondingMaxTerms: 2,
  officerTermYears: 2,
  maxConsecutiveTermsSameOffice: 2,
  maxTotalOfficerYearsOnSC: 8,
  icIsOfficer: false,
  sigConvenorIsOfficer: false,
  inactivityMissedMeetings: 2,
  inactivityNoticeDeadlineDays: 30,
  quorumRule: 'majorityOfVotingMembers',
};
const IFLA2021_BLOCK: Partial<RuleParams> = {
  ...PRE2021_BLOCK,
  nominationCallYearParity: 'odd',
  maxCoopted: 5,
  coOptedCountTowardElectedCap: false,
  coOptApproverRole: 'DivisionChair',
  coOptTermPolicy: 'untilNextElectionCycle',
  coOptStartOfTermCountsAsTerm: true,
  coOptMidTermCountsAsTerm: false,
  coOptStartOfTermWindowMonths: 12,
  barCoOptAfterFailedSecondTermBid: true,
  casualFillCountsAsTerm: null,
  casualVacancyFillOrder: ['coOption', 'nextHighestCandidate', 'leftEmpty'],
  correspondingAllowed: false,
  votesPerRegisteredMember: 1,
  nominationsRequired: 1,
  sigCommitteeMax: 9,
  sigTermYears: 2,
  icIsOfficerForDivisionChairElection: true,
};
const IFLA2023_BLOCK: Partial<RuleParams> = {
  ...IFLA2021_BLOCK,
  coOptTermPolicy: 'fullTermUpTo4Years',
  coOptApproverRole: 'ProfessionalCouncil',
  coOptRenewalOnlyByElection: true,
  icIsOfficer: true,
  sigConvenorIsOfficer: true,
  roleCumulationLimits: null,
};
const BLOCKS: Record<RuleSetId, Partial<RuleParams>> = {
  pre2021: PRE2021_BLOCK,
  ifla2021: IFLA2021_BLOCK,
  ifla2023: IFLA2023_BLOCK,
};
const PARAM_ROWS = (Object.entries(BLOCKS) as [RuleSetId, Partial<RuleParams>][]).flatMap(([ruleSet, block]) =>
  Object.entries(block).map(([key, value]) => [ruleSet, key, value] as const),
);

describe('every §2.0 parameter value per rule set', () => {
  it.each(PARAM_ROWS)('%s.%s = %j', (ruleSet, key, value) => {
    expect((RULE_SETS[ruleSet].params as Record<string, unknown>)[key]).toEqual(value);
  });

  it.each(['pre2021', 'ifla2021', 'ifla2023'] as const)(
    '%s: paramsFor a committee without overrides is the rule set itself',
    (ruleSet) => {
      expect(paramsFor({}, ruleSet)).toEqual(RULE_SETS[ruleSet].params);
    },
  );
});

describe('committee overrides apply in every era (interchange-v1 committees[].params)', () => {
  const overrides = { maxElectedSeats: 18, maxCoopted: 3, inactivityMissedMeetings: 3 };

  it.each(['pre2021', 'ifla2021', 'ifla2023'] as const)(
    'under %s the overridden values win and the rest are the rule set’s',
    (ruleSet) => {
      const params = paramsFor({ params: overrides }, ruleSet);
      expect(params).toEqual({ ...RULE_SETS[ruleSet].params, ...overrides });
    },
  );

  it('an override does not leak into another committee or into the shared rule sets', () => {
    paramsFor({ params: { maxElectedSeats: 7 } }, 'ifla2021');
    expect(paramsFor({ params: { maxCoopted: 1 } }, 'ifla2021').maxElectedSeats).toBe(20);
    expect(RULE_SETS.ifla2021.params.maxElectedSeats).toBe(20);
  });

  // R-01 cap of 18: 19 elected members starting on one boundary, in each era.
  it.each([
    [2019, 'pre2021'],
    [2021, 'ifla2021'],
    [2023, 'ifla2023'],
  ] as const)(
    'maxElectedSeats 18 gives seats.elected.max for 19 members starting at the %i boundary (%s)',
    (year, _era) => {
      const nineteen = Array.from({ length: 19 }, (_, i) => term(`m${i}`, year, year + 4));
      const capped = buildWorkspace({
        committees: [{ id: 'it', name: 'IT', params: { maxElectedSeats: 18 } }],
        terms: nineteen,
      });
      const plain = buildWorkspace({ terms: nineteen });
      expect(codesOf(capped, BOUNDARY[year] as string)).toContain('seats.elected.max');
      expect(codesOf(plain, BOUNDARY[year] as string)).not.toContain('seats.elected.max');
    },
  );

  it.each([
    ['2020-03-01', 'pre2021'],
    ['2022-03-01', 'ifla2021'],
    ['2024-03-01', 'ifla2023'],
  ] as const)(
    'maxCoopted 2: two co-options starting %s (%s) are allowed, a third is seats.coopted.max',
    (start, _era) => {
      const coopt = (id: string) =>
        term(id, start, addYearsTo(start, 1), { kind: 'coopted', cooption: { approvedOn: start } });
      const committees = [{ id: 'it', name: 'IT', params: { maxCoopted: 2 } }];
      expect(codesOf(buildWorkspace({ committees, terms: [coopt('a'), coopt('b')] }), start)).not.toContain(
        'seats.coopted.max',
      );
      expect(codesOf(buildWorkspace({ committees, terms: [coopt('a'), coopt('b'), coopt('c')] }), start)).toContain(
        'seats.coopted.max',
      );
    },
  );

  it.each([2019, 2023])('maxCoopted 3 sets the plan’s co-option capacity for cycle %i', (cycle) => {
    const ws = buildWorkspace({ committees: [{ id: 'it', name: 'IT', params: { maxCoopted: 3 } }] });
    expect(planCycle(ws, 'it', cycle).coOptionCapacity).toBe(3);
  });

  it.each([
    ['2020', 'pre2021'],
    ['2022', 'ifla2021'],
    ['2024', 'ifla2023'],
  ] as const)('inactivityMissedMeetings 3 (R-23): in %s (%s) two absences are not enough, three are', (year, _era) => {
    const meetings = ['02-01', '05-01', '08-01'].map((md, i) => ({
      id: `m${i}`,
      committeeId: 'it',
      date: `${year}-${md}`,
      attendance: [{ personId: 'r', status: 'absent' }],
    }));
    const committees = [{ id: 'it', name: 'IT', params: { inactivityMissedMeetings: 3 } }];
    const terms = [term('r', '2019-08-30', '2027-08-27', { kind: 'casual' })];
    const afterTwo = buildWorkspace({ committees, terms, meetings: meetings.slice(1) });
    const afterThree = buildWorkspace({ committees, terms, meetings });
    expect(codesOf(afterTwo, `${year}-09-01`)).not.toContain('member.inactive');
    expect(codesOf(afterThree, `${year}-09-01`)).toContain('member.inactive');
  });
});

function addYearsTo(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}
