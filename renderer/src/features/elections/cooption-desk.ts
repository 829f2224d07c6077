import { addYears, minDate, type IsoDate } from '@shared/domain/dates';
import type { CooptionReason, RuleSetId } from '@shared/domain/vocabulary';
import { rankByVotes } from '@shared/elections/ballot';
import type { BoundaryCalendar } from '@shared/rules/boundaries';
import { createRulesContext } from '@shared/rules/context';
import { paramsFor, ruleSetFor, type RuleParams } from '@shared/rules/rule-sets';
import { endedEarly, isActiveOn, isProposal, makesMember, occupiesElectedSeat } from '@shared/rules/terms';
import type { Committee, Term, Workspace } from '@shared/workspace/schema';

export const REASON_LABELS: Record<CooptionReason, string> = {
  diversity: 'Regional diversity or representation',
  expertise: 'Expertise',
  'available-place': 'To fill an available place',
  vacancy: 'To fill a mid-term vacancy',
  other: 'Other',
};

export const APPROVER_ROLES = ['DivisionChair', 'ProfessionalCouncil', 'HQ'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];
export const APPROVER_LABELS: Record<ApproverRole, string> = {
  DivisionChair: 'the Division Chair',
  ProfessionalCouncil: 'the Professional Council',
  HQ: 'IFLA HQ',
};

/** Who approves a co-option under the rules in force on `date` (R-25, OQ-2); null where there is none. */
export function approverRoleOn(committee: Committee, date: IsoDate): ApproverRole | null {
  const role = paramsFor(committee, ruleSetFor(committee, date)).coOptApproverRole;
  return role && (APPROVER_ROLES as readonly string[]).includes(role) ? (role as ApproverRole) : null;
}

/** A casual vacancy (R-19): a seat whose term ended early while the rest of it still runs. */
export type CasualVacancy = {
  term: Term;
  name: string;
  /** The day the seat fell vacant. */
  vacatedOn: IsoDate;
  /** The planned end of the vacated term: what a fill may last until (R-22). */
  remainingUntil: IsoDate;
  /** The rule set in force on the day the seat fell vacant. */
  era: RuleSetId;
  /** The term that refilled the seat, if any. */
  filledBy?: { termId: string; personId: string; name: string; kind: Term['kind']; start: IsoDate };
};

/** Whether `fill` can refill the seat `vacated` left: same seat label, or same cohort end (R-22), or a mid-term co-option. */
function canRefill(vacated: Term, fill: Term): boolean {
  const vacatedOn = vacated.endedOn as IsoDate;
  if (fill.id === vacated.id || fill.start < vacatedOn || fill.start >= vacated.end || isProposal(fill)) return false;
  if (fill.kind === 'coopted') return fill.cooption?.fillsVacancy === true;
  return occupiesElectedSeat(fill) && fill.end === vacated.end;
}

/**
 * The casual vacancies of a committee on `asOf`: seats vacated by then whose term still runs, each with the
 * term that refilled it if one did: fills carrying the vacated seat's label first, then any fill
 * that fits, in order of start.
 */
export function casualVacancies(slice: Workspace, committeeId: string, asOf: IsoDate): CasualVacancy[] {
  const ctx = createRulesContext(slice);
  const committee = ctx.committee(committeeId);
  const terms = ctx.termsByCommittee.get(committeeId) ?? [];
  const vacated = terms
    .filter((t) => occupiesElectedSeat(t) && endedEarly(t) && (t.endedOn as IsoDate) <= asOf && asOf < t.end)
    .sort((a, b) => ((a.endedOn as IsoDate) < (b.endedOn as IsoDate) ? -1 : 1));
  const fills = terms.filter((t) => vacated.some((v) => canRefill(v, t))).sort((a, b) => (a.start < b.start ? -1 : 1));
  const used = new Set<string>();
  const filledBy = new Map<string, Term>();
  const assign = (match: (v: Term, f: Term) => boolean) => {
    for (const v of vacated) {
      if (filledBy.has(v.id)) continue;
      const fill = fills.find((f) => !used.has(f.id) && canRefill(v, f) && match(v, f));
      if (fill) {
        used.add(fill.id);
        filledBy.set(v.id, fill);
      }
    }
  };
  assign((v, f) => v.seat !== undefined && f.seat === v.seat);
  assign(() => true);
  return vacated.map((term) => {
    const fill = filledBy.get(term.id);
    return {
      term,
      name: ctx.nameOf(term.personId),
      vacatedOn: term.endedOn as IsoDate,
      remainingUntil: term.end,
      era: ruleSetFor(committee, term.endedOn as IsoDate),
      ...(fill
        ? {
            filledBy: {
              termId: fill.id,
              personId: fill.personId,
              name: ctx.nameOf(fill.personId),
              kind: fill.kind,
              start: fill.start,
            },
          }
        : {}),
    };
  });
}

