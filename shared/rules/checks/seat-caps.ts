import type { IsoDate } from '../../domain/dates';
import type { Term } from '../../workspace/schema';
import type { RulesContext } from '../context';
import { finding, ref, type Finding, type FindingCode } from '../findings';
import type { RuleParams } from '../rule-sets';
import type { MessageValue } from '../../i18n/translate';
import { byStartThenId, effectiveEnd, makesMember, occupiesElectedSeat } from '../terms';

type Cap = {
  code: FindingCode;
  counts: (term: Term) => boolean;
  limit: (params: RuleParams) => number;
  /** The message of a finding: its id for the limit in force (none may mean no such seats at all). */
  messageId: (limit: number) => string;
};

/** The seat caps of, checked on every date on which a capped term starts. */
const CAPS: Cap[] = [
  {
    code: 'seats.elected.max',
    counts: occupiesElectedSeat,
    limit: (p) => p.maxElectedSeats,
    messageId: () => 'finding.seats.elected.max',
  },
  {
    code: 'seats.coopted.max',
    counts: (t) => t.kind === 'coopted' && makesMember(t),
    limit: (p) => p.maxCoopted,
    messageId: (max) => (max === 0 ? 'finding.seats.coopted.none' : 'finding.seats.coopted.max'),
  },
  {
    code: 'seats.corresponding.max',
    counts: (t) => t.kind === 'corresponding',
    limit: (p) => p.maxCorrespondingMembers,
    messageId: () => 'finding.seats.corresponding.max',
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
        const names: MessageValue[] = newcomers.map((t) => ctx.nameOf(t.personId));
        const shown =
          names.length > 4 ? [...names.slice(0, 4), { id: 'list.more', values: { count: names.length - 4 } }] : names;
        findings.push(
          finding(cap.code, {
            committeeId,
            personId: newcomers.length === 1 ? newcomers[0]?.personId : undefined,
            refs: newcomers.map((t) => ref.term(t.id)),
            text: {
              id: cap.messageId(limit),
              values: {
                date,
                committee: committeeName,
                count: active,
                max: limit,
                newcomers: { join: 'names', items: shown },
              },
            },
          }),
        );
      }
    }
  }
  return findings;
}
