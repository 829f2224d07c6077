import Dexie from 'dexie';
import { chainIdOf, type BackupInfo, type BackupReason, type DbHead } from '@shared/backup/catalog';
import { BACKUP_INTERVAL_MS, isBackupDue } from '@shared/backup/sentinel';
import type { DbState } from '@shared/backup/sentinel';
import type { PreloadApi } from '@shared/ipc/contract';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '@shared/workspace/schema';
import { ENTITY_TABLES, type TenureDb } from './app-db';
import type { WriteContext } from './repositories/change-log-repo';
import { importWorkspace, isWorkspaceEmpty, readWorkspace } from './repositories/workspace-repo';

/**
 * Backups outside IndexedDB and the start-up check against the sentinel (issue 7 §3). The renderer
 * decides when data changed, from the change log; the platform API (main's files on the desktop,
 * the browser's private file storage on the web: pass `platform()` from platform/bridge) keeps the
 * files. Any feature that replaces or adds records in bulk calls `backUp(db, 'before-import', …)`
 * first.
 */

/** Where the change log stands, and whether the workspace holds any record. */
export async function readDbState(db: TenureDb): Promise<DbState> {
  return db.transaction('r', [...ENTITY_TABLES, 'changes'], async () => {
    const [first, last, empty] = await Promise.all([
      db.changes.orderBy('seq').first(),
      db.changes.orderBy('seq').last(),
      isWorkspaceEmpty(db),
    ]);
    return { chain: chainIdOf(first?.hash), lastSeq: last?.seq ?? 0, empty };
  });
}

/** A full snapshot to the backup folder; nothing when the workspace is empty (an empty backup restores nothing). */
export async function backUp(db: TenureDb, reason: BackupReason, api: PreloadApi): Promise<BackupInfo | undefined> {
  const snapshot = await db.transaction('r', [...ENTITY_TABLES, 'meta', 'overrides', 'changes'], async () => {
    const state = await readDbState(db);
    return state.empty ? undefined : { state, workspace: await readWorkspace(db) };
  });
  if (!snapshot) return undefined;
  const { chain, lastSeq } = snapshot.state;
  return api.backupWrite({ reason, head: { chain, lastSeq }, workspace: snapshot.workspace });
}

export async function reportHead(db: TenureDb, api: PreloadApi): Promise<DbHead> {
  const { chain, lastSeq } = await readDbState(db);
  await api.sentinelUpdate({ chain, lastSeq });
  return { chain, lastSeq };
}

/** Restore context: the system, not a person, puts the records back. */
export function restoreContext(now: Date = new Date()): WriteContext {
  return { actor: 'Tenure (restore from backup)', at: now.toISOString() };
}

export type RestoreOutcome = { restored: BackupInfo; savedFirst: BackupInfo | undefined; records: number };

/**
 * Replaces the workspace with a backup through the normal import (one transaction, logged in the
 * change log). The current records are backed up first, so a restore can itself be undone.
 */
export async function restoreBackup(
  db: TenureDb,
  backup: BackupInfo,
  context: WriteContext,
  api: PreloadApi,
): Promise<RestoreOutcome> {
  const { workspace } = await api.backupRead({ id: backup.id });
  const savedFirst = await backUp(db, 'before-restore', api);
  const summary = await importWorkspace(
    db,
    workspace,
    { fileName: `the backup of ${backup.createdAt} (${backup.reason.replace(/-/g, ' ')})` },
    context,
  );
  await reportHead(db, api);
  return { restored: backup, savedFirst, records: Object.values(summary.counts).reduce((a, b) => a + b, 0) };
}

export type StartupReport =
  | { kind: 'first-run' | 'intact' | 'adopted' }
  | {
      kind: 'wiped' | 'behind';
      restored: RestoreOutcome | undefined;
      lostChanges: number | null;
      expectedSeq: number;
      failure?: string;
    };

/**
 * Runs before the app reads its database: asks the platform whether the database is what the
 * sentinel last saw and, when it was wiped or lost its latest changes, restores the newest backup
 * that holds more (by default: the user is told, not asked, because the alternative is an empty app).
 */
export async function checkOnStart(
  db: TenureDb,
  api: PreloadApi,
  now: () => Date = () => new Date(),
): Promise<StartupReport> {
  const state = await readDbState(db);
  const verdict = await api.sentinelCheck(state);
  if (!('expectedSeq' in verdict)) {
    if (!state.empty || state.lastSeq > 0) await api.sentinelUpdate({ chain: state.chain, lastSeq: state.lastSeq });
    return { kind: verdict.kind };
  }
  const base = { kind: verdict.kind, lostChanges: verdict.lostChanges, expectedSeq: verdict.expectedSeq };
  if (!verdict.restore) {
    await api.sentinelUpdate({ chain: state.chain, lastSeq: state.lastSeq });
    return { ...base, restored: undefined };
  }
  try {
    return { ...base, restored: await restoreBackup(db, verdict.restore, restoreContext(now()), api) };
  } catch (error) {
    // The sentinel keeps its old value, so the next start tries again.
    return { ...base, restored: undefined, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** Takes the periodic backup when one is due (every 15 minutes while there are unsaved changes). */
export async function backUpIfDue(
  db: TenureDb,
  api: PreloadApi,
  nowMs: number = Date.now(),
): Promise<BackupInfo | undefined> {
  const [state, backups] = await Promise.all([readDbState(db), api.backupList()]);
  return isBackupDue(state, backups[0], nowMs, BACKUP_INTERVAL_MS) ? backUp(db, 'interval', api) : undefined;
}

/**
 * Before Dexie upgrades an older database, its records are read as they are and backed up, so a
 * migration that goes wrong can be undone. Returns the backup, or undefined when no upgrade is due.
 */
export async function backUpBeforeMigration(
  name: string,
  targetVersion: number,
  api: PreloadApi,
): Promise<BackupInfo | undefined> {
  const existing = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version 10·n.
  if (!existing?.version || existing.version >= targetVersion * 10) return undefined;
  const legacy = new Dexie(name);
  try {
    await legacy.open();
    const tables = new Set(legacy.tables.map((t) => t.name));
    const read = async (table: string) => (tables.has(table) ? legacy.table(table).toArray() : []);
    const meta = new Map(((await read('meta')) as { key: string; value: unknown }[]).map((m) => [m.key, m.value]));
    const records = Object.fromEntries(await Promise.all(ENTITY_TABLES.map(async (t) => [t, await read(t)])));
    if (Object.values(records).every((r) => (r as unknown[]).length === 0)) return undefined;
    const changes = (await read('changes')) as { seq: number; hash: string }[];
    changes.sort((a, b) => a.seq - b.seq);
    const settings = meta.get('workspace.settings');
    const workspace = {
      ...((meta.get('workspace.extras') as Record<string, unknown> | undefined) ?? {}),
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      ...(settings ? { settings } : {}),
      ...records,
      ...(tables.has('overrides') && (await read('overrides')).length > 0
        ? { tenureOverrides: await read('overrides') }
        : {}),
    };
    return await api.backupWrite({
      reason: 'before-migration',
      head: { chain: chainIdOf(changes[0]?.hash), lastSeq: changes.at(-1)?.seq ?? 0 },
      workspace: workspace as never,
    });
  } finally {
    legacy.close();
  }
}
