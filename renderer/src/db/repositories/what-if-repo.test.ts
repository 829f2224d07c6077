import { describe, expect, it } from 'vitest';
import { verifyChain } from '@shared/history/change-log';
import { exampleDbPerTest, TEST_CONTEXT } from '../../testing/test-db';
import { applyWhatIf } from './what-if-repo';

const exampleDb = exampleDbPerTest();

const coopted = {
  id: 't-new-coopt',
  personId: 'p-new',
  committeeId: 'it',
  kind: 'coopted' as const,
  start: '2021-10-01',
  end: '2023-08-25',
  cooption: { reason: 'diversity' as const, approvedOn: '2021-09-20', approvedBy: 'Division Chair' },
};
const office = {
  id: 'o-chair-2021',
  personId: 'p14',
  committeeId: 'it',
  role: 'chair' as const,
  start: '2021-08-26',
  end: '2023-08-25',
};

describe('applying a what-if', () => {
  it('writes the people, election, terms, offices and overrides in one logged step', async () => {
    const db = await exampleDb();
    const before = (await db.elections.get('e-2021-members'))!;
    await applyWhatIf(
      db,
      {
        newPeople: [{ id: 'p-new', name: 'Nia Otieno', country: 'KE' }],
        election: { ...before, status: 'final', finalisedOn: '2021-06-01' },
        terms: [coopted],
        offices: [office],
      },
      TEST_CONTEXT,
      [{ committeeId: 'it', code: 'officer.not-member', refs: ['offices/o-chair-2021'], why: 'Agreed with HQ.' }],
    );
    expect(await db.people.get('p-new')).toMatchObject({ name: 'Nia Otieno' });
    expect(await db.terms.get('t-new-coopt')).toEqual(coopted);
    expect(await db.offices.get('o-chair-2021')).toEqual(office);
    expect((await db.elections.get('e-2021-members'))?.status).toBe('final');
    expect(await db.overrides.count()).toBe(1);
    const changes = await db.changes.orderBy('seq').toArray();
    expect(changes.map((c) => c.action)).toEqual(['import', 'create', 'update', 'create', 'create', 'override']);
    expect(changes.map((c) => c.summary).slice(1, 5)).toEqual([
      'What-if applied: added Nia Otieno.',
      'What-if applied: finalised the 2021 election with 0 elected.',
      'What-if applied: co-opted Nia Otieno, 2021-10-01 to 2023-08-25.',
      'What-if applied: Omar Benali became chair from 2021-08-26 to 2023-08-25.',
    ]);
    expect(verifyChain(changes).ok).toBe(true);
  });

  it('writes nothing when one record cannot be written', async () => {
    const db = await exampleDb();
    await expect(
      applyWhatIf(
        db,
        {
          newPeople: [{ id: 'p-new', name: 'Nia Otieno' }],
          terms: [coopted],
          offices: [{ ...office, id: 'o-chair-2019' }],
        },
        TEST_CONTEXT,
      ),
    ).rejects.toThrow('An office with id o-chair-2019 already exists.');
    expect(await db.people.get('p-new')).toBeUndefined();
    expect(await db.terms.get('t-new-coopt')).toBeUndefined();
    expect(await db.changes.count()).toBe(1);
  });

  it('refuses to finalise an election that was finalised meanwhile', async () => {
    const db = await exampleDb();
    const election = (await db.elections.get('e-2021-members'))!;
    await db.elections.put({ ...election, status: 'final' });
    await expect(
      applyWhatIf(
        db,
        { newPeople: [], election: { ...election, status: 'final' }, terms: [], offices: [] },
        TEST_CONTEXT,
      ),
    ).rejects.toThrow('The 2021 election was finalised meanwhile.');
  });
});
