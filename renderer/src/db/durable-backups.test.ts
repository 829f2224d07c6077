import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, TenureDb } from './app-db';
import { savePerson } from './repositories/people-repo';
import { importWorkspace, readWorkspace } from './repositories/workspace-repo';
import { memoryStore } from '../platform/file-store';
import { createWebPlatform } from '../platform/web-platform';
import { exampleWorkspace, freshDb, TEST_CONTEXT } from '../testing/test-db';
import {
  backUp,
  backUpBeforeMigration,
  backUpIfDue,
  checkOnStart,
  readDbState,
  restoreBackup,
  restoreContext,
} from './durable-backups';

/** The web platform on an in-memory folder, with a clock the test moves. */
function setup() {
  let now = Date.parse('2026-11-27T10:00:00.000Z');
  const store = memoryStore();
  const api = createWebPlatform({ store, now: () => new Date(now) });
  return { api, store, advance: (minutes: number) => (now += minutes * 60_000), now: () => now };
}

/** What Chromium does to a corrupted database: deletes it; the app then opens an empty one. */
async function wipe(db: TenureDb): Promise<TenureDb> {
  db.close();
  await Dexie.delete(db.name);
  return new TenureDb(db.name);
}

describe('durable backups in the renderer', () => {
  it('a first start is a first run; the sentinel is set once there is data', async () => {
    const { api, store } = setup();
    const db = freshDb();
    expect(await checkOnStart(db, api)).toEqual({ kind: 'first-run' });
    expect(store.files.has('sentinel.json')).toBe(false);
    await importWorkspace(db, exampleWorkspace(), { fileName: 'example' }, TEST_CONTEXT);
    // Data the sentinel never heard of (the app reports every change; this test did not) is adopted.
    expect(await checkOnStart(db, api)).toEqual({ kind: 'adopted' });
    expect(await checkOnStart(db, api)).toEqual({ kind: 'intact' });
    expect(JSON.parse(store.files.get('sentinel.json') ?? '{}')).toMatchObject({ initialised: true, lastSeq: 1 });
  });

  it('a wiped database is detected and restored from the newest backup, naming what was lost', async () => {
    const { api } = setup();
    let db = freshDb();
    await importWorkspace(db, exampleWorkspace(), { fileName: 'example' }, TEST_CONTEXT);
    const backup = await backUp(db, 'interval', api);
    const atBackup = await readWorkspace(db);
    await savePerson(db, { id: 'late', name: 'Added After The Backup' }, TEST_CONTEXT);
    await checkOnStart(db, api);

    db = await wipe(db);
    const report = await checkOnStart(db, api);
    expect(report).toMatchObject({ kind: 'wiped', lostChanges: 1, expectedSeq: 2, restored: { restored: backup } });
    expect(await readWorkspace(db)).toEqual(atBackup);
    const log = await db.changes.toArray();
    expect(log.at(-1)?.summary).toMatch(/^Imported the backup of 2026-11-27T10:00:00.000Z \(interval\)/);
    expect(log.at(-1)?.actor).toBe('Tenure (restore from backup)');
    // The sentinel now follows the restored database: the next start is normal.
    expect(await checkOnStart(db, api)).toEqual({ kind: 'intact' });
  });

  it('restores every time the database is wiped, across many wipes and edits', async () => {
    const t = setup();
    const { api, advance } = t;
    let db = freshDb();
    await importWorkspace(db, exampleWorkspace(), { fileName: 'example' }, TEST_CONTEXT);
    await checkOnStart(db, api);
    for (let round = 0; round < 20; round += 1) {
      await savePerson(db, { id: `p-round-${round}`, name: `Person ${round}` }, TEST_CONTEXT);
      advance(16);
      await backUpIfDue(db, api, t.now());
      await checkOnStart(db, api);
      const expected = await readWorkspace(db);
      db = await wipe(db);
      const report = await checkOnStart(db, api);
      expect(report, `round ${round}`).toMatchObject({ kind: 'wiped', lostChanges: 0 });
      expect(await readWorkspace(db)).toEqual(expected);
    }
  });

  it('a wiped database is restored even when the sentinel was lost with it', async () => {
    const { api, store } = setup();
    let db = freshDb();
    await importWorkspace(db, exampleWorkspace(), { fileName: 'example' }, TEST_CONTEXT);
    await backUp(db, 'manual', api);
    const expected = await readWorkspace(db);
    store.files.delete('sentinel.json');
    db = await wipe(db);
    expect(await checkOnStart(db, api)).toMatchObject({ kind: 'wiped', lostChanges: null });
    expect(await readWorkspace(db)).toEqual(expected);
  });

  it('a wiped database with no backup is reported with everything lost', async () => {
    const { api } = setup();
    let db = freshDb();
    await importWorkspace(db, exampleWorkspace(), { fileName: 'example' }, TEST_CONTEXT);
    await checkOnStart(db, api);
    db = await wipe(db);
    expect(await checkOnStart(db, api)).toEqual({ kind: 'wiped', restored: undefined, lostChanges: 1, expectedSeq: 1 });
  });

  it('a restore backs up the current records first, so it can be undone', async () => {
    const t = setup();
    const { api, advance } = t;
    const db = freshDb();
    await importWorkspace(db, exampleWorkspace(), { fileName: 'example' }, TEST_CONTEXT);
    const before = await backUp(db, 'manual', api);
    advance(1);
    await savePerson(db, { id: 'new', name: 'Newer Person' }, TEST_CONTEXT);
    const latest = await readWorkspace(db);
    const outcome = await restoreBackup(db, before!, restoreContext(), api);
    expect(outcome.savedFirst?.reason).toBe('before-restore');
    expect((await readWorkspace(db)).people.some((p) => p.id === 'new')).toBe(false);
    await restoreBackup(db, outcome.savedFirst!, restoreContext(), api);
    expect(await readWorkspace(db)).toEqual(latest);
  });

  it('takes a periodic backup only while there are changes no backup holds, 15 minutes apart', async () => {
    const t = setup();
    const { api, advance } = t;
    const db = freshDb();
    expect(await backUpIfDue(db, api, t.now())).toBeUndefined();
    await importWorkspace(db, exampleWorkspace(), { fileName: 'example' }, TEST_CONTEXT);
    expect(await backUpIfDue(db, api, t.now())).toMatchObject({ reason: 'interval', lastSeq: 1 });
    advance(30);
    expect(await backUpIfDue(db, api, t.now())).toBeUndefined();
    await savePerson(db, { id: 'x', name: 'Someone New' }, TEST_CONTEXT);
    expect(await backUpIfDue(db, api, t.now())).toMatchObject({ lastSeq: 2 });
    await savePerson(db, { id: 'y', name: 'Someone Else' }, TEST_CONTEXT);
    advance(10);
    expect(await backUpIfDue(db, api, t.now())).toBeUndefined();
    advance(5);
    expect(await backUpIfDue(db, api, t.now())).toMatchObject({ lastSeq: 3 });
    expect((await readDbState(db)).lastSeq).toBe(3);
  });

  it('backs up a version-1 database as it is before Dexie upgrades it', async () => {
    const { api } = setup();
    const name = `legacy-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const example = exampleWorkspace();
    await v1.table('committees').bulkAdd(example.committees);
    await v1.table('people').bulkAdd(example.people);
    await v1.table('terms').bulkAdd(example.terms);
    v1.close();

    const backup = await backUpBeforeMigration(name, 2, api);
    expect(backup).toMatchObject({ reason: 'before-migration', lastSeq: 0 });
    const { workspace } = await api.backupRead({ id: backup!.id });
    expect(workspace.people).toEqual(example.people);
    expect(workspace.terms).toEqual(example.terms);

    const upgraded = new TenureDb(name);
    expect(await upgraded.people.count()).toBe(example.people.length);
    upgraded.close();
    expect(await backUpBeforeMigration(name, 2, api)).toBeUndefined();
  });
});
