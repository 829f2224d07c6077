import type { Term } from '../../workspace/schema';
import { buildChains } from '../chain';
import type { RulesContext } from '../context';
import { finding, ref, type Finding } from '../findings';
import { IFLA2021_FROM } from '../rule-sets';
import { effectiveEnd, isActiveOn, kindLabel, ordinal, plural, yearSpan } from '../terms';

const possessive = (name: string) => `${name}'s`;

/** term.dates, term.overlap and term.length: each term's own dates. */
export function checkTermDates(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const term of ctx.workspace.terms) {
    const who = possessive(ctx.nameOf(term.personId));
    const problems: string[] = [];
    if (term.end <= term.start) problems.push(`ends on ${term.end}, not after it starts on ${term.start}`);
    if (term.endedOn !== undefined && term.endedOn < term.start)
      problems.push(`is recorded as ended on ${term.endedOn}, before it starts on ${term.start}`);
    if (term.endedOn !== undefined && term.endedOn > term.end)
      problems.push(`is recorded as ended on ${term.endedOn}, after its planned end on ${term.end}`);
    if (problems.length > 0) {
      findings.push(
        finding('term.dates', {
          committeeId: term.committeeId,
          personId: term.personId,
          refs: [ref.term(term.id)],
          message: `${who} ${kindLabel(term)} ${problems.join(', and ')}.`,
        }),
      );
    }
    if (term.kind === 'elected') {
      const { calendar } = ctx;
      const length = ctx.paramsOn(term.committeeId, term.start).termLengthYears;
      const startYear = calendar.boundaryYear(term.start);
      const expectedEnd = startYear === undefined ? undefined : calendar.boundary(startYear + length);
      if (expectedEnd === undefined || term.end !== expectedEnd) {
        const expectation =
          expectedEnd === undefined
            ? `it starts on ${term.start}, which is not a term boundary (the nearest is ${calendar.nextBoundaryAfter(term.start).date})`
            : `it ends on ${term.end} instead of the ${startYear! + length} boundary, ${expectedEnd}`;
        findings.push(
          finding('term.length', {
            committeeId: term.committeeId,
            personId: term.personId,
            refs: [ref.term(term.id)],
            message: `${who} elected term ${yearSpan(term)} should run from one term boundary to the boundary ${length} years later, but ${expectation}.`,
          }),
        );
      }
    }
  }
  for (const member of ctx.members()) {
    const terms = member.records.filter((t) => t.start < effectiveEnd(t));
    for (let j = 1; j < terms.length; j++) {
      const later = terms[j] as Term;
      for (let i = 0; i < j; i++) {
        const earlier = terms[i] as Term;
        if (later.start >= effectiveEnd(earlier)) continue;
        findings.push(
          finding('term.overlap', {
            committeeId: later.committeeId,
            personId: later.personId,
            refs: [ref.term(earlier.id), ref.term(later.id)],
            message: `${possessive(ctx.nameOf(later.personId))} ${kindLabel(earlier)} ${earlier.start} to ${effectiveEnd(earlier)} and ${kindLabel(later)} ${later.start} to ${effectiveEnd(later)} are both active on ${later.start}; a person holds one term on a committee at a time.`,
          }),
        );
      }
    }
  }
  return findings;
}

/** term.limit: a recorded term that is the 3rd or later consecutive counting term. */
export function checkTermLimits(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const { committeeId, personId } of ctx.members()) {
    for (const run of ctx.termChains(committeeId, personId)) {
      for (const link of run) {
        const max = ctx.paramsOn(committeeId, link.record.start).maxConsecutiveElectedTerms;
        if (link.counts === 0 || link.number <= max) continue;
        const earlier = run.filter((l) => l.counts > 0 && l.record !== link.record && l.number < link.number);
        findings.push(
          finding('term.limit', {
            committeeId,
            personId,
            refs: [ref.term(link.record.id)],
            message: `${possessive(ctx.nameOf(personId))} ${kindLabel(link.record)} ${yearSpan(link.record)} is a ${ordinal(link.number)} consecutive term (${earlier.map((l) => yearSpan(l.record)).join(', ')}); at most ${plural(max, 'consecutive term')} ${max === 1 ? 'is' : 'are'} allowed.`,
          }),
        );
      }
    }
  }
  return findings;
}

/** corresponding.discontinued and corresponding.term-limit. */
export function checkCorrespondingMembers(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const term of ctx.workspace.terms) {
    if (term.kind !== 'corresponding') continue;
    const pinned = ctx.committee(term.committeeId).ruleSet;
    const who = possessive(ctx.nameOf(term.personId));
    const base = { committeeId: term.committeeId, personId: term.personId, refs: [ref.term(term.id)] };
    if (pinned === 'pre2021') continue;
    if (pinned !== undefined || term.start >= IFLA2021_FROM) {
      findings.push(
        finding('corresponding.discontinued', {
          ...base,
          severity: 'error',
          message: `${who} corresponding term ${yearSpan(term)} starts under rules that no longer have corresponding members (discontinued from ${IFLA2021_FROM}); a co-option is the route now.`,
        }),
      );
    } else if (isActiveOn(term, IFLA2021_FROM)) {
      findings.push(
        finding('corresponding.discontinued', {
          ...base,
          severity: 'warning',
          message: `${who} corresponding term ${yearSpan(term)} is still active on ${IFLA2021_FROM}, when corresponding membership was discontinued; end it or convert it through a co-option.`,
        }),
      );
    }
  }
  for (const { committeeId, personId, records } of ctx.members()) {
    const terms = records.filter((t) => t.kind === 'corresponding');
    if (terms.length < 2) continue;
    for (const run of buildChains(terms, ctx.plainChainOptions<Term>(committeeId))) {
      for (const link of run) {
        const max = ctx.paramsOn(committeeId, link.record.start).correspondingMaxTerms;
        if (link.number <= max) continue;
        findings.push(
          finding('corresponding.term-limit', {
            committeeId,
            personId,
            refs: [ref.term(link.record.id)],
            message: `${possessive(ctx.nameOf(personId))} corresponding term ${yearSpan(link.record)} is a ${ordinal(link.number)} consecutive corresponding term; at most ${max} are allowed.`,
          }),
        );
      }
    }
  }
  return findings;
}
