import type { IsoDate } from '../../domain/dates';
import type { Candidate, Election } from '../../workspace/schema';
import type { RulesContext } from '../context';
import { computedPlaces } from '../cycle-plan';
import { finding, ref, type Finding } from '../findings';
import { eligibilityToStand } from '../eligibility';

const standing = (c: Candidate) => c.outcome !== 'withdrawn';

/** election.* and nomination.term-limited: the whole-file election checks (R-02, R-05, R-08, R-12..R-16). */
export function checkElections(ctx: RulesContext): Finding[] {
  const findings: Finding[] = [];
  for (const election of ctx.workspace.elections) {
    const { committeeId, cycle } = election;
    const { boundary, params } = ctx.cycleRules(committeeId, cycle);
    const base = { committeeId, refs: [ref.election(election.id)] };
    const wrongParity = (cycle % 2 === 0) !== (params.electionYearParity === 'even');
    if (wrongParity) {
      findings.push(
        finding('election.parity', {
          ...base,
          text: {
            id: 'finding.election.parity',
            values: {
              id: election.id,
              cycle,
              parity: cycle % 2 === 0 ? 'even' : 'odd',
              years: params.electionCycleYears,
              expected: params.electionYearParity,
            },
          },
        }),
      );
    }
    if (election.kind !== 'members') continue;

    const candidates = (election.candidates ?? []).filter(standing);
    const places = election.vacancies ?? computedPlaces(ctx, committeeId, cycle);
    const name = (c: Candidate) => ctx.nameOf(c.personId);

    const elected = candidates.filter((c) => c.outcome === 'elected');
    if (elected.length > places) {
      findings.push(
        finding('election.over-filled', {
          ...base,
          text: {
            id: 'finding.election.over-filled',
            values: { cycle, committee: ctx.committee(committeeId).name, elected: elected.length, places },
          },
        }),
      );
    }
    const tie = tieAtLastPlace(candidates, places);
    if (tie && !election.tieBreak) {
      findings.push(
        finding('election.tie', {
          ...base,
          text: {
            id: 'finding.election.tie',
            values: { cycle, tied: { join: 'names', items: tie.map(name) }, votes: tie[0]?.votes ?? 0, places },
          },
        }),
      );
    }
    if (election.vacancies !== undefined) {
      const computed = computedPlaces(ctx, committeeId, cycle);
      if (computed !== election.vacancies) {
        findings.push(
          finding('election.vacancies-mismatch', {
            ...base,
            text: {
              id: 'finding.election.vacancies-mismatch',
              values: { cycle, declared: election.vacancies, computed, boundary },
            },
          }),
        );
      }
    }

    const notElected = candidates
      .filter((c) => c.outcome === 'not-elected' && c.votes !== undefined)
      .sort(byVotesThenPerson);
    for (const winner of candidates) {
      if (winner.outcome !== 'elected' || winner.votes === undefined) continue;
      const ahead = notElected.filter((c) => (c.votes as number) > (winner.votes as number));
      if (ahead.length === 0) continue;
      findings.push(
        finding('election.not-top-n', {
          ...base,
          personId: winner.personId,
          text: {
            id: 'finding.election.not-top-n',
            values: {
              name: name(winner),
              votes: winner.votes,
              ahead: {
                join: 'names',
                items: ahead.map((c) => ({
                  id: 'electionNotTopN.candidate',
                  values: { name: name(c), votes: c.votes ?? 0 },
                })),
              },
              count: ahead.length,
            },
          },
        }),
      );
    }

    for (const candidate of candidates) {
      // The cheap count first: explaining the chain is only needed for the few who cannot stand.
      if (ctx.prospectiveTermRun(committeeId, candidate.personId, boundary).count < params.maxConsecutiveElectedTerms)
        continue;
      const standing = eligibilityToStand(ctx, committeeId, candidate.personId, cycle);
      findings.push(
        finding('nomination.term-limited', {
          ...base,
          personId: candidate.personId,
          text: {
            id: 'finding.nomination.term-limited',
            values: {
              name: name(candidate),
              cycle,
              boundary,
              number: standing.prospectiveTermNumber,
              chain: { join: 'comma', items: standing.chain },
              from: standing.mayStandAgainFrom ?? cycle,
            },
          },
        }),
      );
    }
  }
  return findings;
}

/** Most votes first; the person id keeps equal votes in one order whatever the file's order. */
function byVotesThenPerson(a: Candidate, b: Candidate): number {
  return (b.votes ?? 0) - (a.votes ?? 0) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);
}

/** The candidates tied for the last place, when the ballot leaves one. */
function tieAtLastPlace(candidates: readonly Candidate[], places: number): Candidate[] | undefined {
  const voted = candidates.filter((c) => c.votes !== undefined).sort(byVotesThenPerson);
  if (places <= 0 || voted.length <= places) return undefined;
  const cut = voted[places - 1]?.votes;
  if (cut !== voted[places]?.votes) return undefined;
  return voted.filter((c) => c.votes === cut);
}

/** nomination.no-consent, a state check: consent is required once nominations have closed on `asOf`. */
export function checkConsent(ctx: RulesContext, asOf: IsoDate): Finding[] {
  const findings: Finding[] = [];
  for (const election of ctx.workspace.elections) {
    if (election.kind !== 'members' || !nominationsClosed(election, asOf)) continue;
    for (const candidate of election.candidates ?? []) {
      if (candidate.outcome === 'withdrawn' || candidate.consent === true) continue;
      findings.push(
        finding('nomination.no-consent', {
          committeeId: election.committeeId,
          personId: candidate.personId,
          refs: [ref.election(election.id)],
          text: {
            id: 'finding.nomination.no-consent',
            values: {
              name: ctx.nameOf(candidate.personId),
              cycle: election.cycle,
              refused: candidate.consent === false ? 'yes' : 'no',
            },
          },
        }),
      );
    }
  }
  return findings;
}

export function nominationsClosed(election: Election, asOf: IsoDate): boolean {
  return (
    election.status === 'ballot' ||
    election.status === 'final' ||
    (election.nominationsClose !== undefined && asOf > election.nominationsClose)
  );
}
