import { isIsoDate, type IsoDate } from '@shared/domain/dates';
import { createRulesContext } from '@shared/rules/context';
import { deemResignedBlocked, flaggedOn } from '@shared/rules/inactivity';
import { isActiveOn, makesMember } from '@shared/rules/terms';
import type { InactivityNotice, Term } from '@shared/workspace/schema';
import { ENTITY_TABLES, type TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { endTermEarly } from './terms-repo';
import { readCommitteeSlice } from './workspace-repo';

/**
 * The inactivity procedure of R-23 as writes: record the Chair's notice with its deadline on the
 * member's term, record an answer, and — only once the deadline has passed unanswered — treat the
 * member as resigned, which ends the term (and its offices) and opens a casual vacancy.
 */

async function personName(db: TenureDb, personId: string): Promise<string> {
  return (await db.people.get(personId))?.name ?? personId;
}

async function memberTerm(db: TenureDb, termId: string): Promise<Term> {
  const term = await db.terms.get(termId);
  if (!term) throw new Error(`No term with id ${termId}.`);
  if (!makesMember(term))
    throw new Error('Only an elected, casual-vacancy or approved co-opted member can be inactive.');
  return term;
}

/** Records the notice sent to a member flagged as inactive on the day it was sent. */
export async function recordInactivityNotice(
  db: TenureDb,
  termId: string,
  notice: InactivityNotice,
  context: WriteContext,
): Promise<void> {
  if (!isIsoDate(notice.sentOn) || !isIsoDate(notice.deadline)) throw new Error('Give the dates as YYYY-MM-DD.');
  if (notice.deadline < notice.sentOn) throw new Error('The deadline cannot come before the notice was sent.');
  if (notice.by.trim() === '') throw new Error('Say who sent the notice (the Chair writes, R-23).');
  await db.transaction('rw', [...ENTITY_TABLES, 'meta', 'changes'], async () => {
    const before = await memberTerm(db, termId);
    if (!isActiveOn(before, notice.sentOn)) {
      throw new Error(`The term is not active on ${notice.sentOn}.`);
    }
    const slice = await readCommitteeSlice(db, before.committeeId);
    if (!slice || !flaggedOn(createRulesContext(slice), before.committeeId, before.personId, notice.sentOn)) {
      throw new Error(
        `On ${notice.sentOn} ${await personName(db, before.personId)} is not absent without apologies from the last meetings they were expected at.`,
      );
    }
    const after: Term = { ...before, inactivityNotice: { ...notice, by: notice.by.trim() } };
    await db.terms.put(after);
    await appendChanges(db, [
      changeContent(
        context,
        'update',
        'terms',
        termId,
        before,
        after,
        `Recorded the inactivity notice to ${await personName(db, before.personId)}, sent on ${notice.sentOn} by ${after.inactivityNotice?.by}, deadline ${notice.deadline} (R-23).`,
      ),
    ]);
  });
}

/** Records that the member answered the notice: the procedure stops there. */
export async function recordNoticeResponse(
  db: TenureDb,
  termId: string,
  respondedOn: IsoDate,
  context: WriteContext,
): Promise<void> {
  await db.transaction('rw', [db.terms, db.people, db.changes], async () => {
    const before = await memberTerm(db, termId);
    const notice = before.inactivityNotice;
    if (!notice) throw new Error('There is no notice on this term to answer.');
    if (respondedOn < notice.sentOn) throw new Error(`The answer cannot come before the notice (${notice.sentOn}).`);
    const after: Term = { ...before, inactivityNotice: { ...notice, respondedOn } };
    await db.terms.put(after);
    await appendChanges(db, [
      changeContent(
        context,
        'update',
        'terms',
        termId,
        before,
        after,
        `${await personName(db, before.personId)} answered the inactivity notice on ${respondedOn}.`,
      ),
    ]);
  });
}

/** Takes back a notice recorded in error (the change log keeps what it said). */
export async function withdrawInactivityNotice(db: TenureDb, termId: string, context: WriteContext): Promise<void> {
  await db.transaction('rw', [db.terms, db.people, db.changes], async () => {
    const before = await memberTerm(db, termId);
    if (!before.inactivityNotice) throw new Error('There is no notice on this term.');
    const { inactivityNotice: _n, ...after } = before;
    await db.terms.put(after);
    await appendChanges(db, [
      changeContent(
        context,
        'update',
        'terms',
        termId,
        before,
        after,
        `Withdrew the inactivity notice to ${await personName(db, before.personId)}.`,
      ),
    ]);
  });
}

/**
 * Treats the member as resigned on `on`: refused unless a notice stands unanswered, its
 * deadline has passed and the member is still flagged. The term ends that day with endReason
 * `inactive`, with its offices, in the same transaction (`endTermEarly`); the seat is then a
 * casual vacancy until the term's planned end.
 */
export async function deemResigned(
  db: TenureDb,
  termId: string,
  on: IsoDate,
  context: WriteContext,
): Promise<{ endedOffices: string[] }> {
  // The deadline must have passed in fact, not only on paper: no resignation dated after today.
  const today = context.at.slice(0, 10);
  if (on > today) throw new Error(`A member cannot be deemed resigned on a future day (${on}; today is ${today}).`);
  return db.transaction('rw', [...ENTITY_TABLES, 'meta', 'overrides', 'changes'], async () => {
    const term = await memberTerm(db, termId);
    const slice = await readCommitteeSlice(db, term.committeeId);
    if (!slice) throw new Error(`There is no committee with id ${term.committeeId}.`);
    const blocked = deemResignedBlocked(createRulesContext(slice), termId, on);
    if (blocked) throw new Error(`${await personName(db, term.personId)} cannot be deemed resigned yet: ${blocked}.`);
    return endTermEarly(db, termId, on, 'inactive', context);
  });
}
