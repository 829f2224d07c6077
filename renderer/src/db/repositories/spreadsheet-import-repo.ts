import { canonicalJson, type ChangeContent } from '@shared/history/change-log';
import type { ImportPlan } from '@shared/imports/spreadsheet';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { RepositoryError } from '../repository-error';

export type SpreadsheetImportResult = { people: number; terms: number };

/**
 * Writes a planned spreadsheet import in ONE transaction (quality-anchors P2): every person and
 * term the plan accepted, and a change-log entry for each, land together or not at all. Before
 * writing, the records the plan was made against are read again; if any changed since the
 * preview, nothing is written and the user is asked to preview again.
 */
export async function importSpreadsheetRows(
  db: TenureDb,
  plan: ImportPlan,
  source: { fileName: string; committeeId: string },
  context: WriteContext,
): Promise<SpreadsheetImportResult> {
  return db.transaction('rw', [db.people, db.terms, db.changes], async () => {
    const [people, terms] = await Promise.all([
      db.people.bulkGet(plan.people.map((p) => p.record.id)),
      db.terms.bulkGet(plan.terms.map((t) => t.record.id)),
    ]);
    const stale = [
      ...plan.people.filter((p, i) => canonicalJson(people[i]) !== canonicalJson(p.before)),
      ...plan.terms.filter((t, i) => canonicalJson(terms[i]) !== canonicalJson(t.before)),
    ];
    if (stale.length > 0) {
      throw new RepositoryError('db.spreadsheetImport.stale', { count: stale.length, id: stale[0]!.record.id });
    }
    await db.people.bulkPut(plan.people.map((p) => p.record));
    await db.terms.bulkPut(plan.terms.map((t) => t.record));
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
