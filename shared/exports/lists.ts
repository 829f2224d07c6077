import type { IsoDate } from '../domain/dates';
import type { ElectionStatus, TermKind } from '../domain/vocabulary';
import { translate, type MessageValues, type SharedLocale } from '../i18n/translate';
import type { RulesContext } from '../rules/context';
import { eligibilityToStand, type Eligibility } from '../rules/eligibility';
import { expiringInContext, rosterCounts, rosterInContext } from '../rules/roster';
import type { Election } from '../workspace/schema';
import { fileSlug, type ExportTable } from './table';

/**
 * The lists the app and the CLI export, built from the rules engine's answers as rows of strings.
 * Every word around the data (titles, labels, headers, fixed cell texts, notes) comes from the
 * shared catalogue (`export.*`, `kind.*`, `role.*`, `region.*`) in the language asked for;
 * names, ids, dates and numbers are written as they are.
 */

/** One message of the shared catalogue in `locale`. */
export function exportText(locale: SharedLocale, id: string, values?: MessageValues): string {
  return translate(locale, values ? { id, values } : { id });
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** The label of a term kind in a list: "Elected", "Casual vacancy". */
export function termKindLabel(kind: TermKind, locale: SharedLocale = 'en'): string {
  return exportText(locale, `export.kind.${kind}`);
}

/**
 * Why someone may or may not stand, in the words the expiry screen and the CLI use:
 * "would be term 2 of 2", or "2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023".
 */
export function eligibilityReason(eligibility: Eligibility, locale: SharedLocale = 'en'): string {
  if (eligibility.eligible) {
    return exportText(locale, 'export.eligibility.eligible', {
      number: String(eligibility.prospectiveTermNumber),
      max: String(eligibility.maxTerms),
    });
  }
  const values: MessageValues = {
    count: eligibility.chain.length,
    chain: { join: 'comma', items: eligibility.chain },
  };
  return eligibility.mayStandAgainFrom === null
    ? exportText(locale, 'export.eligibility.limited', values)
    : exportText(locale, 'export.eligibility.limitedUntil', { ...values, from: String(eligibility.mayStandAgainFrom) });
}

/** "standing for a 2nd term" for a sitting member; "first term" for a newcomer. */
export function incumbencyLabel(eligibility: Eligibility, locale: SharedLocale = 'en'): string {
  return eligibility.prospectiveTermNumber > 1
    ? exportText(locale, 'export.incumbency.standing', { number: eligibility.prospectiveTermNumber })
    : exportText(locale, 'export.incumbency.first');
}

/** "Members election, cycle 2021"; "Chair election, cycle 2021". */
export function electionLabel(election: Election, locale: SharedLocale = 'en'): string {
  const cycle = String(election.cycle);
  return election.kind === 'officer' && election.role
    ? exportText(locale, 'export.election.officer', { role: { id: `role.${election.role}` }, cycle })
    : exportText(locale, 'export.election.members', { cycle });
}

function statusLabel(status: ElectionStatus, locale: SharedLocale): string {
  return exportText(locale, `export.status.${status}`);
}

/**
 * The nomination list of an election: each candidate with nominator, consent, eligibility to
 * stand and why, incumbency, region and country, and votes, outcome and the
 * tie-break when the election has them. Candidates are in order of votes once there are votes,
 * else by name.
 */
export function nominationTable(
  ctx: RulesContext,
  electionId: string,
  generatedOn: IsoDate,
  locale: SharedLocale = 'en',
): ExportTable {
  const say = (id: string, values?: MessageValues) => exportText(locale, `export.${id}`, values);
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
  const yes = say('yes');
  const no = say('no');
  const rows = candidates.map((c) => {
    const person = ctx.people.get(c.personId);
    const region = ctx.regionOfPerson(c.personId);
    const eligibility = members ? eligibilityToStand(ctx, committee.id, c.personId, election.cycle) : undefined;
    let tieBreak = '';
    if (tie && tie.elected.includes(c.personId))
      tieBreak = say('tieBreak.elected', { method: tie.method, date: tie.on });
    else if (tie && c.votes !== undefined && tiedVotes.has(c.votes))
      tieBreak = say('tieBreak.notElected', { method: tie.method, date: tie.on });
    return [
      ctx.nameOf(c.personId),
      c.personId,
      c.nominatedBy ?? '',
      c.consent === true ? yes : c.consent === false ? no : say('notRecorded'),
      eligibility ? (eligibility.eligible ? yes : no) : '',
      eligibility ? eligibilityReason(eligibility, locale) : say('eligibility.officer'),
      eligibility ? incumbencyLabel(eligibility, locale) : '',
      region ? exportText(locale, `region.${region}`) : '',
      person?.country?.toUpperCase() ?? '',
      c.votes === undefined ? '' : String(c.votes),
      c.outcome ? say(`outcome.${c.outcome}`) : '',
      tieBreak,
    ];
  });
  const notes: string[] = [];
  if (tie) {
    notes.push(
      say('nominations.note.tie', {
        method: tie.method,
        date: tie.on,
        names: { join: 'names', items: tie.elected.map((id) => ctx.nameOf(id)) },
      }),
    );
  }
  if (members) {
    notes.push(say('nominations.note.eligibility', { cycle: String(election.cycle), boundary, ruleSet }));
  }
  const detail = (id: string, value: string) => ({ label: say(`nominations.detail.${id}`), value });
  return {
    title: say('nominations.title'),
    committee: committee.name,
    details: [
      detail('election', electionLabel(election, locale)),
      detail('status', statusLabel(election.status ?? 'planned', locale)),
      ...(election.vacancies !== undefined ? [detail('places', String(election.vacancies))] : []),
      ...(election.nominationsClose ? [detail('nominationsClose', election.nominationsClose)] : []),
      detail('boundary', boundary),
      detail('ruleSet', ruleSet),
      detail('candidates', String(candidates.length)),
    ],
    generatedOn,
    columns: [
      { header: say('nominations.column.candidate'), width: 24 },
      { header: say('column.personId'), width: 10 },
      { header: say('nominations.column.nominatedBy'), width: 24 },
      { header: say('nominations.column.consent'), width: 9 },
      { header: say('nominations.column.eligible'), width: 8 },
      { header: say('nominations.column.eligibility'), width: 34 },
      { header: say('nominations.column.incumbency'), width: 22 },
      { header: say('column.region'), width: 20 },
      { header: say('column.country'), width: 8 },
      { header: say('nominations.column.votes'), width: 7, align: 'right' },
      { header: say('nominations.column.outcome'), width: 11 },
      { header: say('nominations.column.tieBreak'), width: 22 },
    ],
    rows,
    notes,
    fileStem: `nominations-${fileSlug(committee.id)}-${fileSlug(election.id)}`,
    locale,
  };
}

/** Who is on the committee on `asOf`: kind, term dates, "term 1 of 2", offices, region, country. */
export function rosterTable(
  ctx: RulesContext,
  committeeId: string,
  asOf: IsoDate,
  generatedOn: IsoDate,
  locale: SharedLocale = 'en',
): ExportTable {
  const say = (id: string, values?: MessageValues) => exportText(locale, `export.${id}`, values);
  const committee = ctx.committee(committeeId);
  const roster = rosterInContext(ctx, committeeId, asOf);
  const counts = rosterCounts(ctx, roster);
  const seats = (used: number, max: number) => say('roster.seats', { used: String(used), max: String(max) });
  const detail = (id: string, value: string) => ({ label: say(`roster.detail.${id}`), value });
  return {
    title: say('roster.title'),
    committee: committee.name,
    details: [
      { label: say('detail.asOf'), value: asOf },
      detail('members', String(counts.voting)),
      detail('electedSeats', seats(counts.electedSeats.used, counts.electedSeats.max)),
      detail('coopted', seats(counts.coopted.used, counts.coopted.max)),
      ...(counts.corresponding > 0 ? [detail('corresponding', String(counts.corresponding))] : []),
      ...(counts.exOfficio > 0 ? [detail('exOfficio', String(counts.exOfficio))] : []),
    ],
    generatedOn,
    columns: [
      { header: say('column.name'), width: 24 },
      { header: say('column.personId'), width: 10 },
      { header: say('roster.column.kind'), width: 14 },
      { header: say('roster.column.start'), width: 11 },
      { header: say('roster.column.end'), width: 11 },
      { header: say('roster.column.endedOn'), width: 11 },
      { header: say('roster.column.term'), width: 12 },
      { header: say('roster.column.offices'), width: 20 },
      { header: say('column.region'), width: 20 },
      { header: say('column.country'), width: 8 },
    ],
    rows: roster.members.map((m) => [
      m.name,
      m.personId,
      termKindLabel(m.kind, locale),
      m.start,
      m.end,
      m.endedOn ?? '',
      m.counts
        ? say('roster.term', { number: String(m.termNumber), max: String(m.maxTerms) })
        : say('roster.notCounted'),
      m.offices.map((o) => exportText(locale, `role.${o.role}`)).join(exportText(locale, 'list.comma')),
      m.region ? exportText(locale, `region.${m.region}`) : '',
      m.country ?? '',
    ]),
    notes: [],
    fileStem: `roster-${fileSlug(committeeId)}-${asOf}`,
    locale,
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
  locale: SharedLocale = 'en',
): ExportTable {
  const say = (id: string, values?: MessageValues) => exportText(locale, `export.${id}`, values);
  const committee = ctx.committee(committeeId);
  const report = expiringInContext(ctx, asOf, months, committeeId);
  const rows = report.items.map((item) => {
    let what =
      item.type === 'office' && item.role
        ? say('expiry.office', { role: { id: `role.${item.role}` } })
        : say('expiry.term');
    let standing = '';
    if (item.type === 'term' && item.kind) {
      what = say(`expiry.term.${item.kind}`);
      const cycle = ctx.calendar.boundaryYear(item.end);
      if (
        cycle !== undefined &&
        item.endsOn === item.end &&
        item.kind !== 'corresponding' &&
        item.kind !== 'ex-officio'
      ) {
        const eligibility = eligibilityToStand(ctx, committeeId, item.personId, cycle);
        standing = say(eligibility.eligible ? 'expiry.mayStand' : 'expiry.termLimited', {
          cycle: String(cycle),
          reason: eligibilityReason(eligibility, locale),
        });
      }
    }
    return [
      item.endsOn,
      item.name,
      item.personId,
      what,
      item.start,
      item.end,
      item.endsOn < item.end ? say('expiry.earlyEnd', { end: item.end }) : '',
      standing,
    ];
  });
  return {
    title: say('expiry.title'),
    committee: committee.name,
    details: [
      { label: say('detail.asOf'), value: asOf },
      {
        label: say('expiry.detail.window'),
        value: say('expiry.window', { months, count: String(months), until: report.until }),
      },
      { label: say('expiry.detail.ending'), value: String(rows.length) },
    ],
    generatedOn,
    columns: [
      { header: say('expiry.column.endsOn'), width: 11 },
      { header: say('column.name'), width: 24 },
      { header: say('column.personId'), width: 10 },
      { header: say('expiry.column.what'), width: 22 },
      { header: say('expiry.column.since'), width: 11 },
      { header: say('expiry.column.plannedEnd'), width: 11 },
      { header: say('expiry.column.note'), width: 22 },
      { header: say('expiry.column.standing'), width: 40 },
    ],
    rows,
    notes: [],
    fileStem: `expiring-${fileSlug(committeeId)}-${asOf}-${months}m`,
    locale,
  };
}
