import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '@shared/history/change-log';
import type { TenureDb } from '../app-db';
import { dbWithExample, exampleWorkspace, freshDb, TEST_CONTEXT } from '../../testing/test-db';
import {
  importWorkspace,
  isWorkspaceEmpty,
  previewImport,
  readCommitteeSlice,
  readWorkspace,
  OVERRIDES_FIELD,
} from './workspace-repo';

const dbs: TenureDb[] = [];
async function track(db: Promise<TenureDb> | TenureDb) {
  const ready = await db;
  dbs.push(ready);
  return ready;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('workspace import and export', () => {
  it('starts empty and imports the example in one logged step', async () => {
    const db = await track(freshDb());
    expect(await isWorkspaceEmpty(db)).toBe(true);
    const summary = await importWorkspace(db, exampleWorkspace(), { fileName: 'example.tenure.json' }, TEST_CONTEXT);
    expect(summary.counts).toMatchObject({ committees: 2, people: 24, terms: 25 });
    expect(await isWorkspaceEmpty(db)).toBe(false);
    const log = await db.changes.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'import', actor: 'Grace Mwangi', table: 'workspace' });
    expect(verifyChain(log).ok).toBe(true);
  });

  it('exports exactly what was imported, unknown fields included', async () => {
    const db = await track(freshDb());
    const original = exampleWorkspace();
    const withExtras = {
      ...original,
      generator: 'Division C spreadsheet',
      settings: { ...original.settings, locale: 'fr' },
      people: original.people.map((p, i) => (i === 0 ? { ...p, orcid: '0000-0002-1825-0097' } : p)),
    };
    await importWorkspace(db, withExtras, { fileName: 'x.tenure.json' }, TEST_CONTEXT);
    expect(await readWorkspace(db)).toEqual(withExtras);
  });

  it('previews what an import would add, change and remove', async () => {
    const db = await track(dbWithExample());
    const incoming = exampleWorkspace();
    incoming.people = incoming.people
      .filter((p) => p.id !== 'p24')
      .map((p) => (p.id === 'p01' ? { ...p, email: 'amara@example.org' } : p));
    incoming.people.push({ id: 'p99', name: 'New Person' });
    incoming.elections = incoming.elections.filter((e) => e.id !== 'e-2021-secretary');
    const preview = await previewImport(db, incoming);
    expect(preview.people).toEqual({ added: ['p99'], changed: ['p01'], removed: ['p24'], unchanged: 22 });
    expect(preview.elections.removed).toEqual(['e-2021-secretary']);
    expect(preview.terms).toEqual({ added: [], changed: [], removed: [], unchanged: 25 });
  });

  it('is atomic: an import that fails part-way leaves the previous workspace untouched', async () => {
    const db = await track(dbWithExample());
    const before = await readWorkspace(db);
    const broken = exampleWorkspace();
    // Two records with one id pass no schema here: the database itself refuses the second.
    broken.terms = [...broken.terms, { ...broken.terms[0]! }];
    await expect(importWorkspace(db, broken, { fileName: 'broken.json' }, TEST_CONTEXT)).rejects.toThrow();
    expect(await readWorkspace(db)).toEqual(before);
    expect(await db.changes.count()).toBe(1);
  });

  it('carries overrides through export and import', async () => {
    const db = await track(freshDb());
    const override = {
      id: 'ovr-1',
      committeeId: 'it',
      code: 'term.limit',
      refs: ['terms/t-p09-2017'],
      by: 'Grace',
      at: '2026-01-01T00:00:00.000Z',
      why: 'HQ agreed',
    };
    await importWorkspace(
      db,
      { ...exampleWorkspace(), [OVERRIDES_FIELD]: [override] },
      { fileName: 'x' },
      TEST_CONTEXT,
    );
    expect(await db.overrides.toArray()).toEqual([override]);
    expect((await readWorkspace(db))[OVERRIDES_FIELD]).toEqual([override]);
  });
});

describe('readCommitteeSlice', () => {
  it('holds one committee with its records and the people they name', async () => {
    const db = await track(dbWithExample());
    const slice = await readCommitteeSlice(db, 'it');
    expect(slice?.committees.map((c) => c.id)).toEqual(['it']);
    expect(slice?.terms).toHaveLength(25);
    expect(slice?.people.map((p) => p.id).sort()).toEqual(
      exampleWorkspace()
        .people.map((p) => p.id)
        .sort(),
    );
    expect(slice?.settings?.termBoundaries?.['2021']).toBe('2021-08-26');
    expect(await readCommitteeSlice(db, 'nope')).toBeUndefined();
  });
});
