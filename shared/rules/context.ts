import type { IsoDate } from '../domain/dates';
import { regionOf } from '../domain/regions';
import type { Region, RuleSetId } from '../domain/vocabulary';
import type { Committee, Election, Meeting, Office, Person, Term, Workspace } from '../workspace/schema';
import { createBoundaryCalendar, type BoundaryCalendar } from './boundaries';
import { buildChains, runReaching, type ChainLink, type ChainOptions } from './chain';
import { paramsFor, ruleSetFor, ruleSetForCycle, type RuleParams } from './rule-sets';
import { byStartThenId, effectiveEnd, inTermLimitChain, termLimitCount } from './terms';

/**
 * A workspace indexed once for the checks: records grouped by committee and by member, and the
 * consecutive-term chains computed lazily and cached. Read-only; nothing here mutates the input.
 */
export type RulesContext = ReturnType<typeof createRulesContext>;

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** One person's records on one committee, in order of start. */
export type MemberRecords<T> = { committeeId: string; personId: string; records: T[] };

/**
 * Records grouped by committee, then person (nested maps: no composite keys to build per lookup),
 * each person's list in order of start. The lists are short, so sorting them is cheaper than
 * sorting everything first.
 */
function groupByMember<T extends { committeeId: string; personId: string; start: IsoDate; id: string }>(
  all: readonly T[],
) {
  const byCommittee = new Map<string, Map<string, T[]>>();
  const list: MemberRecords<T>[] = [];
  for (const record of all) {
    let byPerson = byCommittee.get(record.committeeId);
    if (!byPerson) byCommittee.set(record.committeeId, (byPerson = new Map()));
    const records = byPerson.get(record.personId);
    if (records) records.push(record);
    else {
      const fresh = [record];
      byPerson.set(record.personId, fresh);
      list.push({ committeeId: record.committeeId, personId: record.personId, records: fresh });
    }
  }
  for (const member of list) if (member.records.length > 1) member.records.sort(byStartThenId);
  const get = (committeeId: string, personId: string): T[] => byCommittee.get(committeeId)?.get(personId) ?? [];
  return { list, get };
}

export function createRulesContext(workspace: Workspace) {
  const calendar: BoundaryCalendar = createBoundaryCalendar(workspace.settings);
  const committees = new Map<string, Committee>(workspace.committees.map((c) => [c.id, c]));
  const people = new Map<string, Person>(workspace.people.map((p) => [p.id, p]));
  const termsByCommittee = group(workspace.terms, (t) => t.committeeId);
  const termsByMember = groupByMember(workspace.terms);
  const officesByCommittee = group(workspace.offices, (o) => o.committeeId);
  const officesByMember = groupByMember(workspace.offices);
  const electionsByCommittee = group(
    [...workspace.elections].sort((a, b) => a.cycle - b.cycle || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    (e) => e.committeeId,
  );
  const meetingsByCommittee = group(
    [...workspace.meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
    (m) => m.committeeId,
  );
  const chainCache = new WeakMap<Term[], ChainLink<Term>[][]>();

  const committee = (id: string): Committee => {
    const found = committees.get(id);
    if (!found) throw new Error(`unknown committee ${id}`);
    return found;
  };

  const paramsOn = (committeeId: string, date: IsoDate): RuleParams => {
    const c = committee(committeeId);
    return paramsFor(c, ruleSetFor(c, date));
  };

  const gapYears = (params: RuleParams) => params.reEligibilityGapCycles * params.electionCycleYears;

  /** Counting rules for the term-limit chain of one committee. */
  const termChainOptions = (committeeId: string): ChainOptions<Term> => ({
    counts: termLimitCount,
    breaksOn: (t) => calendar.chainBreaksOn(effectiveEnd(t), gapYears(paramsOn(committeeId, t.start))),
  });

  /** Consecutive-by-date options for records that all count 1 (corresponding, co-opted, office terms). */
  const plainChainOptions = <T extends Term | Office>(committeeId: string): ChainOptions<T> => ({
    counts: () => 1,
    breaksOn: (r) => calendar.chainBreaksOn(effectiveEnd(r), gapYears(paramsOn(committeeId, r.start))),
  });

  const memberTerms = termsByMember.get;

  /** The term-limit chains (runs) of a person on a committee; corresponding terms excluded. */
  const termChains = (committeeId: string, personId: string): ChainLink<Term>[][] => {
    const terms = memberTerms(committeeId, personId);
    let chains = chainCache.get(terms);
    if (!chains) {
      chains = buildChains(terms.filter(inTermLimitChain), termChainOptions(committeeId));
      chainCache.set(terms, chains);
    }
    return chains;
  };

  return {
    workspace,
    calendar,
    committees,
    people,
    termsByCommittee,
    officesByCommittee,
    electionsByCommittee,
    meetingsByCommittee,
    committee,
    paramsOn,
    plainChainOptions,
    memberTerms,
    memberOffices: officesByMember.get,
    /** Every (committee, person) with terms, in file order (findings are sorted at the end). */
    members: (): readonly MemberRecords<Term>[] => termsByMember.list,
    /** Every (committee, person) with offices, in file order. */
    officeHolders: (): readonly MemberRecords<Office>[] => officesByMember.list,
    termChains,

    /** The term-limit run a new counting term starting on `start` would continue. */
    prospectiveTermRun(committeeId: string, personId: string, start: IsoDate) {
      return runReaching(termChains(committeeId, personId), start);
    },

    /** The boundary of a cycle and the rule set its election runs under. */
    cycleRules(committeeId: string, cycle: number): { boundary: IsoDate; ruleSet: RuleSetId; params: RuleParams } {
      const c = committee(committeeId);
      const boundary = calendar.boundary(cycle);
      const ruleSet = ruleSetForCycle(c, cycle, boundary);
      return { boundary, ruleSet, params: paramsFor(c, ruleSet) };
    },

    membersElections(committeeId: string, cycle: number): Election[] {
      return (electionsByCommittee.get(committeeId) ?? []).filter((e) => e.kind === 'members' && e.cycle === cycle);
    },

    meetings: (committeeId: string): Meeting[] => meetingsByCommittee.get(committeeId) ?? [],

    nameOf(personId: string): string {
      return people.get(personId)?.name ?? personId;
    },

    regionOfPerson(personId: string): Region | undefined {
      const person = people.get(personId);
      return person ? regionOf(person) : undefined;
    },
  };
}
