import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkspace } from '@shared/workspace/parse';
import { buildWorkspace } from '@shared/testing/workspace-builder';
import { writeFileAtomic } from './atomic-write';
import { BackupStore, localDay } from './backup-store';

const tempDir = () => mkdtempSync(join(tmpdir(), 'tenure-backups-'));

/** A clock the test moves by hand. */
function clock(start: string) {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('atomic writes', () => {
  it('replace a file whole and leave no temp file behind', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('leave the old file untouched and clean up when the write fails', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.json');
    writeFileSync(file, 'old');
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'x'), 'x');
    // Renaming over a non-empty folder fails after the temp file was written and synced.
    await expect(writeFileAtomic(join(dir, 'folder'), 'new')).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'folder']);
  });
});

describe('the backup folder', () => {
  it('writes a workspace file that reads back as the same workspace, with its metadata in the name', async () => {
    const store = new BackupStore(join(tempDir(), 'backups'), clock('2026-11-27T10:00:00.000Z').now);
    const workspace = buildWorkspace({ people: [{ id: 'p1', name: 'Ana Ruiz' }] });
    const info = await store.write('before-import', { chain: 'abc123', lastSeq: 4 }, workspace);
    expect(info).toMatchObject({
      reason: 'before-import',
      chain: 'abc123',
      lastSeq: 4,
      createdAt: '2026-11-27T10:00:00.000Z',
    });
    expect(await store.list()).toEqual([info]);
    const { json } = await store.read(info.id);
    const parsed = parseWorkspace(json);
    expect(parsed.ok && parsed.workspace).toEqual(workspace);
  });

  it('gives two backups in the same millisecond different names', async () => {
    const store = new BackupStore(tempDir(), clock('2026-11-27T10:00:00.000Z').now);
    const a = await store.write('manual', { chain: 'a', lastSeq: 1 }, buildWorkspace());
    const b = await store.write('manual', { chain: 'a', lastSeq: 1 }, buildWorkspace());
    expect(a.id).not.toBe(b.id);
    expect((await store.list()).map((x) => x.id)).toEqual([b.id, a.id]);
  });

  it('keeps 3 of today, one per earlier day and 10 in all as days go by', async () => {
    const time = clock('2026-11-01T12:00:00.000Z');
    const store = new BackupStore(tempDir(), time.now);
    for (let day = 0; day < 14; day += 1) {
      for (let i = 0; i < 5; i += 1) {
        await store.write('interval', { chain: 'a', lastSeq: day * 10 + i }, buildWorkspace());
        time.advance(15 * 60_000);
      }
      time.advance(24 * 3600_000 - 5 * 15 * 60_000);
    }
    const kept = await store.list();
    expect(kept).toHaveLength(10);
    const today = localDay(time.now());
    const lastDay = kept.filter(
      (b) => localDay(new Date(b.createdAt)) === localDay(new Date(kept[0]?.createdAt ?? '')),
    );
    expect(lastDay).toHaveLength(3);
    expect(today > localDay(new Date(kept[0]?.createdAt ?? ''))).toBe(true);
  });

  it('removes temp files a crash left, ignores foreign files, and refuses ids that are not backups', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.tenure-backup-x.json.99.abc.tmp'), 'half');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const store = new BackupStore(dir, clock('2026-11-27T10:00:00.000Z').now);
    await store.write('manual', { chain: 'a', lastSeq: 1 }, buildWorkspace());
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(dir)).toContain('notes.txt');
    await expect(store.read('../sentinel.json')).rejects.toThrow(/not a backup/);
    await expect(store.read('notes.txt')).rejects.toThrow(/not a backup/);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new BackupStore(join(tempDir(), 'missing')).list()).toEqual([]);
  });
});
