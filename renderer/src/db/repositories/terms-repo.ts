import type { IsoDate } from '@shared/domain/dates';
import { noticeBlocksEnding } from '@shared/rules/inactivity';
import { effectiveEnd, isActiveOn, isProposal } from '@shared/rules/terms';
import type { EndReason } from '@shared/domain/vocabulary';
import type { Person, Term } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { recordOverrides, type OverrideRequest } from './overrides';
import { RepositoryError } from '../repository-error';
import { personName } from '../person-name';

/**
 * Adds or replaces a term, with any overrides the user gave for the rules it breaks; a new
 * person it is for is added in the same transaction.
 */
export async function saveTerm(
  db: TenureDb,
  term: Term,
  context: WriteContext,
  overrides: readonly OverrideRequest[] = [],
  newPerson?: Person,
): Promise<void> {
  await db.transaction('rw', [db.terms, db.people, db.overrides, db.changes], async () => {
    const added = [];
    if (newPerson) {
      if (await db.people.get(newPerson.id)) throw new RepositoryError('db.person.exists', { id: newPerson.id });
      await db.people.add(newPerson);
      added.push(changeContent(context, 'create', 'people', newPerson.id, null, newPerson, `Added ${newPerson.name}.`));
    }
    const before = await db.terms.get(term.id);
    await db.terms.put(term);
    const name = await personName(db, term.personId);
    const logged = await recordOverrides(db, overrides, context);
    await appendChanges(db, [
      ...added,
      changeContent(
        context,
        before ? 'update' : 'create',
        'terms',
        term.id,
        before,
        term,
        `${before ? 'Changed' : 'Added'} ${name}'s ${term.kind} term ${term.start} to ${term.end}.`,
      ),
      ...logged,
    ]);
  });
}

/**
 * Ends a term before its planned end (resignation, inactivity, death). The holder's offices on
 * that committee end with it unless another of their terms carries on; the seat becomes
 * a casual vacancy, which the roster and plan compute from the dates.
 */
export async function endTermEarly(
  db: TenureDb,
  termId: string,
  endedOn: IsoDate,
  endReason: EndReason,
  context: WriteContext,
  overrides: readonly OverrideRequest[] = [],
): Promise<{ endedOffices: string[] }> {
  return db.transaction('rw', [db.terms, db.offices, db.people, db.overrides, db.changes], async () => {
    const before = await db.terms.get(termId);
    if (!before) throw new RepositoryError('db.term.notFound', { id: termId });
    if (endedOn < before.start || endedOn > before.end) {
      throw new RepositoryError('db.term.endOutsideTerm', { start: before.start, end: before.end });
    }
    // Deemed resigned for inactivity only after the notice's deadline has passed unanswered.
    const byNotice = endReason === 'inactive' ? noticeBlocksEnding(before, endedOn) : undefined;
    if (byNotice) throw new RepositoryError('db.term.deemBeforeDeadline', { reason: byNotice });
    const after: Term = { ...before, endedOn, endReason };
    await db.terms.put(after);
    const name = await personName(db, before.personId);
    const otherTerms = (await db.terms.where('personId').equals(before.personId).toArray()).filter(
      (t) => t.id !== termId && t.committeeId === before.committeeId && !isProposal(t) && isActiveOn(t, endedOn),
    );
    const endedOffices: string[] = [];
    const changes = [
      changeContent(
        context,
        'update',
        'terms',
        termId,
        before,
        after,
        `Ended ${name}'s term early on ${endedOn} (${endReason}).`,
      ),
    ];
    if (otherTerms.length === 0) {
      const offices = await db.offices.where('personId').equals(before.personId).toArray();
      for (const office of offices) {
        if (office.committeeId !== before.committeeId || office.start >= endedOn || effectiveEnd(office) <= endedOn)
          continue;
        const ended = { ...office, endedOn };
        await db.offices.put(ended);
        endedOffices.push(office.id);
        changes.push(
          changeContent(
            context,
            'update',
            'offices',
            office.id,
            office,
            ended,
            `Ended ${name}'s office as ${office.role} on ${endedOn}, with the term.`,
          ),
        );
      }
    }
    changes.push(...(await recordOverrides(db, overrides, context)));
    await appendChanges(db, changes);
    return { endedOffices };
  });
}
