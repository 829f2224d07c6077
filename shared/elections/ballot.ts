import type { Candidate, TieBreak } from '../workspace/schema';

/**
 * The result of a members election from its candidates and places: everyone
 * elected unopposed when there are no more candidates than places, else the most votes win and a
 * tie for the last place stays open until a run-off or a lot settles it.
 */
export type BallotResult =
  | { kind: 'unopposed'; elected: string[]; notElected: []; reserve: [] }
  | { kind: 'incomplete'; missingVotes: string[] }
  | { kind: 'decided'; elected: string[]; notElected: string[]; reserve: string[] }
  | { kind: 'tie'; elected: string[]; tied: string[]; placesLeft: number; votes: number; below: string[] };

const standing = (c: Candidate) => c.outcome !== 'withdrawn';

/** Most votes first; equal votes keep the person-id order so the list never depends on entry order. */
export function rankByVotes(candidates: readonly Candidate[]): Candidate[] {
  return candidates
    .filter(standing)
    .sort(
      (a, b) => (b.votes ?? 0) - (a.votes ?? 0) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
    );
}

export function ballotResult(candidates: readonly Candidate[], places: number, tieBreak?: TieBreak): BallotResult {
  const running = candidates.filter(standing);
  if (running.length <= places)
    return { kind: 'unopposed', elected: running.map((c) => c.personId), notElected: [], reserve: [] };
  const missingVotes = running.filter((c) => c.votes === undefined).map((c) => c.personId);
  if (missingVotes.length > 0) return { kind: 'incomplete', missingVotes };

  const ranked = rankByVotes(running);
  const cut = ranked[places - 1]?.votes ?? 0;
  const above = ranked.filter((c) => (c.votes ?? 0) > cut).map((c) => c.personId);
  const atCut = ranked.filter((c) => c.votes === cut).map((c) => c.personId);
  const below = ranked.filter((c) => (c.votes ?? 0) < cut).map((c) => c.personId);
  const placesLeft = places - above.length;

  if (atCut.length <= placesLeft) {
    const elected = [...above, ...atCut];
    return { kind: 'decided', elected, notElected: below, reserve: below };
  }
  const settled = tieBreak?.elected.filter((id) => atCut.includes(id)) ?? [];
  if (settled.length === placesLeft) {
    const lost = atCut.filter((id) => !settled.includes(id));
    // The tie's losers head the reserve list, in the order the tie-break left them.
    return {
      kind: 'decided',
      elected: [...above, ...settled],
      notElected: [...lost, ...below],
      reserve: [...lost, ...below],
    };
  }
  return { kind: 'tie', elected: above, tied: atCut, placesLeft, votes: cut, below };
}
