import type { IsoDate } from '../domain/dates';
import type { RuleSetId } from '../domain/vocabulary';
import type { Committee, RuleParamOverrides } from '../workspace/schema';

/**
 * The three IFLA rule sets and their parameters, exactly the rulebook's §2.0 block. The engine
 * reads every number from here (through `paramsFor`), never from a constant in a check.
 */
export type RuleParams = {
  maxElectedSeats: number;
  minElectedSeats: number;
  termLengthYears: number;
  electionCycleYears: number;
  electionYearParity: 'odd' | 'even';
  nominationCallYearParity: 'odd' | 'even';
  maxConsecutiveElectedTerms: number;
  maxConsecutiveYears: number;
  reEligibilityGapCycles: number;
  casualFillCountsAsTerm: boolean | null;
  casualVacancyFillOrder: string[];
  maxCoopted: number;
  correspondingAllowed: boolean;
  maxCorrespondingMembers: number;
  correspondingTermYears: number;
  correspondingMaxTerms: number;
  officerTermYears: number;
  maxConsecutiveTermsSameOffice: number;
  maxTotalOfficerYearsOnSC: number;
  icIsOfficer: boolean;
  sigConvenorIsOfficer: boolean;
  inactivityMissedMeetings: number;
  inactivityNoticeDeadlineDays: number;
  quorumRule: string;
  /** The quorum under `quorumRule: fixedNumber`. App default, an ASSUMPTION: 11, a majority of 20 seats. */
  quorumFixed: number;
  /** The share of voting members under `quorumRule: fraction`. App default: 0.5. */
  quorumFraction: number;
  /** Approved co-opted members vote and count for quorum (R-30; configurable under ifla2021, default yes). */
  cooptedMembersVote: boolean;
  /** Ex officio members, such as SIG Convenors, vote and count for quorum (R-44, OQ-18; default no). */
  exOfficioMembersVote: boolean;
  // Introduced by ifla2021 (absent from pre2021, given neutral values there).
  coOptedCountTowardElectedCap: boolean;
  coOptApproverRole: string | null;
  coOptTermPolicy: 'untilNextElectionCycle' | 'fullTermUpTo4Years' | null;
  coOptStartOfTermCountsAsTerm: boolean;
  coOptMidTermCountsAsTerm: boolean;
  coOptStartOfTermWindowMonths: number;
  barCoOptAfterFailedSecondTermBid: boolean;
  coOptRenewalOnlyByElection: boolean;
  votesPerRegisteredMember: number;
  nominationsRequired: number;
  sigCommitteeMax: number | null;
  sigTermYears: number | null;
  icIsOfficerForDivisionChairElection: boolean;
  roleCumulationLimits: unknown;
};

export type RuleSet = { id: RuleSetId; effectiveFrom: IsoDate | null; effectiveTo: IsoDate | null; params: RuleParams };

/** First day of the 2021 Statutes (the day after the August 2021 General Assembly). */
export const IFLA2021_FROM = '2021-08-26';
/** The 2023 amendments apply from the 2023 election and co-option cycle. */
export const IFLA2023_FROM = '2023-01-01';
/** The whole 2021 election cycle already ran under the 2021 rules (rulebook §2.0). */
export const FIRST_IFLA2021_CYCLE = 2021;

const pre2021: RuleParams = {
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
  quorumFixed: 11,
  quorumFraction: 0.5,
  cooptedMembersVote: true,
  exOfficioMembersVote: false,
  coOptedCountTowardElectedCap: false,
  coOptApproverRole: null,
  coOptTermPolicy: null,
  coOptStartOfTermCountsAsTerm: false,
  coOptMidTermCountsAsTerm: false,
  coOptStartOfTermWindowMonths: 12,
  barCoOptAfterFailedSecondTermBid: false,
  coOptRenewalOnlyByElection: false,
  votesPerRegisteredMember: 1,
  nominationsRequired: 1,
  sigCommitteeMax: null,
  sigTermYears: null,
  icIsOfficerForDivisionChairElection: false,
  roleCumulationLimits: null,
};

const ifla2021: RuleParams = {
  ...pre2021,
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

const ifla2023: RuleParams = {
  ...ifla2021,
  coOptTermPolicy: 'fullTermUpTo4Years',
  coOptApproverRole: 'ProfessionalCouncil',
  coOptRenewalOnlyByElection: true,
  icIsOfficer: true,
  sigConvenorIsOfficer: true,
  roleCumulationLimits: null,
};

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  pre2021: { id: 'pre2021', effectiveFrom: null, effectiveTo: '2021-08-25', params: pre2021 },
  ifla2021: { id: 'ifla2021', effectiveFrom: IFLA2021_FROM, effectiveTo: '2022-12-31', params: ifla2021 },
  ifla2023: { id: 'ifla2023', effectiveFrom: IFLA2023_FROM, effectiveTo: null, params: ifla2023 },
};

/** The rule set in force on a date, for a committee that pins none. */
export function eraOn(date: IsoDate): RuleSetId {
  if (date < IFLA2021_FROM) return 'pre2021';
  if (date < IFLA2023_FROM) return 'ifla2021';
  return 'ifla2023';
}

/** The rule set for an event on `date` at `committee`: its pin, else the era of the date. */
export function ruleSetFor(committee: Pick<Committee, 'ruleSet'>, date: IsoDate): RuleSetId {
  return committee.ruleSet ?? eraOn(date);
}

/** The rule set of an election: its committee's pin, else ifla2021 for the 2021 cycle, else the era of its boundary. */
export function ruleSetForCycle(committee: Pick<Committee, 'ruleSet'>, cycle: number, boundary: IsoDate): RuleSetId {
  if (committee.ruleSet) return committee.ruleSet;
  if (cycle === FIRST_IFLA2021_CYCLE) return 'ifla2021';
  return eraOn(boundary);
}

const paramsCache = new WeakMap<object, Partial<Record<RuleSetId, RuleParams>>>();

/** A rule set's parameters with the committee's overrides applied (an override holds in every era). */
export function paramsFor(committee: Pick<Committee, 'params'>, ruleSet: RuleSetId): RuleParams {
  const overrides = committee.params;
  if (!overrides) return RULE_SETS[ruleSet].params;
  let byRuleSet = paramsCache.get(overrides);
  if (!byRuleSet) paramsCache.set(overrides, (byRuleSet = {}));
  return (byRuleSet[ruleSet] ??= mergeParams(RULE_SETS[ruleSet].params, overrides));
}

function mergeParams(base: RuleParams, overrides: RuleParamOverrides): RuleParams {
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base)) {
    const value = (overrides as Record<string, unknown>)[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged as RuleParams;
}
