import type { Term } from '../../workspace/schema';
import { buildChains } from '../chain';
import type { RulesContext } from '../context';
import { finding, ref, type Finding } from '../findings';
import { paramsFor, ruleSetFor } from '../rule-sets';
import { cooptionDate, isProposal, yearSpan } from '../terms';

const APPROVERS = new Set(['DivisionChair', 'ProfessionalCouncil']);

/** coopt.unapproved, coopt.after-failed-reelection, coopt.term-too-long and coopt.renewal (R-25..R-29). */
export function checkCooptions(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const term of ctx.workspace.terms) {
    if (term.kind !== 'coopted') continue;

    const committee = ctx.committee(term.committeeId);
    const ruleSet = ruleSetFor(committee, cooptionDate(term));
    const params = paramsFor(committee, ruleSet);
    const name = ctx.nameOf(term.personId);
    const base = { committeeId: term.committeeId, personId: term.personId, refs: [ref.term(term.id)] };

    if (isProposal(term)) {
      const role = params.coOptApproverRole;
      const approver = { id: `approver.${role && APPROVERS.has(role) ? role : 'unknown'}` };
      findings.push(
        finding('coopt.unapproved', {
          ...base,
          text: { id: 'finding.coopt.unapproved', values: { name, start: term.start, approver } },
        }),
      );
    }

    if (params.coOptTermPolicy === 'untilNextElectionCycle') {
      const next = ctx.calendar.nextBoundaryAfter(term.start);
      if (term.end > next.date) {
        findings.push(
          finding('coopt.term-too-long', {
            ...base,
            text: { id: 'finding.coopt.term-too-long', values: { name, end: term.end, next: next.date, ruleSet } },
          }),
        );
      }
    }

    if (ruleSet !== 'pre2021' && params.barCoOptAfterFailedSecondTermBid) {
      const bar = failedSecondTermBid(ctx, term);
      if (bar) {
        findings.push(
          finding('coopt.after-failed-reelection', {
            ...base,
            refs: [...base.refs, ref.election(bar.electionId)],
            severity: ruleSet === 'ifla2021' ? 'error' : 'warning',
            text: {
              id:
                ruleSet === 'ifla2023'
                  ? 'finding.coopt.after-failed-reelection.2023'
                  : 'finding.coopt.after-failed-reelection',
              values: { name, cycle: bar.cycle, span: yearSpan(term) },
            },
          }),
        );
      }
    }
  }

  for (const { committeeId, personId, records } of ctx.members()) {
    const terms = records.filter((t) => t.kind === 'coopted');
    if (terms.length < 2) continue;
    const committee = ctx.committee(committeeId);
    for (const run of buildChains(terms, ctx.plainChainOptions<Term>(committeeId))) {
      run.slice(1).forEach((link, index) => {
        const term = link.record;
        const params = paramsFor(committee, ruleSetFor(committee, cooptionDate(term)));
        if (!params.coOptRenewalOnlyByElection) return;
        const previous = run[index]?.record as Term;
        findings.push(
          finding('coopt.renewal', {
            committeeId,
            personId,
            refs: [ref.term(term.id), ref.term(previous.id)],
            text: {
              id: 'finding.coopt.renewal',
              values: { name: ctx.nameOf(personId), span: yearSpan(term), previous: yearSpan(previous) },
            },
          }),
        );
      });
    }
  }
  return findings;
}

/**
 * the members election of cycle Y the person lost while holding exactly one counting term
 * in the chain reaching the Y boundary, when the co-option starts within that next term.
 */
function failedSecondTermBid(ctx: RulesContext, term: Term): { electionId: string; cycle: number } | undefined {
  for (const election of ctx.electionsByCommittee.get(term.committeeId) ?? []) {
    if (election.kind !== 'members') continue;
    const lost = (election.candidates ?? []).some((c) => c.personId === term.personId && c.outcome === 'not-elected');
    if (!lost) continue;
    const { boundary, params } = ctx.cycleRules(term.committeeId, election.cycle);
    const nextTermEnds = ctx.calendar.boundary(election.cycle + params.termLengthYears);
    if (term.start < boundary || term.start >= nextTermEnds) continue;
    if (ctx.prospectiveTermRun(term.committeeId, term.personId, boundary).count === 1) {
      return { electionId: election.id, cycle: election.cycle };
    }
  }
  return undefined;
}
