import { canonicalJson, sha256Hex } from '@shared/history/change-log';
import type { Workspace } from '@shared/workspace/schema';
import { ENTITY_TABLES, type EntityTableName, type RuleOverride, type TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';

/** Top-level fields of the file that are not records: settings and anything this build does not know. */
type FileExtras = Record<string, unknown>;
const SETTINGS_KEY = 'workspace.settings';
const EXTRAS_KEY = 'workspace.extras';
/** The order records had in the imported file; the database keeps them by id. */
const ORDER_KEY = 'workspace.order';
type FileOrder = Partial<Record<EntityTableName, string[]>>;

/** Records in the imported file's order; records added since come after, by id. */
function inFileOrder<T extends { id: string }>(records: T[], order: string[] | undefined): T[] {
  if (!order) return records;
  const position = new Map(order.map((id, i) => [id, i]));
  return records.sort(
    (a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity) || (a.id < b.id ? -1 : 1),
  );
}

/** The ids of a table's records in the order the imported file had them (records added since are not in it). */
export async function readFileOrder(db: TenureDb, table: EntityTableName): Promise<string[]> {
  const entry = await db.meta.get(ORDER_KEY);
  return ((entry?.value ?? {}) as FileOrder)[table] ?? [];
}

/** The top-level extension field that carries overrides in an exported file. */
export const OVERRIDES_FIELD = 'tenureOverrides';

export async function isWorkspaceEmpty(db: TenureDb): Promise<boolean> {
  const counts = await Promise.all(ENTITY_TABLES.map((t) => db.table(t).count()));
  return counts.every((n) => n === 0);
}

/** The whole workspace as the v1 file holds it (overrides travel in an added top-level field). */
export async function readWorkspace(db: TenureDb): Promise<Workspace> {
  return db.transaction('r', [...ENTITY_TABLES, 'meta', 'overrides'], async () => {
    const [committees, people, terms, offices, elections, meetings, actions, settings, extras, overrides, orderEntry] =
      await Promise.all([
        db.committees.toArray(),
        db.people.toArray(),
        db.terms.toArray(),
        db.offices.toArray(),
        db.elections.toArray(),
        db.meetings.toArray(),
        db.actions.toArray(),
        db.meta.get(SETTINGS_KEY),
        db.meta.get(EXTRAS_KEY),
        db.overrides.toArray(),
        db.meta.get(ORDER_KEY),
      ]);
    const order = (orderEntry?.value ?? {}) as FileOrder;
    const workspace: Workspace = {
      ...((extras?.value as FileExtras | undefined) ?? {}),
      format: 'tenure',
      version: 1,
      ...(settings ? { settings: settings.value as Workspace['settings'] } : {}),
      committees: inFileOrder(committees, order.committees),
      people: inFileOrder(people, order.people),
      terms: inFileOrder(terms, order.terms),
      offices: inFileOrder(offices, order.offices),
      elections: inFileOrder(elections, order.elections),
      meetings: inFileOrder(meetings, order.meetings),
      actions: inFileOrder(actions, order.actions),
    };
    if (overrides.length > 0) workspace[OVERRIDES_FIELD] = overrides;
    return workspace;
  });
}

export type TableChanges = { added: string[]; changed: string[]; removed: string[]; unchanged: number };
export type ImportPreview = Record<EntityTableName, TableChanges>;

/** What importing `incoming` would do to the current workspace, record by record. */
export async function previewImport(db: TenureDb, incoming: Workspace): Promise<ImportPreview> {
  const current = await readWorkspace(db);
  const preview = {} as ImportPreview;
  for (const table of ENTITY_TABLES) {
    const before = new Map((current[table] as { id: string }[]).map((r) => [r.id, canonicalJson(r)]));
    const result: TableChanges = { added: [], changed: [], removed: [], unchanged: 0 };
    for (const record of incoming[table] as { id: string }[]) {
      const previous = before.get(record.id);
      if (previous === undefined) result.added.push(record.id);
      else if (previous !== canonicalJson(record)) result.changed.push(record.id);
      else result.unchanged += 1;
      before.delete(record.id);
    }
    result.removed = [...before.keys()];
    preview[table] = result;
  }
  return preview;
}

export type ImportSummary = { counts: Record<EntityTableName, number>; digest: string };

/**
 * Replaces the workspace with an already validated file, in one transaction: every table is
 * written or none is. The change log records the import with the file's digest.
 */
export async function importWorkspace(
  db: TenureDb,
  workspace: Workspace,
  source: { fileName: string },
  context: WriteContext,
): Promise<ImportSummary> {
  const {
    format: _format,
    version: _version,
    settings,
    committees,
    people,
    terms,
    offices,
    elections,
    meetings,
    actions,
    [OVERRIDES_FIELD]: overrides,
    ...extras
  } = workspace;
  const counts = {
    committees: committees.length,
    people: people.length,
    terms: terms.length,
    offices: offices.length,
    elections: elections.length,
    meetings: meetings.length,
    actions: actions.length,
  };
  const digest = sha256Hex(canonicalJson(workspace));
  await db.transaction('rw', [...ENTITY_TABLES, 'meta', 'overrides', 'changes'], async () => {
    const before = Object.fromEntries(
      await Promise.all(ENTITY_TABLES.map(async (t) => [t, await db.table(t).count()])),
    );
    await Promise.all([...ENTITY_TABLES.map((t) => db.table(t).clear()), db.overrides.clear()]);
    await Promise.all([
      db.committees.bulkAdd(committees),
      db.people.bulkAdd(people),
      db.terms.bulkAdd(terms),
      db.offices.bulkAdd(offices),
      db.elections.bulkAdd(elections),
      db.meetings.bulkAdd(meetings),
      db.actions.bulkAdd(actions),
      Array.isArray(overrides) ? db.overrides.bulkAdd(overrides as RuleOverride[]) : undefined,
      settings ? db.meta.put({ key: SETTINGS_KEY, value: settings }) : db.meta.delete(SETTINGS_KEY),
      db.meta.put({ key: EXTRAS_KEY, value: extras }),
      db.meta.put({
        key: ORDER_KEY,
        value: Object.fromEntries(ENTITY_TABLES.map((t) => [t, (workspace[t] as { id: string }[]).map((r) => r.id)])),
      }),
    ]);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    await appendChanges(db, [
      changeContent(
        context,
        'import',
        'workspace',
        '*',
        { counts: before },
        { fileName: source.fileName, counts, digest },
        `Imported ${source.fileName}: ${total} records replaced the workspace.`,
      ),
    ]);
  });
  return { counts, digest };
}

/** One committee with everything the rules engine needs to judge it, as a small workspace. */
export async function readCommitteeSlice(db: TenureDb, committeeId: string): Promise<Workspace | undefined> {
  return db.transaction('r', [...ENTITY_TABLES, 'meta'], async () => {
    const committee = await db.committees.get(committeeId);
    if (!committee) return undefined;
    const [terms, offices, elections, meetings, actions, settings] = await Promise.all([
      db.terms.where('committeeId').equals(committeeId).toArray(),
      db.offices.where('committeeId').equals(committeeId).toArray(),
      db.elections.where('committeeId').equals(committeeId).toArray(),
      db.meetings.where('committeeId').equals(committeeId).toArray(),
      db.actions.where('committeeId').equals(committeeId).toArray(),
      db.meta.get(SETTINGS_KEY),
    ]);
    const personIds = new Set<string>();
    for (const r of [...terms, ...offices]) personIds.add(r.personId);
    for (const e of elections) for (const c of e.candidates ?? []) personIds.add(c.personId);
    for (const m of meetings) for (const a of m.attendance ?? []) personIds.add(a.personId);
    for (const m of meetings) for (const g of m.guests ?? []) if (g.personId) personIds.add(g.personId);
    for (const a of actions)
      for (const id of [...(a.owners ?? []), ...(a.tasks ?? []).flatMap((t) => t.owners ?? [])]) personIds.add(id);
    const people = (await db.people.bulkGet([...personIds])).filter((p) => p !== undefined);
    return {
      format: 'tenure',
      version: 1,
      ...(settings ? { settings: settings.value as Workspace['settings'] } : {}),
      committees: [committee],
      people,
      terms,
      offices,
      elections,
      meetings,
      actions,
    };
  });
}

export const ACTOR_KEY = 'actor';

export async function readActor(db: TenureDb): Promise<string | undefined> {
  return (await db.meta.get(ACTOR_KEY))?.value as string | undefined;
}

export async function saveActor(db: TenureDb, name: string): Promise<void> {
  await db.transaction('rw', db.meta, () => db.meta.put({ key: ACTOR_KEY, value: name.trim() }));
}
