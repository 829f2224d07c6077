import type { IsoDate } from '../../domain/dates';
import type { Term } from '../../workspace/schema';
import type { RulesContext } from '../context';
import { finding, ref, type Finding, type FindingCode } from '../findings';
import type { RuleParams } from '../rule-sets';
import { byStartThenId, effectiveEnd, joinList, makesMember, occupiesElectedSeat, plural } from '../terms';

type Cap = {
  code: FindingCode;
  counts: (term: Term) => boolean;
  limit: (params: RuleParams) => number;
  describe: (committee: string, date: IsoDate, active: number, limit: number) => string;
};

/** The seat caps of, checked on every date on which a capped term starts. */
const CAPS: Cap[] = [
  {
    code: 'seats.elected.max',
    counts: occupiesElectedSeat,
    limit: (p) => p.maxElectedSeats,
    describe: (c, d, n, max) =>
      `On ${d} ${c} has ${n} elected and casual-vacancy members, more than its ${plural(max, 'elected seat')}.`,
  },
  {
    code: 'seats.coopted.max',
    counts: (t) => t.kind === 'coopted' && makesMember(t),
    limit: (p) => p.maxCoopted,
    describe: (c, d, n, max) =>
      max === 0
        ? `On ${d} ${c} has ${n} approved co-opted ${n === 1 ? 'member' : 'members'}, but the rules in force that day allow no co-option.`
        : `On ${d} ${c} has ${n} approved co-opted members, more than the ${max} allowed at a time.`,
  },
  {
    code: 'seats.corresponding.max',
    counts: (t) => t.kind === 'corresponding',
    limit: (p) => p.maxCorrespondingMembers,
    describe: (c, d, n, max) => `On ${d} ${c} has ${n} corresponding members, more than the ${max} allowed.`,
  },
];

/** Index of the first element greater than `value` in an ascending array. */
function upperBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function checkSeatCaps(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const [committeeId, terms] of ctx.termsByCommittee) {
    const committeeName = ctx.committee(committeeId).name;
    for (const cap of CAPS) {
      // Terms with no active day (reported by term.dates) never hold a seat.
      const capped = terms.filter((t) => cap.counts(t) && t.start < effectiveEnd(t)).sort(byStartThenId);
      if (capped.length === 0) continue;
      const starts = capped.map((t) => t.start).sort();
      const ends = capped.map(effectiveEnd).sort();
      const startingOn = new Map<IsoDate, Term[]>();
      for (const t of capped) {
        const list = startingOn.get(t.start);
        if (list) list.push(t);
        else startingOn.set(t.start, [t]);
      }
      for (const [date, newcomers] of startingOn) {
        const active = upperBound(starts, date) - upperBound(ends, date);
        const limit = cap.limit(ctx.paramsOn(committeeId, date));
        if (active <= limit) continue;
        const names = newcomers.map((t) => ctx.nameOf(t.personId));
        const shown = joinList(names.length > 4 ? [...names.slice(0, 4), `${names.length - 4} more`] : names);
        findings.push(
          finding(cap.code, {
            committeeId,
            personId: newcomers.length === 1 ? newcomers[0]?.personId : undefined,
            refs: newcomers.map((t) => ref.term(t.id)),
            message: `${cap.describe(committeeName, date, active, limit)} Starting that day: ${shown}.`,
          }),
        );
      }
    }
  }
  return findings;
}
