import type { Election, Office, Person, Term } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { recordOverrides, type OverrideRequest } from './overrides';
import { RepositoryError } from '../repository-error';
import { personName } from '../person-name';

/** What applying a what-if writes: new people, the members election as the slate leaves it, new terms and offices. */
export type WhatIfChanges = {
  newPeople: readonly Person[];
  election?: Election;
  terms: readonly Term[];
  offices: readonly Office[];
};

/**
 * Applies a what-if in one transaction: every record is written with its change-log entry, with
 * the overrides the chair gave for the rules it breaks, or nothing is written at all. Refuses to
 * overwrite: an id already taken, or an election finalised since the what-if was started.
 */
export async function applyWhatIf(
  db: TenureDb,
  changes: WhatIfChanges,
  context: WriteContext,
  overrides: readonly OverrideRequest[] = [],
): Promise<void> {
  await db.transaction('rw', [db.people, db.terms, db.offices, db.elections, db.overrides, db.changes], async () => {
    const log = [];
    const names = new Map<string, string>();
    const nameOf = async (personId: string) => {
      if (!names.has(personId)) names.set(personId, await personName(db, personId));
      return names.get(personId) as string;
    };
    for (const person of changes.newPeople) {
      if (await db.people.get(person.id)) throw new RepositoryError('db.person.exists', { id: person.id });
      await db.people.add(person);
      log.push(
        changeContent(context, 'create', 'people', person.id, null, person, `What-if applied: added ${person.name}.`),
      );
    }
    if (changes.election) {
      const before = await db.elections.get(changes.election.id);
      if (!before) throw new RepositoryError('db.election.notFound', { id: changes.election.id });
      if (before.status === 'final')
        throw new RepositoryError('db.election.finalisedMeanwhile', { cycle: String(before.cycle) });
      await db.elections.put(changes.election);
      const elected = (changes.election.candidates ?? []).filter((c) => c.outcome === 'elected').length;
      log.push(
        changeContent(
          context,
          'update',
          'elections',
          changes.election.id,
          before,
          changes.election,
          `What-if applied: finalised the ${changes.election.cycle} election with ${elected} elected.`,
        ),
      );
    }
    for (const term of changes.terms) {
      if (await db.terms.get(term.id)) throw new RepositoryError('db.term.exists', { id: term.id });
      await db.terms.add(term);
      const what =
        term.kind === 'coopted' ? (term.cooption?.approvedOn ? 'co-opted' : 'proposed co-option of') : term.kind;
      log.push(
        changeContent(
          context,
          'create',
          'terms',
          term.id,
          null,
          term,
          `What-if applied: ${what} ${await nameOf(term.personId)}, ${term.start} to ${term.end}.`,
        ),
      );
    }
    for (const office of changes.offices) {
      if (await db.offices.get(office.id)) throw new RepositoryError('db.office.exists', { id: office.id });
      await db.offices.add(office);
      log.push(
        changeContent(
          context,
          'create',
          'offices',
          office.id,
          null,
          office,
          `What-if applied: ${await nameOf(office.personId)} became ${office.role} from ${office.start} to ${office.end}.`,
        ),
      );
    }
    log.push(...(await recordOverrides(db, overrides, context)));
    await appendChanges(db, log);
  });
}
