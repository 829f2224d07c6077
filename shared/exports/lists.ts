import type { IsoDate } from '../domain/dates';
import {
  OFFICE_ROLE_LABELS,
  REGION_LABELS,
  type CandidateOutcome,
  type ElectionStatus,
  type TermKind,
} from '../domain/vocabulary';
import type { RulesContext } from '../rules/context';
import { eligibilityToStand, type Eligibility } from '../rules/eligibility';
import { expiringInContext, rosterCounts, rosterInContext } from '../rules/roster';
import { joinList, plural } from '../rules/terms';
import type { Election } from '../workspace/schema';
import { fileSlug, ordinal, type ExportTable } from './table';

/** The lists the app and the CLI export, built from the rules engine's answers as rows of strings. */

export const TERM_KIND_LABELS: Record<TermKind, string> = {
  elected: 'Elected',
  casual: 'Casual vacancy',
  coopted: 'Co-opted',
  corresponding: 'Corresponding',
  'ex-officio': 'Ex officio',
};

const OUTCOME_LABELS: Record<CandidateOutcome, string> = {
  elected: 'Elected',
  'not-elected': 'Not elected',
  withdrawn: 'Withdrawn',
};

const STATUS_LABELS: Record<ElectionStatus, string> = {
  planned: 'Planned',
  nominations: 'Nominations open',
  ballot: 'Ballot',
  final: 'Final',
};

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Why someone may or may not stand, in the words the expiry screen and the CLI use:
 * "would be term 2 of 2", or "2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023".
 */
export function eligibilityReason(eligibility: Eligibility): string {
  if (eligibility.eligible) return `would be term ${eligibility.prospectiveTermNumber} of ${eligibility.maxTerms}`;
  const served = `${plural(eligibility.chain.length, 'consecutive term')} ${eligibility.chain.join(', ')}`;
  return eligibility.mayStandAgainFrom === null
    ? served
    : `${served}; may stand again from ${eligibility.mayStandAgainFrom}`;
}

/** "standing for a 2nd term" for a sitting member; "first term" for a newcomer. */
export function incumbencyLabel(eligibility: Eligibility): string {
  return eligibility.prospectiveTermNumber > 1
    ? `standing for a ${ordinal(eligibility.prospectiveTermNumber)} term`
    : 'first term';
}

export function electionLabel(election: Election): string {
  const what = election.kind === 'officer' && election.role ? OFFICE_ROLE_LABELS[election.role] : 'Members';
  return `${what} election, cycle ${election.cycle}`;
}

function tieBreakMethod(method: 'run-off' | 'lot'): string {
  return method === 'lot' ? 'Drawn by lot' : 'Run-off';
}

/**
 * The nomination list of an election: each candidate with nominator, consent, eligibility to
 * stand and why, incumbency, region and country, and votes, outcome and the
 * tie-break when the election has them. Candidates are in order of votes once there are votes,
 * else by name.
 */
export function nominationTable(ctx: RulesContext, electionId: string, generatedOn: IsoDate): ExportTable {
  const election = ctx.workspace.elections.find((e) => e.id === electionId);
  if (!election) throw new Error(`unknown election ${electionId}`);
  const committee = ctx.committee(election.committeeId);
  const { boundary, ruleSet } = ctx.cycleRules(committee.id, election.cycle);
  const members = election.kind === 'members';
  const tie = election.tieBreak;
  const tiedVotes = new Set(
    (election.candidates ?? [])
      .filter((c) => tie?.elected.includes(c.personId) && c.votes !== undefined)
      .map((c) => c.votes as number),
  );
  const candidates = [...(election.candidates ?? [])];
  const hasVotes = candidates.some((c) => c.votes !== undefined);
  candidates.sort(
    (a, b) =>
      (hasVotes ? (b.votes ?? -1) - (a.votes ?? -1) : 0) ||
      byName.compare(ctx.nameOf(a.personId), ctx.nameOf(b.personId)) ||
      (a.personId < b.personId ? -1 : 1),
  );
  const rows = candidates.map((c) => {
    const person = ctx.people.get(c.personId);
    const region = ctx.regionOfPerson(c.personId);
    const eligibility = members ? eligibilityToStand(ctx, committee.id, c.personId, election.cycle) : undefined;
    let tieBreak = '';
    if (tie && tie.elected.includes(c.personId)) tieBreak = `${tieBreakMethod(tie.method)} on ${tie.on}: elected`;
    else if (tie && c.votes !== undefined && tiedVotes.has(c.votes))
      tieBreak = `${tieBreakMethod(tie.method)} on ${tie.on}: not elected`;
    return [
      ctx.nameOf(c.personId),
      c.personId,
      c.nominatedBy ?? '',
      c.consent === true ? 'Yes' : c.consent === false ? 'No' : 'Not recorded',
      eligibility ? (eligibility.eligible ? 'Yes' : 'No') : '',
      eligibility ? eligibilityReason(eligibility) : 'officer election: see the officer findings',
      eligibility ? incumbencyLabel(eligibility) : '',
      region ? REGION_LABELS[region] : '',
      person?.country?.toUpperCase() ?? '',
      c.votes === undefined ? '' : String(c.votes),
      c.outcome ? OUTCOME_LABELS[c.outcome] : '',
      tieBreak,
    ];
  });
  const notes: string[] = [];
  if (tie) {
    const names = joinList(tie.elected.map((id) => ctx.nameOf(id)));
    notes.push(
      `Tie for the last place settled ${tie.method === 'lot' ? 'by lot' : 'by a run-off'} on ${tie.on}: elected ${names} (R-16).`,
    );
  }
  if (members) {
    notes.push(
      `Eligibility is for a term starting at the ${election.cycle} boundary (${boundary}) under ${ruleSet}: at most the rule set's consecutive terms (R-08, R-09).`,
    );
  }
  return {
    title: 'Nomination list',
    committee: committee.name,
    details: [
      { label: 'Election', value: electionLabel(election) },
      { label: 'Status', value: STATUS_LABELS[election.status ?? 'planned'] },
      ...(election.vacancies !== undefined ? [{ label: 'Places', value: String(election.vacancies) }] : []),
      ...(election.nominationsClose ? [{ label: 'Nominations close', value: election.nominationsClose }] : []),
      { label: 'Term boundary', value: boundary },
      { label: 'Rule set', value: ruleSet },
      { label: 'Candidates', value: String(candidates.length) },
    ],
    generatedOn,
    columns: [
      { header: 'Candidate', width: 24 },
      { header: 'Person ID', width: 10 },
      { header: 'Nominated by', width: 24 },
      { header: 'Consent', width: 9 },
      { header: 'Eligible', width: 8 },
      { header: 'Eligibility', width: 34 },
      { header: 'Incumbency', width: 22 },
      { header: 'Region', width: 20 },
      { header: 'Country', width: 8 },
      { header: 'Votes', width: 7, align: 'right' },
      { header: 'Outcome', width: 11 },
      { header: 'Tie-break', width: 22 },
    ],
    rows,
    notes,
    fileStem: `nominations-${fileSlug(committee.id)}-${fileSlug(election.id)}`,
  };
}

