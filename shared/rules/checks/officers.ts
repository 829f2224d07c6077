import { daysBetween, type IsoDate } from '../../domain/dates';
import type { OfficeRole } from '../../domain/vocabulary';
import type { MessageRef } from '../../i18n/translate';
import type { Office } from '../../workspace/schema';
import { buildChains } from '../chain';
import type { RulesContext } from '../context';
import { officerElectorate } from '../cycle-plan';
import { finding, ref, type Finding } from '../findings';
import type { RuleParams } from '../rule-sets';
import { effectiveEnd, isProposal, yearSpan } from '../terms';

const ROUNDING = 1e-9;

const roleRef = (role: OfficeRole): MessageRef => ({ id: `role.${role}` });

/** officer.not-member: every day of an office must be covered by a term on the committee. */
export function checkOfficeHoldersAreMembers(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const office of ctx.workspace.offices) {
    const end = effectiveEnd(office);
    if (end <= office.start) continue;
    const terms = ctx.memberTerms(office.committeeId, office.personId).filter((t) => !isProposal(t));
    let coveredUntil = office.start;
    for (const term of terms) {
      if (term.start > coveredUntil) break;
      const termEnd = effectiveEnd(term);
      if (termEnd > coveredUntil) coveredUntil = termEnd;
      if (coveredUntil >= end) break;
    }
    if (coveredUntil >= end) continue;
    const committee = ctx.committee(office.committeeId).name;
    const reason: MessageRef =
      coveredUntil === office.start
        ? { id: 'officerNotMember.atStart', values: { committee, start: office.start } }
        : { id: 'officerNotMember.from', values: { committee, from: coveredUntil, end } };
    findings.push(
      finding('officer.not-member', {
        committeeId: office.committeeId,
        personId: office.personId,
        refs: [ref.office(office.id)],
        text: {
          id: 'finding.officer.not-member',
          values: { name: ctx.nameOf(office.personId), role: roleRef(office.role), start: office.start, end, reason },
        },
      }),
    );
  }
  return findings;
}

function countsAsOfficer(office: Office, params: RuleParams): boolean {
  if (office.role === 'information-coordinator') return params.icIsOfficer;
  if (office.role === 'sig-convenor') return params.sigConvenorIsOfficer;
  return true;
}

/**
 * Officer years: an office from one boundary to the next counts as `officerTermYears`,
 * any other by its days ÷ 365.25; a day held in two roles counts once, at the higher rate.
 */
export function officerYears(ctx: RulesContext, offices: readonly Office[]): number {
  return unionYears(officeSpans(ctx, offices));
}

type OfficeSpan = { start: IsoDate; end: IsoDate; years: number; rate: number };

function officeSpans(ctx: RulesContext, offices: readonly Office[]): OfficeSpan[] {
  return offices
    .map((office) => {
      const end = effectiveEnd(office);
      const days = daysBetween(office.start, end);
      const termYears = ctx.paramsOn(office.committeeId, office.start).officerTermYears;
      const year = ctx.calendar.boundaryYear(office.start);
      const years = year !== undefined && end === ctx.calendar.boundary(year + termYears) ? termYears : days / 365.25;
      return { start: office.start, end, years, rate: days > 0 ? years / days : 0 };
    })
    .filter((s) => s.rate > 0);
}

function unionYears(spans: readonly OfficeSpan[]): number {
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort();
  let total = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as IsoDate;
    const to = cuts[i + 1] as IsoDate;
    let rate = 0;
    for (const s of spans) if (s.start <= from && to <= s.end && s.rate > rate) rate = s.rate;
    total += rate * daysBetween(from, to);
  }
  return total;
}

/** officer.term-limit: a 3rd consecutive term in one office, or too many officer years. */
export function checkOfficerLimits(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const { committeeId, personId, records } of ctx.officeHolders()) {
    const offices = records.filter((o) => countsAsOfficer(o, ctx.paramsOn(committeeId, o.start)));
    if (offices.length === 0) continue;
    const name = ctx.nameOf(personId);
    const reasons = new Map<Office, MessageRef[]>();
    const addReason = (office: Office, reason: MessageRef) =>
      reasons.set(office, [...(reasons.get(office) ?? []), reason]);

    const byRole = new Map<string, Office[]>();
    for (const o of offices) byRole.set(o.role, [...(byRole.get(o.role) ?? []), o]);
    for (const sameRole of byRole.values()) {
      for (const run of buildChains(sameRole, ctx.plainChainOptions<Office>(committeeId))) {
        for (const link of run) {
          const max = ctx.paramsOn(committeeId, link.record.start).maxConsecutiveTermsSameOffice;
          if (link.number <= max) continue;
          const earlier = run.slice(0, link.number - 1).map((l) => yearSpan(l.record));
          addReason(link.record, {
            id: 'officerLimit.sameOffice',
            values: {
              number: link.number,
              role: roleRef(link.record.role),
              earlier: { join: 'comma', items: earlier },
              max,
            },
          });
        }
      }
    }

    // Most officers never come near the limit: the plain sum (which overlaps can only shrink)
    // settles it before the day-by-day walk.
    const lowestLimit = Math.min(...offices.map((o) => ctx.paramsOn(committeeId, o.start).maxTotalOfficerYearsOnSC));
    const spans = officeSpans(ctx, offices);
    const overLimit =
      spans.reduce((sum, s) => sum + s.years, 0) > lowestLimit + ROUNDING && unionYears(spans) > lowestLimit + ROUNDING;
    for (let k = 0; overLimit && k < offices.length; k++) {
      const office = offices[k] as Office;
      const max = ctx.paramsOn(committeeId, office.start).maxTotalOfficerYearsOnSC;
      const total = officerYears(ctx, offices.slice(0, k + 1));
      if (total <= max + ROUNDING) continue;
      addReason(office, { id: 'officerLimit.years', values: { years: Math.round(total * 10) / 10, max } });
    }

    for (const [office, why] of reasons) {
      findings.push(
        finding('officer.term-limit', {
          committeeId,
          personId,
          refs: [ref.office(office.id)],
          text: {
            id: 'finding.officer.term-limit',
            values: {
              name,
              role: roleRef(office.role),
              span: yearSpan(office),
              reasons: { join: 'semicolonAnd', items: why },
            },
          },
        }),
      );
    }
  }
  return findings;
}

/** officer.voter-ineligible: only continuing and incoming members vote in officer elections. */
export function checkOfficerVoters(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const election of ctx.workspace.elections) {
    if (election.kind !== 'officer' || !election.voters?.length) continue;
    const electorate = new Set(officerElectorate(ctx, election.committeeId, election.cycle));
    const { boundary } = ctx.cycleRules(election.committeeId, election.cycle);
    const what: MessageRef = election.role
      ? { id: 'officerVoter.roleElection', values: { cycle: election.cycle, role: roleRef(election.role) } }
      : { id: 'officerVoter.election', values: { cycle: election.cycle } };
    for (const voter of new Set(election.voters)) {
      if (electorate.has(voter)) continue;
      const outgoing = ctx.memberTerms(election.committeeId, voter).some((t) => !isProposal(t) && t.end === boundary);
      const why: MessageRef = outgoing
        ? { id: 'officerVoter.outgoing', values: { boundary } }
        : { id: 'officerVoter.notMember', values: { boundary, cycle: election.cycle } };
      findings.push(
        finding('officer.voter-ineligible', {
          committeeId: election.committeeId,
          personId: voter,
          refs: [ref.election(election.id)],
          text: { id: 'finding.officer.voter-ineligible', values: { name: ctx.nameOf(voter), election: what, why } },
        }),
      );
    }
  }
  return findings;
}
