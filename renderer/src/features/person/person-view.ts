import type { IsoDate } from '@shared/domain/dates';
import { buildChains } from '@shared/rules/chain';
import type { RulesContext } from '@shared/rules/context';
import { eligibilityToStand, type Eligibility } from '@shared/rules/eligibility';
import type { TermKind } from '@shared/domain/vocabulary';
import { effectiveEnd, inTermLimitChain, isActiveOn, isProposal, yearSpan } from '@shared/rules/terms';
import type { Office, Term } from '@shared/workspace/schema';

/** Where a record stands on the date the user is looking at; a proposed co-option makes no one a member yet. */
export type RecordStatus = 'current' | 'proposed' | 'planned' | 'ended' | 'ended-early';

/** What a term is, as the page names it: its kind, or a co-option only proposed so far. */
export type TermLabel = TermKind | 'proposal';

/** Why a term adds nothing to the chain. */
export type NotCountedReason = 'ex-officio' | 'coopted-vacancy' | 'other';

export type TermRow = {
  term: Term;
  committeeId: string;
  /** "Elected term", "Proposed co-option" (see person-text.ts). */
  label: TermLabel;
  /** "term 2 of 2", "not counted"; undefined when the committee is missing from the records. */
  chain: { number: number; max: number } | 'not-counted' | undefined;
  /** Why a term adds nothing to the chain, e.g. "ex officio". */
  notCountedReason?: NotCountedReason;
  /** A term past the consecutive-term limit. */
  overLimit: boolean;
  status: RecordStatus;
  /** Offices on the same committee held during this term. */
  offices: Office[];
};

export type OfficeRow = { office: Office; committeeId: string; status: RecordStatus; withinTerm: boolean };

/** One coming election cycle, and whether the person could stand in it. */
export type CycleStanding = {
  cycle: number;
  boundary: IsoDate;
  /** A term of theirs in the chain that runs across this boundary, or starts on it. */
  holding?: { term: Term; startsThen: boolean };
  eligibility: Eligibility;
};

/**
 * The answer for one committee, put into words by person-text.ts: "Last cycle to stand while the
 * chain continues: 2021", "May stand again from 2023", with the chain behind it.
 */
export type StandingSummary =
  | {
      tone: 'serving';
      /** The last cycle looked at; undefined when none was. */
      lastCycle: number | undefined;
    }
  | {
      tone: 'limited';
      cycle: number;
      mayStandAgainFrom: number | null;
      /** The number a term from `cycle` would have in the chain. */
      termNumber: number;
      chain: string[];
      maxTerms: number;
    }
  | {
      tone: 'continuing';
      /** The cycles in which a new term would continue the chain, the last one the answer. */
      cycles: number[];
      termNumber: number;
      /** Whether that term would be the last the limit allows. */
      lastAllowed: boolean;
      chain: string[];
      /** The first later cycle in which a new term would start a fresh chain. */
      freshFrom: number | undefined;
    }
  | { tone: 'fresh'; cycle: number; maxTerms: number };

/** A link of a chain that keeps it unbroken but adds nothing, as "2019–2021 ex officio term". */
export type UncountedLink = { span: string; label: TermLabel };

export type ChainSpan = { span: string; planned: boolean };

export type CommitteeStanding = {
  committeeId: string;
  /**
   * The counting terms of the chain begun by the date shown and still unbroken on it, as
   * "2013–2017"; terms recorded ahead of the date are marked `planned`.
   */
  chain: ChainSpan[];
  /** Links of that chain that keep it unbroken but add nothing, as "2019–2021 ex officio term". */
  uncounted: UncountedLink[];
  /** The last chain begun by the date shown, when it is already broken on it. */
  lapsedChain: string[];
  /** The counting terms of a chain recorded to begin after the date shown. */
  plannedChain: string[];
  /** The corresponding-member chain, which has its own count. */
  corresponding?: { spans: string[]; number: number; max: number };
  cycles: CycleStanding[];
  summary: StandingSummary;
};

/** How many cycles ahead to look at most, so a long current term still shows when the chain lapses. */
const CYCLES_AHEAD = 8;

export function recordStatus(record: Term | Office, asOf: IsoDate, proposal = false): RecordStatus {
  if (record.endedOn !== undefined && record.endedOn < record.end) return 'ended-early';
  if (isActiveOn(record, asOf)) return proposal ? 'proposed' : 'current';
  return record.start > asOf ? 'planned' : 'ended';
}

