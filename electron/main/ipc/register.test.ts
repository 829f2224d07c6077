import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/ipc/channels';
import type { Handlers, InvokeEventLike } from './handle';
import { registerIpc } from './register';

describe('registering the handlers', () => {
  it('binds exactly the contract channels, each through the wrapper', async () => {
    const bound = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const handlers = Object.fromEntries(
      INVOKE_CHANNELS.map((c) => [c, () => ({ reminderDays: [] })]),
    ) as unknown as Handlers;
    registerIpc({ handle: (channel, listener) => bound.set(channel, listener) }, handlers, {
      allowedOrigins: ['app://tenure'],
    });
    expect([...bound.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    // A foreign sender is refused by the bound listener itself.
    const mainFrame = { url: 'https://evil.example/', parent: null };
    await expect(bound.get('settings:get')?.({ sender: { mainFrame }, senderFrame: mainFrame })).resolves.toMatchObject(
      {
        ok: false,
        error: { code: 'forbidden-sender' },
      },
    );
    // Channels outside the contract get no listener: Electron rejects an invoke on them.
    expect(bound.has('shell:openExternal')).toBe(false);
  });
});
