import { describe, expect, it } from 'vitest';
import { verifyChain } from '@shared/history/change-log';
import type { Committee } from '@shared/workspace/schema';
import { exampleDbPerTest, TEST_CONTEXT } from '../../testing/test-db';
import { createCommittee, readCommitteeSummaries, saveCommittee } from './committees-repo';
import { endTermEarly } from './terms-repo';

const exampleDb = exampleDbPerTest();

const newSection: Committee = {
  id: 'rare-books',
  name: 'Rare Books and Special Collections Section',
  kind: 'section',
  parentId: 'div-c',
  ruleSet: 'ifla2023',
  params: { maxElectedSeats: 18, maxCoopted: 3 },
  seatCohorts: [
    { firstYear: 2021, seats: 10 },
    { firstYear: 2023, seats: 8 },
  ],
};

describe('createCommittee', () => {
  it('adds the committee and logs it on the hash chain', async () => {
    const db = await exampleDb();
    await createCommittee(db, newSection, TEST_CONTEXT);
    expect(await db.committees.get('rare-books')).toEqual(newSection);
    const log = await db.changes.orderBy('seq').toArray();
    expect(log.map((e) => `${e.action} ${e.table}/${e.recordId}`)).toEqual([
      'import workspace/*',
      'create committees/rare-books',
    ]);
    expect(log[1]).toMatchObject({ actor: 'Grace Mwangi', before: null, after: newSection });
    expect(verifyChain(log).ok).toBe(true);
  });

  it('refuses an id already taken and changes nothing', async () => {
    const db = await exampleDb();
    await expect(createCommittee(db, { ...newSection, id: 'it' }, TEST_CONTEXT)).rejects.toThrow(/already exists/);
    expect((await db.committees.get('it'))?.name).toBe('Information Technology Section');
    expect(await db.changes.count()).toBe(1);
  });

  it('refuses a parent that does not exist, or the committee itself as parent', async () => {
    const db = await exampleDb();
    await expect(createCommittee(db, { ...newSection, parentId: 'div-z' }, TEST_CONTEXT)).rejects.toThrow(
      /parent committee div-z does not exist/,
    );
    await expect(createCommittee(db, { ...newSection, parentId: 'rare-books' }, TEST_CONTEXT)).rejects.toThrow(
      /its own parent/,
    );
    expect(await db.committees.get('rare-books')).toBeUndefined();
    expect(await db.changes.count()).toBe(1);
  });

  it('refuses a record the workspace file could not hold, naming the field', async () => {
    const db = await exampleDb();
    const broken = { ...newSection, seatCohorts: [{ firstYear: 2021, seats: -1 }] };
    await expect(createCommittee(db, broken, TEST_CONTEXT)).rejects.toThrow(/seatCohorts\[0\]\.seats/);
    expect(await db.changes.count()).toBe(1);
  });
});

describe('saveCommittee', () => {
  it('changes a committee, keeping the before and after in the log', async () => {
    const db = await exampleDb();
    const before = (await db.committees.get('it'))!;
    const after: Committee = { ...before, params: { maxElectedSeats: 16 } };
    await saveCommittee(db, after, TEST_CONTEXT);
    expect(await db.committees.get('it')).toEqual(after);
    const entry = (await db.changes.orderBy('seq').last())!;
    expect(entry).toMatchObject({ action: 'update', table: 'committees', recordId: 'it', before, after });
    expect(entry.summary).toBe('Changed committee Information Technology Section.');
  });

  it('records the overrides in the same transaction as the change', async () => {
    const db = await exampleDb();
    const before = (await db.committees.get('it'))!;
    await saveCommittee(db, { ...before, params: { maxElectedSeats: 12 } }, TEST_CONTEXT, [
      {
        committeeId: 'it',
        code: 'seats.elected.max',
        refs: ['terms/t-p01-2017'],
        why: 'IFLA HQ agreed to shrink the committee over two cycles',
        hqReference: 'HQ letter 2021-02',
      },
    ]);
    expect(await db.overrides.toArray()).toEqual([
      expect.objectContaining({ code: 'seats.elected.max', by: 'Grace Mwangi', hqReference: 'HQ letter 2021-02' }),
    ]);
    const log = await db.changes.orderBy('seq').toArray();
    expect(log.map((e) => e.action)).toEqual(['import', 'update', 'override']);
    expect(verifyChain(log).ok).toBe(true);
  });

  it('writes neither the committee nor the override when the log cannot be written', async () => {
    const db = await exampleDb();
    const before = (await db.committees.get('it'))!;
    db.changes.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.changes.bulkAdd;
    await expect(
      saveCommittee(db, { ...before, params: { maxElectedSeats: 12 } }, TEST_CONTEXT, [
        { committeeId: 'it', code: 'seats.elected.max', refs: [], why: 'agreed with IFLA HQ by letter' },
      ]),
    ).rejects.toThrow(/disk full/);
    expect(await db.committees.get('it')).toEqual(before);
    expect(await db.overrides.count()).toBe(0);
    expect(await db.changes.count()).toBe(1);
  });
});

describe('readCommitteeSummaries', () => {
  it('lists committees by name with parent and elected members on the date', async () => {
    const db = await exampleDb();
    const summaries = await readCommitteeSummaries(db, '2021-03-19');
    expect(summaries.map((s) => [s.committee.id, s.parentName ?? null, s.electedMembers])).toEqual([
      ['div-c', null, 0],
      ['it', 'Division C: Access to Knowledge', 16],
    ]);
    // After the 2021 boundary only the 2019 cohort's four remain recorded.
    expect((await readCommitteeSummaries(db, '2021-09-01')).find((s) => s.committee.id === 'it')?.electedMembers).toBe(
      4,
    );
  });

  it('counts a member whose term ended early only until that day', async () => {
    const db = await exampleDb();
    await endTermEarly(db, 't-p13-2019', '2021-01-31', 'resigned', TEST_CONTEXT);
    const on = async (date: string) =>
      (await readCommitteeSummaries(db, date)).find((s) => s.committee.id === 'it')?.electedMembers;
    expect(await on('2021-01-30')).toBe(16);
    expect(await on('2021-01-31')).toBe(15);
  });
});
