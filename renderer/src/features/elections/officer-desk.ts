import type { IsoDate } from '@shared/domain/dates';
import type { OfficeRole } from '@shared/domain/vocabulary';
import { buildChains } from '@shared/rules/chain';
import { officerYears } from '@shared/rules/checks/officers';
import { createRulesContext, type RulesContext } from '@shared/rules/context';
import { continuingMembers, officerElectorate } from '@shared/rules/cycle-plan';
import type { Finding } from '@shared/rules/findings';
import type { RuleParams } from '@shared/rules/rule-sets';
import { effectiveEnd, endedEarly, isActiveOn, makesMember, yearSpan } from '@shared/rules/terms';
import { findingsIntroduced } from '@shared/rules/what-if';
import type { Candidate, Election, Office, Workspace } from '@shared/workspace/schema';
import { deskText, isoDate, type DeskText } from './desk-text';

/** Where a person stands for the officer elections of a cycle. */
export type OfficerStanding = 'continuing' | 'incoming' | 'outgoing';

export type OfficerPoolEntry = {
  personId: string;
  name: string;
  standing: OfficerStanding;
  /** "continuing, until 2023-08-25", "incoming, elected 2021–2025", "term ends at the 2021-08-26 boundary". */
  note: DeskText;
  /** Why the person may not nominate, stand or vote; undefined for the electorate. */
  refusal?: DeskText;
  /** Offices held on this committee so far, as "Secretary 2019–2021". */
  officesHeld: DeskText[];
  /** Officer years counted so far toward the R-38 total. */
  officerYears: number;
};

export type OfficerDesk = {
  committeeId: string;
  cycle: number;
  boundary: IsoDate;
  /** The officer term elected this cycle: boundary to the boundary `officerTermYears` later. */
  officeStart: IsoDate;
  officeEnd: IsoDate;
  params: RuleParams;
  electorate: string[];
  /** Whether this cycle's members election is final, so its elected are in the electorate. */
  resultFinal: boolean;
  /** Electorate first (by name), then the outgoing members, who are refused. */
  pool: OfficerPoolEntry[];
};

/** An office's name: "Chair", "Secretary", "Information Coordinator", "SIG Convenor". */
export function roleText(role: OfficeRole): DeskText {
  return deskText(`elections.role.${role}`);
}

/** The office as an ICU `select` key, for sentences whose grammar depends on it. */
export function roleKey(role: OfficeRole): 'chair' | 'secretary' | 'ic' | 'sig' {
  return role === 'information-coordinator' ? 'ic' : role === 'sig-convenor' ? 'sig' : role;
}

/** Whether an office counts toward the officer limits. */
export function countsAsOfficer(role: OfficeRole, params: RuleParams): boolean {
  if (role === 'information-coordinator') return params.icIsOfficer;
  if (role === 'sig-convenor') return params.sigConvenorIsOfficer;
  return true;
}

/** The R-35 refusal for someone outside the electorate, naming the boundary. */
export function electorateRefusal(standing: OfficerStanding | 'none', boundary: IsoDate, cycle: number): DeskText {
  return standing === 'outgoing'
    ? deskText('elections.officers.refusal.outgoing', { boundary: isoDate(boundary) })
    : deskText('elections.officers.refusal.notInElectorate', { boundary: isoDate(boundary), cycle: String(cycle) });
}

/**
 * The officer electorate and candidate pool of a cycle on one committee; names are
 * sorted in the reader's `locale`.
 */
