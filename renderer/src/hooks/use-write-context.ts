import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { db } from '../db/db';
import { readActor } from '../db/repositories/workspace-repo';
import type { WriteContext } from '../db/repositories/change-log-repo';

export const UNNAMED_ACTOR = 'Unnamed user';

/** Who is signed in (stored in the database) and a function stamping a write with them and the time. */
export function useWriteContext(): { actor: string; context: () => WriteContext } {
  const actor = useLiveQuery(() => readActor(db), []) ?? UNNAMED_ACTOR;
  const context = useCallback(() => ({ actor, at: new Date().toISOString() }), [actor]);
  return { actor, context };
}
