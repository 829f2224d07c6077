import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { exampleWorkspace } from '@shared/testing/fixtures';
import { TenureDb } from '../db/app-db';
import { importWorkspace } from '../db/repositories/workspace-repo';

/** A fresh database per test on fake-indexeddb, and the example workspace to fill it with. */
export function freshDb(): TenureDb {
  return new TenureDb(`test-${Math.random().toString(36).slice(2)}`);
}

export { exampleWorkspace };

export const TEST_CONTEXT = { actor: 'Grace Mwangi', at: '2026-11-27T10:00:00.000Z' };

export async function dbWithExample(): Promise<TenureDb> {
  const db = freshDb();
  await importWorkspace(db, exampleWorkspace(), { fileName: 'example.tenure.json' }, TEST_CONTEXT);
  return db;
}

/** `exampleDb()` for the tests of one file: each database is closed and deleted after its test. */
export function exampleDbPerTest(): () => Promise<TenureDb> {
  const dbs: TenureDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return async () => {
    const db = await dbWithExample();
    dbs.push(db);
    return db;
  };
}
