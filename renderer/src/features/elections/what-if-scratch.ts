import type { IsoDate } from '@shared/domain/dates';
import { regionOf } from '@shared/domain/regions';
import { REGIONS, type Region, type RuleSetId } from '@shared/domain/vocabulary';
import { rankByVotes } from '@shared/elections/ballot';
import { createRulesContext } from '@shared/rules/context';
import { officerElectorate } from '@shared/rules/cycle-plan';
import type { Finding } from '@shared/rules/findings';
import { ruleSetFor } from '@shared/rules/rule-sets';
import { isActiveOn, makesMember, occupiesElectedSeat } from '@shared/rules/terms';
import { findingKey } from '@shared/rules/what-if';
import type { Election, Office, Person, Term, Workspace } from '@shared/workspace/schema';

/** One change tried on the scratch copy. Nothing here is stored until the chair applies it. */
export type WhatIfMove =
  | { kind: 'elect'; personId: string }
  | { kind: 'coopt'; term: Term; person?: Person; newPerson: boolean }
  | { kind: 'office'; office: Office };

/** The scratch copy and exactly what applying it would write. */
export type Scratch = {
  workspace: Workspace;
  newPeople: Person[];
  /** New terms: the slate's, from the boundary, and the co-options. */
  terms: Term[];
  offices: Office[];
  /** The cycle's members election as the slate leaves it: final, with outcomes. */
  election?: Election;
};

/** The id a finalised members election gives an elected term (as the elections repository does). */
export function slateTermId(workspace: Workspace, personId: string, cycle: number, electionId: string): string {
  const id = `t-${personId}-${cycle}`;
  return workspace.terms.some((t) => t.id === id) ? `${id}-${electionId}` : id;
}

/**
 * The committee as it would be after the moves: the slate's candidates elected for the term from
 * the boundary (the election then final, the others not elected, the reserve list by votes),
 * the co-options and the offices added. Pure: `slice` is never changed.
 */
export function buildScratch(
  slice: Workspace,
  committeeId: string,
  cycle: number,
  moves: readonly WhatIfMove[],
  finalisedOn: IsoDate,
): Scratch {
  const ctx = createRulesContext(slice);
  const { boundary, params } = ctx.cycleRules(committeeId, cycle);
  const newPeople: Person[] = [];
  const knownPeople: Person[] = [];
  const terms: Term[] = [];
  const offices: Office[] = [];
  let election: Election | undefined;

  const slate = moves.flatMap((m) => (m.kind === 'elect' ? [m.personId] : []));
  const before = slice.elections.find(
    (e) => e.kind === 'members' && e.cycle === cycle && e.committeeId === committeeId,
  );
  if (slate.length > 0 && before && before.status !== 'final') {
    const running = (before.candidates ?? []).filter((c) => c.outcome !== 'withdrawn');
    const losers = rankByVotes(running.filter((c) => !slate.includes(c.personId)));
    const ranked = running.every((c) => c.votes !== undefined);
    election = {
      ...before,
      status: 'final',
      finalisedOn,
      candidates: (before.candidates ?? []).map((c) => {
        if (c.outcome === 'withdrawn') return c;
        const { reserveRank: _old, ...rest } = c;
        const rank = losers.findIndex((l) => l.personId === c.personId);
        return {
          ...rest,
          outcome: slate.includes(c.personId) ? ('elected' as const) : ('not-elected' as const),
          ...(ranked && rank >= 0 ? { reserveRank: rank + 1 } : {}),
        };
      }),
    };
    const end = ctx.calendar.boundary(cycle + params.termLengthYears);
    for (const personId of slate) {
      terms.push({
        id: slateTermId(slice, personId, cycle, before.id),
        personId,
        committeeId,
        kind: 'elected',
        start: boundary,
        end,
        electionId: before.id,
      });
    }
  }
  for (const move of moves) {
    if (move.kind === 'coopt') {
      terms.push(move.term);
      if (move.person && move.newPerson) newPeople.push(move.person);
      else if (move.person && !slice.people.some((p) => p.id === move.person?.id)) knownPeople.push(move.person);
    } else if (move.kind === 'office') {
      offices.push(move.office);
    }
  }
  const workspace: Workspace = {
    ...slice,
    people: [...slice.people, ...knownPeople, ...newPeople],
    terms: [...slice.terms, ...terms],
    offices: [...slice.offices, ...offices],
    elections: election ? slice.elections.map((e) => (e.id === election?.id ? election : e)) : slice.elections,
  };
  return { workspace, newPeople, terms, offices, ...(election ? { election } : {}) };
}

