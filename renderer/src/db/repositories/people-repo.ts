import type { ChangeContent } from '@shared/history/change-log';
import type { Person } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { RepositoryError } from '../repository-error';

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

/**
 * Text folded for comparison: accents dropped, lower case, runs of spaces made one. "  Ána  RUIZ"
 * and "ana ruiz" fold alike, so search and duplicate detection forgive how a name was typed.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

const byFoldedName = new Intl.Collator('en', { numeric: true });

/** People whose names fold alike: likely duplicates, each group in order of id, groups by name. */
export function findDuplicateGroups(people: readonly Person[]): Person[][] {
  const byName = new Map<string, Person[]>();
  for (const person of people) {
    const key = foldText(person.name);
    const group = byName.get(key);
    if (group) group.push(person);
    else byName.set(key, [person]);
  }
  return [...byName.entries()]
    .filter(([, group]) => group.length > 1)
    .sort(([a], [b]) => byFoldedName.compare(a, b))
    .map(([, group]) => group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** Other people already recorded under a name that folds like `name`: a warning before adding a duplicate. */
export async function findPeopleNamedLike(db: TenureDb, name: string, exceptId?: string): Promise<Person[]> {
  const key = foldText(name);
  if (key === '') return [];
  return db.people.filter((p) => p.id !== exceptId && foldText(p.name) === key).toArray();
}

/** One line of the people directory: the person and how much service the records hold for them. */
export type DirectoryEntry = { person: Person; committees: number; terms: number };

/** Everyone, with the number of committees and terms each has; one read of each table, so 10,000 people stay quick. */
export async function readPeopleDirectory(db: TenureDb): Promise<DirectoryEntry[]> {
  return db.transaction('r', [db.people, db.terms], async () => {
    const [people, terms] = await Promise.all([db.people.toArray(), db.terms.toArray()]);
    const service = new Map<string, { committees: Set<string>; terms: number }>();
    for (const term of terms) {
      let entry = service.get(term.personId);
      if (!entry) service.set(term.personId, (entry = { committees: new Set(), terms: 0 }));
      entry.committees.add(term.committeeId);
      entry.terms += 1;
    }
    return people.map((person) => {
      const entry = service.get(person.id);
      return { person, committees: entry?.committees.size ?? 0, terms: entry?.terms ?? 0 };
    });
  });
}

/** Every place a person's id is written: what a merge would move from them. */
export type PersonReferences = {
  terms: number;
  offices: number;
  candidacies: number;
  /** Officer-election voter lists they are on. */
  votes: number;
  /** Tie-breaks that name them among the elected. */
  tieBreaks: number;
  attendance: number;
  /** Action-plan items they own. */
  actions: number;
  /** Co-options they proposed. */
  cooptionProposals: number;
};

export async function readPersonReferences(db: TenureDb, personId: string): Promise<PersonReferences> {
  return db.transaction('r', [db.terms, db.offices, db.elections, db.meetings, db.actions], async () => {
    const [terms, offices, elections, meetings, actions] = await Promise.all([
      db.terms.where('personId').equals(personId).count(),
      db.offices.where('personId').equals(personId).count(),
      db.elections.toArray(),
      db.meetings.toArray(),
      db.actions.toArray(),
    ]);
    // A co-option's proposer is not indexed; proposals are few, so a filtered scan is enough.
    const cooptionProposals = await db.terms.filter((t) => t.cooption?.proposedBy === personId).count();
    const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
    return {
      terms,
      offices,
      candidacies: elections.reduce((n, e) => n + count(e.candidates ?? [], (c) => c.personId === personId), 0),
      votes: count(elections, (e) => e.voters?.includes(personId) ?? false),
      tieBreaks: count(elections, (e) => e.tieBreak?.elected.includes(personId) ?? false),
      attendance: meetings.reduce((n, m) => n + count(m.attendance ?? [], (a) => a.personId === personId), 0),
      actions: count(actions, (a) => a.owners?.includes(personId) ?? false),
      cooptionProposals,
    };
  });
}

/** The details a merge can carry over from a duplicate to the record kept, in the order they are shown. */
export type FillableField = 'email' | 'institution' | 'country' | 'region' | 'languages' | 'notes';

/**
 * The kept record with the details it lacks taken from the duplicates (the first one that has
 * each), and the languages of all of them together. Country and region travel as a pair, and only
 * to a record that has neither, so a kept country is never contradicted by another record's region.
 */
export function fillMissingDetails(
  keep: Person,
  duplicates: readonly Person[],
): { person: Person; filled: FillableField[] } {
  const person: Person = { ...keep };
  const filled = new Set<FillableField>();
  for (const field of ['email', 'institution', 'notes'] as const) {
    const source = keep[field] ? undefined : duplicates.find((d) => d[field]);
    if (source?.[field]) {
      person[field] = source[field];
      filled.add(field);
    }
  }
  const placed = keep.country || keep.region ? undefined : duplicates.find((d) => d.country || d.region);
  if (placed?.country) {
    person.country = placed.country;
    filled.add('country');
  }
  if (placed?.region) {
    person.region = placed.region;
    filled.add('region');
  }
  const languages = [...new Set([...(keep.languages ?? []), ...duplicates.flatMap((d) => d.languages ?? [])])];
  if (languages.length > (keep.languages?.length ?? 0)) {
    person.languages = languages;
    filled.add('languages');
  }
  const order: FillableField[] = ['email', 'institution', 'country', 'region', 'languages', 'notes'];
  return { person, filled: order.filter((f) => filled.has(f)) };
}

const swap = (id: string, from: string, to: string) => (id === from ? to : id);

/**
 * Moves a duplicate's entries in a per-person list (attendance, candidates) to the kept person;
 * where the kept person already has an entry of their own, theirs stays and the duplicate's is
 * dropped (the change log keeps it in `before`), so nobody is listed twice.
 */
function moveEntries<T extends { personId: string }>(entries: readonly T[], keepId: string, duplicateId: string): T[] {
  const keepHasOwn = entries.some((e) => e.personId === keepId);
  return entries.flatMap((e) => (e.personId !== duplicateId ? [e] : keepHasOwn ? [] : [{ ...e, personId: keepId }]));
}

/**
 * Merges a duplicate person into the one kept: every term, office, candidacy, vote, attendance,
 * ownership and co-option proposal of `duplicateId` moves to `keepId`, then the duplicate is
 * deleted; one transaction, every touched record logged. A meeting or election listing both
 * keeps the kept person's own entry (see `moveEntries`).
 */
export async function mergePeople(
  db: TenureDb,
  keepId: string,
  duplicateId: string,
  context: WriteContext,
): Promise<number> {
  if (keepId === duplicateId) throw new RepositoryError('db.merge.samePerson');
  return db.transaction(
    'rw',
    [db.people, db.terms, db.offices, db.elections, db.meetings, db.actions, db.changes],
    async () => {
      const [keep, duplicate] = await Promise.all([db.people.get(keepId), db.people.get(duplicateId)]);
      if (!keep || !duplicate) throw new RepositoryError('db.merge.missingPerson');
      const changes: ChangeContent[] = [];
      let moved = 0;

      const terms = await db.terms.toArray();
      for (const term of terms) {
        const touches = term.personId === duplicateId || term.cooption?.proposedBy === duplicateId;
        if (!touches) continue;
        const after = { ...term, personId: swap(term.personId, duplicateId, keepId) };
        if (term.cooption?.proposedBy !== undefined) {
          after.cooption = { ...term.cooption, proposedBy: swap(term.cooption.proposedBy, duplicateId, keepId) };
        }
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
            `Moved office ${office.id} from ${duplicate.name} (${duplicateId}) to ${keep.name} (${keepId}).`,
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
                candidates: moveEntries(election.candidates, keepId, duplicateId),
              }
            : {}),
          ...(election.voters
            ? { voters: [...new Set(election.voters.map((v) => swap(v, duplicateId, keepId)))] }
            : {}),
          ...(election.tieBreak
            ? {
                tieBreak: {
                  ...election.tieBreak,
                  elected: [...new Set(election.tieBreak.elected.map((v) => swap(v, duplicateId, keepId)))],
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
            `Moved ${duplicate.name}'s candidacy or vote in ${election.id} to ${keep.name} (${keepId}).`,
          ),
        );
        moved += 1;
      }
      for (const meeting of await db.meetings.toArray()) {
        if (!meeting.attendance?.some((a) => a.personId === duplicateId)) continue;
        const after = {
          ...meeting,
          attendance: moveEntries(meeting.attendance, keepId, duplicateId),
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
            `Moved ${duplicate.name}'s attendance at ${meeting.id} to ${keep.name} (${keepId}).`,
          ),
        );
        moved += 1;
      }
      for (const action of await db.actions.toArray()) {
        if (!action.owners?.includes(duplicateId)) continue;
        const after = {
          ...action,
          owners: [...new Set(action.owners.map((o) => swap(o, duplicateId, keepId)))],
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
            `Moved ${duplicate.name}'s action ${action.id} to ${keep.name} (${keepId}).`,
          ),
        );
        moved += 1;
      }
      await db.people.delete(duplicateId);
      // The kept record is touched too: its own history should say what it absorbed.
      changes.push(
        changeContent(
          context,
          'merge',
          'people',
          keepId,
          keep,
          keep,
          `${keep.name} (${keepId}) absorbed the duplicate record ${duplicate.name} (${duplicateId}): ${moved === 1 ? '1 record' : `${moved} records`} moved.`,
        ),
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

/**
 * Merges a group of duplicates into the one kept, all or nothing: with `fillMissingDetails`, the
 * kept record first takes the details it lacks from the others (logged as an update), then each
 * duplicate is merged into it. Returns how many records moved and which details were filled in.
 */
export async function mergeDuplicates(
  db: TenureDb,
  keepId: string,
  duplicateIds: readonly string[],
  context: WriteContext,
  options: { fillMissingDetails: boolean } = { fillMissingDetails: true },
): Promise<{ moved: number; filled: FillableField[] }> {
  if (duplicateIds.length === 0) throw new RepositoryError('db.merge.noDuplicates');
  return db.transaction(
    'rw',
    [db.people, db.terms, db.offices, db.elections, db.meetings, db.actions, db.changes],
    async () => {
      const keep = await db.people.get(keepId);
      if (!keep) throw new RepositoryError('db.person.notFound', { id: keepId });
      let filled: FillableField[] = [];
      if (options.fillMissingDetails) {
        const duplicates = (await db.people.bulkGet([...duplicateIds])).filter((p) => p !== undefined);
        const result = fillMissingDetails(keep, duplicates);
        filled = result.filled;
        if (filled.length > 0) {
          await db.people.put(result.person);
          await appendChanges(db, [
            changeContent(
              context,
              'update',
              'people',
              keepId,
              keep,
              result.person,
              `Filled in ${keep.name}'s ${filled.join(', ')} from the duplicate ${duplicateIds.length === 1 ? 'record' : 'records'} ${duplicateIds.join(', ')}.`,
            ),
          ]);
        }
      }
      let moved = 0;
      for (const duplicateId of duplicateIds) moved += await mergePeople(db, keepId, duplicateId, context);
      return { moved, filled };
    },
  );
}
