import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWorkspaceText } from '@shared/workspace/parse';
import type { Person, Workspace } from '@shared/workspace/schema';
import { TenureDb } from '../app-db';
import { readRecordHistory, verifyChangeLog } from './change-log-repo';
import {
  fillMissingDetails,
  findDuplicateGroups,
  findPeopleNamedLike,
  foldText,
  mergeDuplicates,
  mergePeople,
  readPeopleDirectory,
  readPersonReferences,
  savePerson,
} from './people-repo';
import { importWorkspace } from './workspace-repo';

const CONTEXT = { actor: 'Test Secretary', at: '2021-03-20T10:00:00.000Z' };
const EXAMPLE = resolve(import.meta.dirname, '../../../../examples/it-section-2021.tenure.json');

function example(): Workspace {
  const result = parseWorkspaceText(readFileSync(EXAMPLE, 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.workspace;
}

const opened: TenureDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function dbWith(workspace: Workspace): Promise<TenureDb> {
  const db = new TenureDb(`test-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  await importWorkspace(db, workspace, { fileName: 'it-section-2021.tenure.json' }, CONTEXT);
  return db;
}

/**
 * The example plus "ana  RUÍZ" (p09-dup), a second record of Ana Ruiz (p09) that holds one of
 * every kind of reference a person can have: a term, an office, a candidacy, an officer vote, a
 * tie-break, meeting attendance, an action and a co-option proposal.
 */
function exampleWithDuplicate(): Workspace {
  const workspace = example();
  workspace.people.push({ id: 'p09-dup', name: 'ana  RUÍZ', email: 'ana.ruiz@bne.es', languages: ['es', 'ca'] });
  workspace.terms.push(
    {
      id: 't-dup-2021',
      personId: 'p09-dup',
      committeeId: 'div-c',
      kind: 'ex-officio',
      start: '2021-08-26',
      end: '2023-08-25',
    },
    {
      id: 't-p24-coopt',
      personId: 'p24',
      committeeId: 'it',
      kind: 'coopted',
      start: '2021-09-01',
      end: '2023-08-25',
      cooption: { reason: 'diversity', proposedBy: 'p09-dup', proposedOn: '2021-08-30' },
    },
  );
  workspace.offices.push({
    id: 'o-dup-chair',
    personId: 'p09-dup',
    committeeId: 'div-c',
    role: 'chair',
    start: '2021-08-26',
    end: '2023-08-25',
  });
  const members = workspace.elections.find((e) => e.id === 'e-2021-members')!;
  members.candidates!.push({ personId: 'p09-dup', consent: true });
  const chair = workspace.elections.find((e) => e.id === 'e-2021-chair')!;
  chair.voters = ['p13', 'p09-dup'];
  chair.tieBreak = { method: 'lot', on: '2021-08-27', elected: ['p09-dup'] };
  workspace.meetings.push({
    id: 'm-2021-06-01',
    committeeId: 'it',
    date: '2021-06-01',
    attendance: [{ personId: 'p09-dup', status: 'present' }],
  });
  // Both records on the same meeting: after the merge Ana is listed once, with her own entry.
  workspace.meetings[0]!.attendance!.push({ personId: 'p09-dup', status: 'absent' });
  workspace.actions[0]!.owners = [...(workspace.actions[0]!.owners ?? []), 'p09-dup'];
  return workspace;
}

describe('savePerson', () => {
  it('adds a person and logs the creation in the hash chain', async () => {
    const db = await dbWith(example());
    const person: Person = { id: 'p-new', name: 'Maria Silva', country: 'BR', languages: ['pt', 'en'] };
    await savePerson(db, person, CONTEXT);
    expect(await db.people.get('p-new')).toEqual(person);
    const history = await readRecordHistory(db, 'people', 'p-new');
    const created = history.find((e) => e.table === 'people');
    expect(created).toMatchObject({ action: 'create', actor: 'Test Secretary', before: null, after: person });
    expect(created?.summary).toBe('Added Maria Silva.');
    expect(await verifyChangeLog(db)).toMatchObject({ ok: true });
  });

  it('replaces a person, keeping the record before and after, and unknown fields the caller kept', async () => {
    const workspace = example();
    (workspace.people[8] as Record<string, unknown>).orcid = '0000-0002-1825-0097';
    const db = await dbWith(workspace);
    const before = (await db.people.get('p09'))!;
    const after = { ...before, institution: 'Biblioteca de Catalunya', email: 'ana@example.org' };
    await savePerson(db, after, CONTEXT);
    expect(await db.people.get('p09')).toEqual(after);
    expect((await db.people.get('p09'))?.orcid).toBe('0000-0002-1825-0097');
    const update = (await readRecordHistory(db, 'people', 'p09')).at(-1)!;
    expect(update).toMatchObject({ action: 'update', before, after, summary: 'Changed Ana Ruiz.' });
    expect(await verifyChangeLog(db)).toMatchObject({ ok: true });
  });
});

describe('directory reads', () => {
  it('counts each person’s committees and terms', async () => {
    const db = await dbWith(exampleWithDuplicate());
    const directory = await readPeopleDirectory(db);
    expect(directory).toHaveLength(25);
    const byId = new Map(directory.map((e) => [e.person.id, e]));
    expect(byId.get('p09')).toMatchObject({ committees: 1, terms: 2 });
    expect(byId.get('p09-dup')).toMatchObject({ committees: 1, terms: 1 });
    expect(byId.get('p24')).toMatchObject({ committees: 1, terms: 1 });
    expect(byId.get('p22')).toMatchObject({ committees: 0, terms: 0 });
  });

  it('folds case, accents and extra spaces, and groups likely duplicates by that', () => {
    expect(foldText('  Ána   RUÍZ ')).toBe('ana ruiz');
    expect(foldText('Nguyễn Thị Lan')).toBe('nguyen thi lan');
    const groups = findDuplicateGroups(exampleWithDuplicate().people);
    expect(groups.map((g) => g.map((p) => p.id))).toEqual([['p09', 'p09-dup']]);
    expect(findDuplicateGroups(example().people)).toEqual([]);
  });

  it('finds people named like a draft name, except the one being edited', async () => {
    const db = await dbWith(exampleWithDuplicate());
    expect((await findPeopleNamedLike(db, 'ANA ruiz')).map((p) => p.id).sort()).toEqual(['p09', 'p09-dup']);
    expect((await findPeopleNamedLike(db, 'Ana Ruiz', 'p09')).map((p) => p.id)).toEqual(['p09-dup']);
    expect(await findPeopleNamedLike(db, '   ')).toEqual([]);
  });

  it('counts every reference a merge would move', async () => {
    const db = await dbWith(exampleWithDuplicate());
    expect(await readPersonReferences(db, 'p09-dup')).toEqual({
      terms: 1,
      offices: 1,
      candidacies: 1,
      votes: 1,
      tieBreaks: 1,
      attendance: 2,
      actions: 1,
      cooptionProposals: 1,
    });
    expect(await readPersonReferences(db, 'p13')).toMatchObject({ terms: 1, offices: 1, votes: 1, attendance: 1 });
  });
});

describe('fillMissingDetails', () => {
  it('takes only what the kept record lacks, and joins languages', () => {
    const keep: Person = { id: 'a', name: 'Ana Ruiz', country: 'ES', institution: 'BNE', languages: ['es'] };
    const other: Person = {
      id: 'b',
      name: 'ana ruiz',
      country: 'PT',
      region: 'Europe',
      email: 'ana@example.org',
      institution: 'Elsewhere',
      languages: ['es', 'en'],
    };
    const { person, filled } = fillMissingDetails(keep, [other]);
    expect(filled).toEqual(['email', 'languages']);
    expect(person).toEqual({ ...keep, email: 'ana@example.org', languages: ['es', 'en'] });
  });

  it('takes country and region together when the kept record has neither', () => {
    const { person, filled } = fillMissingDetails({ id: 'a', name: 'A' }, [
      { id: 'b', name: 'A' },
      { id: 'c', name: 'A', country: 'TR', region: 'Europe' },
    ]);
    expect(filled).toEqual(['country', 'region']);
    expect(person).toMatchObject({ country: 'TR', region: 'Europe' });
  });
});

describe('mergePeople', () => {
  it('moves every kind of reference to the kept person, deletes the duplicate and logs each record', async () => {
    const db = await dbWith(exampleWithDuplicate());
    const moved = await mergePeople(db, 'p09', 'p09-dup', CONTEXT);
    // 2 terms (held and proposed), 1 office, 2 elections, 2 meetings, 1 action.
    expect(moved).toBe(8);

    expect(await db.people.get('p09-dup')).toBeUndefined();
    expect((await db.terms.get('t-dup-2021'))?.personId).toBe('p09');
    expect((await db.terms.get('t-p24-coopt'))?.cooption?.proposedBy).toBe('p09');
    expect((await db.terms.get('t-p24-coopt'))?.personId).toBe('p24');
    expect((await db.offices.get('o-dup-chair'))?.personId).toBe('p09');
    const members = (await db.elections.get('e-2021-members'))!;
    expect(members.candidates!.filter((c) => c.personId === 'p09')).toHaveLength(1);
    const chair = (await db.elections.get('e-2021-chair'))!;
    expect(chair.voters).toEqual(['p13', 'p09']);
    expect(chair.tieBreak?.elected).toEqual(['p09']);
    const march = (await db.meetings.get('m-2021-03-19'))!;
    expect(march.attendance!.filter((a) => a.personId === 'p09')).toEqual([{ personId: 'p09', status: 'present' }]);
    expect((await db.meetings.get('m-2021-06-01'))?.attendance).toEqual([{ personId: 'p09', status: 'present' }]);
    expect((await db.actions.get('a-webinar-preservation'))?.owners).toEqual(['p02', 'p09']);

    expect(await readPersonReferences(db, 'p09-dup')).toEqual({
      terms: 0,
      offices: 0,
      candidacies: 0,
      votes: 0,
      tieBreaks: 0,
      attendance: 0,
      actions: 0,
      cooptionProposals: 0,
    });
    const log = await db.changes.orderBy('seq').toArray();
    const merge = log.filter((e) => e.action === 'merge');
    expect(merge.map((e) => `${e.table}/${e.recordId}`).sort()).toEqual([
      'actions/a-webinar-preservation',
      'elections/e-2021-chair',
      'elections/e-2021-members',
      'meetings/m-2021-03-19',
      'meetings/m-2021-06-01',
      'offices/o-dup-chair',
      'people/p09',
      'terms/t-dup-2021',
      'terms/t-p24-coopt',
    ]);
    expect(merge.find((e) => e.table === 'people')?.summary).toBe(
      'Ana Ruiz (p09) absorbed the duplicate record ana  RUÍZ (p09-dup): 8 records moved.',
    );
    expect(merge.every((e) => e.actor === 'Test Secretary' && e.before !== null && e.after !== null)).toBe(true);
    expect(log.at(-1)).toMatchObject({
      action: 'delete',
      table: 'people',
      recordId: 'p09-dup',
      summary: 'Merged ana  RUÍZ (p09-dup) into Ana Ruiz (p09).',
    });
    expect(await verifyChangeLog(db)).toMatchObject({ ok: true });
  });

  it('writes nothing when any part of the merge fails: one transaction', async () => {
    const db = await dbWith(exampleWithDuplicate());
    const before = await db.changes.count();
    // The log is appended last; refusing it must roll back every move made before it.
    const bulkAdd = db.changes.bulkAdd.bind(db.changes);
    db.changes.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.changes.bulkAdd;
    await expect(mergePeople(db, 'p09', 'p09-dup', CONTEXT)).rejects.toThrow('disk full');
    db.changes.bulkAdd = bulkAdd;

    expect(await db.people.get('p09-dup')).toBeDefined();
    expect((await db.terms.get('t-dup-2021'))?.personId).toBe('p09-dup');
    expect((await db.offices.get('o-dup-chair'))?.personId).toBe('p09-dup');
    expect((await db.elections.get('e-2021-chair'))?.voters).toContain('p09-dup');
    expect(await db.changes.count()).toBe(before);
  });

  it('refuses to merge a person into themselves or into someone missing', async () => {
    const db = await dbWith(example());
    await expect(mergePeople(db, 'p09', 'p09', CONTEXT)).rejects.toThrow('two different people');
    await expect(mergePeople(db, 'p09', 'nobody', CONTEXT)).rejects.toThrow('Both people must exist');
    expect(await db.people.count()).toBe(24);
  });
});

describe('mergeDuplicates', () => {
  it('fills in the kept record, then merges every duplicate, all in one go', async () => {
    const workspace = exampleWithDuplicate();
    workspace.people.push({ id: 'p09-third', name: 'Ana Ruiz', institution: 'Somewhere', languages: ['fr'] });
    workspace.terms.push({
      id: 't-third',
      personId: 'p09-third',
      committeeId: 'div-c',
      kind: 'ex-officio',
      start: '2017-08-25',
      end: '2019-08-30',
    });
    const db = await dbWith(workspace);
    const result = await mergeDuplicates(db, 'p09', ['p09-dup', 'p09-third'], CONTEXT);
    expect(result).toEqual({ moved: 9, filled: ['email', 'languages'] });
    expect(await db.people.get('p09')).toMatchObject({
      name: 'Ana Ruiz',
      institution: 'Biblioteca Nacional de España',
      email: 'ana.ruiz@bne.es',
      languages: ['es', 'ca', 'fr'],
    });
    expect(await db.people.bulkGet(['p09-dup', 'p09-third'])).toEqual([undefined, undefined]);
    expect((await db.terms.where('personId').equals('p09').primaryKeys()).sort()).toEqual([
      't-dup-2021',
      't-p09-2013',
      't-p09-2017',
      't-third',
    ]);
    const filled = (await readRecordHistory(db, 'people', 'p09')).find((e) => e.action === 'update');
    expect(filled?.summary).toBe(
      "Filled in Ana Ruiz's email, languages from the duplicate records p09-dup, p09-third.",
    );
    expect(await verifyChangeLog(db)).toMatchObject({ ok: true });
  });

  it('rolls every merge back when a later one fails', async () => {
    const db = await dbWith(exampleWithDuplicate());
    await expect(mergeDuplicates(db, 'p09', ['p09-dup', 'nobody'], CONTEXT)).rejects.toThrow('Both people must exist');
    expect(await db.people.get('p09-dup')).toBeDefined();
    expect((await db.people.get('p09'))?.email).toBeUndefined();
    expect((await db.terms.get('t-dup-2021'))?.personId).toBe('p09-dup');
  });

  it('leaves the kept record as it is when asked not to fill it in', async () => {
    const db = await dbWith(exampleWithDuplicate());
    const result = await mergeDuplicates(db, 'p09', ['p09-dup'], CONTEXT, { fillMissingDetails: false });
    expect(result.filled).toEqual([]);
    expect((await db.people.get('p09'))?.email).toBeUndefined();
  });
});
