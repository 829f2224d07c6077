import { addDays, isoFromParts, type IsoDate } from '../domain/dates';
import type { WorkspaceInput } from '../workspace/schema';

/** A small deterministic PRNG (mulberry32), so generated workspaces are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  'FR',
  'KE',
  'BR',
  'JP',
  'US',
  'EG',
  'IN',
  'DE',
  'NG',
  'CA',
  'AU',
  'MX',
  'ZA',
  'CN',
  'MA',
  'CL',
  'SE',
];

export type LargeWorkspaceOptions = {
  committees: number;
  /** Elected places filled per cycle and committee (half the seats). */
  placesPerCycle: number;
  /** Election cycles of history, ending with 2025. */
  cycles: number;
  seed?: number;
};

const boundary = (year: number): IsoDate => isoFromParts(year, 8, 31);

/**
 * Committees with a realistic history: two staggered cohorts, re-elections up to the limit,
 * a few early ends and co-options, officers every cycle, an election per cycle and two meetings
 * a year. With 100 committees, 10 places and 10 cycles it holds about 10,000 terms.
 */
export function generateLargeWorkspace(options: LargeWorkspaceOptions): WorkspaceInput {
  const random = seededRandom(options.seed ?? 2021);
  const firstCycle = 2025 - 2 * (options.cycles - 1);
  const workspace = {
    format: 'tenure' as const,
    version: 1 as const,
    committees: [] as Record<string, unknown>[],
    people: [] as Record<string, unknown>[],
    terms: [] as Record<string, unknown>[],
    offices: [] as Record<string, unknown>[],
    elections: [] as Record<string, unknown>[],
    meetings: [] as Record<string, unknown>[],
  };
  let personCount = 0;
  const newPerson = () => {
    const id = `p${++personCount}`;
    workspace.people.push({ id, name: `Member ${personCount}`, country: COUNTRIES[personCount % COUNTRIES.length] });
    return id;
  };

  for (let c = 1; c <= options.committees; c++) {
    const committeeId = `c${c}`;
    workspace.committees.push({
      id: committeeId,
      name: `Section ${c}`,
      kind: 'section',
      seatCohorts: [
        { firstYear: firstCycle, seats: options.placesPerCycle },
        { firstYear: firstCycle + 2, seats: options.placesPerCycle },
      ],
    });
    // Who holds each seat, and how many consecutive terms they have served on it.
    const seats = new Map<number, { personId: string; served: number }>();
    let termCount = 0;
    for (let cycle = firstCycle; cycle <= 2025; cycle += 2) {
      const cohortOffset = ((cycle - firstCycle) / 2) % 2;
      const candidates: Record<string, unknown>[] = [];
      const elected: string[] = [];
      for (let s = 0; s < options.placesPerCycle; s++) {
        const seat = cohortOffset * options.placesPerCycle + s;
        const holder = seats.get(seat);
        const standsAgain = holder && holder.served < 2 && random() < 0.7;
        const personId = standsAgain ? holder.personId : newPerson();
        const served = standsAgain ? holder.served + 1 : 1;
        seats.set(seat, { personId, served });
        elected.push(personId);
        candidates.push({ personId, consent: true, votes: 40 + Math.floor(random() * 60), outcome: 'elected' });
        const term: Record<string, unknown> = {
          id: `${committeeId}-t${++termCount}`,
          personId,
          committeeId,
          kind: 'elected',
          start: boundary(cycle),
          end: boundary(cycle + 4),
        };
        if (random() < 0.05) term.endedOn = addDays(boundary(cycle), 200 + Math.floor(random() * 900));
        workspace.terms.push(term);
      }
      candidates.push({
        personId: newPerson(),
        consent: true,
        votes: 10 + Math.floor(random() * 25),
        outcome: 'not-elected',
      });
      workspace.elections.push({
        id: `${committeeId}-e${cycle}`,
        committeeId,
        kind: 'members',
        cycle,
        vacancies: options.placesPerCycle,
        status: 'final',
        candidates,
      });
      if (cycle >= 2021 && random() < 0.5) {
        workspace.terms.push({
          id: `${committeeId}-t${++termCount}`,
          personId: newPerson(),
          committeeId,
          kind: 'coopted',
          start: addDays(boundary(cycle), 30),
          end: boundary(cycle + 2),
          cooption: { reason: 'diversity', approvedOn: addDays(boundary(cycle), 20) },
        });
      }
      const [chair, secretary] = elected;
      for (const [role, personId] of [
        ['chair', chair],
        ['secretary', secretary],
      ] as const) {
        workspace.offices.push({
          id: `${committeeId}-${role}-${cycle}`,
          personId,
          committeeId,
          role,
          start: boundary(cycle),
          end: boundary(cycle + 2),
        });
      }
      for (const month of [3, 8]) {
        const date = isoFromParts(cycle, month, 15);
        workspace.meetings.push({
          id: `${committeeId}-m${cycle}-${month}`,
          committeeId,
          date,
          attendance: elected.map((personId) => ({ personId, status: random() < 0.1 ? 'absent' : 'present' })),
        });
      }
    }
  }
  return workspace as unknown as WorkspaceInput;
}
