import { describe, expect, it } from 'vitest';
import { verifyChain } from '@shared/history/change-log';
import type { TenureDb } from '../app-db';
import { exampleDbPerTest, TEST_CONTEXT } from '../../testing/test-db';
import { finaliseMembersElection, recordOfficer, saveElection, undoFinalisation } from './elections-repo';

const exampleDb = exampleDbPerTest();

const election = async (db: TenureDb) => (await db.elections.get('e-2021-members'))!;

describe('the members election', () => {
  it('adds a new candidate and the person in one transaction', async () => {
    const db = await exampleDb();
    const before = await election(db);
    await saveElection(
      db,
      { ...before, candidates: [...(before.candidates ?? []), { personId: 'p-new', consent: true }] },
      TEST_CONTEXT,
      [{ id: 'p-new', name: 'New Candidate', country: 'PE' }],
    );
    expect((await election(db)).candidates?.at(-1)).toEqual({ personId: 'p-new', consent: true });
    expect(await db.people.get('p-new')).toMatchObject({ name: 'New Candidate' });
    expect((await db.changes.toArray()).map((c) => c.action)).toEqual(['import', 'create', 'update']);
  });

  it('finalises: outcomes, the reserve list and a 2021–2025 term for each elected, in one logged step', async () => {
    const db = await exampleDb();
    const elected = ['p01', 'p02', 'p03'];
    const termIds = await finaliseMembersElection(
      db,
      'e-2021-members',
      { elected, notElected: ['p22'], reserve: ['p22'] },
      '2021-05-20',
      TEST_CONTEXT,
    );
    expect(termIds).toEqual(['t-p01-2021', 't-p02-2021', 't-p03-2021']);
    expect(await db.terms.get('t-p01-2021')).toEqual({
      id: 't-p01-2021',
      personId: 'p01',
      committeeId: 'it',
      kind: 'elected',
      start: '2021-08-26',
      end: '2025-08-22',
      electionId: 'e-2021-members',
    });
    const after = await election(db);
    expect(after).toMatchObject({ status: 'final', finalisedOn: '2021-05-20' });
    expect(after.candidates?.find((c) => c.personId === 'p22')).toMatchObject({
      outcome: 'not-elected',
      reserveRank: 1,
    });
    expect(verifyChain(await db.changes.orderBy('seq').toArray()).ok).toBe(true);
  });

  it('can be reopened before the boundary, taking its terms away and keeping the votes', async () => {
    const db = await exampleDb();
    const before = await election(db);
    await saveElection(
      db,
      { ...before, candidates: before.candidates?.map((c, i) => ({ ...c, votes: 100 - i })) },
      TEST_CONTEXT,
    );
    await finaliseMembersElection(
      db,
      'e-2021-members',
      { elected: ['p01'], notElected: [], reserve: [] },
      '2021-05-20',
      TEST_CONTEXT,
    );
    await undoFinalisation(db, 'e-2021-members', '2021-06-01', TEST_CONTEXT);
    expect(await db.terms.get('t-p01-2021')).toBeUndefined();
    const reopened = await election(db);
    expect(reopened.status).toBe('ballot');
    expect(reopened.candidates?.[0]).toEqual({
      personId: 'p01',
      nominatedBy: 'Institutional member',
      consent: true,
      votes: 100,
    });
  });

  it('cannot be reopened once the new terms have started, and nothing changes', async () => {
    const db = await exampleDb();
    await finaliseMembersElection(
      db,
      'e-2021-members',
      { elected: ['p01'], notElected: [], reserve: [] },
      '2021-05-20',
      TEST_CONTEXT,
    );
    await expect(undoFinalisation(db, 'e-2021-members', '2021-08-26', TEST_CONTEXT)).rejects.toThrow(
      /only be reopened before then/,
    );
    expect(await db.terms.get('t-p01-2021')).toBeDefined();
  });

  it('refuses to finalise twice', async () => {
    const db = await exampleDb();
    await finaliseMembersElection(
      db,
      'e-2021-members',
      { elected: ['p01'], notElected: [], reserve: [] },
      '2021-05-20',
      TEST_CONTEXT,
    );
    await expect(
      finaliseMembersElection(
        db,
        'e-2021-members',
        { elected: ['p02'], notElected: [], reserve: [] },
        '2021-05-21',
        TEST_CONTEXT,
      ),
    ).rejects.toThrow(/already final/);
    expect(await db.terms.get('t-p02-2021')).toBeUndefined();
  });
});

describe('recordOfficer', () => {
  it('adds the office with its election and any override, all logged', async () => {
    const db = await exampleDb();
    const chair = await db.elections.get('e-2021-chair');
    await recordOfficer(
      db,
      { id: 'o-chair-2021', personId: 'p13', committeeId: 'it', role: 'chair', start: '2021-08-26', end: '2023-08-25' },
      TEST_CONTEXT,
      {
        election: { ...chair!, status: 'final', candidates: [{ personId: 'p13', outcome: 'elected' }] },
        overrides: [
          {
            committeeId: 'it',
            code: 'officer.not-member',
            refs: ['offices/o-chair-2021'],
            why: 'Re-election expected to be confirmed by HQ.',
          },
        ],
      },
    );
    expect(await db.offices.get('o-chair-2021')).toMatchObject({ role: 'chair', personId: 'p13' });
    expect((await db.elections.get('e-2021-chair'))?.status).toBe('final');
    expect((await db.changes.toArray()).map((c) => c.action)).toEqual(['import', 'create', 'update', 'override']);
  });
});
