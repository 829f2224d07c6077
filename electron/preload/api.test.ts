import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, listenerName, methodName } from '@shared/ipc/channels';
import { buildPreloadApi, type IpcRendererLike } from './api';

function fakeIpc() {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => ({ ok: true, data: 'answer' }) as unknown),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      listeners.set(channel, listener),
    ),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
  } satisfies IpcRendererLike;
  return { ipc, listeners };
}

describe('the preload API (checklist item 20)', () => {
  it('exposes exactly one named function per contract channel and event, nothing else', () => {
    const api = buildPreloadApi(fakeIpc().ipc) as unknown as Record<string, unknown>;
    const expected = [...INVOKE_CHANNELS.map(methodName), ...EVENT_CHANNELS.map(listenerName)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    for (const leak of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'require', 'process']) {
      expect(api).not.toHaveProperty(leak);
    }
  });

  it('sends exactly one value on the function’s own channel, and unwraps the reply', async () => {
    const { ipc } = fakeIpc();
    const api = buildPreloadApi(ipc);
    await expect(api.settingsSet({ reminderDays: [1] })).resolves.toBe('answer');
    expect(ipc.invoke).toHaveBeenLastCalledWith('settings:set', { reminderDays: [1] });
    await (api.backupList as (...args: unknown[]) => Promise<unknown>)('smuggled', 'extra');
    expect(ipc.invoke).toHaveBeenLastCalledWith('backup:list', 'smuggled');
  });

  it('turns a refusal from main into a rejected promise with its message', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'invalid-request', message: 'reminderDays.0: too small' },
    });
    await expect(buildPreloadApi(ipc).settingsSet({ reminderDays: [-1] })).rejects.toThrow('reminderDays.0: too small');
  });

  it('hands listeners the value only, never the IPC event, and lets them unsubscribe', () => {
    const { ipc, listeners } = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = buildPreloadApi(ipc).onMenuCommand(listener);
    listeners.get('menu:command')?.({ sender: 'ipcRenderer would leak here' }, 'import');
    expect(listener).toHaveBeenCalledWith('import');
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(ipc.removeListener).toHaveBeenCalledWith('menu:command', expect.any(Function));
  });
});
