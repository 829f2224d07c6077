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

const memberKey = (committeeId: string, personId: string) => `${committeeId}\u0000${personId}`;

export function createRulesContext(workspace: Workspace) {
  const calendar: BoundaryCalendar = createBoundaryCalendar(workspace.settings);
  const committees = new Map<string, Committee>(workspace.committees.map((c) => [c.id, c]));
  const people = new Map<string, Person>(workspace.people.map((p) => [p.id, p]));
  const sortedTerms = [...workspace.terms].sort(byStartThenId);
  const sortedOffices = [...workspace.offices].sort(byStartThenId);
  const termsByCommittee = group(sortedTerms, (t) => t.committeeId);
  const termsByMember = group(sortedTerms, (t) => memberKey(t.committeeId, t.personId));
  const officesByCommittee = group(sortedOffices, (o) => o.committeeId);
  const officesByMember = group(sortedOffices, (o) => memberKey(o.committeeId, o.personId));
  const electionsByCommittee = group(
    [...workspace.elections].sort((a, b) => a.cycle - b.cycle || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    (e) => e.committeeId,
  );
  const meetingsByCommittee = group(
    [...workspace.meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
    (m) => m.committeeId,
  );
  const chainCache = new Map<string, ChainLink<Term>[][]>();

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

  const memberTerms = (committeeId: string, personId: string): Term[] =>
    termsByMember.get(memberKey(committeeId, personId)) ?? [];

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
    termChainOptions,
    plainChainOptions,
    memberTerms,
    memberOffices: (committeeId: string, personId: string): Office[] =>
      officesByMember.get(memberKey(committeeId, personId)) ?? [],
    /** Every member (committee, person) pair that has terms, in a stable order. */
    memberKeys: () => [...termsByMember.keys()].sort(),
    termsOfMemberKey: (key: string) => termsByMember.get(key) ?? [],
    officeMemberKeys: () => [...officesByMember.keys()].sort(),
    officesOfMemberKey: (key: string) => officesByMember.get(key) ?? [],

    /** The term-limit chains (runs) of a person on a committee; corresponding terms excluded. */
    termChains(committeeId: string, personId: string): ChainLink<Term>[][] {
      const key = memberKey(committeeId, personId);
      let chains = chainCache.get(key);
      if (!chains) {
        chains = buildChains(
          memberTerms(committeeId, personId).filter(inTermLimitChain),
          termChainOptions(committeeId),
        );
        chainCache.set(key, chains);
      }
      return chains;
    },

    /** The term-limit run a new counting term starting on `start` would continue. */
    prospectiveTermRun(committeeId: string, personId: string, start: IsoDate) {
      const terms = memberTerms(committeeId, personId).filter(inTermLimitChain);
      return runReaching(terms, start, termChainOptions(committeeId));
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