export type Composition = {
  date: IsoDate;
  ruleSet: RuleSetId;
  /** People with an elected, casual or approved co-opted term active on the date. */
  members: number;
  electedSeats: { used: number; max: number; vacant: number };
  coopted: { used: number; max: number };
  regions: { region: Region; count: number }[];
  /** The regions with nobody on the date, in the order of `REGIONS`. */
  missingRegions: Region[];
  /** Members whose region is not known (no country, no region). */
  regionUnknown: number;
  countries: { code: string; count: number }[];
  languages: { code: string; count: number }[];
  /** Members with no languages recorded. */
  languagesUnknown: number;
  /** The officer electorate of the cycle. */
  electorate: string[];
  officers: Office[];
};

const byCountThenKey =
  <T extends { count: number }>(key: (item: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || (key(a) < key(b) ? -1 : 1);

/** Who sits on the committee on `date`: seats, co-opted places, regions, countries, languages, officers. */
export function composition(workspace: Workspace, committeeId: string, cycle: number, date: IsoDate): Composition {
  const ctx = createRulesContext(workspace);
  const committee = ctx.committee(committeeId);
  const params = ctx.paramsOn(committeeId, date);
  const active = (ctx.termsByCommittee.get(committeeId) ?? []).filter((t) => makesMember(t) && isActiveOn(t, date));
  const elected = active.filter(occupiesElectedSeat).length;
  const coopted = active.filter((t) => t.kind === 'coopted').length;
  const people = [...new Set(active.map((t) => t.personId))].map(
    (id) => ctx.people.get(id) ?? ({ id, name: id } as Person),
  );

  const regionCounts = new Map<Region, number>();
  const countryCounts = new Map<string, number>();
  const languageCounts = new Map<string, number>();
  let regionUnknown = 0;
  let languagesUnknown = 0;
  for (const person of people) {
    const region = regionOf(person);
    if (region) regionCounts.set(region, (regionCounts.get(region) ?? 0) + 1);
    else regionUnknown += 1;
    if (person.country) {
      const code = person.country.toUpperCase();
      countryCounts.set(code, (countryCounts.get(code) ?? 0) + 1);
    }
    if (!person.languages?.length) languagesUnknown += 1;
    for (const language of new Set(person.languages ?? [])) {
      languageCounts.set(language, (languageCounts.get(language) ?? 0) + 1);
    }
  }
  return {
    date,
    ruleSet: ruleSetFor(committee, date),
    members: people.length,
    electedSeats: { used: elected, max: params.maxElectedSeats, vacant: Math.max(0, params.maxElectedSeats - elected) },
    coopted: { used: coopted, max: params.maxCoopted },
    regions: REGIONS.filter((r) => regionCounts.has(r)).map((region) => ({
      region,
      count: regionCounts.get(region) ?? 0,
    })),
    missingRegions: REGIONS.filter((r) => !regionCounts.has(r)),
    regionUnknown,
    countries: [...countryCounts].map(([code, count]) => ({ code, count })).sort(byCountThenKey((c) => c.code)),
    languages: [...languageCounts].map(([code, count]) => ({ code, count })).sort(byCountThenKey((c) => c.code)),
    languagesUnknown,
    electorate: officerElectorate(ctx, committeeId, cycle),
    officers: (ctx.officesByCommittee.get(committeeId) ?? []).filter((o) => isActiveOn(o, date)),
  };
}

export type FindingDiff = { added: Finding[]; resolved: Finding[]; unchanged: Finding[] };

/** Findings of the scratch copy against today's: new, gone and the same (matched as the overrides match them). */
export function diffFindings(today: readonly Finding[], scratch: readonly Finding[]): FindingDiff {
  const before = new Set(today.map(findingKey));
  const after = new Set(scratch.map(findingKey));
  return {
    added: scratch.filter((f) => !before.has(findingKey(f))),
    resolved: today.filter((f) => !after.has(findingKey(f))),
    unchanged: scratch.filter((f) => before.has(findingKey(f))),
  };
}

/** The day to look at the composition: the boundary, or the desk's date when it is later. */
export function defaultCompositionDate(boundary: IsoDate, asOf: IsoDate): IsoDate {
  return asOf > boundary ? asOf : boundary;
}
