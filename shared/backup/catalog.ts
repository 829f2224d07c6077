/**
 * Backups are whole workspace files (the v1 format, importable by hand) kept outside IndexedDB.
 * Everything the app needs to know about one — when, why, and which point of the change log it
 * holds — is in its file name, so writing the file with one atomic rename writes its metadata too.
 */

export const BACKUP_REASONS = ['interval', 'before-import', 'before-migration', 'before-restore', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Where the database's change log stood: `chain` names the log (its first hash), `lastSeq` its length. */
export type DbHead = { chain: string; lastSeq: number };

export type BackupInfo = DbHead & {
  /** The file name, which is also the backup's id. */
  id: string;
  /** ISO date-time, UTC, millisecond precision. */
  createdAt: string;
  reason: BackupReason;
};

const PREFIX = 'tenure-backup-';
const SUFFIX = '.tenure.json';
const NAME =
  /^tenure-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)-c([0-9a-f]{0,16})-s(\d{1,12})\.tenure\.json$/;

/** A chain id is the start of the log's first hash: enough to tell two logs apart, short enough for a name. */
export const CHAIN_ID_LENGTH = 12;

export function chainIdOf(firstHash: string | undefined): string {
  return (firstHash ?? '').slice(0, CHAIN_ID_LENGTH);
}

/** `tenure-backup-20261127T101500123Z-before-import-c1a2b3c4d5e6f-s42.tenure.json` */
export function backupFileName(info: Omit<BackupInfo, 'id'>): string {
  const stamp = info.createdAt.replace(/[-:.]/g, '');
  return `${PREFIX}${stamp}-${info.reason}-c${info.chain}-s${info.lastSeq}${SUFFIX}`;
}

/** The backup a file name describes, or undefined for any other file (temp files included). */
export function parseBackupFileName(name: string): BackupInfo | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms, reason, chain, seq] = m;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason ?? '')) return undefined;
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return undefined;
  return { id: name, createdAt, reason: reason as BackupReason, chain: chain ?? '', lastSeq: Number(seq) };
}

/** Newest first; equal times fall back to the name so the order never depends on the directory. */
export function newestFirst(backups: readonly BackupInfo[]): BackupInfo[] {
  return [...backups].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
  );
}
