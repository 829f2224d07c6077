import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '@shared/history/change-log';
import { SCHEMA_V1, TenureDb } from './app-db';
import { exampleWorkspace, freshDb } from '../testing/test-db';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database exactly as version 1 of the app left it. */
async function legacyV1(name: string, fill = true): Promise<void> {
  const legacy = new Dexie(name);
  legacy.version(1).stores(SCHEMA_V1);
  const example = exampleWorkspace();
  if (fill) {
    await legacy.table('committees').bulkAdd(example.committees);
    await legacy.table('people').bulkAdd(example.people);
    await legacy.table('terms').bulkAdd(example.terms);
    await legacy.table('offices').bulkAdd(example.offices);
  }
  await legacy.open();
  legacy.close();
}

describe('the version chain', () => {
  it('creates a new database at the latest version', async () => {
    const db = freshDb();
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'actions',
        'changes',
        'committees',
        'elections',
        'meetings',
        'meta',
        'offices',
        'overrides',
        'people',
        'terms',
      ].sort(),
    );
  });

  it('upgrades version 1 to 2 keeping every record and starting the history with a baseline entry', async () => {
    const name = `v1-${Math.random()}`;
    await legacyV1(name);
    const db = new TenureDb(name);
    opened.push(db);
    await db.open();
    const example = exampleWorkspace();
    expect(await db.terms.count()).toBe(example.terms.length);
    expect(await db.people.get('p09')).toEqual(example.people.find((p) => p.id === 'p09'));
    const log = await db.changes.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      action: 'baseline',
      after: { counts: { terms: example.terms.length, people: example.people.length } },
    });
    expect(verifyChain(log)).toEqual({ ok: true, entries: 1 });
    expect(await db.terms.where('[committeeId+end]').between(['it', '2021-01-01'], ['it', '2021-12-31']).count()).toBe(
      14,
    );
  });

  it('writes no baseline when version 1 held nothing', async () => {
    const name = `v1-empty-${Math.random()}`;
    await legacyV1(name, false);
    const db = new TenureDb(name);
    opened.push(db);
    await db.open();
    expect(await db.changes.count()).toBe(0);
  });

  it('leaves version 1 readable with no row lost when the upgrade fails', async () => {
    const name = `v1-failing-${Math.random()}`;
    await legacyV1(name);
    class FailingUpgrade extends Dexie {
      constructor() {
        super(name);
        this.version(1).stores(SCHEMA_V1);
        this.version(2)
          .stores({ changes: 'seq' })
          .upgrade(() => {
            throw new Error('disk full');
          });
      }
    }
    const failing = new FailingUpgrade();
    await expect(failing.open()).rejects.toThrow();
    failing.close();

    const legacy = new Dexie(name);
    opened.push(legacy);
    legacy.version(1).stores(SCHEMA_V1);
    await legacy.open();
    expect(legacy.verno).toBe(1);
    expect(await legacy.table('terms').count()).toBe(exampleWorkspace().terms.length);
  });
});
