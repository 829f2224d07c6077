import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkWorkspace } from '@shared/rules/check-workspace';
import { findingKey } from '@shared/rules/what-if';
import { parseWorkspaceText } from '@shared/workspace/parse';
import type { TenureDb } from '../app-db';
import { dbWithExample, freshDb, TEST_CONTEXT } from '../../testing/test-db';
import { verifyChangeLog } from './change-log-repo';
import { keepFindingWithOverride, overrideKey, recordOverrides } from './overrides';
import { importWorkspace, readCommitteeSlice } from './workspace-repo';

const dbs: TenureDb[] = [];
function track(db: TenureDb) {
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The example that breaks a rule in every record, so there are errors to keep. */
async function breachesDb() {
  const db = track(freshDb());
  const text = readFileSync(resolve(import.meta.dirname, '../../../../examples/rule-breaches.tenure.json'), 'utf8');
  const parsed = parseWorkspaceText(text);
  if (!parsed.ok) throw new Error('the rule-breaches example is invalid');
  await importWorkspace(db, parsed.workspace, { fileName: 'rule-breaches.tenure.json' }, TEST_CONTEXT);
  return db;
}

async function firstError(db: TenureDb) {
  const slice = await readCommitteeSlice(db, 'ls');
  const error = checkWorkspace(slice!, '2023-10-02').findings.find((f) => f.severity === 'error');
  if (!error) throw new Error('the rule-breaches example raises no error');
  return error;
}

const chair = { actor: 'Kofi Mensah', at: '2026-11-27T11:00:00.000Z' };

describe('keepFindingWithOverride', () => {
  it('stores who, when, why and the HQ reference, and logs it in the same chain', async () => {
    const db = await breachesDb();
    const error = await firstError(db);
    const kept = await keepFindingWithOverride(
      db,
      {
        committeeId: error.committeeId,
        code: error.code,
        refs: error.refs,
        why: '  IFLA HQ agreed the co-option in writing.  ',
        hqReference: ' HQ-2023-117 ',
      },
      chair,
    );

    expect(kept).toMatchObject({
      committeeId: 'ls',
      code: error.code,
      refs: error.refs,
      by: 'Kofi Mensah',
      at: '2026-11-27T11:00:00.000Z',
      why: 'IFLA HQ agreed the co-option in writing.',
      hqReference: 'HQ-2023-117',
    });
    expect(await db.overrides.toArray()).toEqual([kept]);
    // The override matches its finding the way the findings panel matches them.
    expect(overrideKey(kept)).toBe(findingKey(error));

    const log = await db.changes.orderBy('seq').toArray();
    expect(log.at(-1)).toMatchObject({
      seq: 2,
      action: 'override',
      table: 'overrides',
      recordId: kept.id,
      actor: 'Kofi Mensah',
      before: null,
      after: kept,
    });
    expect(log.at(-1)?.summary).toContain('IFLA HQ agreed the co-option in writing.');
    expect(await verifyChangeLog(db)).toEqual({ ok: true, entries: 2 });
  });

  it('leaves out an empty HQ reference', async () => {
    const db = await breachesDb();
    const error = await firstError(db);
    const kept = await keepFindingWithOverride(
      db,
      { committeeId: 'ls', code: error.code, refs: error.refs, why: 'Agreed at the 2023 meeting.', hqReference: '  ' },
      chair,
    );
    expect(kept).not.toHaveProperty('hqReference');
  });

  it('refuses an override with no reason, and writes nothing', async () => {
    const db = await breachesDb();
    const error = await firstError(db);
    await expect(
      keepFindingWithOverride(db, { committeeId: 'ls', code: error.code, refs: error.refs, why: '   ' }, chair),
    ).rejects.toThrow(/why/);
    expect(await db.overrides.count()).toBe(0);
    expect(await db.changes.count()).toBe(1);
  });

  it('refuses to keep the same finding twice, and writes nothing the second time', async () => {
    const db = await breachesDb();
    const error = await firstError(db);
    const request = { committeeId: 'ls', code: error.code, refs: error.refs, why: 'Agreed with IFLA HQ.' };
    await keepFindingWithOverride(db, request, chair);
    await expect(
      keepFindingWithOverride(db, { ...request, refs: [...error.refs].reverse() }, TEST_CONTEXT),
    ).rejects.toThrow(/already kept by Kofi Mensah on 2026-11-27/);
    expect(await db.overrides.count()).toBe(1);
    expect(await db.changes.count()).toBe(2);
  });

  it('keeps two findings recorded at the same instant apart', async () => {
    const db = await breachesDb();
    const slice = await readCommitteeSlice(db, 'ls');
    const errors = checkWorkspace(slice!, '2023-10-02').findings.filter((f) => f.severity === 'error');
    for (const f of errors.slice(0, 2)) {
      await keepFindingWithOverride(db, { committeeId: 'ls', code: f.code, refs: f.refs, why: 'Agreed.' }, chair);
    }
    const stored = await db.overrides.toArray();
    expect(stored).toHaveLength(2);
    expect(new Set(stored.map((o) => o.id)).size).toBe(2);
    expect(await verifyChangeLog(db)).toEqual({ ok: true, entries: 3 });
  });
});

describe('recordOverrides', () => {
  it('writes inside the caller’s transaction: a failure later in it leaves no override', async () => {
    const db = track(await dbWithExample());
    await expect(
      db.transaction('rw', [db.overrides, db.changes], async () => {
        await recordOverrides(
          db,
          [{ committeeId: 'it', code: 'seats.elected.max', refs: ['terms/t-x'], why: 'Agreed with HQ.' }],
          chair,
        );
        throw new Error('the save failed');
      }),
    ).rejects.toThrow('the save failed');
    expect(await db.overrides.count()).toBe(0);
    expect(await db.changes.count()).toBe(1);
  });

  it('returns one change-log entry per override, naming the code and the reason', async () => {
    const db = track(await dbWithExample());
    const contents = await db.transaction('rw', [db.overrides, db.changes], () =>
      recordOverrides(
        db,
        [
          { committeeId: 'it', code: 'seats.elected.max', refs: ['terms/t-x'], why: 'Agreed with HQ.' },
          { committeeId: 'it', code: 'term.limit', refs: ['terms/t-y'], why: 'A break was agreed.' },
        ],
        chair,
      ),
    );
    expect(contents.map((c) => c.summary)).toEqual([
      'Kept terms/t-x despite seats.elected.max: Agreed with HQ.',
      'Kept terms/t-y despite term.limit: A break was agreed.',
    ]);
    expect(await db.overrides.count()).toBe(2);
  });
});
