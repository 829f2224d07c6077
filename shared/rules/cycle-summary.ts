import { yearOf, type IsoDate } from '../domain/dates';
import type { TermKind } from '../domain/vocabulary';
import type { BoundaryCalendar } from './boundaries';
import type { RulesContext } from './context';
import { planCycleInContext, type CyclePlan } from './cycle-plan';
import { eligibilityToStand, type Eligibility } from './eligibility';
import { effectiveEnd, isActiveOn, makesMember, plural } from './terms';

/**
 * The election cycle a secretary is preparing for on `asOf`: the first odd year whose term
 * boundary falls on or after `asOf`. On the boundary day itself that cycle's terms are ending,
 * so it is still the cycle to show.
 */
export function nextCycleOnOrAfter(calendar: BoundaryCalendar, asOf: IsoDate): number {
  let year = yearOf(asOf);
  if (year % 2 === 0) year += 1;
  while (calendar.boundary(year) < asOf) year += 2;
  return year;
}

/** One expiring member and what the rules say about standing again. */
export type StandingEntry = { personId: string; name: string; eligibility: Eligibility; reason: string };

/** One member carrying on past the boundary, and until when. */
export type ContinuingEntry = { personId: string; name: string; kind: TermKind; until: IsoDate };

export type CycleSummary = {
  plan: CyclePlan;
  mayStandAgain: StandingEntry[];
  termLimited: StandingEntry[];
  continuing: ContinuingEntry[];
};

/**
 * Why someone may or may not stand again, in the words the CLI and the findings use:
 * "would be term 2 of 2", or "2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023".
 */
export function standingReason(eligibility: Eligibility): string {
  if (eligibility.eligible) return `would be term ${eligibility.prospectiveTermNumber} of ${eligibility.maxTerms}`;
  const served = `${plural(eligibility.chain.length, 'consecutive term')} ${eligibility.chain.join(', ')}`;
  return eligibility.mayStandAgainFrom === null
    ? served
    : `${served}; may stand again from ${eligibility.mayStandAgainFrom}`;
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });
const nameOrder = (a: { name: string; personId: string }, b: { name: string; personId: string }) =>
  byName.compare(a.name, b.name) || (a.personId < b.personId ? -1 : 1);

/** The cycle plan of `cycle` with each expiring member's reason and each continuing member's end, ordered by name. */
export function summariseCycle(ctx: RulesContext, committeeId: string, cycle: number): CycleSummary {
  const plan = planCycleInContext(ctx, committeeId, cycle);
  const standing = (personId: string): StandingEntry => {
    const eligibility = eligibilityToStand(ctx, committeeId, personId, cycle);
    return { personId, name: ctx.nameOf(personId), eligibility, reason: standingReason(eligibility) };
  };
  const continuing = plan.continuing.map((personId): ContinuingEntry => {
    // The membership that carries them over the boundary; the latest-ending one if there are several.
    const carrying = ctx
      .memberTerms(committeeId, personId)
      .filter((t) => makesMember(t) && t.start < plan.boundary && isActiveOn(t, plan.boundary))
      .sort((a, b) => (effectiveEnd(a) < effectiveEnd(b) ? 1 : -1))[0];
    return {
      personId,
      name: ctx.nameOf(personId),
      kind: carrying?.kind ?? 'elected',
      until: carrying ? effectiveEnd(carrying) : plan.boundary,
    };
  });
  return {
    plan,
    mayStandAgain: plan.eligibleForRenomination.map(standing).sort(nameOrder),
    termLimited: plan.termLimited.map(standing).sort(nameOrder),
    continuing: continuing.sort(nameOrder),
  };
}