export function officerDesk(slice: Workspace, committeeId: string, cycle: number, locale = 'en'): OfficerDesk {
  const byName = new Intl.Collator(locale, { sensitivity: 'base' });
  const ctx = createRulesContext(slice);
  const { boundary, params } = ctx.cycleRules(committeeId, cycle);
  const officeEnd = ctx.calendar.boundary(cycle + params.officerTermYears);
  const electorate = officerElectorate(ctx, committeeId, cycle);
  const continuing = new Set(continuingMembers(ctx, committeeId, boundary));
  const resultFinal = ctx.membersElections(committeeId, cycle).some((e) => e.status === 'final');
  const terms = ctx.termsByCommittee.get(committeeId) ?? [];

  const entry = (personId: string, standing: OfficerStanding, note: DeskText): OfficerPoolEntry => {
    const offices = ctx.memberOffices(committeeId, personId);
    const counting = offices.filter((o) => countsAsOfficer(o.role, ctx.paramsOn(committeeId, o.start)));
    return {
      personId,
      name: ctx.nameOf(personId),
      standing,
      note,
      ...(standing === 'outgoing' ? { refusal: electorateRefusal('outgoing', boundary, cycle) } : {}),
      officesHeld: offices.map((o) =>
        deskText('elections.officers.officeHeld', { role: roleText(o.role), span: yearSpan(o) }),
      ),
      officerYears: officerYears(ctx, counting),
    };
  };

  const pool: OfficerPoolEntry[] = electorate.map((personId) => {
    if (continuing.has(personId)) {
      const until = terms
        .filter((t) => t.personId === personId && makesMember(t) && t.start < boundary && isActiveOn(t, boundary))
        .map(effectiveEnd)
        .sort()
        .at(-1);
      return entry(
        personId,
        'continuing',
        deskText('elections.officers.note.continuing', { until: isoDate(until ?? boundary) }),
      );
    }
    const elected = terms.find((t) => t.personId === personId && makesMember(t) && t.start === boundary);
    return entry(
      personId,
      'incoming',
      elected
        ? deskText('elections.officers.note.incomingElected', { span: yearSpan(elected) })
        : deskText('elections.officers.note.incoming'),
    );
  });
  const inElectorate = new Set(electorate);
  const standingAgain = new Set(
    ctx
      .membersElections(committeeId, cycle)
      .filter((e) => e.status !== 'final')
      .flatMap((e) => (e.candidates ?? []).filter((c) => c.outcome !== 'withdrawn').map((c) => c.personId)),
  );
  const outgoing = [
    ...new Set(
      terms
        .filter((t) => makesMember(t) && t.end === boundary && !endedEarly(t) && !inElectorate.has(t.personId))
        .map((t) => t.personId),
    ),
  ];
  const sortByName = (a: OfficerPoolEntry, b: OfficerPoolEntry) =>
    byName.compare(a.name, b.name) || (a.personId < b.personId ? -1 : 1);
  return {
    committeeId,
    cycle,
    boundary,
    officeStart: boundary,
    officeEnd,
    params,
    electorate,
    resultFinal,
    pool: [
      ...pool.sort(sortByName),
      ...outgoing
        .map((p) => {
          const at = { boundary: isoDate(boundary) };
          const outgoingEntry = entry(p, 'outgoing', deskText('elections.officers.note.outgoing', at));
          if (!standingAgain.has(p)) return outgoingEntry;
          return {
            ...outgoingEntry,
            note: deskText('elections.officers.note.outgoingStanding', { ...at, cycle: String(cycle) }),
            refusal: deskText('elections.officers.refusal.outgoingStanding', at),
          };
        })
        .sort(sortByName),
    ],
  };
}

/** The office a person would take: the cycle's officer term in `role`. */
export function proposedOffice(desk: OfficerDesk, role: OfficeRole, personId: string, id: string): Office {
  return {
    id,
    personId,
    committeeId: desk.committeeId,
    role,
    start: desk.officeStart,
    end: desk.officeEnd,
  };
}

