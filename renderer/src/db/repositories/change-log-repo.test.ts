import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashEntry } from '@shared/history/change-log';
import { exampleDbPerTest, TEST_CONTEXT } from '../../testing/test-db';
import { saveCommittee } from './committees-repo';
import { appendChanges, changeContent, readRecordHistory, verifyChangeLog } from './change-log-repo';
import { endTermEarly, saveTerm } from './terms-repo';

const exampleDb = exampleDbPerTest();

const later = (minutes: number) => ({
  actor: 'Grace Mwangi',
  at: `2026-11-27T10:${String(minutes).padStart(2, '0')}:00.000Z`,
});

const newTerm = {
  id: 't-new',
  personId: 'p01',
  committeeId: 'it',
  kind: 'elected' as const,
  start: '2025-08-22',
  end: '2029-08-24',
};

describe('appendChanges', () => {
  it('chains entries across separate transactions: each names the hash of the one before', async () => {
    const db = await exampleDb();
    await saveTerm(db, newTerm, later(1));
    await endTermEarly(db, 't-p05-2017', '2020-06-30', 'resigned', later(2));
    await saveCommittee(db, { id: 'it', name: 'IT Section', kind: 'section' }, later(3));

    const log = await db.changes.orderBy('seq').toArray();
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log.map((e) => `${e.action} ${e.table}/${e.recordId}`)).toEqual([
      'import workspace/*',
      'create terms/t-new',
      'update terms/t-p05-2017',
      'update offices/o-chair-2019',
      'update committees/it',
    ]);
    expect(log[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < log.length; i++) expect(log[i]?.prevHash).toBe(log[i - 1]?.hash);
    expect(new Set(log.map((e) => e.hash)).size).toBe(log.length);
    expect(await verifyChangeLog(db)).toEqual({ ok: true, entries: 5 });
  });

  it('records who, when, and the record before and after', async () => {
    const db = await exampleDb();
    await endTermEarly(db, 't-p05-2017', '2020-06-30', 'resigned', later(4));
    const entry = await db.changes.get(2);
    expect(entry).toMatchObject({ actor: 'Grace Mwangi', at: '2026-11-27T10:04:00.000Z', action: 'update' });
    expect(entry?.before).not.toHaveProperty('endedOn');
    expect(entry?.after).toMatchObject({ endedOn: '2020-06-30', endReason: 'resigned' });
  });

  it('leaves no entry when the transaction it is part of fails', async () => {
    const db = await exampleDb();
    await expect(
      db.transaction('rw', [db.terms, db.changes], async () => {
        await db.terms.put({ ...newTerm });
        await appendChanges(db, [changeContent(TEST_CONTEXT, 'create', 'terms', 't-new', null, newTerm, 'Added.')]);
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect(await db.changes.count()).toBe(1);
    expect(await db.terms.get('t-new')).toBeUndefined();

    // A repository that refuses the change writes nothing either, and the chain goes on intact.
    await expect(endTermEarly(db, 't-p05-2017', '2030-01-01', 'resigned', TEST_CONTEXT)).rejects.toThrow();
    expect(await db.changes.count()).toBe(1);
    await saveTerm(db, newTerm, later(5));
    expect(await verifyChangeLog(db)).toEqual({ ok: true, entries: 2 });
  });

  it('appends nothing for an empty list', async () => {
    const db = await exampleDb();
    await appendChanges(db, []);
    expect(await db.changes.count()).toBe(1);
  });
});

describe('verifyChangeLog', () => {
  async function threeChanges() {
    const db = await exampleDb();
    await saveTerm(db, newTerm, later(1));
    await saveTerm(db, { ...newTerm, end: '2029-08-31' }, later(2));
    await saveTerm(db, { ...newTerm, id: 't-new-2', personId: 'p02' }, later(3));
    return db;
  }

  it('finds and names an entry edited in place', async () => {
    const db = await threeChanges();
    await db.changes.update(3, { summary: 'Nothing happened here.' });
    expect(await verifyChangeLog(db)).toEqual({
      ok: false,
      entries: 4,
      brokenAt: 3,
      reason: 'entry 3 was changed after it was written',
    });
  });

  it('finds an altered before/after value, not only the summary', async () => {
    const db = await threeChanges();
    await db.changes.update(2, { actor: 'Someone else' });
    expect(await verifyChangeLog(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('finds an entry edited together with its own hash, at the entry after it', async () => {
    const db = await threeChanges();
    const entry = (await db.changes.get(2))!;
    const { seq, prevHash, hash: _hash, ...content } = entry;
    const forged = { ...content, actor: 'Someone else' };
    await db.changes.update(2, { actor: 'Someone else', hash: hashEntry(seq, prevHash, forged) });
    expect(await verifyChangeLog(db)).toEqual({
      ok: false,
      entries: 4,
      brokenAt: 3,
      reason: 'entry 3 does not follow entry 2',
    });
  });

  it('finds a deleted entry', async () => {
    const db = await threeChanges();
    await db.changes.delete(2);
    expect(await verifyChangeLog(db)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'entry 2 is missing (found 3 in its place)',
    });
  });
});

describe('readRecordHistory', () => {
  it("gives one record's entries oldest first, with the imports that replaced it", async () => {
    const db = await exampleDb();
    await saveTerm(db, newTerm, later(1));
    await endTermEarly(db, 't-p05-2017', '2020-06-30', 'resigned', later(2));
    await saveTerm(db, { ...newTerm, end: '2029-08-31' }, later(3));

    const history = await readRecordHistory(db, 'terms', 't-new');
    expect(history.map((e) => `${e.seq} ${e.action}`)).toEqual(['1 import', '2 create', '5 update']);
    expect(history[2]?.before).toMatchObject({ end: '2029-08-24' });
    expect(history[2]?.after).toMatchObject({ end: '2029-08-31' });

    const office = await readRecordHistory(db, 'offices', 'o-chair-2019');
    expect(office.map((e) => `${e.seq} ${e.action} ${e.table}/${e.recordId}`)).toEqual([
      '1 import workspace/*',
      '4 update offices/o-chair-2019',
    ]);
  });

  it('gives only the imports for a record nobody has changed since', async () => {
    const db = await exampleDb();
    expect((await readRecordHistory(db, 'people', 'p01')).map((e) => e.action)).toEqual(['import']);
  });
});
