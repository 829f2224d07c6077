import { addYears, minDate, type IsoDate } from '@shared/domain/dates';
import type { CooptionReason, RuleSetId } from '@shared/domain/vocabulary';
import { rankByVotes } from '@shared/elections/ballot';
import type { BoundaryCalendar } from '@shared/rules/boundaries';
import { createRulesContext } from '@shared/rules/context';
import { paramsFor, ruleSetFor, type RuleParams } from '@shared/rules/rule-sets';
import { endedEarly, isActiveOn, isProposal, makesMember, occupiesElectedSeat } from '@shared/rules/terms';
import type { Committee, Term, Workspace } from '@shared/workspace/schema';
import { deskText, isoDate, type DeskText } from './desk-text';

/** A co-option's reason as a label: "Regional diversity or representation", "Expertise" … */
export function reasonText(reason: CooptionReason): DeskText {
  return deskText(`elections.reason.${reason}`);
}

/** The reason as an ICU `select` key, for sentences whose grammar depends on it. */
export function reasonKey(reason: CooptionReason): string {
  return reason === 'available-place' ? 'availablePlace' : reason;
}

export const APPROVER_ROLES = ['DivisionChair', 'ProfessionalCouncil', 'HQ'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

/** The approving body as a label: "Division Chair", "Professional Council", "IFLA HQ". */
export function approverText(role: ApproverRole): DeskText {
  return deskText(`elections.approver.${role}`);
}

/** Who approves a co-option under the rules in force on `date` (R-25, OQ-2); null where there is none. */
export function approverRoleOn(committee: Committee, date: IsoDate): ApproverRole | null {
  const role = paramsFor(committee, ruleSetFor(committee, date)).coOptApproverRole;
  return role && (APPROVER_ROLES as readonly string[]).includes(role) ? (role as ApproverRole) : null;
}

/** A casual vacancy: a seat whose term ended early while the rest of it still runs. */
export type CasualVacancy = {
  term: Term;
  name: string;
  /** The day the seat fell vacant. */
  vacatedOn: IsoDate;
  /** The planned end of the vacated term: what a fill may last until. */
  remainingUntil: IsoDate;
  /** The rule set in force on the day the seat fell vacant. */
  era: RuleSetId;
  /** The term that refilled the seat, if any. */
  filledBy?: { termId: string; personId: string; name: string; kind: Term['kind']; start: IsoDate };
};

/** Whether `fill` can refill the seat `vacated` left: same seat label, or same cohort end, or a mid-term co-option. */
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
 * The reserve list for a vacancy on `date`: the unsuccessful candidates of the most
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
export type FillOption = { method: FillMethod; label: DeskText; explanation: DeskText };

/** The ways to fill a casual vacancy under a rule set, in the rulebook's order (R-20, R-24, R-27, OQ-5). */
export function fillOptions(
  era: RuleSetId,
  vacancy: CasualVacancy,
  calendar: BoundaryCalendar,
  from: IsoDate,
): FillOption[] {
  const until = { until: isoDate(vacancy.remainingUntil) };
  const option = (method: FillMethod, key: string, values?: Parameters<typeof deskText>[1]): FillOption => ({
    method,
    label: deskText(`elections.fill.${key}.label`),
    explanation: deskText(`elections.fill.${key}.explanation`, values),
  });
  const leave = option('leave-empty', 'leaveEmpty', until);
  if (era === 'pre2021') {
    return [option('reserve', 'reserve', until), option('chair-proposal', 'chairProposal'), leave];
  }
  const next = calendar.nextBoundaryAfter(from).date;
  return [
    era === 'ifla2021'
      ? option('cooption', 'cooptionToBoundary', { next: isoDate(next) })
      : option('cooption', 'cooptionToTermEnd', until),
    option('reserve', 'reserveForInformation'),
    leave,
  ];
}

/**
 * The planned end a co-option starting on `start` gets by default: under ifla2021 the
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

/** How a co-opted term counts toward the two-term limit, in a sentence. */
export function cooptionCounting(term: Pick<Term, 'cooption'>): DeskText {
  return term.cooption?.fillsVacancy === true
    ? deskText('elections.counting.midTermFill')
    : deskText('elections.counting.countsAsTerm');
}

/** Advice about a co-option's reason and counting that is not a finding. */
export function cooptionAdvice(term: Term, committee: Committee): DeskText[] {
  const advice: DeskText[] = [];
  const reason = term.cooption?.reason;
  if (reason === 'vacancy' && term.cooption?.fillsVacancy !== true) {
    advice.push(deskText('elections.advice.vacancyNotMarked'));
  }
  if (term.cooption?.fillsVacancy === true && reason !== 'vacancy' && reason !== undefined) {
    advice.push(deskText('elections.advice.markedAsFill'));
  }
  const date = term.cooption?.approvedOn ?? term.cooption?.proposedOn ?? term.start;
  if (ruleSetFor(committee, date) === 'pre2021') {
    advice.push(deskText('elections.advice.pre2021', { date: isoDate(date), from: isoDate('2021-08-26') }));
  }
  return advice;
}

/** Approved co-opted terms active on `date`, against the cap in force then. */
export function cooptedOn(slice: Workspace, committeeId: string, date: IsoDate): { used: number; max: number } {
  const committee = slice.committees.find((c) => c.id === committeeId);
  const max = committee ? paramsFor(committee, ruleSetFor(committee, date)).maxCoopted : 0;
  const used = slice.terms.filter(
    (t) => t.committeeId === committeeId && t.kind === 'coopted' && makesMember(t) && isActiveOn(t, date),
  ).length;
  return { used, max };
}

/** Members on `date` (who may propose a co-option), by name in the reader's `locale`. */
export function membersOn(
  slice: Workspace,
  committeeId: string,
  date: IsoDate,
  locale = 'en',
): { personId: string; name: string }[] {
  const byName = new Intl.Collator(locale, { sensitivity: 'base' });
  const ids = new Set(
    slice.terms
      .filter((t) => t.committeeId === committeeId && makesMember(t) && isActiveOn(t, date))
      .map((t) => t.personId),
  );
  const names = new Map(slice.people.map((p) => [p.id, p.name]));
  return [...ids]
    .map((personId) => ({ personId, name: names.get(personId) ?? personId }))
    .sort((a, b) => byName.compare(a.name, b.name) || (a.personId < b.personId ? -1 : 1));
}

/** The co-opted terms of a committee, latest first. */
export function cooptions(slice: Workspace, committeeId: string): Term[] {
  return slice.terms
    .filter((t) => t.committeeId === committeeId && t.kind === 'coopted')
    .sort((a, b) => (a.start > b.start ? -1 : a.start < b.start ? 1 : a.id < b.id ? -1 : 1));
}
