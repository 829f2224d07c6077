import type { IsoDate } from '@shared/domain/dates';
import type { ActionStatus } from '@shared/domain/vocabulary';
import { nextPosition, orderActions } from '@shared/meetings/action-plan';
import { MINUTES_WORDS } from '@shared/meetings/minutes-words';
import { formatPath } from '@shared/workspace/parse';
import { actionSchema, type Action, type KeyInitiative } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { readFileOrder } from './workspace-repo';
import { RepositoryError } from '../repository-error';

/** Refuses an activity the workspace file could not hold, naming every problem by its field. */
function assertValidAction(action: Action): void {
  const parsed = actionSchema.safeParse(action);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw new RepositoryError('db.action.invalid', { problems: problems.join('; ') });
  }
}

async function assertPeopleExist(db: TenureDb, action: Action): Promise<void> {
  const ids = [...new Set([...(action.owners ?? []), ...(action.tasks ?? []).flatMap((t) => t.owners ?? [])])];
  const found = await db.people.bulkGet(ids);
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length > 0) throw new RepositoryError('db.person.notFound', { id: missing.join(', ') });
}

/** A committee's activities in plan order (position, else the imported file's order). */
export async function readActionPlan(db: TenureDb, committeeId: string): Promise<Action[]> {
  return db.transaction('r', [db.actions, db.meta], async () => {
    const [actions, order] = await Promise.all([
      db.actions.where('committeeId').equals(committeeId).toArray(),
      readFileOrder(db, 'actions'),
    ]);
    return orderActions(actions, order);
  });
}

/**
 * Adds or replaces an activity. A new one without a position goes to the end of its committee's
 * plan, so the plan keeps the order it was entered in.
 */
export async function saveAction(db: TenureDb, action: Action, context: WriteContext, summary?: string) {
  await db.transaction('rw', [db.actions, db.committees, db.people, db.meta, db.changes], async () => {
    if (!(await db.committees.get(action.committeeId))) {
      throw new RepositoryError('db.committee.noSuch', { id: action.committeeId });
    }
    const before = await db.actions.get(action.id);
    let after = action;
    if (!before && action.position === undefined) {
      const existing = await db.actions.where('committeeId').equals(action.committeeId).toArray();
      after = { ...action, position: nextPosition(existing, await readFileOrder(db, 'actions')) };
    }
    assertValidAction(after);
    await assertPeopleExist(db, after);
    await db.actions.put(after);
    await appendChanges(db, [
      changeContent(
        context,
        before ? 'update' : 'create',
        'actions',
        after.id,
        before,
        after,
        summary ?? `${before ? 'Changed' : 'Added'} the activity "${after.title}".`,
      ),
    ]);
  });
}

/** The fields the template holds once per focus area; each activity of the area carries them. */
export type FocusAreaFields = {
  focusArea: string;
  plan?: string;
  strategicDirection?: string;
  keyInitiatives?: KeyInitiative[];
  communication?: string;
  impact?: string;
  collaborators?: string[];
};

const AREA_KEYS = [
  'focusArea',
  'plan',
  'strategicDirection',
  'keyInitiatives',
  'communication',
  'impact',
  'collaborators',
] as const satisfies readonly (keyof FocusAreaFields)[];

/**
 * Changes a focus area: every activity of the committee filed under `name` gets the fields in
 * `changes` (a field set to undefined is removed; a field not in `changes` is left as each
 * activity has it). One transaction, one log entry per activity changed.
 */
export async function updateFocusArea(
  db: TenureDb,
  committeeId: string,
  name: string,
  changes: Partial<FocusAreaFields>,
  context: WriteContext,
): Promise<number> {
  return db.transaction('rw', [db.actions, db.changes], async () => {
    const activities = await db.actions
      .where('committeeId')
      .equals(committeeId)
      .filter((a) => (a.focusArea ?? '') === name)
      .toArray();
    if (activities.length === 0) throw new RepositoryError('db.action.noneInFocusArea', { name });
    const entries = [];
    for (const before of activities) {
      const after: Record<string, unknown> = { ...before };
      for (const key of AREA_KEYS) {
        if (!(key in changes)) continue;
        const value = changes[key];
        const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
        if (empty) delete after[key];
        else after[key] = value;
      }
      const next = after as Action;
      assertValidAction(next);
      if (JSON.stringify(next) === JSON.stringify(before)) continue;
      await db.actions.put(next);
      entries.push(
        changeContent(
          context,
          'update',
          'actions',
          before.id,
          before,
          next,
          `Changed the focus area "${next.focusArea ?? ''}" of the activity "${next.title}".`,
        ),
      );
    }
    await appendChanges(db, entries);
    return entries.length;
  });
}

/**
 * Adds a dated progress note to an activity; with a status, the activity takes that status and the
 * note records when it changed (the mid-term review reads it back by date).
 */
export async function recordProgress(
  db: TenureDb,
  actionId: string,
  entry: { on: IsoDate; note: string; status?: ActionStatus },
  context: WriteContext,
): Promise<void> {
  await db.transaction('rw', [db.actions, db.changes], async () => {
    const before = await db.actions.get(actionId);
    if (!before) throw new RepositoryError('db.action.notFound', { id: actionId });
    const note = entry.note.trim();
    const changesStatus = entry.status !== undefined && entry.status !== before.status;
    if (note === '' && !changesStatus) throw new RepositoryError('db.action.emptyProgress');
    const after: Action = {
      ...before,
      ...(changesStatus ? { status: entry.status } : {}),
      progress: [
        ...(before.progress ?? []),
        { on: entry.on, note, ...(changesStatus ? { status: entry.status } : {}) },
      ],
    };
    assertValidAction(after);
    await db.actions.put(after);
    await appendChanges(db, [
      changeContent(
        context,
        'update',
        'actions',
        actionId,
        before,
        after,
        changesStatus
          ? `"${before.title}" is now ${MINUTES_WORDS.en.status[after.status].toLowerCase()} (${entry.on}).`
          : `Progress on "${before.title}" (${entry.on}).`,
      ),
    ]);
  });
}

/** Removes an activity from the plan. */
export async function deleteAction(db: TenureDb, actionId: string, context: WriteContext): Promise<void> {
  await db.transaction('rw', [db.actions, db.changes], async () => {
    const before = await db.actions.get(actionId);
    if (!before) throw new RepositoryError('db.action.notFound', { id: actionId });
    await db.actions.delete(actionId);
    await appendChanges(db, [
      changeContent(context, 'delete', 'actions', actionId, before, null, `Removed the activity "${before.title}".`),
    ]);
  });
}
