import { addYears, isoFromParts, yearOf, type IsoDate } from '../domain/dates';
import type { Settings } from '../workspace/schema';

/**
 * Term boundaries: the odd-year dates on which Standing Committee terms change over.
 * A year the workspace does not list defaults to 31 August.
 */
export type BoundaryCalendar = {
  /** The boundary of `year`. */
  boundary(year: number): IsoDate;
  /** The odd year whose boundary `date` is, if it is one. */
  boundaryYear(date: IsoDate): number | undefined;
  /** The first boundary strictly after `date`. */
  nextBoundaryAfter(date: IsoDate): { year: number; date: IsoDate };
  /**
   * The day from which a term starting no longer continues a term that ended on `end`, after a
   * gap of `gapYears` (interchange-v1 §1 "consecutive"): the boundary `gapYears` after when `end`
   * is a boundary, so drifting boundary dates do not matter, otherwise `end` plus `gapYears`.
   */
  chainBreaksOn(end: IsoDate, gapYears: number): IsoDate;
};

export function createBoundaryCalendar(settings: Settings | undefined): BoundaryCalendar {
  const configured = new Map<number, IsoDate>();
  const yearByDate = new Map<IsoDate, number>();
  for (const [year, date] of Object.entries(settings?.termBoundaries ?? {})) {
    configured.set(Number(year), date);
    yearByDate.set(date, Number(year));
  }

  // The checks ask these questions for every term, so answers are remembered.
  const boundaries = new Map<number, IsoDate>();
  const boundary = (year: number): IsoDate => {
    let date = boundaries.get(year);
    if (date === undefined) boundaries.set(year, (date = configured.get(year) ?? isoFromParts(year, 8, 31)));
    return date;
  };

  const boundaryYears = new Map<IsoDate, number | undefined>();
  const boundaryYear = (date: IsoDate): number | undefined => {
    if (boundaryYears.has(date)) return boundaryYears.get(date);
    let year: number | undefined = yearByDate.get(date);
    if (year === undefined) {
      const candidate = yearOf(date);
      if (candidate % 2 !== 0 && !configured.has(candidate) && date === boundary(candidate)) year = candidate;
    }
    boundaryYears.set(date, year);
    return year;
  };

  const nextBoundaryAfter = (date: IsoDate) => {
    let year = yearOf(date);
    if (year % 2 === 0) year += 1;
    if (boundary(year) <= date) year += 2;
    return { year, date: boundary(year) };
  };

  const breaksByGap = new Map<number, Map<IsoDate, IsoDate>>();
  const chainBreaksOn = (end: IsoDate, gapYears: number): IsoDate => {
    let breaks = breaksByGap.get(gapYears);
    if (!breaks) breaksByGap.set(gapYears, (breaks = new Map()));
    let date = breaks.get(end);
    if (date === undefined) {
      const year = boundaryYear(end);
      date = year === undefined ? addYears(end, gapYears) : boundary(year + gapYears);
      breaks.set(end, date);
    }
    return date;
  };

  return { boundary, boundaryYear, nextBoundaryAfter, chainBreaksOn };
}
