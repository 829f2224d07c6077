import type { Committee } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';

export async function saveCommittee(db: TenureDb, committee: Committee, context: WriteContext): Promise<void> {
  await db.transaction('rw', [db.committees, db.changes], async () => {
    const before = await db.committees.get(committee.id);
    await db.committees.put(committee);
    await appendChanges(db, [
      changeContent(
        context,
        before ? 'update' : 'create',
        'committees',
        committee.id,
        before,
        committee,
        `${before ? 'Changed' : 'Created'} committee ${committee.name}.`,
      ),
    ]);
  });
}
