import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, listenerName, methodName } from '@shared/ipc/channels';
import { buildWorkspace } from '@shared/testing/workspace-builder';
import { memoryStore } from './file-store';
import { createWebPlatform } from './web-platform';

function setup() {
  const store = memoryStore();
  const download = vi.fn();
  const shown: string[] = [];
  const api = createWebPlatform({
    store,
    now: () => new Date('2026-11-27T10:00:00.000Z'),
    download,
    pickFile: async () => new File(['{"format":"tenure"}'], 'w.tenure.json'),
    notifications: { supported: () => true, show: (title) => void shown.push(title) },
  });
  return { api, store, download, shown };
}

describe('the web platform', () => {
  it('offers the same functions as the desktop preload', () => {
    expect(Object.keys(setup().api).sort()).toEqual(
      [...INVOKE_CHANNELS.map(methodName), ...EVENT_CHANNELS.map(listenerName)].sort(),
    );
  });

  it('checks requests against the same contract as main', async () => {
    const { api, store } = setup();
    await expect(api.settingsSet({ reminderDays: [-3] })).rejects.toThrow();
    await expect(
      api.backupWrite({ reason: 'manual', head: { chain: 'abc', lastSeq: 1 }, workspace: { format: 'nope' } as never }),
    ).rejects.toThrow();
    expect(store.files.size).toBe(0);
  });

  it('saves by download and opens through a file picker', async () => {
    const { api, download } = setup();
    expect(await api.fileSave({ suggestedName: 'a.csv', content: 'x', mimeType: 'text/csv' })).toEqual({
      status: 'saved',
      fileName: 'a.csv',
    });
    expect(download).toHaveBeenCalledWith('a.csv', 'x', 'text/csv');
    expect(await api.fileOpen({ purpose: 'workspace' })).toEqual({
      status: 'opened',
      fileName: 'w.tenure.json',
      text: '{"format":"tenure"}',
    });
  });

  it('keeps backups in its folder, pruned by the same retention, and reads them back validated', async () => {
    const { api, store } = setup();
    const infos = [];
    for (let i = 1; i <= 5; i += 1) {
      infos.push(
        await api.backupWrite({ reason: 'interval', head: { chain: 'abc', lastSeq: i }, workspace: buildWorkspace() }),
      );
    }
    expect((await api.backupList()).map((b) => b.lastSeq)).toEqual([5, 4, 3]);
    expect((await api.backupRead({ id: infos[4]!.id })).workspace).toEqual(buildWorkspace());
    store.files.set(infos[4]!.id, '{"format":"tenure","version":1,"people":7}');
    await expect(api.backupRead({ id: infos[4]!.id })).rejects.toThrow();
  });

  it('shows each reminder once and remembers the windows', async () => {
    const { api, shown } = setup();
    const reminders = [{ key: 'k1', title: 'Ana Ruiz’s term ends tomorrow', body: 'IT Section' }];
    expect(await api.notifyTerms({ reminders })).toEqual({ shown: 1, supported: true });
    expect(await api.notifyTerms({ reminders })).toEqual({ shown: 0, supported: true });
    expect(shown).toHaveLength(1);
    expect(await api.settingsGet()).toEqual({ reminderDays: [42, 1] });
    await api.settingsSet({ reminderDays: [1, 7] });
    expect(await api.settingsGet()).toEqual({ reminderDays: [7, 1] });
  });

  it('has no native menu: a listener is accepted and never called', () => {
    const listener = vi.fn();
    setup().api.onMenuCommand(listener)();
    expect(listener).not.toHaveBeenCalled();
  });
});
