import { describe, expect, it } from 'vitest';
import { expiring } from '@shared/rules/roster';
import { exampleDbPerTest, exampleWorkspace, TEST_CONTEXT } from '../../testing/test-db';
import { readExpiring } from './expiry-reads';
import { endTermEarly, saveTerm } from './terms-repo';

const exampleDb = exampleDbPerTest();

const line = (i: { endsOn: string; personId: string; type: string; kind?: string; role?: string }) =>
  `${i.endsOn} ${i.personId} ${i.type === 'term' ? i.kind : i.role}`;

describe('readExpiring', () => {
  it('gives what the engine gives for the whole file, for each window', async () => {
    const db = await exampleDb();
    for (const months of [3, 6, 12, 24]) {
      const read = await readExpiring(db, 'it', '2021-03-19', months);
      const engine = expiring(exampleWorkspace(), '2021-03-19', months, 'it');
      expect(read).toEqual(engine);
    }
  });

  it('lists the 2021 boundary terms and offices within 6 months, soonest first, and the corresponding terms after', async () => {
    const db = await exampleDb();
    const six = await readExpiring(db, 'it', '2021-03-19', 6);
    expect(six.until).toBe('2021-09-19');
    expect(six.items).toHaveLength(18);
    expect(new Set(six.items.slice(0, 17).map((i) => i.endsOn))).toEqual(new Set(['2021-08-26']));
    expect(line(six.items[17]!)).toBe('2021-09-16 p20 corresponding');
    expect(six.items.filter((i) => i.type === 'office').map((i) => i.role)).toEqual([
      'chair',
      'secretary',
      'sig-convenor',
      'information-coordinator',
    ]);
    expect((await readExpiring(db, 'it', '2021-03-19', 3)).items).toEqual([]);
  });

  it('includes both window edges and leaves other committees out', async () => {
    const db = await exampleDb();
    await db.committees.add({ id: 'other', name: 'Other Section' });
    await saveTerm(
      db,
      { id: 't-other', personId: 'p01', committeeId: 'other', kind: 'elected', start: '2017-08-25', end: '2021-08-26' },
      TEST_CONTEXT,
    );
    const onTheDay = await readExpiring(db, 'it', '2021-08-26', 3);
    expect(onTheDay.items.map((i) => i.committeeId)).not.toContain('other');
    expect(onTheDay.items.filter((i) => i.endsOn === '2021-08-26')).toHaveLength(17);
    const lastDay = await readExpiring(db, 'it', '2021-06-16', 3);
    expect(lastDay.until).toBe('2021-09-16');
    expect(lastDay.items.map(line)).toContain('2021-09-16 p20 corresponding');
  });

  it('dates a term ended early by its early end, which may fall in the window when its planned end does not', async () => {
    const db = await exampleDb();
    await endTermEarly(db, 't-p13-2019', '2021-05-01', 'resigned', TEST_CONTEXT);
    const items = (await readExpiring(db, 'it', '2021-03-19', 3)).items;
    expect(items.map((i) => `${line(i)} planned ${i.end}`)).toEqual([
      '2021-05-01 p13 elected planned 2023-08-25',
      '2021-05-01 p13 secretary planned 2021-08-26',
    ]);
    // Ended before the window opens: no longer expiring.
    expect((await readExpiring(db, 'it', '2021-06-01', 24)).items.map((i) => i.personId)).not.toContain('p13');
  });

  it('leaves proposed co-options out: they are plans, not memberships', async () => {
    const db = await exampleDb();
    await saveTerm(
      db,
      {
        id: 't-proposal',
        personId: 'p17',
        committeeId: 'it',
        kind: 'coopted',
        start: '2021-04-01',
        end: '2021-08-26',
        cooption: { reason: 'vacancy', fillsVacancy: true },
      },
      TEST_CONTEXT,
    );
    const ids = (await readExpiring(db, 'it', '2021-03-19', 6)).items.map((i) => i.id);
    expect(ids).not.toContain('t-proposal');
  });
});
