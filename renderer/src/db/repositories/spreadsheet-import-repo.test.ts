import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guessColumns } from '@shared/imports/columns';
import { detectDateColumns, planSpreadsheetImport } from '@shared/imports/spreadsheet';
import { dbWithExample, TEST_CONTEXT } from '../../testing/test-db';
import type { TenureDb } from '../app-db';
import { verifyChangeLog } from './change-log-repo';
import { importSpreadsheetRows } from './spreadsheet-import-repo';

const SHEET = [
  ['Name', 'Email', 'Country', 'Kind', 'Start', 'End'],
  ['Čano Tomić', 'cano@example.org', 'HR', 'elected', '2021-08-26', '2025-08-22'],
  ['Ana Ruiz', 'ana@example.org', '', '', '', ''],
  ['Nobody', '', 'Narnia', '', '', ''],
];

let db: TenureDb;
afterEach(async () => db?.delete());

async function planFor(database: TenureDb) {
  const mapping = guessColumns(SHEET[0]!);
  const formats = detectDateColumns(SHEET, mapping);
  let n = 0;
  return planSpreadsheetImport(SHEET, {
    committeeId: 'it',
    mapping,
    dateFormats: { start: formats.start!.format, end: formats.end!.format },
    existing: {
      people: await database.people.toArray(),
      terms: await database.terms.where('committeeId').equals('it').toArray(),
    },
    newId: (kind) => `${kind}-x${++n}`,
  });
}

describe('importSpreadsheetRows', () => {
  it('writes the accepted people and terms with their change-log entries, in one transaction', async () => {
    db = await dbWithExample();
    const plan = await planFor(db);
    expect(plan.counts).toEqual({ new: 1, update: 1, duplicate: 0, invalid: 1 });
    const transaction = vi.spyOn(db, 'transaction');
    const changesBefore = await db.changes.count();
    expect(await importSpreadsheetRows(db, plan, { fileName: 'members.csv', committeeId: 'it' }, TEST_CONTEXT)).toEqual(
      {
        people: 2,
        terms: 1,
      },
    );
    expect(transaction.mock.calls.filter((call) => call[0] === 'rw')).toHaveLength(1);
    expect((await db.people.get('person-x1'))?.name).toBe('Čano Tomić');
    expect((await db.people.get('p09'))?.email).toBe('ana@example.org');
    expect(await db.terms.get('term-x2')).toMatchObject({ personId: 'person-x1', committeeId: 'it', kind: 'elected' });
    expect((await db.changes.count()) - changesBefore).toBe(3);
    expect((await verifyChangeLog(db)).ok).toBe(true);
  });

  it('writes nothing when a record changed after the preview', async () => {
    db = await dbWithExample();
    const plan = await planFor(db);
    await db.people.update('p09', { institution: 'Changed meanwhile' });
    const people = await db.people.count();
    await expect(
      importSpreadsheetRows(db, plan, { fileName: 'members.csv', committeeId: 'it' }, TEST_CONTEXT),
    ).rejects.toThrow(/changed since the preview/);
    expect(await db.people.count()).toBe(people);
    expect(await db.people.get('person-x1')).toBeUndefined();
  });

  it('writes nothing when a record it would create appeared after the preview', async () => {
    db = await dbWithExample();
    const plan = await planFor(db);
    await db.people.add({ id: 'person-x1', name: 'Added meanwhile' });
    const [people, terms, changes] = await Promise.all([db.people.count(), db.terms.count(), db.changes.count()]);
    await expect(
      importSpreadsheetRows(db, plan, { fileName: 'members.csv', committeeId: 'it' }, TEST_CONTEXT),
    ).rejects.toThrow('1 of the records to import changed since the preview (person-x1)');
    expect([await db.people.count(), await db.terms.count(), await db.changes.count()]).toEqual([
      people,
      terms,
      changes,
    ]);
    expect((await db.people.get('p09'))?.email).not.toBe('ana@example.org');
    expect((await db.people.get('person-x1'))?.name).toBe('Added meanwhile');
  });
});
