import type { IsoDate } from '../domain/dates';
import type { RulesContext } from './context';
import { yearSpan } from './terms';

/** Whether a person may stand for a new term starting at a cycle's boundary, and why. */
export type Eligibility = {
  eligible: boolean;
  /** The number the new term would have in its consecutive chain. */
  prospectiveTermNumber: number;
  maxTerms: number;
  /** The counting terms already in the chain the new term would continue, as "2013–2017". */
  chain: string[];
  /** When not eligible: the first cycle in which a new term would start a fresh chain. */
  mayStandAgainFrom: number | null;
};

export function eligibilityToStand(
  ctx: RulesContext,
  committeeId: string,
  personId: string,
  cycle: number,
): Eligibility {
  const { boundary, params } = ctx.cycleRules(committeeId, cycle);
  const run = ctx.prospectiveTermRun(committeeId, personId, boundary);
  const prospectiveTermNumber = run.count + 1;
  const eligible = prospectiveTermNumber <= params.maxConsecutiveElectedTerms;
  const breaksOn = run.links.reduce<IsoDate>((latest, l) => (l.breaksOn > latest ? l.breaksOn : latest), '');
  return {
    eligible,
    prospectiveTermNumber,
    maxTerms: params.maxConsecutiveElectedTerms,
    chain: run.links.filter((l) => l.counts > 0).map((l) => yearSpan(l.record)),
    mayStandAgainFrom: eligible ? null : firstCycleFrom(ctx, breaksOn),
  };
}

/** The first odd cycle whose boundary is on or after `date`. */
function firstCycleFrom(ctx: RulesContext, date: IsoDate): number {
  let year = Number(date.slice(0, 4));
  if (year % 2 === 0) year += 1;
  while (ctx.calendar.boundary(year) < date) year += 2;
  return year;
}
