import { isIsoDate, type IsoDate } from '@shared/domain/dates';
import { createRulesContext } from '@shared/rules/context';
import { deemResignedBlocked, flaggedOn } from '@shared/rules/inactivity';
import { isActiveOn, makesMember } from '@shared/rules/terms';
import type { InactivityNotice, Term } from '@shared/workspace/schema';
import { ENTITY_TABLES, type TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { endTermEarly } from './terms-repo';
import { personName } from '../person-name';
import { readCommitteeSlice } from './workspace-repo';
import { RepositoryError } from '../repository-error';

/**
 * The inactivity procedure of R-23 as writes: record the Chair's notice with its deadline on the
 * member's term, record an answer, and — only once the deadline has passed unanswered — treat the
 * member as resigned, which ends the term (and its offices) and opens a casual vacancy.
 */

/** Stores the term as the procedure leaves it, with its change-log entry. */
async function updateTerm(db: TenureDb, context: WriteContext, before: Term, after: Term, summary: string) {
  await db.terms.put(after);
  await appendChanges(db, [changeContent(context, 'update', 'terms', after.id, before, after, summary)]);
}

async function memberTerm(db: TenureDb, termId: string): Promise<Term> {
  const term = await db.terms.get(termId);
  if (!term) throw new RepositoryError('db.term.notFound', { id: termId });
  if (!makesMember(term)) throw new RepositoryError('db.inactivity.notMember');
  return term;
}

/** Records the notice sent to a member flagged as inactive on the day it was sent. */
export async function recordInactivityNotice(
  db: TenureDb,
  termId: string,
  notice: InactivityNotice,
  context: WriteContext,
): Promise<void> {
  if (!isIsoDate(notice.sentOn) || !isIsoDate(notice.deadline)) throw new RepositoryError('db.inactivity.badDates');
  if (notice.deadline < notice.sentOn) throw new RepositoryError('db.inactivity.deadlineBeforeSent');
  if (notice.by.trim() === '') throw new RepositoryError('db.inactivity.noSender');
  await db.transaction('rw', [...ENTITY_TABLES, 'meta', 'changes'], async () => {
    const before = await memberTerm(db, termId);
    if (!isActiveOn(before, notice.sentOn)) {
      throw new RepositoryError('db.inactivity.termNotActive', { date: notice.sentOn });
    }
    const slice = await readCommitteeSlice(db, before.committeeId);
    if (!slice || !flaggedOn(createRulesContext(slice), before.committeeId, before.personId, notice.sentOn)) {
      throw new RepositoryError('db.inactivity.notAbsent', {
        date: notice.sentOn,
        name: await personName(db, before.personId),
      });
    }
    const after: Term = { ...before, inactivityNotice: { ...notice, by: notice.by.trim() } };
    await updateTerm(
      db,
      context,
      before,
      after,
      `Recorded the inactivity notice to ${await personName(db, before.personId)}, sent on ${notice.sentOn} by ${after.inactivityNotice?.by}, deadline ${notice.deadline} (R-23).`,
    );
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
    if (!notice) throw new RepositoryError('db.inactivity.noNoticeToAnswer');
    if (respondedOn < notice.sentOn)
      throw new RepositoryError('db.inactivity.answerBeforeNotice', { sentOn: notice.sentOn });
    const after: Term = { ...before, inactivityNotice: { ...notice, respondedOn } };
    await updateTerm(
      db,
      context,
      before,
      after,
      `${await personName(db, before.personId)} answered the inactivity notice on ${respondedOn}.`,
    );
  });
}

/** Takes back a notice recorded in error (the change log keeps what it said). */
export async function withdrawInactivityNotice(db: TenureDb, termId: string, context: WriteContext): Promise<void> {
  await db.transaction('rw', [db.terms, db.people, db.changes], async () => {
    const before = await memberTerm(db, termId);
    if (!before.inactivityNotice) throw new RepositoryError('db.inactivity.noNotice');
    const { inactivityNotice: _n, ...after } = before;
    await updateTerm(
      db,
      context,
      before,
      after,
      `Withdrew the inactivity notice to ${await personName(db, before.personId)}.`,
    );
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
  if (on > today) throw new RepositoryError('db.inactivity.deemFuture', { on, today });
  return db.transaction('rw', [...ENTITY_TABLES, 'meta', 'overrides', 'changes'], async () => {
    const term = await memberTerm(db, termId);
    const slice = await readCommitteeSlice(db, term.committeeId);
    if (!slice) throw new RepositoryError('db.committee.noSuch', { id: term.committeeId });
    const blocked = deemResignedBlocked(createRulesContext(slice), termId, on);
    // `blocked` is the English reason @shared/rules/inactivity gives; it stays English inside the sentence.
    if (blocked) {
      throw new RepositoryError('db.inactivity.deemBlocked', {
        name: await personName(db, term.personId),
        reason: blocked,
      });
    }
    return endTermEarly(db, termId, on, 'inactive', context);
  });
}