/** A readable office id not yet used on the slice: `o-chair-2021`, else with a counter. */
export function newOfficeId(slice: Workspace, role: OfficeRole, cycle: number): string {
  const base = `o-${role === 'information-coordinator' ? 'ic' : role}-${cycle}`;
  const taken = new Set(slice.offices.map((o) => o.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** The office of `role` already recorded for the cycle's officer term, if any. */
export function recordedOffice(slice: Workspace, desk: OfficerDesk, role: OfficeRole): Office | undefined {
  return slice.offices.find(
    (o) => o.committeeId === desk.committeeId && o.role === role && o.start === desk.officeStart,
  );
}

/**
 * Rules no override can set aside here: outside the electorate, or Chair and Secretary at
 * the same time. Each sentence names its rule.
 */
export function officeRefusals(slice: Workspace, desk: OfficerDesk, office: Office): DeskText[] {
  const refusals: DeskText[] = [];
  const entry = desk.pool.find((p) => p.personId === office.personId);
  if (!desk.electorate.includes(office.personId)) {
    refusals.push(entry?.refusal ?? electorateRefusal('none', desk.boundary, desk.cycle));
  }
  const other: OfficeRole | undefined =
    office.role === 'chair' ? 'secretary' : office.role === 'secretary' ? 'chair' : undefined;
  if (other) {
    const clash = slice.offices.find(
      (o) =>
        o.id !== office.id &&
        o.committeeId === office.committeeId &&
        o.personId === office.personId &&
        o.role === other &&
        o.start < effectiveEnd(office) &&
        office.start < effectiveEnd(o),
    );
    if (clash) {
      refusals.push(
        deskText('elections.officers.refusal.chairAndSecretary', {
          role: roleKey(other),
          from: isoDate(clash.start),
          to: isoDate(effectiveEnd(clash)),
        }),
      );
    }
  }
  return refusals;
}

/** Advice that does not block: the IC role held together with an officer role. */
export function officeAdvice(slice: Workspace, office: Office): DeskText[] {
  const overlapping = slice.offices.filter(
    (o) =>
      o.id !== office.id &&
      o.committeeId === office.committeeId &&
      o.personId === office.personId &&
      o.start < effectiveEnd(office) &&
      office.start < effectiveEnd(o),
  );
  const ic = office.role === 'information-coordinator';
  const clash = overlapping.find((o) =>
    ic ? o.role === 'chair' || o.role === 'secretary' : o.role === 'information-coordinator',
  );
  if (!clash) return [];
  return [deskText('elections.officers.advice.icWithOfficer', { role: roleKey(clash.role), span: yearSpan(clash) })];
}

export type OfficeCheck = {
  office: Office;
  refusals: DeskText[];
  advice: DeskText[];
  /** Findings taking the office would add (officer.term-limit R-38, officer.not-member R-39 …). */
  findings: Finding[];
  /** "2nd consecutive term as Secretary (at most 2)". */
  termInRole: DeskText;
  /** "officer years: 2 so far, 4 with this office (at most 8)"; undefined when the role does not count. */
  years: DeskText | undefined;
};

function describeOffice(ctx: RulesContext, office: Office): { termInRole: DeskText; years: DeskText | undefined } {
  const params = ctx.paramsOn(office.committeeId, office.start);
  const sameRole = ctx.memberOffices(office.committeeId, office.personId).filter((o) => o.role === office.role);
  const runs = buildChains(sameRole, ctx.plainChainOptions<Office>(office.committeeId));
  const link = runs.flat().find((l) => l.record.id === office.id);
  const number = link?.number ?? 1;
  const termInRole = deskText('elections.officers.termInRole', {
    number,
    role: roleKey(office.role),
    max: params.maxConsecutiveTermsSameOffice,
  });
  if (!countsAsOfficer(office.role, params)) return { termInRole, years: undefined };
  const counting = ctx
    .memberOffices(office.committeeId, office.personId)
    .filter((o) => countsAsOfficer(o.role, ctx.paramsOn(office.committeeId, o.start)));
  const round = (n: number) => Math.round(n * 10) / 10;
  const before = officerYears(
    ctx,
    counting.filter((o) => o.id !== office.id),
  );
  const after = officerYears(ctx, counting);
  return {
    termInRole,
    years: deskText('elections.officers.officerYears', {
      before: round(before),
      after: round(after),
      max: params.maxTotalOfficerYearsOnSC,
    }),
  };
}

/**
 * What the rules say about `office` (and, for an election, the updated election record) before it
 * is saved: hard refusals, advice, the findings it introduces and how it counts (R-34..R-39).
 */
export function checkOffice(
  slice: Workspace,
  desk: OfficerDesk,
  office: Office,
  asOf: IsoDate,
  election?: Election,
): OfficeCheck {
  const after: Workspace = {
    ...slice,
    offices: [...slice.offices.filter((o) => o.id !== office.id), office],
    elections: election ? [...slice.elections.filter((e) => e.id !== election.id), election] : slice.elections,
  };
  const ctx = createRulesContext(after);
  return {
    office,
    refusals: officeRefusals(slice, desk, office),
    advice: officeAdvice(slice, office),
    findings: findingsIntroduced(slice, after, asOf),
    ...describeOffice(ctx, office),
  };
}

/** A candidate in an officer election as the form holds it: votes optional. */
export type OfficerBallotEntry = { personId: string; votes?: number | undefined };

/** Who is elected by default: the only candidate, else the single one with most votes; else undefined. */
export function defaultWinner(entries: readonly OfficerBallotEntry[]): string | undefined {
  if (entries.length === 1) return entries[0]?.personId;
  if (entries.length === 0 || entries.some((e) => e.votes === undefined)) return undefined;
  const most = Math.max(...entries.map((e) => e.votes ?? 0));
  const top = entries.filter((e) => e.votes === most);
  return top.length === 1 ? top[0]?.personId : undefined;
}

/**
 * The officer election record after the vote: kind `officer`, the role, the cycle, every
 * candidate with votes and outcome, and the voters when recorded. Keeps any other field.
 */
export function officerElectionRecord(
  existing: Election | undefined,
  input: {
    id: string;
    committeeId: string;
    cycle: number;
    role: OfficeRole;
    entries: readonly OfficerBallotEntry[];
    winner: string;
    voters: readonly string[];
  },
): Election {
  const candidates: Candidate[] = input.entries.map((e) => {
    const before = existing?.candidates?.find((c) => c.personId === e.personId);
    return {
      ...(before ?? {}),
      personId: e.personId,
      ...(e.votes === undefined ? {} : { votes: e.votes }),
      outcome: e.personId === input.winner ? 'elected' : 'not-elected',
    };
  });
  const { voters: _voters, ...rest } = existing ?? {
    id: input.id,
    committeeId: input.committeeId,
    kind: 'officer' as const,
  };
  return {
    ...rest,
    kind: 'officer',
    role: input.role,
    cycle: input.cycle,
    status: 'final',
    candidates,
    ...(input.voters.length > 0 ? { voters: [...input.voters] } : {}),
  };
}

/** The officer election of `role` in `cycle`, if one is recorded. */
export function officerElectionOf(slice: Workspace, cycle: number, role: OfficeRole): Election | undefined {
  return slice.elections.find((e) => e.kind === 'officer' && e.cycle === cycle && e.role === role);
}

/** Offices active on `date`, Chair first, then Secretary, IC and SIG Convenor. */
export function officersOn(slice: Workspace, committeeId: string, date: IsoDate): Office[] {
  const order: OfficeRole[] = ['chair', 'secretary', 'information-coordinator', 'sig-convenor'];
  return slice.offices
    .filter((o) => o.committeeId === committeeId && isActiveOn(o, date))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || (a.start < b.start ? -1 : 1));
}
