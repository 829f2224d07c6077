import { describe, expect, it } from 'vitest';
import { backupFileName, chainIdOf, newestFirst, parseBackupFileName, type BackupInfo } from './catalog';
import { selectRetained } from './retention';

const info = (createdAt: string, lastSeq = 1): BackupInfo => {
  const meta = { createdAt, reason: 'interval' as const, chain: 'abc123def456', lastSeq };
  return { id: backupFileName(meta), ...meta };
};

describe('backup file names', () => {
  it('carry when, why and which point of the log, and read back the same', () => {
    const name = backupFileName({
      createdAt: '2026-11-27T10:15:00.123Z',
      reason: 'before-import',
      chain: chainIdOf('1a2b3c4d5e6f7a8b9c'),
      lastSeq: 42,
    });
    expect(name).toBe('tenure-backup-20261127T101500123Z-before-import-c1a2b3c4d5e6f-s42.tenure.json');
    expect(parseBackupFileName(name)).toEqual({
      id: name,
      createdAt: '2026-11-27T10:15:00.123Z',
      reason: 'before-import',
      chain: '1a2b3c4d5e6f',
      lastSeq: 42,
    });
  });

  it('an empty log has an empty chain id', () => {
    const name = backupFileName({ createdAt: '2026-01-01T00:00:00.000Z', reason: 'manual', chain: '', lastSeq: 0 });
    expect(parseBackupFileName(name)?.chain).toBe('');
  });

  it.each([
    'notes.txt',
    '.tenure-backup-20261127T101500123Z-interval-cabc-s1.tenure.json.123.abc.tmp',
    'tenure-backup-20261127T101500123Z-whenever-cabc-s1.tenure.json',
    'tenure-backup-20261399T101500123Z-interval-cabc-s1.tenure.json',
    '../tenure-backup-20261127T101500123Z-interval-cabc-s1.tenure.json',
    'tenure-backup-20261127T101500123Z-interval-cABC-s1.tenure.json',
  ])('%s is not a backup', (name) => {
    expect(parseBackupFileName(name)).toBeUndefined();
  });

  it('sorts newest first', () => {
    const a = info('2026-11-27T10:00:00.000Z');
    const b = info('2026-11-27T11:00:00.000Z');
    expect(newestFirst([a, b]).map((x) => x.createdAt)).toEqual([b.createdAt, a.createdAt]);
  });
});

describe('retention: the last 3 today, one per earlier day, at most 10', () => {
  const dayOf = (b: BackupInfo) => b.createdAt.slice(0, 10);

  it('keeps the newest three of today and drops older ones of today', () => {
    const today = ['08', '09', '10', '11', '12'].map((h) => info(`2026-11-27T${h}:00:00.000Z`));
    const { keep, remove } = selectRetained(today, '2026-11-27', dayOf);
    expect(keep.map((b) => b.createdAt.slice(11, 13))).toEqual(['12', '11', '10']);
    expect(remove.map((b) => b.createdAt.slice(11, 13))).toEqual(['09', '08']);
  });

  it('keeps the newest backup of each earlier day', () => {
    const backups = [
      info('2026-11-26T09:00:00.000Z'),
      info('2026-11-26T17:00:00.000Z'),
      info('2026-11-25T09:00:00.000Z'),
      info('2026-11-27T09:00:00.000Z'),
    ];
    const { keep } = selectRetained(backups, '2026-11-27', dayOf);
    expect(keep.map((b) => b.createdAt)).toEqual([
      '2026-11-27T09:00:00.000Z',
      '2026-11-26T17:00:00.000Z',
      '2026-11-25T09:00:00.000Z',
    ]);
  });

  it('never keeps more than ten, dropping the oldest days first', () => {
    const days = Array.from({ length: 20 }, (_, i) => info(`2026-10-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`));
    const today = [
      info('2026-11-27T08:00:00.000Z'),
      info('2026-11-27T09:00:00.000Z'),
      info('2026-11-27T10:00:00.000Z'),
    ];
    const { keep, remove } = selectRetained([...days, ...today], '2026-11-27', dayOf);
    expect(keep).toHaveLength(10);
    expect(keep.slice(0, 3).map((b) => b.createdAt.slice(0, 10))).toEqual(Array(3).fill('2026-11-27'));
    expect(keep.at(-1)?.createdAt.slice(0, 10)).toBe('2026-10-14');
    expect(remove).toHaveLength(13);
  });

  it('keeps everything when there is little', () => {
    expect(selectRetained([info('2026-11-27T08:00:00.000Z')], '2026-11-27', dayOf).remove).toEqual([]);
  });
});
