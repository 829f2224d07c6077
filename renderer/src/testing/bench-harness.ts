// `npm run bench` builds this module for the browser and imports it into the served app's page
// (never into the app itself): the app's own database code and repositories, run in Chromium's
// real IndexedDB beside plain Dexie calls, so each figure has its raw baseline from the same page.
import Dexie from 'dexie';
import { generateLargeWorkspace, type LargeWorkspaceOptions } from '@shared/testing/large-workspace';
import type { Person, Term } from '@shared/workspace/schema';
import { ENTITY_TABLES, TenureDb } from '../db/app-db';
import { savePerson } from '../db/repositories/people-repo';
import { readCommitteeSlice } from '../db/repositories/workspace-repo';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** A database of `options` (100 committees × 1,000 terms for P3), written with plain bulkAdd. */
export async function fillQueryDb(name: string, options: LargeWorkspaceOptions) {
  await Dexie.delete(name);
  const db = new TenureDb(name);
  const workspace = generateLargeWorkspace(options) as unknown as Record<string, unknown[]>;
  const started = performance.now();
  await db.transaction('rw', [...ENTITY_TABLES], async () => {
    for (const table of ENTITY_TABLES) await db.table(table).bulkAdd(workspace[table] ?? []);
  });
  const counts = Object.fromEntries(await Promise.all(ENTITY_TABLES.map(async (t) => [t, await db.table(t).count()])));
  db.close();
  return { counts, ms: performance.now() - started };
}

/**
 * P3: the roster's query (`readCommitteeSlice`: the committee's terms, offices, elections,
 * meetings and actions, and the people they name) against the raw indexed query of its terms,
 * alternating which goes first, one committee after another.
 */
export async function timeRosterQuery(name: string, committeeIds: string[]) {
  const db = new TenureDb(name);
  await db.open();
  const slice: number[] = [];
  const raw: number[] = [];
  let rows = { terms: 0, records: 0 };
  const timeRaw = async (id: string) => {
    const started = performance.now();
    const terms = await db.terms.where('committeeId').equals(id).toArray();
    raw.push(performance.now() - started);
    return terms.length;
  };
  const timeSlice = async (id: string) => {
    const started = performance.now();
    const read = await readCommitteeSlice(db, id);
    slice.push(performance.now() - started);
    return read;
  };
  // Warm both paths once, as the app's first read after start-up is not what P3 is about.
  await timeRaw(committeeIds[0]!);
  await timeSlice(committeeIds[0]!);
  raw.length = 0;
  slice.length = 0;
  for (const [i, id] of committeeIds.entries()) {
    if (i % 2 === 0) {
      const terms = await timeRaw(id);
      const read = await timeSlice(id);
      rows = { terms, records: countRecords(read) };
    } else {
      await timeSlice(id);
      await timeRaw(id);
    }
  }
  const total = await db.terms.count();
  db.close();
  return { slice, raw, sliceMedian: median(slice), rawMedian: median(raw), rows, totalTerms: total };
}

function countRecords(workspace: Awaited<ReturnType<typeof readCommitteeSlice>>): number {
  if (!workspace) return 0;
  return ENTITY_TABLES.reduce((n, t) => n + ((workspace[t] as unknown[] | undefined)?.length ?? 0), 0);
}

/**
 * P1's baseline: the people and terms the spreadsheet import wrote (read back from the app's
 * database), added again to an empty database with plain `bulkAdd`, `runs` times.
 */
export async function rawBulkAddOfImported(appDb: string, scratch: string, namePrefix: string, runs: number) {
  const source = new TenureDb(appDb);
  const people: Person[] = await source.people.where('name').startsWith(namePrefix).toArray();
  const ids = new Set(people.map((p) => p.id));
  const terms: Term[] = (
    await source.terms
      .where('personId')
      .anyOf([...ids])
      .toArray()
  ).filter((t) => ids.has(t.personId));
  source.close();
  const ms: number[] = [];
  let transactions = 0;
  for (let run = 0; run < runs; run++) {
    await Dexie.delete(scratch);
    const db = new TenureDb(scratch);
    await db.open();
    const before = readwriteTransactions();
    const started = performance.now();
    await db.people.bulkAdd(people);
    await db.terms.bulkAdd(terms);
    ms.push(performance.now() - started);
    transactions = readwriteTransactions() - before;
    db.close();
  }
  await Dexie.delete(scratch);
  return { ms, median: median(ms), people: people.length, terms: terms.length, transactions };
}

/** Readwrite transactions opened so far, as counted by the bench's init script (0 without it). */
function readwriteTransactions(): number {
  return (window as { __tenureTx?: { readwrite: number } }).__tenureTx?.readwrite ?? 0;
}

/** P7: one member's record edited through the app's repository, as another window of the app would. */
export async function renamePerson(appDb: string, personName: string, newName: string) {
  const db = new TenureDb(appDb);
  const person = await db.people.where('name').equals(personName).first();
  if (!person) throw new Error(`no person named ${personName}`);
  await savePerson(db, { ...person, name: newName }, { actor: 'Bench', at: new Date().toISOString() });
  db.close();
  return person.id;
}
