import type { Term } from '../../workspace/schema';
import { buildChains } from '../chain';
import type { RulesContext } from '../context';
import { finding, ref, type Finding } from '../findings';
import { IFLA2021_FROM } from '../rule-sets';
import type { MessageRef } from '../../i18n/translate';
import { effectiveEnd, isActiveOn, isProposal, yearSpan } from '../terms';

/** The message naming a term's kind ("elected term", or "proposed co-option"). */
const kindRef = (term: Term): MessageRef => ({ id: isProposal(term) ? 'kind.proposal' : `kind.${term.kind}` });

/** term.dates, term.overlap and term.length: each term's own dates. */
export function checkTermDates(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const term of ctx.workspace.terms) {
    const name = ctx.nameOf(term.personId);
    const { start, end, endedOn } = term;
    const problems: MessageRef[] = [];
    if (end <= start) problems.push({ id: 'termDates.endBeforeStart', values: { end, start } });
    if (endedOn !== undefined && endedOn < start)
      problems.push({ id: 'termDates.endedBeforeStart', values: { endedOn, start } });
    if (endedOn !== undefined && endedOn > end)
      problems.push({ id: 'termDates.endedAfterEnd', values: { endedOn, end } });
    if (problems.length > 0) {
      findings.push(
        finding('term.dates', {
          committeeId: term.committeeId,
          personId: term.personId,
          refs: [ref.term(term.id)],
          text: {
            id: 'finding.term.dates',
            values: { name, kind: kindRef(term), problems: { join: 'and', items: problems } },
          },
        }),
      );
    }
    if (term.kind === 'elected') {
      const { calendar } = ctx;
      const length = ctx.paramsOn(term.committeeId, term.start).termLengthYears;
      const startYear = calendar.boundaryYear(term.start);
      const expectedEnd = startYear === undefined ? undefined : calendar.boundary(startYear + length);
      if (expectedEnd === undefined || term.end !== expectedEnd) {
        const why: MessageRef =
          expectedEnd === undefined
            ? {
                id: 'termLength.notBoundary',
                values: { start: term.start, nearest: calendar.nextBoundaryAfter(term.start).date },
              }
            : {
                id: 'termLength.wrongEnd',
                values: { end: term.end, year: startYear! + length, expected: expectedEnd },
              };
        findings.push(
          finding('term.length', {
            committeeId: term.committeeId,
            personId: term.personId,
            refs: [ref.term(term.id)],
            text: { id: 'finding.term.length', values: { name, span: yearSpan(term), length, why } },
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
            text: {
              id: 'finding.term.overlap',
              values: {
                name: ctx.nameOf(later.personId),
                earlierKind: kindRef(earlier),
                earlierStart: earlier.start,
                earlierEnd: effectiveEnd(earlier),
                laterKind: kindRef(later),
                laterStart: later.start,
                laterEnd: effectiveEnd(later),
              },
            },
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
            text: {
              id: 'finding.term.limit',
              values: {
                name: ctx.nameOf(personId),
                kind: kindRef(link.record),
                span: yearSpan(link.record),
                number: link.number,
                earlier: { join: 'comma', items: earlier.map((l) => yearSpan(l.record)) },
                max,
              },
            },
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
    const values = { name: ctx.nameOf(term.personId), span: yearSpan(term), from: IFLA2021_FROM };
    const base = { committeeId: term.committeeId, personId: term.personId, refs: [ref.term(term.id)] };
    if (pinned === 'pre2021') continue;
    if (pinned !== undefined || term.start >= IFLA2021_FROM) {
      findings.push(
        finding('corresponding.discontinued', {
          ...base,
          severity: 'error',
          text: { id: 'finding.corresponding.discontinued.new', values },
        }),
      );
    } else if (isActiveOn(term, IFLA2021_FROM)) {
      findings.push(
        finding('corresponding.discontinued', {
          ...base,
          severity: 'warning',
          text: { id: 'finding.corresponding.discontinued.active', values },
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
            text: {
              id: 'finding.corresponding.term-limit',
              values: { name: ctx.nameOf(personId), span: yearSpan(link.record), number: link.number, max },
            },
          }),
        );
      }
    }
  }
  return findings;
}
