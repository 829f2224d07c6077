import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  backupFileName,
  newestFirst,
  parseBackupFileName,
  type BackupInfo,
  type BackupReason,
  type DbHead,
} from '@shared/backup/catalog';
import { selectRetained, type RetentionPolicy, RETENTION } from '@shared/backup/retention';
import { MAX_FILE_BYTES } from '@shared/ipc/contract';
import type { Workspace } from '@shared/workspace/schema';
import { isTempFile, writeFileAtomic } from './atomic-write';

/** The calendar day of an instant in this computer's time zone, as `YYYY-MM-DD`. */
export function localDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/**
 * The backup folder: whole workspace files written atomically, pruned by the retention policy
 * after every write. Files it does not recognise are left alone; temp files a crash left are
 * removed.
 */
export class BackupStore {
  constructor(
    readonly directory: string,
    private readonly now: () => Date = () => new Date(),
    private readonly policy: RetentionPolicy = RETENTION,
  ) {}

  async write(reason: BackupReason, head: DbHead, workspace: Workspace): Promise<BackupInfo> {
    await mkdir(this.directory, { recursive: true });
    let createdAt = this.now().toISOString();
    // Two backups in one millisecond would share a name; the later one moves on by a millisecond.
    const newest = (await this.list())[0];
    if (newest && newest.createdAt >= createdAt) createdAt = new Date(Date.parse(newest.createdAt) + 1).toISOString();
    const info = { createdAt, reason, ...head };
    const id = backupFileName(info);
    await writeFileAtomic(join(this.directory, id), `${JSON.stringify(workspace, null, 2)}\n`);
    await this.prune();
    return { id, ...info };
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return newestFirst(names.map(parseBackupFileName).filter((b): b is BackupInfo => b !== undefined));
  }

  /** The backup's decoded JSON; the IPC contract validates it as a workspace before it leaves main. */
  async read(id: string): Promise<{ info: BackupInfo; json: unknown }> {
    const info = parseBackupFileName(id);
    // The id is a bare file name matching the backup pattern, so it cannot point outside the folder.
    if (!info) throw new Error(`${id} is not a backup`);
    const path = join(this.directory, id);
    if ((await stat(path)).size > MAX_FILE_BYTES) throw new Error(`${id} is too large to be a Tenure backup`);
    return { info, json: JSON.parse(await readFile(path, 'utf8')) };
  }

  async prune(): Promise<BackupInfo[]> {
    const today = localDay(this.now());
    const { remove } = selectRetained(await this.list(), today, (b) => localDay(new Date(b.createdAt)), this.policy);
    const stale = (await readdir(this.directory)).filter(isTempFile);
    await Promise.all([
      ...remove.map((b) => rm(join(this.directory, b.id), { force: true })),
      ...stale.map((name) => rm(join(this.directory, name), { force: true })),
    ]);
    return remove;
  }
}
