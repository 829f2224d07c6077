import { newestFirst, type BackupInfo, type DbHead } from './catalog';

/**
 * The sentinel lives outside IndexedDB and remembers how far the database had got. When Chromium
 * deletes a corrupted database (quality-anchors B2: 18% of hard kills during sustained writes),
 * the app starts on an empty store; the sentinel is how it knows that this is a loss and not a
 * first run.
 */
export type Sentinel = DbHead & { initialised: true; updatedAt: string };

/** What the renderer finds when it opens its database. */
export type DbState = DbHead & { empty: boolean };

export type StartupVerdict =
  | { kind: 'first-run' }
  | { kind: 'intact' }
  /** Data here but no sentinel yet (a build before sentinels, or a sentinel lost with its folder). */
  | { kind: 'adopted' }
  | {
      kind: 'wiped' | 'behind';
      /** The backup to restore, when one holds more than the database does now. */
      restore: BackupInfo | undefined;
      /**
       * Changes the database had that the restored backup (or, with none, the database) lacks;
       * null when the backup belongs to an earlier log and the two cannot be compared.
       */
      lostChanges: number | null;
      /** Changes the database had according to the sentinel. */
      expectedSeq: number;
    };

/** Compares the database with the sentinel and picks the newest backup that would recover it. */
export function judgeStartup(
  db: DbState,
  sentinel: Sentinel | undefined,
  backups: readonly BackupInfo[],
): StartupVerdict {
  if (!sentinel) {
    if (!db.empty || db.lastSeq > 0) return { kind: 'adopted' };
    // Backups are only ever written of a workspace with records, so an empty database beside
    // backups is a loss (with the sentinel lost too), not a first run.
    const newest = newestFirst(backups)[0];
    return newest
      ? { kind: 'wiped', restore: newest, lostChanges: null, expectedSeq: newest.lastSeq }
      : { kind: 'first-run' };
  }
  const wiped = db.empty && db.lastSeq === 0 && sentinel.lastSeq > 0;
  const behind = !wiped && db.chain === sentinel.chain && db.lastSeq < sentinel.lastSeq;
  if (!wiped && !behind) return { kind: 'intact' };

  const newest = newestFirst(backups)[0];
  // A backup helps when the database is empty, or when it holds a later point of the same log.
  const helps = newest !== undefined && (wiped || (newest.chain === db.chain && newest.lastSeq > db.lastSeq));
  const restore = helps ? newest : undefined;
  // A backup of another log (taken before an earlier restore) cannot be compared seq by seq.
  const kept = restore ? (restore.chain === sentinel.chain ? restore.lastSeq : null) : db.lastSeq;
  return {
    kind: wiped ? 'wiped' : 'behind',
    restore,
    lostChanges: kept === null ? null : Math.max(0, sentinel.lastSeq - kept),
    expectedSeq: sentinel.lastSeq,
  };
}

/** A backup is due every `intervalMs` while the database has changes no backup holds. */
export function isBackupDue(head: DbHead, newest: BackupInfo | undefined, nowMs: number, intervalMs: number): boolean {
  if (head.lastSeq === 0) return false;
  if (!newest) return true;
  const unsaved = newest.chain !== head.chain || newest.lastSeq !== head.lastSeq;
  return unsaved && nowMs - Date.parse(newest.createdAt) >= intervalMs;
}

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;