export type ReserveEntry = { personId: string; name: string; rank: number; votes?: number; memberOn: boolean };
export type ReserveList = { electionId: string; cycle: number; entries: ReserveEntry[] } | null;

/**
 * The reserve list (R-17, R-20) for a vacancy on `date`: the unsuccessful candidates of the most
 * recent final members election settled by then, by `reserveRank`, else by votes. `memberOn`
 * marks those already serving on `asOf`, who cannot take the seat.
 */
export function reserveList(slice: Workspace, committeeId: string, date: IsoDate, asOf: IsoDate): ReserveList {
  const ctx = createRulesContext(slice);
  const elections = (ctx.electionsByCommittee.get(committeeId) ?? [])
    .filter(
      (e) => e.kind === 'members' && e.status === 'final' && (e.finalisedOn ?? ctx.calendar.boundary(e.cycle)) <= date,
    )
    .sort((a, b) => b.cycle - a.cycle);
  const election = elections[0];
  if (!election) return null;
  const candidates = (election.candidates ?? []).filter((c) => c.outcome === 'not-elected');
  const ranked = candidates.some((c) => c.reserveRank !== undefined)
    ? candidates.filter((c) => c.reserveRank !== undefined).sort((a, b) => (a.reserveRank ?? 0) - (b.reserveRank ?? 0))
    : rankByVotes(candidates);
  const members = new Set(
    (ctx.termsByCommittee.get(committeeId) ?? [])
      .filter((t) => makesMember(t) && isActiveOn(t, asOf))
      .map((t) => t.personId),
  );
  return {
    electionId: election.id,
    cycle: election.cycle,
    entries: ranked.map((c, i) => ({
      personId: c.personId,
      name: ctx.nameOf(c.personId),
      rank: c.reserveRank ?? i + 1,
      ...(c.votes === undefined ? {} : { votes: c.votes }),
      memberOn: members.has(c.personId),
    })),
  };
}

export type FillMethod = 'reserve' | 'chair-proposal' | 'cooption' | 'leave-empty';
export type FillOption = { method: FillMethod; label: string; explanation: string };

/** The ways to fill a casual vacancy under a rule set, in the rulebook's order (R-20, R-24, R-27, OQ-5). */
export function fillOptions(
  era: RuleSetId,
  vacancy: CasualVacancy,
  calendar: BoundaryCalendar,
  from: IsoDate,
): FillOption[] {
  const leave: FillOption = {
    method: 'leave-empty',
    label: 'Leave it empty',
    explanation: `The seat may stay empty until ${vacancy.remainingUntil}, the end of the vacated term (R-20).`,
  };
  if (era === 'pre2021') {
    return [
      {
        method: 'reserve',
        label: 'The next on the reserve list',
        explanation: `The unsuccessful candidate with the next-highest votes in the most recent election takes the rest of the term, to ${vacancy.remainingUntil}; it counts as a term (R-20, R-21).`,
      },
      {
        method: 'chair-proposal',
        label: 'A person the Chair proposes',
        explanation:
          'Only when no reserve candidate is willing: the Chair proposes someone to the committee for the rest of the term; it counts as a term (R-20, R-21).',
      },
      leave,
    ];
  }
  const next = calendar.nextBoundaryAfter(from).date;
  return [
    {
      method: 'cooption',
      label: 'A mid-term co-option',
      explanation: `Co-opted to fill the vacancy${era === 'ifla2021' ? ` until the next boundary, ${next}` : `, up to the end of the vacated term, ${vacancy.remainingUntil}`} (R-26); a mid-term fill does not count toward the term limit (R-27), and needs approval (R-25).`,
    },
    {
      method: 'reserve',
      label: 'The reserve list, for information',
      explanation:
        'The 2021 rules do not restate the reserve-list order; IFLA has filled such vacancies by co-option. The list is shown to help choose (OQ-5).',
    },
    leave,
  ];
}

