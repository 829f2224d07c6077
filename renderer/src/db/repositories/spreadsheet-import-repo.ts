import Dexie, { type BulkError } from 'dexie';
import { canonicalJson, type ChangeContent } from '@shared/history/change-log';
import type { ImportPlan } from '@shared/imports/spreadsheet';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { RepositoryError } from '../repository-error';

export type SpreadsheetImportResult = { people: number; terms: number };

/** Adds records that did not exist at the preview; if any exists now, the import is stale. */
async function addNew<T extends { id: string }>(
  records: T[],
  bulkAdd: (records: T[]) => Promise<unknown>,
): Promise<void> {
  try {
    await bulkAdd(records);
  } catch (error) {
    const taken = error instanceof Dexie.BulkError && error.failures.every((f) => f.name === 'ConstraintError');
    if (!taken) throw error;
    const failed = error as BulkError;
    const first = records[Number(Object.keys(failed.failuresByPos)[0])];
    throw new RepositoryError('db.spreadsheetImport.stale', { count: failed.failures.length, id: first?.id ?? '' });
  }
}

/**
 * Writes a planned spreadsheet import in ONE transaction (quality-anchors P2): every person and
 * term the plan accepted, and a change-log entry for each, land together or not at all. Before
 * writing, the records the plan updates are read again, and the ones it creates must still be
 * absent; if any changed since the preview, nothing is written and the user is asked to preview again.
 */
export async function importSpreadsheetRows(
  db: TenureDb,
  plan: ImportPlan,
  source: { fileName: string; committeeId: string },
  context: WriteContext,
): Promise<SpreadsheetImportResult> {
  return db.transaction('rw', [db.people, db.terms, db.changes], async () => {
    const updatedPeople = plan.people.filter((p) => p.before);
    const updatedTerms = plan.terms.filter((t) => t.before);
    const [people, terms] = await Promise.all([
      db.people.bulkGet(updatedPeople.map((p) => p.record.id)),
      db.terms.bulkGet(updatedTerms.map((t) => t.record.id)),
    ]);
    const stale = [
      ...updatedPeople.filter((p, i) => canonicalJson(people[i]) !== canonicalJson(p.before)),
      ...updatedTerms.filter((t, i) => canonicalJson(terms[i]) !== canonicalJson(t.before)),
    ];
    if (stale.length > 0) {
      throw new RepositoryError('db.spreadsheetImport.stale', { count: stale.length, id: stale[0]!.record.id });
    }
    await db.people.bulkPut(updatedPeople.map((p) => p.record));
    await db.terms.bulkPut(updatedTerms.map((t) => t.record));
    // New records are added, not read first (reading 20,000 absent keys costs more than writing them):
    // an id that appeared since the preview makes its add fail, and the whole import with it.
    await addNew(
      plan.people.filter((p) => !p.before).map((p) => p.record),
      (records) => db.people.bulkAdd(records),
    );
    await addNew(
      plan.terms.filter((t) => !t.before).map((t) => t.record),
      (records) => db.terms.bulkAdd(records),
    );
    const names = new Map(plan.people.map((p) => [p.record.id, p.record.name]));
    const changes: ChangeContent[] = [
      ...plan.people.map((p) =>
        changeContent(
          context,
          p.before ? 'update' : 'create',
          'people',
          p.record.id,
          p.before,
          p.record,
          `${p.before ? 'Changed' : 'Added'} ${p.record.name} from ${source.fileName}.`,
        ),
      ),
      ...plan.terms.map((t) =>
        changeContent(
          context,
          t.before ? 'update' : 'create',
          'terms',
          t.record.id,
          t.before,
          t.record,
          `${t.before ? 'Changed' : 'Added'} ${names.get(t.record.personId) ?? t.record.personId}'s ${t.record.kind} term ${t.record.start} to ${t.record.end} from ${source.fileName}.`,
        ),
      ),
    ];
    await appendChanges(db, changes);
    return { people: plan.people.length, terms: plan.terms.length };
  });
}
