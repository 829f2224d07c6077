import { describe, expect, it } from 'vitest';
import { verifyChain } from '@shared/history/change-log';
import { exampleDbPerTest, TEST_CONTEXT } from '../../testing/test-db';
import { endTermEarly, saveTerm } from './terms-repo';

const exampleDb = exampleDbPerTest();

const newTerm = {
  id: 't-new',
  personId: 'p-new',
  committeeId: 'it',
  kind: 'elected' as const,
  start: '2021-08-26',
  end: '2025-08-22',
};

describe('saveTerm', () => {
  it('adds the person and the term in one transaction, with the override and the log entries', async () => {
    const db = await exampleDb();
    await saveTerm(
      db,
      newTerm,
      TEST_CONTEXT,
      [{ committeeId: 'it', code: 'seats.elected.max', refs: ['terms/t-new'], why: 'IFLA HQ agreed a 21st seat' }],
      {
        id: 'p-new',
        name: 'Ada Nwosu',
        country: 'NG',
      },
    );
    expect(await db.terms.get('t-new')).toEqual(newTerm);
    expect(await db.people.get('p-new')).toMatchObject({ name: 'Ada Nwosu' });
    expect(await db.overrides.toArray()).toEqual([
      expect.objectContaining({ code: 'seats.elected.max', by: 'Grace Mwangi', why: 'IFLA HQ agreed a 21st seat' }),
    ]);
    const log = await db.changes.orderBy('seq').toArray();
    expect(log.map((e) => e.action)).toEqual(['import', 'create', 'create', 'override']);
    expect(verifyChain(log).ok).toBe(true);
  });

  it('writes nothing when any part fails: a new person whose id is taken', async () => {
    const db = await exampleDb();
    await expect(
      saveTerm(db, { ...newTerm, personId: 'p01' }, TEST_CONTEXT, [], { id: 'p01', name: 'Clash' }),
    ).rejects.toThrow(/already exists/);
    expect(await db.terms.get('t-new')).toBeUndefined();
    expect(await db.changes.count()).toBe(1);
  });
});

describe('endTermEarly', () => {
  it('ends the term and the offices it carried, and logs both', async () => {
    const db = await exampleDb();
    const result = await endTermEarly(db, 't-p05-2017', '2020-06-30', 'resigned', TEST_CONTEXT);
    expect(result.endedOffices).toEqual(['o-chair-2019']);
    expect(await db.terms.get('t-p05-2017')).toMatchObject({ endedOn: '2020-06-30', endReason: 'resigned' });
    expect(await db.offices.get('o-chair-2019')).toMatchObject({ endedOn: '2020-06-30' });
    const log = await db.changes.orderBy('seq').toArray();
    expect(log.slice(1).map((e) => `${e.table}/${e.recordId}`)).toEqual(['terms/t-p05-2017', 'offices/o-chair-2019']);
    expect(log[1]?.before).toMatchObject({ id: 't-p05-2017' });
    expect(log[1]?.before).not.toHaveProperty('endedOn');
  });

  it('refuses a date outside the term and changes nothing', async () => {
    const db = await exampleDb();
    await expect(endTermEarly(db, 't-p05-2017', '2022-01-01', 'resigned', TEST_CONTEXT)).rejects.toThrow(
      /between the term's start/,
    );
    expect(await db.terms.get('t-p05-2017')).not.toHaveProperty('endedOn');
    expect(await db.changes.count()).toBe(1);
  });
});
