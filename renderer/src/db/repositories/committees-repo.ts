import type { IsoDate } from '@shared/domain/dates';
import { isActiveOn, occupiesElectedSeat } from '@shared/rules/terms';
import { formatPath } from '@shared/workspace/parse';
import { committeeSchema, type Committee } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { recordOverrides, type OverrideRequest } from './overrides';
import { RepositoryError } from '../repository-error';

/** Refuses a record the workspace file could not hold, naming every problem by its field. */
function assertValidCommittee(committee: Committee): void {
  const parsed = committeeSchema.safeParse(committee);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw new RepositoryError('db.committee.invalid', { problems: problems.join('; ') });
  }
}

/**
 * Adds or replaces a committee, with any overrides the user gave for the rules the change breaks,
 * in one transaction with its change-log entries. A parent must be a committee that exists.
 */
export async function saveCommittee(
  db: TenureDb,
  committee: Committee,
  context: WriteContext,
  overrides: readonly OverrideRequest[] = [],
): Promise<void> {
  assertValidCommittee(committee);
  await db.transaction('rw', [db.committees, db.overrides, db.changes], async () => {
    await writeCommittee(db, committee, context, overrides);
  });
}

/** Adds a new committee; refuses, changing nothing, when its id is already taken. */
export async function createCommittee(
  db: TenureDb,
  committee: Committee,
  context: WriteContext,
  overrides: readonly OverrideRequest[] = [],
): Promise<void> {
  assertValidCommittee(committee);
  await db.transaction('rw', [db.committees, db.overrides, db.changes], async () => {
    if (await db.committees.get(committee.id)) {
      throw new RepositoryError('db.committee.exists', { id: committee.id });
    }
    await writeCommittee(db, committee, context, overrides);
  });
}

/** The write itself; the caller holds the transaction over committees, overrides and changes. */
async function writeCommittee(
  db: TenureDb,
  committee: Committee,
  context: WriteContext,
  overrides: readonly OverrideRequest[],
): Promise<void> {
  if (committee.parentId !== undefined) {
    if (committee.parentId === committee.id) throw new RepositoryError('db.committee.ownParent');
    if (!(await db.committees.get(committee.parentId))) {
      throw new RepositoryError('db.committee.parentMissing', { id: committee.parentId });
    }
  }
  const before = await db.committees.get(committee.id);
  await db.committees.put(committee);
  const logged = await recordOverrides(db, overrides, context);
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
    ...logged,
  ]);
}

/** One line of the committees list. */
export type CommitteeSummary = {
  committee: Committee;
  parentName?: string;
  /** People holding an elected or casual-vacancy term on the committee on the date asked about. */
  electedMembers: number;
};

/**
 * Every committee, by name, with its parent's name and its elected members on `asOf`. Only terms
 * still running on `asOf` can count, and their planned end is then after it, so the `end` index
 * narrows the read to them.
 */
export async function readCommitteeSummaries(db: TenureDb, asOf: IsoDate): Promise<CommitteeSummary[]> {
  return db.transaction('r', [db.committees, db.terms], async () => {
    const [committees, running] = await Promise.all([
      db.committees.toArray(),
      db.terms
        .where('end')
        .above(asOf)
        .filter((t) => occupiesElectedSeat(t) && isActiveOn(t, asOf))
        .toArray(),
    ]);
    const members = new Map<string, Set<string>>();
    for (const term of running) {
      let people = members.get(term.committeeId);
      if (!people) members.set(term.committeeId, (people = new Set()));
      people.add(term.personId);
    }
    const names = new Map(committees.map((c) => [c.id, c.name]));
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    return committees
      .map((committee): CommitteeSummary => {
        const parentName = committee.parentId ? (names.get(committee.parentId) ?? committee.parentId) : undefined;
        return {
          committee,
          ...(parentName !== undefined ? { parentName } : {}),
          electedMembers: members.get(committee.id)?.size ?? 0,
        };
      })
      .sort(
        (a, b) => collator.compare(a.committee.name, b.committee.name) || (a.committee.id < b.committee.id ? -1 : 1),
      );
  });
}
