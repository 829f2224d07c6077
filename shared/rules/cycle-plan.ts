import type { IsoDate } from '../domain/dates';
import type { RuleSetId } from '../domain/vocabulary';
import type { Term, Workspace } from '../workspace/schema';
import { createRulesContext, type RulesContext } from './context';
import { eligibilityToStand } from './eligibility';
import { endedEarly, isActiveOn, makesMember, occupiesElectedSeat } from './terms';

/** The election-cycle plan of interchange-v1 §3 (`plan --json`). */
export type CyclePlan = {
  committeeId: string;
  cycle: number;
  ruleSet: RuleSetId;
  boundary: IsoDate;
  vacancies: number;
  expiring: string[];
  eligibleForRenomination: string[];
  termLimited: string[];
  continuing: string[];
  casualVacancies: number;
  coOptionCapacity: number;
  officerElectorate: string[];
  /** Places computed from the seat ledger, whatever was declared. */
  computedVacancies: number;
  /** Places IFLA HQ declared on this cycle's members election, if any. */
  declaredVacancies: number | null;
};

const sortedUnique = (ids: Iterable<string>) => [...new Set(ids)].sort();

/**
 * Pairs of (term that ended early, elected or casual term that refilled its seat): same planned
 * end, the refill starting on or after the early end. Each term is refilled at most once and
 * refills at most one; greedy in order of start is maximal because a later refill can take any
 * seat an earlier one could.
 */
function countRefills(terms: readonly Term[], refillStartsBefore?: IsoDate): number {
  const byEnd = new Map<IsoDate, Term[]>();
  for (const t of terms) {
    if (!occupiesElectedSeat(t)) continue;
    const list = byEnd.get(t.end);
    if (list) list.push(t);
    else byEnd.set(t.end, [t]);
  }
  let pairs = 0;
  for (const group of byEnd.values()) {
    const vacated = group.filter(endedEarly);
    if (vacated.length === 0) continue;
    const used = new Set<Term>();
    for (const refill of [...group].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))) {
      if (refillStartsBefore !== undefined && refill.start >= refillStartsBefore) continue;
      const seat = vacated.find((v) => v !== refill && !used.has(v) && (v.endedOn as IsoDate) <= refill.start);
      if (seat) {
        used.add(seat);
        pairs += 1;
      }
    }
  }
  return pairs;
}

/** the places an election of cycle `cycle` fills. */
export function computedPlaces(ctx: RulesContext, committeeId: string, cycle: number): number {
  const committee = ctx.committee(committeeId);
  const { boundary, params } = ctx.cycleRules(committeeId, cycle);
  if (committee.seatCohorts) {
    return committee.seatCohorts
      .filter((c) => c.firstYear <= cycle && (cycle - c.firstYear) % params.termLengthYears === 0)
      .reduce((sum, c) => sum + c.seats, 0);
  }
  const ending = (ctx.termsByCommittee.get(committeeId) ?? []).filter(
    (t) => occupiesElectedSeat(t) && t.end === boundary,
  );
  return ending.length - countRefills(ending);
}

/** Seats of the cohorts that carry on through the boundary but lack a member on it. */
function casualVacancies(ctx: RulesContext, committeeId: string, cycle: number, boundary: IsoDate): number {
  const committee = ctx.committee(committeeId);
  const terms = (ctx.termsByCommittee.get(committeeId) ?? []).filter(occupiesElectedSeat);
  if (committee.seatCohorts) {
    const { params } = ctx.cycleRules(committeeId, cycle);
    const seats = committee.seatCohorts
      .filter((c) => c.firstYear < cycle && (cycle - c.firstYear) % params.termLengthYears !== 0)
      .reduce((sum, c) => sum + c.seats, 0);
    const seated = terms.filter((t) => t.start < boundary && isActiveOn(t, boundary)).length;
    return Math.max(0, seats - seated);
  }
  const vacated = terms.filter(
    (t) => t.start < boundary && t.end > boundary && t.endedOn !== undefined && t.endedOn <= boundary,
  );
  const candidates = terms.filter((t) => vacated.some((v) => v.end === t.end));
  return Math.max(0, vacated.length - countRefills(candidates, boundary));
}

/** People whose elected, casual or approved co-opted term started before the boundary and is active on it. */
export function continuingMembers(ctx: RulesContext, committeeId: string, boundary: IsoDate): string[] {
  return sortedUnique(
    (ctx.termsByCommittee.get(committeeId) ?? [])
      .filter((t) => makesMember(t) && t.start < boundary && isActiveOn(t, boundary))
      .map((t) => t.personId),
  );
}

/** continuing members plus those elected in this cycle's members election once it is final. */
export function officerElectorate(ctx: RulesContext, committeeId: string, cycle: number): string[] {
  const { boundary } = ctx.cycleRules(committeeId, cycle);
  const incoming = ctx
    .membersElections(committeeId, cycle)
    .filter((e) => e.status === 'final')
    .flatMap((e) => (e.candidates ?? []).filter((c) => c.outcome === 'elected').map((c) => c.personId));
  return sortedUnique([...continuingMembers(ctx, committeeId, boundary), ...incoming]);
}

export function planCycleInContext(ctx: RulesContext, committeeId: string, cycle: number): CyclePlan {
  const { boundary, ruleSet, params } = ctx.cycleRules(committeeId, cycle);
  const terms = ctx.termsByCommittee.get(committeeId) ?? [];
  const expiring = sortedUnique(
    terms.filter((t) => makesMember(t) && t.end === boundary && !endedEarly(t)).map((t) => t.personId),
  );
  const eligible: string[] = [];
  const limited: string[] = [];
  for (const personId of expiring) {
    (eligibilityToStand(ctx, committeeId, personId, cycle).eligible ? eligible : limited).push(personId);
  }
  const activeCooptions = terms.filter((t) => t.kind === 'coopted' && makesMember(t) && isActiveOn(t, boundary)).length;
  const declared = ctx.membersElections(committeeId, cycle).find((e) => e.vacancies !== undefined)?.vacancies;
  const computed = computedPlaces(ctx, committeeId, cycle);
  return {
    committeeId,
    cycle,
    ruleSet,
    boundary,
    vacancies: declared ?? computed,
    expiring,
    eligibleForRenomination: eligible,
    termLimited: limited,
    continuing: continuingMembers(ctx, committeeId, boundary),
    casualVacancies: casualVacancies(ctx, committeeId, cycle, boundary),
    coOptionCapacity: Math.max(0, params.maxCoopted - activeCooptions),
    officerElectorate: officerElectorate(ctx, committeeId, cycle),
    computedVacancies: computed,
    declaredVacancies: declared ?? null,
  };
}

/** Plans election cycle `cycle` (an odd year) for one committee. */
export function planCycle(workspace: Workspace, committeeId: string, cycle: number): CyclePlan {
  return planCycleInContext(createRulesContext(workspace), committeeId, cycle);
}
