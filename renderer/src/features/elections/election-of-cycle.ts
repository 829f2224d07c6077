import type { Election, Workspace } from '@shared/workspace/schema';

/** The members election of a cycle on the slice's committee, if one is recorded. */
export function membersElectionOf(slice: Workspace, cycle: number): Election | undefined {
  return slice.elections.find((e) => e.kind === 'members' && e.cycle === cycle);
}

/** The id a newly planned members election gets: readable and unique per committee and cycle. */
export function newMembersElectionId(committeeId: string, cycle: number): string {
  return `e-${committeeId}-${cycle}-members`;
}