/** Who is on the committee on `asOf`: kind, term dates, "term 1 of 2", offices, region, country. */
export function rosterTable(ctx: RulesContext, committeeId: string, asOf: IsoDate, generatedOn: IsoDate): ExportTable {
  const committee = ctx.committee(committeeId);
  const roster = rosterInContext(ctx, committeeId, asOf);
  const counts = rosterCounts(ctx, roster);
  return {
    title: 'Roster',
    committee: committee.name,
    details: [
      { label: 'As of', value: asOf },
      { label: 'Members', value: String(counts.voting) },
      { label: 'Elected seats', value: `${counts.electedSeats.used} of ${counts.electedSeats.max}` },
      { label: 'Co-opted', value: `${counts.coopted.used} of ${counts.coopted.max}` },
      ...(counts.corresponding > 0 ? [{ label: 'Corresponding', value: String(counts.corresponding) }] : []),
      ...(counts.exOfficio > 0 ? [{ label: 'Ex officio', value: String(counts.exOfficio) }] : []),
    ],
    generatedOn,
    columns: [
      { header: 'Name', width: 24 },
      { header: 'Person ID', width: 10 },
      { header: 'Kind', width: 14 },
      { header: 'Start', width: 11 },
      { header: 'End', width: 11 },
      { header: 'Ended on', width: 11 },
      { header: 'Term', width: 12 },
      { header: 'Offices', width: 20 },
      { header: 'Region', width: 20 },
      { header: 'Country', width: 8 },
    ],
    rows: roster.members.map((m) => [
      m.name,
      m.personId,
      TERM_KIND_LABELS[m.kind],
      m.start,
      m.end,
      m.endedOn ?? '',
      m.counts ? `term ${m.termNumber} of ${m.maxTerms}` : 'not counted',
      m.offices.map((o) => OFFICE_ROLE_LABELS[o.role]).join(', '),
      m.region ? REGION_LABELS[m.region] : '',
      m.country ?? '',
    ]),
    notes: [],
    fileStem: `roster-${fileSlug(committeeId)}-${asOf}`,
  };
}

/**
 * Terms and offices of one committee ending within `months` of `asOf`, soonest first (the same
 * selection as `tenure expiring`), with what the rules say about standing again for a membership
 * that ends at a term boundary.
 */
export function expiryTable(
  ctx: RulesContext,
  committeeId: string,
  asOf: IsoDate,
  months: number,
  generatedOn: IsoDate,
): ExportTable {
  const committee = ctx.committee(committeeId);
  const report = expiringInContext(ctx, asOf, months, committeeId);
  const rows = report.items.map((item) => {
    let what = item.type === 'office' && item.role ? `${OFFICE_ROLE_LABELS[item.role]} (office)` : 'Term';
    let standing = '';
    if (item.type === 'term' && item.kind) {
      what = `${TERM_KIND_LABELS[item.kind]} term`;
      const cycle = ctx.calendar.boundaryYear(item.end);
      if (
        cycle !== undefined &&
        item.endsOn === item.end &&
        item.kind !== 'corresponding' &&
        item.kind !== 'ex-officio'
      ) {
        const eligibility = eligibilityToStand(ctx, committeeId, item.personId, cycle);
        standing = `${eligibility.eligible ? 'may stand again' : 'term-limited'} in ${cycle}: ${eligibilityReason(eligibility)}`;
      }
    }
    return [
      item.endsOn,
      item.name,
      item.personId,
      what,
      item.start,
      item.end,
      item.endsOn < item.end ? `early end, planned to ${item.end}` : '',
      standing,
    ];
  });
  return {
    title: 'Terms and offices ending',
    committee: committee.name,
    details: [
      { label: 'As of', value: asOf },
      { label: 'Window', value: `${months} months, to ${report.until}` },
      { label: 'Ending', value: String(rows.length) },
    ],
    generatedOn,
    columns: [
      { header: 'Ends on', width: 11 },
      { header: 'Name', width: 24 },
      { header: 'Person ID', width: 10 },
      { header: 'What', width: 22 },
      { header: 'Since', width: 11 },
      { header: 'Planned end', width: 11 },
      { header: 'Note', width: 22 },
      { header: 'Standing again', width: 40 },
    ],
    rows,
    notes: [],
    fileStem: `expiring-${fileSlug(committeeId)}-${asOf}-${months}m`,
  };
}
