import { describe, expect, it } from 'vitest';
import { backupFileName, type BackupInfo } from './catalog';
import { BACKUP_INTERVAL_MS, isBackupDue, judgeStartup, type Sentinel } from './sentinel';

const backup = (createdAt: string, chain: string, lastSeq: number): BackupInfo => {
  const meta = { createdAt, reason: 'interval' as const, chain, lastSeq };
  return { id: backupFileName(meta), ...meta };
};
const sentinel = (chain: string, lastSeq: number): Sentinel => ({
  initialised: true,
  chain,
  lastSeq,
  updatedAt: '2026-11-27T10:00:00.000Z',
});
const EMPTY = { empty: true, chain: '', lastSeq: 0 };

describe('judging the database at start-up against the sentinel', () => {
  it('an empty database without a sentinel is a first run', () => {
    expect(judgeStartup(EMPTY, undefined, [])).toEqual({ kind: 'first-run' });
  });

  it('an empty database beside backups, with the sentinel gone too, is a loss: the newest backup is restored', () => {
    const newest = backup('2026-11-27T09:45:00.000Z', 'aaa', 5);
    expect(judgeStartup(EMPTY, undefined, [backup('2026-11-26T09:00:00.000Z', 'aaa', 2), newest])).toEqual({
      kind: 'wiped',
      restore: newest,
      lostChanges: null,
      expectedSeq: 5,
    });
  });

  it('a database with data but no sentinel is adopted', () => {
    expect(judgeStartup({ empty: false, chain: 'aaa', lastSeq: 3 }, undefined, [])).toEqual({ kind: 'adopted' });
  });

  it('a database at or past the sentinel is intact', () => {
    expect(judgeStartup({ empty: false, chain: 'aaa', lastSeq: 7 }, sentinel('aaa', 7), [])).toEqual({
      kind: 'intact',
    });
    expect(judgeStartup({ empty: false, chain: 'aaa', lastSeq: 9 }, sentinel('aaa', 7), [])).toEqual({
      kind: 'intact',
    });
  });

  it('an empty database after a sentinel was set is wiped, restored from the newest backup, with the loss counted', () => {
    const older = backup('2026-11-27T08:00:00.000Z', 'aaa', 3);
    const newest = backup('2026-11-27T09:45:00.000Z', 'aaa', 5);
    expect(judgeStartup(EMPTY, sentinel('aaa', 7), [older, newest])).toEqual({
      kind: 'wiped',
      restore: newest,
      lostChanges: 2,
      expectedSeq: 7,
    });
  });

  it('a wiped database with no backup has lost every change', () => {
    expect(judgeStartup(EMPTY, sentinel('aaa', 7), [])).toEqual({
      kind: 'wiped',
      restore: undefined,
      lostChanges: 7,
      expectedSeq: 7,
    });
  });

  it('a backup of an earlier log still restores a wiped database, the loss then unknown', () => {
    const old = backup('2026-11-27T08:00:00.000Z', 'old', 40);
    expect(judgeStartup(EMPTY, sentinel('new', 2), [old])).toMatchObject({
      kind: 'wiped',
      restore: old,
      lostChanges: null,
    });
  });

  it('a database that lost its last changes is behind, and a backup further along restores it', () => {
    const further = backup('2026-11-27T09:45:00.000Z', 'aaa', 6);
    expect(judgeStartup({ empty: false, chain: 'aaa', lastSeq: 4 }, sentinel('aaa', 7), [further])).toEqual({
      kind: 'behind',
      restore: further,
      lostChanges: 1,
      expectedSeq: 7,
    });
  });

  it('a database behind the sentinel but ahead of every backup is kept, with the loss named', () => {
    const older = backup('2026-11-27T09:45:00.000Z', 'aaa', 2);
    expect(judgeStartup({ empty: false, chain: 'aaa', lastSeq: 4 }, sentinel('aaa', 7), [older])).toEqual({
      kind: 'behind',
      restore: undefined,
      lostChanges: 3,
      expectedSeq: 7,
    });
  });

  it('a database of another log (a restore finished before the sentinel heard of it) is intact', () => {
    expect(judgeStartup({ empty: false, chain: 'new', lastSeq: 1 }, sentinel('old', 9), [])).toEqual({
      kind: 'intact',
    });
  });
});

describe('when a periodic backup is due', () => {
  const now = Date.parse('2026-11-27T10:00:00.000Z');
  const at = (minutesAgo: number, lastSeq: number) =>
    backup(new Date(now - minutesAgo * 60_000).toISOString(), 'aaa', lastSeq);

  it('never for an empty log', () => {
    expect(isBackupDue({ chain: '', lastSeq: 0 }, undefined, now, BACKUP_INTERVAL_MS)).toBe(false);
  });
  it('at once when there is no backup at all', () => {
    expect(isBackupDue({ chain: 'aaa', lastSeq: 1 }, undefined, now, BACKUP_INTERVAL_MS)).toBe(true);
  });
  it('not while nothing changed since the last backup, however old', () => {
    expect(isBackupDue({ chain: 'aaa', lastSeq: 5 }, at(600, 5), now, BACKUP_INTERVAL_MS)).toBe(false);
  });
  it('15 minutes after the last backup once there are unsaved changes', () => {
    expect(isBackupDue({ chain: 'aaa', lastSeq: 6 }, at(14, 5), now, BACKUP_INTERVAL_MS)).toBe(false);
    expect(isBackupDue({ chain: 'aaa', lastSeq: 6 }, at(15, 5), now, BACKUP_INTERVAL_MS)).toBe(true);
  });
  it('when the log was replaced since the last backup', () => {
    expect(isBackupDue({ chain: 'bbb', lastSeq: 5 }, at(20, 5), now, BACKUP_INTERVAL_MS)).toBe(true);
  });
});
