import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildWorkspace } from '@shared/testing/workspace-builder';
import { wrapHandler, type Handlers, type InvokeEventLike } from '../handle';
import { INVOKE_CHANNELS, type InvokeChannel } from '@shared/ipc/channels';
import type { RequestOf } from '@shared/ipc/contract';
import { createHandlers, type HandlerDeps } from './create-handlers';

const frame = { url: 'app://tenure/index.html', parent: null };
const EVENT: InvokeEventLike = { sender: { mainFrame: frame }, senderFrame: frame };

/** The handlers as the page meets them: through the wrapper, with Electron's parts faked. */
function setup(overrides: Partial<HandlerDeps> = {}) {
  const userData = mkdtempSync(join(tmpdir(), 'tenure-userdata-'));
  const shown: string[] = [];
  const locales: string[] = [];
  let now = Date.parse('2026-11-27T10:00:00.000Z');
  const deps: HandlerDeps = {
    userData,
    facts: { version: '0.1.0', electron: '45.4.1', platform: 'linux' },
    dialogs: { chooseSavePath: async (name) => join(userData, name), chooseOpenPath: async () => undefined },
    notifier: { supported: () => true, show: (title) => void shown.push(title) },
    setLocale: (locale) => void locales.push(locale),
    now: () => new Date((now += 1000)),
    ...overrides,
  };
  const handlers: Handlers = createHandlers(deps);
  const call = async <C extends InvokeChannel>(channel: C, request?: RequestOf<C>) => {
    const result = await wrapHandler(channel, handlers[channel], { allowedOrigins: ['app://tenure'] })(EVENT, request);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.data;
  };
  return { userData, shown, locales, call, handlers };
}

describe('the main-process handlers', () => {
  it('cover every channel', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('hand main the language the page chose, and refuse one Tenure does not speak', async () => {
    const { locales, call } = setup();
    await expect(call('locale:set', { locale: 'fr' })).resolves.toEqual({ locale: 'fr' });
    expect(locales).toEqual(['fr']);
    await expect(call('locale:set', { locale: 'de' as 'fr' })).rejects.toThrow(/invalid-request/);
    expect(locales).toEqual(['fr']);
  });

  it('name the kinds of file in the save and open dialogs in the language the page chose', async () => {
    const filters: string[][] = [];
    const { call } = setup({
      locale: 'es',
      dialogs: {
        chooseSavePath: async (_name, f) => void filters.push(f.map((x) => x.name)),
        chooseOpenPath: async (f) => void filters.push(f.map((x) => x.name)),
      },
    });
    await call('file:save', { suggestedName: 'roster.csv', content: 'a', mimeType: 'text/csv' });
    await call('locale:set', { locale: 'fr' });
    await call('file:open', { purpose: 'workspace' });
    expect(filters).toEqual([
      ['Archivo CSV', 'Todos los archivos'],
      ['Espace de travail Tenure', 'Tous les fichiers'],
    ]);
  });

  it('save a file where the user chose, whole', async () => {
    const { userData, call } = setup();
    await expect(
      call('file:save', { suggestedName: 'roster.csv', content: 'a,b\n', mimeType: 'text/csv' }),
    ).resolves.toEqual({
      status: 'saved',
      fileName: 'roster.csv',
    });
    expect(readFileSync(join(userData, 'roster.csv'), 'utf8')).toBe('a,b\n');
    await call('file:save', {
      suggestedName: 'x.bin',
      content: new Uint8Array([1, 2, 3]),
      mimeType: 'application/octet-stream',
    });
    expect([...readFileSync(join(userData, 'x.bin'))]).toEqual([1, 2, 3]);
  });

  it('report a cancelled dialog as cancelled, and refuse a path as a suggested name', async () => {
    const { call } = setup({
      dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined },
    });
    await expect(
      call('file:save', { suggestedName: 'a.json', content: '{}', mimeType: 'application/json' }),
    ).resolves.toEqual({
      status: 'cancelled',
    });
    await expect(call('file:open', { purpose: 'workspace' })).resolves.toEqual({ status: 'cancelled' });
    await expect(
      call('file:save', { suggestedName: '../../.bashrc', content: 'x', mimeType: 'text/plain' }),
    ).rejects.toThrow(/invalid-request/);
  });

  it('open the file the user picked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenure-open-'));
    writeFileSync(join(dir, 'w.tenure.json'), '{"format":"tenure"}');
    const { call } = setup({
      dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => join(dir, 'w.tenure.json') },
    });
    await expect(call('file:open', { purpose: 'workspace' })).resolves.toEqual({
      status: 'opened',
      fileName: 'w.tenure.json',
      text: '{"format":"tenure"}',
    });
  });

  it('write, list and read back backups, and detect a wiped database through the sentinel', async () => {
    const { call, userData } = setup();
    expect(await call('sentinel:check', { empty: true, chain: '', lastSeq: 0 })).toEqual({ kind: 'first-run' });
    const workspace = buildWorkspace({ people: [{ id: 'p1', name: 'Ana Ruiz' }] });
    const info = await call('backup:write', { reason: 'interval', head: { chain: 'abc', lastSeq: 3 }, workspace });
    await call('sentinel:update', { chain: 'abc', lastSeq: 5 });
    expect(existsSync(join(userData, 'sentinel.json'))).toBe(true);
    expect(await call('backup:list')).toEqual([info]);
    expect(await call('sentinel:check', { empty: false, chain: 'abc', lastSeq: 5 })).toEqual({ kind: 'intact' });
    expect(await call('sentinel:check', { empty: true, chain: '', lastSeq: 0 })).toEqual({
      kind: 'wiped',
      restore: info,
      lostChanges: 2,
      expectedSeq: 5,
    });
    expect((await call('backup:read', { id: info.id })).workspace).toEqual(workspace);
  });

  it('refuse to hand the page a backup file that is no longer a valid workspace', async () => {
    const { call, userData } = setup();
    const info = await call('backup:write', {
      reason: 'manual',
      head: { chain: 'abc', lastSeq: 1 },
      workspace: buildWorkspace(),
    });
    writeFileSync(join(userData, 'backups', info.id), '{"format":"tenure","version":1,"people":"tampered"}');
    await expect(call('backup:read', { id: info.id })).rejects.toThrow(/invalid-response/);
  });

  it('show each term reminder once, and remember the reminder windows', async () => {
    const { call, shown } = setup();
    const reminders = [{ key: 't1|2026-12-01|42', title: "Ana Ruiz's term ends in 4 days", body: 'IT Section' }];
    expect(await call('notify:terms', { reminders })).toEqual({ shown: 1, supported: true });
    expect(await call('notify:terms', { reminders })).toEqual({ shown: 0, supported: true });
    expect(shown).toEqual(["Ana Ruiz's term ends in 4 days"]);
    expect(await call('settings:get')).toEqual({ reminderDays: [42, 1] });
    expect(await call('settings:set', { reminderDays: [7, 30, 7] })).toEqual({ reminderDays: [30, 7] });
    expect(await call('settings:get')).toEqual({ reminderDays: [30, 7] });
  });

  it('say when the system has no notifications', async () => {
    const show = vi.fn();
    const { call } = setup({ notifier: { supported: () => false, show } });
    expect(await call('notify:terms', { reminders: [{ key: 'k', title: 't', body: 'b' }] })).toEqual({
      shown: 0,
      supported: false,
    });
    expect(show).not.toHaveBeenCalled();
  });
});
