import { addDays, isoFromParts, yearOf, type IsoDate } from '@shared/domain/dates';
import type { RulesContext } from '@shared/rules/context';
import { computedPlaces } from '@shared/rules/cycle-plan';
import { isActiveOn, occupiesElectedSeat } from '@shared/rules/terms';
import type { Term } from '@shared/workspace/schema';

/** Where a band lies relative to the date being looked at. */
export type BandPhase = 'past' | 'current' | 'future';

/** One cohort's seats for one term: from the boundary of `startYear` to the boundary of `endYear`. */
export type CohortBand = {
  startYear: number;
  endYear: number;
  start: IsoDate;
  end: IsoDate;
  phase: BandPhase;
  seats: number;
  /** Elected and casual terms of this band active on `countedOn`. */
  filled: number;
  vacant: number;
  /**
   * The day the seats are counted: `asOf` for the band running on it; for a band already over,
   * its last day (who served to the end); for one still to come, its first day (who is recorded
   * as elected so far).
   */
  countedOn: IsoDate;
};

/** A lane of the timeline: the seats filled by the elections of every `termLengthYears`-th cycle from `firstYear`. */
export type TimelineCohort = { firstYear: number; bands: CohortBand[] };

export type CohortTimeline = {
  asOf: IsoDate;
  /** The years the picture spans: 1 January of `fromYear` to 1 January of `toYear`. */
  fromYear: number;
  toYear: number;
  termLengthYears: number;
  /** True when the committee records no seat cohorts and they were read from its elected terms. */
  derived: boolean;
  cohorts: TimelineCohort[];
  /** Elected or casual terms active on `asOf` whose end falls in no cohort's cycle (a record to look at). */
  outsideCohorts: number;
};

const modulo = (n: number, m: number) => ((n % m) + m) % m;

/**
 * The seat cohorts of a committee as consecutive bands over the years around `asOf`, each with
 * its seats and how many are filled. Seats come from the seat ledger the engine uses for the
 * places of each cycle (R-05, `computedPlaces`); a committee without `seatCohorts` gets its cohorts
 * from the start years of its elected terms. A term belongs to the band whose end is its own
 * planned end, so casual-vacancy terms count in the band they fill.
 */
export function cohortTimeline(
  ctx: RulesContext,
  committeeId: string,
  asOf: IsoDate,
  { yearsBefore = 6, yearsAfter = 6 }: { yearsBefore?: number; yearsAfter?: number } = {},
): CohortTimeline {
  const { calendar } = ctx;
  const committee = ctx.committee(committeeId);
  const termLengthYears = ctx.paramsOn(committeeId, asOf).termLengthYears;
  const fromYear = yearOf(asOf) - yearsBefore;
  const toYear = yearOf(asOf) + yearsAfter;
  const seatTerms = (ctx.termsByCommittee.get(committeeId) ?? []).filter(occupiesElectedSeat);
  const cycleOf = (date: IsoDate) => calendar.boundaryYear(date) ?? yearOf(date);

  // One lane per residue of the cycle year: cohorts filled in the same cycles share their bands.
  const firstYears = new Map<number, number>();
  const derived = !committee.seatCohorts;
  const starts = derived
    ? seatTerms.filter((t) => t.kind === 'elected').map((t) => cycleOf(t.start))
    : (committee.seatCohorts ?? []).map((c) => c.firstYear);
  for (const year of starts) {
    const lane = modulo(year, termLengthYears);
    const known = firstYears.get(lane);
    if (known === undefined || year < known) firstYears.set(lane, year);
  }

  const termsEndingIn = new Map<number, Term[]>();
  for (const t of seatTerms) {
    const year = cycleOf(t.end);
    const list = termsEndingIn.get(year);
    if (list) list.push(t);
    else termsEndingIn.set(year, [t]);
  }

  const cohorts: TimelineCohort[] = [];
  for (const firstYear of [...firstYears.values()].sort((a, b) => a - b)) {
    const bands: CohortBand[] = [];
    let carriedSeats = 0;
    for (let startYear = firstYear; startYear < toYear; startYear += termLengthYears) {
      const endYear = startYear + termLengthYears;
      // A derived cohort's seats are the places its terms ending at that boundary held; a band
      // nobody has been recorded in yet keeps the seats of the band before it.
      const places = derived ? computedPlaces(ctx, committeeId, endYear) : computedPlaces(ctx, committeeId, startYear);
      const seats = derived && places === 0 ? carriedSeats : places;
      carriedSeats = seats;
      if (endYear <= fromYear) continue;
      const start = calendar.boundary(startYear);
      const end = calendar.boundary(endYear);
      const phase: BandPhase = asOf < start ? 'future' : asOf >= end ? 'past' : 'current';
      const countedOn = phase === 'current' ? asOf : phase === 'past' ? addDays(end, -1) : start;
      const filled = (termsEndingIn.get(endYear) ?? []).filter((t) => isActiveOn(t, countedOn)).length;
      bands.push({
        startYear,
        endYear,
        start,
        end,
        phase,
        seats,
        filled,
        vacant: Math.max(0, seats - filled),
        countedOn,
      });
    }
    cohorts.push({ firstYear, bands });
  }

  const laneOf = (year: number) => firstYears.get(modulo(year - termLengthYears, termLengthYears));
  const outsideCohorts = seatTerms.filter((t) => {
    if (!isActiveOn(t, asOf)) return false;
    const bandStart = cycleOf(t.end) - termLengthYears;
    const first = laneOf(cycleOf(t.end));
    return first === undefined || bandStart < first;
  }).length;

  return { asOf, fromYear, toYear, termLengthYears, derived, cohorts, outsideCohorts };
}

/** 1 January of a year, the edges of the timeline's window. */
export function yearStart(year: number): IsoDate {
  return isoFromParts(year, 1, 1);
}
