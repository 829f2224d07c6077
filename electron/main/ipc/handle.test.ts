import fc from 'fast-check';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '@shared/ipc/channels';
import { CONTRACT } from '@shared/ipc/contract';
import { buildWorkspace } from '@shared/testing/workspace-builder';
import { BackupStore } from '../services/backup-store';
import { originOf, refuseSender, wrapHandler, type InvokeEventLike } from './handle';

const POLICY = { allowedOrigins: ['app://tenure'] };

/** An event as Electron builds it for the app's own page, or a variant of it. */
function event(url = 'app://tenure/index.html', { subFrame = false, gone = false } = {}): InvokeEventLike {
  const mainFrame = { url, parent: null };
  const senderFrame = gone ? null : subFrame ? { url, parent: mainFrame } : mainFrame;
  return { sender: { mainFrame }, senderFrame };
}

describe('the sender check (checklist item 17)', () => {
  it('accepts the app page in its main frame', () => {
    expect(refuseSender(event(), POLICY.allowedOrigins)).toBeUndefined();
    expect(refuseSender(event('app://tenure/index.html#/roster?x=1'), POLICY.allowedOrigins)).toBeUndefined();
  });

  it.each([
    ['another origin', 'https://evil.example/index.html'],
    ['a look-alike host', 'app://tenure.evil/index.html'],
    ['a userinfo trick', 'app://tenure@evil/index.html'],
    ['file://', 'file:///home/user/index.html'],
    ['a different port of the dev server', 'http://localhost:5174/'],
    ['garbage', 'not a url'],
    ['about:blank', 'about:blank'],
  ])('refuses %s', (_label, url) => {
    expect(refuseSender(event(url), POLICY.allowedOrigins)).toMatch(/origin/);
  });

  it('refuses a sub-frame even of the app origin, and a frame that is gone', () => {
    expect(refuseSender(event(undefined, { subFrame: true }), POLICY.allowedOrigins)).toMatch(/sub-frame/);
    expect(refuseSender(event(undefined, { gone: true }), POLICY.allowedOrigins)).toMatch(/gone/);
    const otherTop = { url: 'app://tenure/index.html', parent: null };
    const elsewhere = {
      sender: { mainFrame: { url: 'app://tenure/index.html', parent: null } },
      senderFrame: otherTop,
    };
    expect(refuseSender(elsewhere, POLICY.allowedOrigins)).toMatch(/sub-frame/);
  });

  it('builds origins for custom schemes, which WHATWG leaves opaque', () => {
    expect(originOf('app://tenure/a/b.html')).toBe('app://tenure');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('data:text/html,hi')).toBeUndefined();
  });
});

describe('the IPC wrapper', () => {
  it('runs the handler with the parsed request and returns its checked result', async () => {
    const handler = vi.fn(() => ({ reminderDays: [42, 1] }));
    const wrapped = wrapHandler('settings:set', handler, POLICY);
    await expect(wrapped(event(), { reminderDays: [42, 1] })).resolves.toEqual({
      ok: true,
      data: { reminderDays: [42, 1] },
    });
    expect(handler).toHaveBeenCalledWith({ reminderDays: [42, 1] }, expect.anything());
  });

  it('refuses a foreign sender before the handler runs, and says so to the log', async () => {
    const handler = vi.fn();
    const onRefused = vi.fn();
    const wrapped = wrapHandler('backup:list', handler, { ...POLICY, onRefused });
    const result = await wrapped(event('https://evil.example/'), undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledWith('backup:list', 'forbidden-sender', expect.stringContaining('evil'));
  });

  it('refuses a channel outside the contract', async () => {
    const wrapped = wrapHandler('shell:exec' as InvokeChannel, vi.fn(), POLICY);
    await expect(wrapped(event(), {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses extra arguments and invalid payloads, naming the field', async () => {
    const handler = vi.fn();
    const wrapped = wrapHandler('settings:set', handler, POLICY);
    await expect(wrapped(event(), { reminderDays: [1] }, 'extra')).resolves.toMatchObject({
      error: { code: 'invalid-request' },
    });
    await expect(wrapped(event(), { reminderDays: [-1] })).resolves.toMatchObject({
      error: { code: 'invalid-request', message: expect.stringContaining('reminderDays.0') },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error value, and checks what the handler returns', async () => {
    const failing = wrapHandler('backup:list', () => Promise.reject(new Error('disk full')), POLICY);
    await expect(failing(event(), undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk full' },
    });
    const lying = wrapHandler('backup:list', () => [{ id: '../../etc/passwd' }] as never, POLICY);
    await expect(lying(event(), undefined)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });

  it('validates a workspace sent for backup with the workspace file reader', async () => {
    const handler = vi.fn();
    const wrapped = wrapHandler('backup:write', handler, POLICY);
    const broken = { ...buildWorkspace(), terms: [{ id: 't1' }] };
    const result = await wrapped(event(), { reason: 'manual', head: { chain: 'abc', lastSeq: 1 }, workspace: broken });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('terms[0]') },
    });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('fuzzed payloads (R3)', () => {
  /** Values no channel accepts: the request schemas all want objects of a precise shape or nothing. */
  const junk = fc.oneof(
    fc.anything(),
    fc.record({ reason: fc.string(), head: fc.anything(), workspace: fc.anything() }),
    fc.record({ id: fc.string() }),
    fc.record({ suggestedName: fc.string(), content: fc.anything(), mimeType: fc.string() }),
    fc.record({ reminders: fc.array(fc.record({ key: fc.string(), title: fc.anything(), body: fc.anything() })) }),
    fc.record({ reminderDays: fc.array(fc.double()) }),
    fc.record({ chain: fc.string(), lastSeq: fc.double(), empty: fc.anything() }),
  );

  it('never reach a handler, never throw, and never write a backup (10,000 runs per channel)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tenure-fuzz-'));
    const store = new BackupStore(directory);
    let reached = 0;
    for (const channel of INVOKE_CHANNELS) {
      const wrapped = wrapHandler(
        channel,
        async (request: unknown) => {
          reached += 1;
          // A request that passed validation is a valid one; only those may touch the store.
          if (channel === 'backup:write')
            await store.write('manual', { chain: '', lastSeq: 0 }, (request as { workspace: never }).workspace);
          return undefined as never;
        },
        POLICY,
      );
      const schema = CONTRACT[channel].request;
      await fc.assert(
        fc.asyncProperty(junk, async (payload) => {
          const valid = schema.safeParse(payload).success;
          const before = reached;
          const result = await wrapped(event(), payload);
          if (!valid) {
            expect(result.ok).toBe(false);
            expect(reached).toBe(before);
          }
        }),
        { numRuns: 10_000 },
      );
    }
    // Only the no-payload channels accept `undefined`; nothing fuzzed was a valid workspace.
    expect(readdirSync(directory)).toEqual([]);
  });

  it('from a foreign origin, not even a valid payload reaches a handler', async () => {
    const handler = vi.fn();
    const wrapped = wrapHandler('settings:set', handler, POLICY);
    await fc.assert(
      fc.asyncProperty(fc.webUrl(), async (url) => {
        await wrapped(event(url), { reminderDays: [1] });
      }),
      { numRuns: 1000 },
    );
    expect(handler).not.toHaveBeenCalled();
  });
});