/**
 * The planned end a co-option starting on `start` gets by default (R-26): under ifla2021 the
 * next boundary; under ifla2023 the end of the vacated term for a mid-term fill, else the
 * boundary of the term it starts in, four years on, never more than four years.
 */
export function defaultCooptionEnd(
  calendar: BoundaryCalendar,
  params: RuleParams,
  start: IsoDate,
  vacancyEnd?: IsoDate,
): IsoDate {
  const next = calendar.nextBoundaryAfter(start);
  if (params.coOptTermPolicy !== 'fullTermUpTo4Years') return next.date;
  if (vacancyEnd !== undefined) return vacancyEnd;
  const termStartYear = next.year - params.electionCycleYears;
  const fullTerm = calendar.boundary(termStartYear + params.termLengthYears);
  return minDate(fullTerm > next.date ? fullTerm : next.date, addYears(start, params.termLengthYears));
}

/** How a co-opted term counts toward the two-term limit, in a sentence (R-27). */
export function cooptionCounting(term: Pick<Term, 'cooption'>): string {
  return term.cooption?.fillsVacancy === true
    ? 'mid-term fill: does not count toward the term limit (R-27)'
    : 'counts as a term toward the two-term limit (R-27)';
}

/** Advice about a co-option's reason and counting that is not a finding (R-27, R-24). */
export function cooptionAdvice(term: Term, committee: Committee): string[] {
  const advice: string[] = [];
  const reason = term.cooption?.reason;
  if (reason === 'vacancy' && term.cooption?.fillsVacancy !== true) {
    advice.push(
      'The reason is a mid-term vacancy, but the co-option is not marked as filling one: it will count as a term (R-27).',
    );
  }
  if (term.cooption?.fillsVacancy === true && reason !== 'vacancy' && reason !== undefined) {
    advice.push('Marked as filling a mid-term vacancy: it will not count toward the term limit (R-27).');
  }
  const date = term.cooption?.approvedOn ?? term.cooption?.proposedOn ?? term.start;
  if (ruleSetFor(committee, date) === 'pre2021') {
    advice.push(
      `Dated ${date}, under the pre-2021 rules, which have no co-option for Sections (R-24): date it on or after 2021-08-26.`,
    );
  }
  return advice;
}

/** Approved co-opted terms active on `date`, against the cap in force then (R-24). */
export function cooptedOn(slice: Workspace, committeeId: string, date: IsoDate): { used: number; max: number } {
  const committee = slice.committees.find((c) => c.id === committeeId);
  const max = committee ? paramsFor(committee, ruleSetFor(committee, date)).maxCoopted : 0;
  const used = slice.terms.filter(
    (t) => t.committeeId === committeeId && t.kind === 'coopted' && makesMember(t) && isActiveOn(t, date),
  ).length;
  return { used, max };
}

/** Members on `date` (who may propose a co-option), by name. */
export function membersOn(slice: Workspace, committeeId: string, date: IsoDate): { personId: string; name: string }[] {
  const ids = new Set(
    slice.terms
      .filter((t) => t.committeeId === committeeId && makesMember(t) && isActiveOn(t, date))
      .map((t) => t.personId),
  );
  const names = new Map(slice.people.map((p) => [p.id, p.name]));
  return [...ids]
    .map((personId) => ({ personId, name: names.get(personId) ?? personId }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The co-opted terms of a committee, latest first. */
export function cooptions(slice: Workspace, committeeId: string): Term[] {
  return slice.terms
    .filter((t) => t.committeeId === committeeId && t.kind === 'coopted')
    .sort((a, b) => (a.start > b.start ? -1 : a.start < b.start ? 1 : a.id < b.id ? -1 : 1));
}
