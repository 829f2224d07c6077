import type { IsoDate } from '../domain/dates';

/**
 * Consecutive-term chains: records in order of start, where a record joins the current
 * run when it starts before the run's break day (the latest `breaksOn` of any earlier record in
 * it). Used for the term-limit chain, corresponding terms, co-opted terms and offices alike.
 */
export type ChainLink<T> = {
  record: T;
  /** What this record adds to the run (0 for links that keep a chain unbroken but do not count). */
  counts: number;
  /** The run's total count up to and including this record: "term 2 of 2". */
  number: number;
  /** A record starting on or after this day no longer continues the run through this record. */
  breaksOn: IsoDate;
};

export type ChainOptions<T> = {
  counts: (record: T) => number;
  breaksOn: (record: T) => IsoDate;
};

function compareStartThenId<T extends { start: IsoDate; id: string }>(a: T, b: T): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Records usually arrive already sorted (the rules context sorts once), so skip the copy then. */
function isInStartOrder<T extends { start: IsoDate; id: string }>(records: readonly T[]): boolean {
  for (let i = 1; i < records.length; i++) {
    if (compareStartThenId(records[i - 1] as T, records[i] as T) > 0) return false;
  }
  return true;
}

/** Splits records (any order) into runs of consecutive records, each in order of start then id. */
export function buildChains<T extends { start: IsoDate; id: string }>(
  records: readonly T[],
  options: ChainOptions<T>,
): ChainLink<T>[][] {
  const sorted = isInStartOrder(records) ? records : [...records].sort(compareStartThenId);
  const runs: ChainLink<T>[][] = [];
  let current: ChainLink<T>[] = [];
  let runBreaksOn = '';
  let runCount = 0;
  for (const record of sorted) {
    if (current.length > 0 && record.start >= runBreaksOn) {
      runs.push(current);
      current = [];
      runCount = 0;
      runBreaksOn = '';
    }
    const counts = options.counts(record);
    runCount += counts;
    const breaksOn = options.breaksOn(record);
    current.push({ record, counts, number: runCount, breaksOn });
    if (breaksOn > runBreaksOn) runBreaksOn = breaksOn;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * The run a new record starting on `start` would continue, with the count it would already
 * carry; empty when it would start a fresh chain. Runs depend only on earlier records, so the
 * prefix of the full chains before `start` answers it.
 */
export function runReaching<T extends { start: IsoDate; id: string }>(
  runs: readonly ChainLink<T>[][],
  start: IsoDate,
): { links: ChainLink<T>[]; count: number } {
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r] as ChainLink<T>[];
    let before = 0;
    while (before < run.length && (run[before] as ChainLink<T>).record.start < start) before++;
    if (before === 0) continue;
    const links = before === run.length ? run : run.slice(0, before);
    if (!links.some((link) => start < link.breaksOn)) return { links: [], count: 0 };
    return { links, count: (links[before - 1] as ChainLink<T>).number };
  }
  return { links: [], count: 0 };
}
