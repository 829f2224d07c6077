import type { Person } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';

export async function savePerson(db: TenureDb, person: Person, context: WriteContext): Promise<void> {
  await db.transaction('rw', [db.people, db.changes], async () => {
    const before = await db.people.get(person.id);
    await db.people.put(person);
    await appendChanges(db, [
      changeContent(
        context,
        before ? 'update' : 'create',
        'people',
        person.id,
        before,
        person,
        `${before ? 'Changed' : 'Added'} ${person.name}.`,
      ),
    ]);
  });
}

const swap = (id: string | undefined, from: string, to: string) => (id === from ? to : id);

/**
 * Merges a duplicate person into the one kept: every term, office, candidacy, vote, attendance,
 * ownership and co-option proposal of `duplicateId` moves to `keepId`, then the duplicate is
 * deleted; one transaction, every touched record logged.
 */
export async function mergePeople(
  db: TenureDb,
  keepId: string,
  duplicateId: string,
  context: WriteContext,
): Promise<number> {
  if (keepId === duplicateId) throw new Error('Choose two different people to merge.');
  return db.transaction(
    'rw',
    [db.people, db.terms, db.offices, db.elections, db.meetings, db.actions, db.changes],
    async () => {
      const [keep, duplicate] = await Promise.all([db.people.get(keepId), db.people.get(duplicateId)]);
      if (!keep || !duplicate) throw new Error('Both people must exist to merge them.');
      const changes = [];
      let moved = 0;

      const terms = await db.terms.toArray();
      for (const term of terms) {
        const touches = term.personId === duplicateId || term.cooption?.proposedBy === duplicateId;
        if (!touches) continue;
        const after = {
          ...term,
          personId: swap(term.personId, duplicateId, keepId) as string,
          ...(term.cooption
            ? { cooption: { ...term.cooption, proposedBy: swap(term.cooption.proposedBy, duplicateId, keepId) } }
            : {}),
        };
        if (term.cooption?.proposedBy === undefined && after.cooption) delete after.cooption.proposedBy;
        await db.terms.put(after);
        changes.push(
          changeContent(
            context,
            'merge',
            'terms',
            term.id,
            term,
            after,
            `Moved term ${term.id} from ${duplicate.name} (${duplicateId}) to ${keep.name} (${keepId}).`,
          ),
        );
        moved += 1;
      }
      for (const office of await db.offices.where('personId').equals(duplicateId).toArray()) {
        const after = { ...office, personId: keepId };
        await db.offices.put(after);
        changes.push(
          changeContent(
            context,
            'merge',
            'offices',
            office.id,
            office,
            after,
            `Moved office ${office.id} to ${keep.name}.`,
          ),
        );
        moved += 1;
      }
      for (const election of await db.elections.toArray()) {
        const mentions =
          election.candidates?.some((c) => c.personId === duplicateId) ||
          election.voters?.includes(duplicateId) ||
          election.tieBreak?.elected.includes(duplicateId);
        if (!mentions) continue;
        const after = {
          ...election,
          ...(election.candidates
            ? {
                candidates: election.candidates.map((c) => ({
                  ...c,
                  personId: swap(c.personId, duplicateId, keepId) as string,
                })),
              }
            : {}),
          ...(election.voters
            ? { voters: [...new Set(election.voters.map((v) => swap(v, duplicateId, keepId) as string))] }
            : {}),
          ...(election.tieBreak
            ? {
                tieBreak: {
                  ...election.tieBreak,
                  elected: election.tieBreak.elected.map((v) => swap(v, duplicateId, keepId) as string),
                },
              }
            : {}),
        };
        await db.elections.put(after);
        changes.push(
          changeContent(
            context,
            'merge',
            'elections',
            election.id,
            election,
            after,
            `Moved ${duplicate.name}'s candidacy or vote in ${election.id} to ${keep.name}.`,
          ),
        );
        moved += 1;
      }
      for (const meeting of await db.meetings.toArray()) {
        if (!meeting.attendance?.some((a) => a.personId === duplicateId)) continue;
        const after = {
          ...meeting,
          attendance: meeting.attendance.map((a) => ({
            ...a,
            personId: swap(a.personId, duplicateId, keepId) as string,
          })),
        };
        await db.meetings.put(after);
        changes.push(
          changeContent(
            context,
            'merge',
            'meetings',
            meeting.id,
            meeting,
            after,
            `Moved ${duplicate.name}'s attendance at ${meeting.id} to ${keep.name}.`,
          ),
        );
        moved += 1;
      }
      for (const action of await db.actions.toArray()) {
        if (!action.owners?.includes(duplicateId)) continue;
        const after = {
          ...action,
          owners: [...new Set(action.owners.map((o) => swap(o, duplicateId, keepId) as string))],
        };
        await db.actions.put(after);
        changes.push(
          changeContent(
            context,
            'merge',
            'actions',
            action.id,
            action,
            after,
            `Moved ${duplicate.name}'s action ${action.id} to ${keep.name}.`,
          ),
        );
        moved += 1;
      }
      await db.people.delete(duplicateId);
      changes.push(
        changeContent(
          context,
          'delete',
          'people',
          duplicateId,
          duplicate,
          null,
          `Merged ${duplicate.name} (${duplicateId}) into ${keep.name} (${keepId}).`,
        ),
      );
      await appendChanges(db, changes);
      return moved;
    },
  );
}
