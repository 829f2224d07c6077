import { addMonths, type IsoDate } from '../domain/dates';
import { regionOf } from '../domain/regions';
import type { OfficeRole, Region, TermKind } from '../domain/vocabulary';
import type { Term, Workspace } from '../workspace/schema';
import { buildChains } from './chain';
import { createRulesContext, type RulesContext } from './context';
import { effectiveEnd, isActiveOn, isProposal } from './terms';

export type RosterOffice = { id: string; role: OfficeRole; start: IsoDate; end: IsoDate };

export type RosterEntry = {
  personId: string;
  name: string;
  termId: string;
  kind: TermKind;
  start: IsoDate;
  end: IsoDate;
  endedOn?: IsoDate;
  /** Position in the current consecutive chain (term-limit chain; corresponding terms their own). */
  termNumber: number;
  /** Whether this term adds to the chain (a mid-term co-option or ex officio seat does not). */
  counts: boolean;
  /** The most consecutive terms of this kind the rules allow. */
  maxTerms: number;
  offices: RosterOffice[];
  country?: string;
  region?: Region;
};

export type Roster = { committeeId: string; asOf: IsoDate; members: RosterEntry[] };

const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Members active on `asOf` (proposed co-options excluded), with term number and offices. */
export function rosterInContext(ctx: RulesContext, committeeId: string, asOf: IsoDate): Roster {
  const terms = (ctx.termsByCommittee.get(committeeId) ?? []).filter((t) => !isProposal(t) && isActiveOn(t, asOf));
  const members = terms.map((term): RosterEntry => {
    const person = ctx.people.get(term.personId);
    const params = ctx.paramsOn(committeeId, term.start);
    const position = chainPosition(ctx, term);
    const offices = ctx
      .memberOffices(committeeId, term.personId)
      .filter((o) => isActiveOn(o, asOf))
      .map((o) => ({ id: o.id, role: o.role, start: o.start, end: effectiveEnd(o) }));
    const region = person ? regionOf(person) : undefined;
    return {
      personId: term.personId,
      name: ctx.nameOf(term.personId),
      termId: term.id,
      kind: term.kind,
      start: term.start,
      end: term.end,
      ...(term.endedOn ? { endedOn: term.endedOn } : {}),
      termNumber: position.number,
      counts: position.counts,
      maxTerms: term.kind === 'corresponding' ? params.correspondingMaxTerms : params.maxConsecutiveElectedTerms,
      offices,
      ...(person?.country ? { country: person.country.toUpperCase() } : {}),
      ...(region ? { region } : {}),
    };
  });
  members.sort((a, b) => nameCollator.compare(a.name, b.name) || (a.personId < b.personId ? -1 : 1));
  return { committeeId, asOf, members };
}

function chainPosition(ctx: RulesContext, term: Term): { number: number; counts: boolean } {
  const runs =
    term.kind === 'corresponding'
      ? buildChains(
          ctx.memberTerms(term.committeeId, term.personId).filter((t) => t.kind === 'corresponding'),
          ctx.plainChainOptions<Term>(term.committeeId),
        )
      : ctx.termChains(term.committeeId, term.personId);
  for (const run of runs) {
    const link = run.find((l) => l.record === term);
    if (link) return { number: link.number, counts: link.counts > 0 };
  }
  return { number: 1, counts: true };
}

export type RosterCounts = {
  /** Elected and casual-vacancy members against the elected seats. */
  electedSeats: { used: number; max: number; vacant: number };
  /** Approved co-options against the cap in force on the date. */
  coopted: { used: number; max: number };
  /** Members with a vote: elected, casual and co-opted. */
  voting: number;
  corresponding: number;
  exOfficio: number;
};

export function rosterCounts(ctx: RulesContext, roster: Roster): RosterCounts {
  const params = ctx.paramsOn(roster.committeeId, roster.asOf);
  const count = (...kinds: TermKind[]) => roster.members.filter((m) => kinds.includes(m.kind)).length;
  const elected = count('elected', 'casual');
  return {
    electedSeats: { used: elected, max: params.maxElectedSeats, vacant: Math.max(0, params.maxElectedSeats - elected) },
    coopted: { used: count('coopted'), max: params.maxCoopted },
    voting: count('elected', 'casual', 'coopted'),
    corresponding: count('corresponding'),
    exOfficio: count('ex-officio'),
  };
}

export function roster(workspace: Workspace, committeeId: string, asOf: IsoDate): Roster {
  return rosterInContext(createRulesContext(workspace), committeeId, asOf);
}

export type ExpiringItem = {
  type: 'term' | 'office';
  id: string;
  committeeId: string;
  personId: string;
  name: string;
  kind?: TermKind;
  role?: OfficeRole;
  start: IsoDate;
  /** The planned end. */
  end: IsoDate;
  /** The day it stops: the early end when there is one, else the planned end. */
  endsOn: IsoDate;
};

export type ExpiringReport = { asOf: IsoDate; months: number; until: IsoDate; items: ExpiringItem[] };

/**
 * Terms and offices whose end (`endedOn ?? end`) falls within `months` of `asOf`, soonest first.
 * Proposed co-options are plans, not memberships, so they are left out.
 */
export function expiringInContext(
  ctx: RulesContext,
  asOf: IsoDate,
  months: number,
  committeeId?: string,
): ExpiringReport {
  const until = addMonths(asOf, months);
  const within = (date: IsoDate) => asOf <= date && date <= until;
  const wanted = (c: string) => committeeId === undefined || c === committeeId;
  const items: ExpiringItem[] = [];
  for (const term of ctx.workspace.terms) {
    if (
      !wanted(term.committeeId) ||
      isProposal(term) ||
      !within(effectiveEnd(term)) ||
      term.start >= effectiveEnd(term)
    )
      continue;
    items.push({
      type: 'term',
      id: term.id,
      committeeId: term.committeeId,
      personId: term.personId,
      name: ctx.nameOf(term.personId),
      kind: term.kind,
      start: term.start,
      end: term.end,
      endsOn: effectiveEnd(term),
    });
  }
  for (const office of ctx.workspace.offices) {
    if (!wanted(office.committeeId) || !within(effectiveEnd(office)) || office.start >= effectiveEnd(office)) continue;
    items.push({
      type: 'office',
      id: office.id,
      committeeId: office.committeeId,
      personId: office.personId,
      name: ctx.nameOf(office.personId),
      role: office.role,
      start: office.start,
      end: office.end,
      endsOn: effectiveEnd(office),
    });
  }
  items.sort(
    (a, b) =>
      (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0) ||
      (a.committeeId < b.committeeId ? -1 : a.committeeId > b.committeeId ? 1 : 0) ||
      nameCollator.compare(a.name, b.name) ||
      (a.type < b.type ? 1 : a.type > b.type ? -1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  return { asOf, months, until, items };
}

export function expiring(workspace: Workspace, asOf: IsoDate, months: number, committeeId?: string): ExpiringReport {
  return expiringInContext(createRulesContext(workspace), asOf, months, committeeId);
}
