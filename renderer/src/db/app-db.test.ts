import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, chainEntries, verifyChain, type ChangeEntry } from '@shared/history/change-log';
import { generateLargeWorkspace } from '@shared/testing/large-workspace';
import { recordReliability } from '@shared/testing/reliability';
import { ENTITY_TABLES, SCHEMA_V1, SCHEMA_VERSIONS, TenureDb, type SchemaVersion } from './app-db';
import { exampleWorkspace, freshDb } from '../testing/test-db';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const CURRENT = SCHEMA_VERSIONS.at(-1)!.version;
type Rows = Record<string, Record<string, unknown>[]>;

/** About 10,000 records of every entity table, as any version stores them. */
function entityRows(): Rows {
  const workspace = generateLargeWorkspace({ committees: 44, placesPerCycle: 10, cycles: 10, seed: 8 });
  const rows: Rows = { meta: [{ key: 'workspace.settings', value: { termBoundaries: { 2021: '2021-08-26' } } }] };
  for (const table of ENTITY_TABLES) rows[table] = (workspace[table] ?? []) as Record<string, unknown>[];
  rows.actions = [{ id: 'a1', committeeId: 'c1', title: 'A webinar', status: 'planned', owners: ['p1'] }];
  return rows;
}

/** What version 2 added to the entity rows: an override and a change log. */
function v2Rows(): Rows {
  const rows = entityRows();
  rows.overrides = [
    {
      id: 'ovr-1',
      committeeId: 'c1',
      code: 'seats.elected.max',
      refs: ['terms/c1-t1'],
      by: 'Chair',
      at: 'x',
      why: 'HQ',
    },
  ];
  rows.changes = chainEntries(
    undefined,
    rows.people!.slice(0, 500).map((person) => ({
      at: '2026-11-27T10:00:00.000Z',
      actor: 'Fixture',
      action: 'create' as const,
      table: 'people',
      recordId: String(person.id),
      before: null,
      after: person,
      summary: `Added ${String(person.name)}.`,
    })),
  );
  return rows;
}

/**
 * Every released schema version with the records a database of that version holds. A new version
 * adds one line, with the rows of the version that last added a kind of record.
 */
const RELEASED: { version: number; rows: () => Rows }[] = [
  { version: 1, rows: entityRows },
  { version: 2, rows: v2Rows },
  { version: 3, rows: v2Rows },
];

/** The declarations of versions 1..`upTo`, with a replacement for one version's upgrade. */
function declare(db: Dexie, upTo: number, upgradeOf?: Partial<Record<number, SchemaVersion['upgrade']>>): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS.filter((v) => v.version <= upTo)) {
    const declared = db.version(version).stores(stores);
    const chosen = upgradeOf && version in upgradeOf ? upgradeOf[version] : upgrade;
    if (chosen) declared.upgrade(chosen);
  }
}

/** A database exactly as version `version` of the app left it, holding `rows`. */
async function fixtureAt(version: number, name: string, rows: Rows): Promise<void> {
  const legacy = new Dexie(name);
  declare(legacy, version);
  await legacy.open();
  await legacy.transaction('rw', legacy.tables, async () => {
    for (const [table, records] of Object.entries(rows)) await legacy.table(table).bulkAdd(records);
  });
  legacy.close();
}

/** Every fixture row found again, unchanged, by its key; returns how many were compared. */
async function expectEveryRow(db: Dexie, rows: Rows): Promise<number> {
  let checked = 0;
  for (const [table, records] of Object.entries(rows)) {
    const store = db.table(table);
    const keyPath = store.schema.primKey.keyPath as string;
    const found = await store.bulkGet(records.map((r) => r[keyPath] as string));
    const missing = records.filter((_, i) => found[i] === undefined).map((r) => r[keyPath]);
    expect(missing, `${table}: rows lost in the upgrade`).toEqual([]);
    expect(canonicalJson(found), `${table}: rows changed in the upgrade`).toBe(canonicalJson(records));
    checked += records.length;
  }
  return checked;
}

describe('the version chain', () => {
  it('creates a new database at the latest version', async () => {
    const db = freshDb();
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT);
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

  it('lists every released version once, in order, ending at the current one', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(RELEASED.map((r) => r.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });
});

describe('a 10k-row fixture of every released version upgrades to the current one (quality-anchors R8)', () => {
  it.for(RELEASED)('version $version: every row is there after the upgrade', async ({ version, rows }, context) => {
    const name = `fixture-v${version}-${Math.random()}`;
    const fixture = rows();
    const total = Object.values(fixture).reduce((n, r) => n + r.length, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    await fixtureAt(version, name, fixture);

    const db = new TenureDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT);
    const checked = await expectEveryRow(db, fixture);
    expect(checked).toBe(total);
    // The hash chain still verifies after the upgrade, whatever it added.
    expect(verifyChain(await db.changes.orderBy('seq').toArray()).ok).toBe(true);
    recordReliability(context, { migrationRows: checked, migrationUpgrades: version < CURRENT ? 1 : 0 });
  });

  it.for(RELEASED.filter((r) => r.version < CURRENT))(
    'version $version: an upgrade that fails leaves it readable, with no row lost',
    async ({ version, rows }, context) => {
      const name = `fixture-failing-v${version}-${Math.random()}`;
      const fixture = rows();
      await fixtureAt(version, name, fixture);
      const failing = new Dexie(name);
      declare(failing, CURRENT, {
        [CURRENT]: () => {
          throw new Error('disk full');
        },
      });
      await expect(failing.open()).rejects.toThrow();
      failing.close();

      const legacy = new Dexie(name);
      opened.push(legacy);
      declare(legacy, version);
      await legacy.open();
      expect(legacy.verno).toBe(version);
      const checked = await expectEveryRow(legacy, fixture);
      recordReliability(context, { migrationRows: checked, migrationRollbacks: 1 });
    },
  );
});

describe('version 1 to 2', () => {
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

  it('starts the history with a baseline entry naming the records already there', async () => {
    const name = `v1-${Math.random()}`;
    await legacyV1(name);
    const db = new TenureDb(name);
    opened.push(db);
    await db.open();
    const example = exampleWorkspace();
    const log: ChangeEntry[] = await db.changes.toArray();
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
});