const overlaps = (a: Term | Office, b: Term | Office) => a.start < effectiveEnd(b) && b.start < effectiveEnd(a);

export function termLabel(term: Term): TermLabel {
  return isProposal(term) ? 'proposal' : term.kind;
}

function notCountedReason(term: Term): NotCountedReason {
  if (term.kind === 'ex-officio') return 'ex-officio';
  if (term.kind === 'coopted') return 'coopted-vacancy';
  return 'other';
}

/** The position of each of a person's terms on one committee in its consecutive chain. */
function termRows(ctx: RulesContext, committeeId: string, personId: string, asOf: IsoDate): TermRow[] {
  const terms = ctx.memberTerms(committeeId, personId);
  const offices = ctx.memberOffices(committeeId, personId);
  const known = ctx.committees.has(committeeId);
  const position = new Map<Term, { number: number; counts: boolean; max: number }>();
  if (known) {
    for (const run of ctx.termChains(committeeId, personId)) {
      for (const link of run) {
        const max = ctx.paramsOn(committeeId, link.record.start).maxConsecutiveElectedTerms;
        position.set(link.record, { number: link.number, counts: link.counts > 0, max });
      }
    }
    const corresponding = terms.filter((t) => !inTermLimitChain(t));
    for (const run of buildChains(corresponding, ctx.plainChainOptions<Term>(committeeId))) {
      for (const link of run) {
        const max = ctx.paramsOn(committeeId, link.record.start).correspondingMaxTerms;
        position.set(link.record, { number: link.number, counts: true, max });
      }
    }
  }
  return terms.map((term): TermRow => {
    const at = position.get(term);
    const overLimit = at !== undefined && at.counts && at.number > at.max;
    return {
      term,
      committeeId,
      label: termLabel(term),
      chain: !at ? undefined : !at.counts ? 'not-counted' : { number: at.number, max: at.max },
      ...(at && !at.counts ? { notCountedReason: notCountedReason(term) } : {}),
      overLimit,
      status: recordStatus(term, asOf, isProposal(term)),
      offices: offices.filter((o) => overlaps(o, term)),
    };
  });
}

/**
 * The chain, the coming cycles and what they mean for standing for election on one committee:
 * the last cycle in which a new term would continue the chain, or, for someone term-limited,
 * when they may stand again.
 */
function committeeStanding(ctx: RulesContext, committeeId: string, personId: string, asOf: IsoDate): CommitteeStanding {
  const runs = ctx.termChains(committeeId, personId);
  // The chain "now" is the last one begun by the date shown; one recorded to begin later is a plan.
  const begun = runs.filter((run) => (run[0]?.record.start ?? '') <= asOf);
  const current = begun.at(-1) ?? [];
  const planned = runs.slice(begun.length);
  const breaksOn = current
    .filter((l) => l.record.start <= asOf)
    .reduce<IsoDate>((latest, l) => (l.breaksOn > latest ? l.breaksOn : latest), '');
  const alive = current.length > 0 && asOf < breaksOn;
  const counting = current.filter((l) => l.counts > 0);
  const uncounted = current
    .filter((l) => l.counts === 0)
    .map((l): UncountedLink => ({ span: yearSpan(l.record), label: termLabel(l.record) }));

  const correspondingTerms = ctx.memberTerms(committeeId, personId).filter((t) => !inTermLimitChain(t));
  const correspondingRun = buildChains(correspondingTerms, ctx.plainChainOptions<Term>(committeeId)).at(-1);
  const corresponding = correspondingRun
    ? {
        spans: correspondingRun.map((l) => yearSpan(l.record)),
        number: correspondingRun.at(-1)?.number ?? 0,
        max: ctx.paramsOn(committeeId, correspondingRun.at(-1)?.record.start ?? asOf).correspondingMaxTerms,
      }
    : undefined;

  const chainTerms = ctx.memberTerms(committeeId, personId).filter(inTermLimitChain);
  const cycles: CycleStanding[] = [];
  let cycle = ctx.calendar.nextBoundaryAfter(asOf).year;
  for (let i = 0; i < CYCLES_AHEAD; i++, cycle += 2) {
    const boundary = ctx.calendar.boundary(cycle);
    const held = chainTerms.find((t) => t.start <= boundary && boundary < effectiveEnd(t));
    const eligibility = eligibilityToStand(ctx, committeeId, personId, cycle);
    cycles.push({
      cycle,
      boundary,
      ...(held ? { holding: { term: held, startsThen: held.start === boundary } } : {}),
      eligibility,
    });
    // Enough once a cycle is open to them with a fresh chain: every later one is the same.
    if (!held && eligibility.prospectiveTermNumber === 1) break;
  }

  return {
    committeeId,
    chain: alive ? counting.map((l) => ({ span: yearSpan(l.record), planned: l.record.start > asOf })) : [],
    uncounted: alive ? uncounted : [],
    lapsedChain: alive ? [] : counting.map((l) => yearSpan(l.record)),
    plannedChain: planned.flatMap((run) => run.filter((l) => l.counts > 0).map((l) => yearSpan(l.record))),
    ...(corresponding ? { corresponding } : {}),
    cycles,
    summary: summarise(cycles),
  };
}

