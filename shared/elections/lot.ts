import { sha256Hex } from '../history/change-log';

/**
 * A reproducible lot: each tied candidate's ticket is SHA-256 of the published seed, a
 * line feed and their person id, written in hexadecimal; the lowest tickets win. Anyone can
 * re-run it with any SHA-256 tool (`printf '%s\n%s' "$SEED" "$ID" | sha256sum`), so the draw is
 * checkable and cannot be steered once the seed is published.
 */
export const LOT_METHOD = 'sha256(seed + "\\n" + personId), lowest wins';

export type LotTicket = { personId: string; ticket: string };
export type LotResult = { seed: string; method: string; tickets: LotTicket[]; elected: string[] };

export function drawLots(seed: string, tied: readonly string[], places: number): LotResult {
  if (seed.trim() === '') throw new Error('A lot needs a published seed.');
  if (places < 1 || places >= tied.length) throw new Error('A lot decides between more candidates than places.');
  const tickets = [...new Set(tied)]
    .map((personId) => ({ personId, ticket: sha256Hex(`${seed}\n${personId}`) }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0));
  return { seed, method: LOT_METHOD, tickets, elected: tickets.slice(0, places).map((t) => t.personId) };
}
