import type { ChangeEntry } from '@shared/history/change-log';
import type { Workspace } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { readRecordHistory } from './change-log-repo';

/** Where workspace-repo keeps the file's settings (term boundaries); read-only here. */
const SETTINGS_KEY = 'workspace.settings';

/**
 * One person's service as a small workspace for the rules engine: the person, every term and
 * office they hold on any committee, those committees and the settings. Chains and eligibility
 * depend only on one person's own terms on one committee, so this is all the engine needs to
 * answer them for this person. `undefined` when there is no such person.
 */
export async function readPersonSlice(db: TenureDb, personId: string): Promise<Workspace | undefined> {
  return db.transaction('r', [db.people, db.terms, db.offices, db.committees, db.meta], async () => {
    const person = await db.people.get(personId);
    if (!person) return undefined;
    const [terms, offices, settings] = await Promise.all([
      db.terms.where('personId').equals(personId).toArray(),
      db.offices.where('personId').equals(personId).toArray(),
      db.meta.get(SETTINGS_KEY),
    ]);
    const committeeIds = [...new Set([...terms, ...offices].map((r) => r.committeeId))].sort();
    const committees = (await db.committees.bulkGet(committeeIds)).filter((c) => c !== undefined);
    return {
      format: 'tenure',
      version: 1,
      ...(settings ? { settings: settings.value as Workspace['settings'] } : {}),
      committees,
      people: [person],
      terms,
      offices,
      elections: [],
      meetings: [],
      actions: [],
    };
  });
}

/**
 * The change history of a person and of every term and office now theirs, oldest first, each
 * entry once (whole-workspace events such as imports touch every record but are listed once).
 */
export async function readPersonHistory(db: TenureDb, personId: string): Promise<ChangeEntry[]> {
  const [terms, offices] = await Promise.all([
    db.terms.where('personId').equals(personId).primaryKeys(),
    db.offices.where('personId').equals(personId).primaryKeys(),
  ]);
  const histories = await Promise.all([
    readRecordHistory(db, 'people', personId),
    ...terms.map((id) => readRecordHistory(db, 'terms', id)),
    ...offices.map((id) => readRecordHistory(db, 'offices', id)),
  ]);
  const bySeq = new Map<number, ChangeEntry>();
  for (const entry of histories.flat()) bySeq.set(entry.seq, entry);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
