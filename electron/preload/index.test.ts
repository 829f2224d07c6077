import { describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => new Map<string, unknown>());
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

describe('the preload script', () => {
  it('exposes one global, `tenure`, made of functions only', async () => {
    await import('./index');
    expect([...exposed.keys()]).toEqual(['tenure']);
    const api = exposed.get('tenure') as Record<string, unknown>;
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain((await import('electron')).ipcRenderer);
  });
});
