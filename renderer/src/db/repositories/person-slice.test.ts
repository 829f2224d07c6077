import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRulesContext } from '@shared/rules/context';
import { eligibilityToStand } from '@shared/rules/eligibility';
import { parseWorkspaceText } from '@shared/workspace/parse';
import type { Workspace } from '@shared/workspace/schema';
import { TenureDb } from '../app-db';
import { mergePeople, savePerson } from './people-repo';
import { readPersonHistory, readPersonSlice } from './person-slice';
import { endTermEarly } from './terms-repo';
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

/** The example with Ana Ruiz (p09) also serving on the Division, to see more than one committee. */
function exampleOnTwoCommittees(): Workspace {
  const workspace = example();
  workspace.terms.push({
    id: 't-p09-div',
    personId: 'p09',
    committeeId: 'div-c',
    kind: 'ex-officio',
    start: '2019-08-30',
    end: '2021-08-26',
  });
  workspace.offices.push({
    id: 'o-p09-div-chair',
    personId: 'p09',
    committeeId: 'div-c',
    role: 'chair',
    start: '2019-08-30',
    end: '2021-08-26',
  });
  return workspace;
}

describe('readPersonSlice', () => {
  it('holds the person, all their terms and offices, the committees involved and the settings', async () => {
    const workspace = exampleOnTwoCommittees();
    const db = await dbWith(workspace);
    const slice = (await readPersonSlice(db, 'p09'))!;
    expect(slice.format).toBe('tenure');
    expect(slice.people.map((p) => p.id)).toEqual(['p09']);
    expect(slice.terms.map((t) => t.id).sort()).toEqual(['t-p09-2013', 't-p09-2017', 't-p09-div']);
    expect(slice.offices.map((o) => o.id)).toEqual(['o-p09-div-chair']);
    expect(slice.committees.map((c) => c.id)).toEqual(['div-c', 'it']);
    expect(slice.settings).toEqual(workspace.settings);
    expect([slice.elections, slice.meetings, slice.actions]).toEqual([[], [], []]);
  });

  it('holds only committees the person served on, and office-only service counts', async () => {
    const db = await dbWith(example());
    const secretary = (await readPersonSlice(db, 'p13'))!;
    expect(secretary.terms.map((t) => t.id)).toEqual(['t-p13-2019']);
    expect(secretary.offices.map((o) => o.id)).toEqual(['o-secretary-2019']);
    expect(secretary.committees.map((c) => c.id)).toEqual(['it']);
    const candidate = (await readPersonSlice(db, 'p22'))!;
    expect([candidate.terms, candidate.offices, candidate.committees]).toEqual([[], [], []]);
  });

  it('is undefined for someone not in the records', async () => {
    const db = await dbWith(example());
    expect(await readPersonSlice(db, 'nobody')).toBeUndefined();
  });

  it('gives the engine the same chains and eligibility as the whole workspace, on every committee served', async () => {
    const workspace = exampleOnTwoCommittees();
    const db = await dbWith(workspace);
    const whole = createRulesContext(workspace);
    for (const personId of ['p01', 'p09', 'p13', 'p17', 'p19', 'p20']) {
      const slice = createRulesContext((await readPersonSlice(db, personId))!);
      for (const committeeId of slice.committees.keys()) {
        expect(slice.termChains(committeeId, personId)).toEqual(whole.termChains(committeeId, personId));
        for (const cycle of [2021, 2023, 2025]) {
          expect(eligibilityToStand(slice, committeeId, personId, cycle)).toEqual(
            eligibilityToStand(whole, committeeId, personId, cycle),
          );
        }
      }
    }
  });

  it('says Ana Ruiz is term-limited in 2021 after 2013–2017, 2017–2021 and may stand again from 2023', async () => {
    const db = await dbWith(example());
    const ctx = createRulesContext((await readPersonSlice(db, 'p09'))!);
    expect(eligibilityToStand(ctx, 'it', 'p09', 2021)).toEqual({
      eligible: false,
      prospectiveTermNumber: 3,
      maxTerms: 2,
      chain: ['2013–2017', '2017–2021'],
      mayStandAgainFrom: 2023,
    });
  });
});

describe('readPersonHistory', () => {
  it('lists the person’s and their terms’ and offices’ changes once each, oldest first', async () => {
    const db = await dbWith(example());
    await savePerson(db, { id: 'p13', name: 'Grace Mwangi', country: 'KE', email: 'grace@knls.ke' }, CONTEXT);
    await endTermEarly(db, 't-p13-2019', '2021-01-31', 'resigned', CONTEXT);
    await savePerson(db, { id: 'p14', name: 'Omar Benali', country: 'FR' }, CONTEXT);
    const history = await readPersonHistory(db, 'p13');
    expect(history.map((e) => `${e.action} ${e.table}/${e.recordId}`)).toEqual([
      'import workspace/*',
      'update people/p13',
      'update terms/t-p13-2019',
      'update offices/o-secretary-2019',
    ]);
    expect(history.map((e) => e.seq)).toEqual([...history.map((e) => e.seq)].sort((a, b) => a - b));
  });

  it('follows terms merged in from a duplicate', async () => {
    const workspace = example();
    workspace.people.push({ id: 'p09-dup', name: 'Ana Ruiz' });
    workspace.terms.push({
      id: 't-dup',
      personId: 'p09-dup',
      committeeId: 'div-c',
      kind: 'ex-officio',
      start: '2021-08-26',
      end: '2023-08-25',
    });
    const db = await dbWith(workspace);
    await mergePeople(db, 'p09', 'p09-dup', CONTEXT);
    const history = await readPersonHistory(db, 'p09');
    expect(history.slice(-2)).toEqual([
      expect.objectContaining({ action: 'merge', table: 'terms', recordId: 't-dup' }),
      expect.objectContaining({
        action: 'merge',
        table: 'people',
        recordId: 'p09',
        summary: 'Ana Ruiz (p09) absorbed the duplicate record Ana Ruiz (p09-dup): 1 record moved.',
      }),
    ]);
    expect(await readPersonHistory(db, 'p09-dup')).toEqual([
      expect.objectContaining({ action: 'import' }),
      expect.objectContaining({ action: 'delete', summary: 'Merged Ana Ruiz (p09-dup) into Ana Ruiz (p09).' }),
    ]);
  });
});
