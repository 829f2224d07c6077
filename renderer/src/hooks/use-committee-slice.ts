import { useLiveQuery } from 'dexie-react-hooks';
import type { Workspace } from '@shared/workspace/schema';
import { db } from '../db/db';
import { readCommitteeSlice } from '../db/repositories/workspace-repo';

/**
 * One committee's records as a small workspace for the rules engine, kept live: any write to
 * the tables re-reads it. `undefined` while loading, `null` when the committee does not exist.
 */
export function useCommitteeSlice(committeeId: string | undefined): Workspace | null | undefined {
  return useLiveQuery(
    async () => (committeeId ? ((await readCommitteeSlice(db, committeeId)) ?? null) : null),
    [committeeId],
  );
}