function summarise(cycles: readonly CycleStanding[]): StandingSummary {
  const open = cycles.filter((c) => !c.holding);
  const first = open[0];
  if (!first) return { tone: 'serving', lastCycle: cycles.at(-1)?.cycle };
  const { eligibility } = first;
  if (!eligibility.eligible) {
    return {
      tone: 'limited',
      cycle: first.cycle,
      mayStandAgainFrom: eligibility.mayStandAgainFrom,
      termNumber: eligibility.prospectiveTermNumber,
      chain: eligibility.chain,
      maxTerms: eligibility.maxTerms,
    };
  }
  if (eligibility.prospectiveTermNumber > 1) {
    const continuing = open.filter((c) => c.eligibility.eligible && c.eligibility.prospectiveTermNumber > 1);
    const last = continuing.at(-1) ?? first;
    const fresh = open.find((c) => c.cycle > last.cycle && c.eligibility.prospectiveTermNumber === 1);
    const n = last.eligibility.prospectiveTermNumber;
    return {
      tone: 'continuing',
      cycles: continuing.map((c) => c.cycle),
      termNumber: n,
      lastAllowed: n === last.eligibility.maxTerms,
      chain: last.eligibility.chain,
      freshFrom: fresh?.cycle,
    };
  }
  return { tone: 'fresh', cycle: first.cycle, maxTerms: eligibility.maxTerms };
}

export type PersonView = {
  /** Committees in the order shown: those served on the date first, then by the latest service. */
  committeeIds: string[];
  termRows: TermRow[];
  /** Every office; `withinTerm` false for one held outside every term on its committee (R-35 would report it). */
  officeRows: OfficeRow[];
  standings: CommitteeStanding[];
};

/** Everything the person page shows, computed from the person's slice with the rules engine. */
export function personView(ctx: RulesContext, personId: string, asOf: IsoDate): PersonView {
  const { terms, offices } = ctx.workspace;
  const latest = new Map<string, { current: boolean; end: IsoDate }>();
  const note = (record: Term | Office, active: boolean) => {
    const seen = latest.get(record.committeeId) ?? { current: false, end: '' };
    latest.set(record.committeeId, {
      current: seen.current || active,
      end: effectiveEnd(record) > seen.end ? effectiveEnd(record) : seen.end,
    });
  };
  for (const term of terms) note(term, isActiveOn(term, asOf) && !isProposal(term));
  for (const office of offices) note(office, isActiveOn(office, asOf));
  const name = (id: string) => ctx.committees.get(id)?.name ?? id;
  const committeeIds = [...latest.keys()].sort((a, b) => {
    const x = latest.get(a)!;
    const y = latest.get(b)!;
    if (x.current !== y.current) return x.current ? -1 : 1;
    if (x.end !== y.end) return x.end > y.end ? -1 : 1;
    return name(a).localeCompare(name(b));
  });

  const rows = committeeIds.flatMap((id) => termRows(ctx, id, personId, asOf));
  const officeRows = committeeIds.flatMap((id) =>
    ctx.memberOffices(id, personId).map((office): OfficeRow => ({
      office,
      committeeId: id,
      status: recordStatus(office, asOf),
      withinTerm: rows.some((r) => r.committeeId === id && r.offices.includes(office)),
    })),
  );
  return {
    committeeIds,
    termRows: rows,
    officeRows,
    standings: committeeIds
      .filter((id) => ctx.committees.has(id))
      .map((id) => committeeStanding(ctx, id, personId, asOf)),
  };
}
