import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/ipc/channels';

/**
 * main's composition, run against a recording of Electron's API (no Electron binary exists on the
 * development machines): what is registered before `ready`, what after, and how the app:// protocol
 * answers requests.
 */
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  let ready: () => void = () => undefined;
  const state = {
    calls,
    schemes: [] as unknown[],
    protocolHandler: undefined as undefined | ((request: Request) => Promise<Response>),
    ipcChannels: [] as string[],
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as { url?: string; focused: number; restored: number; minimized: boolean }[],
    menu: undefined as unknown,
    ipcHandlers: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
    fetched: [] as string[],
    userData: '',
    ready: () => ready(),
    whenReady: new Promise<void>((done) => (ready = done)),
    lock: true,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    url?: string;
    focused = 0;
    restored = 0;
    minimized = true;
    webContents = { send: vi.fn() };
    constructor(readonly options: unknown) {
      electron.windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.url = url;
      electron.calls.push('window');
      return Promise.resolve();
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.restored += 1;
    }
    show() {}
    focus() {
      this.focused += 1;
    }
    static getAllWindows() {
      return electron.windows;
    }
  }
  return {
    app: {
      isPackaged: false,
      setPath: (_name: string, path: string) => (electron.userData = path),
      getPath: () => electron.userData,
      getVersion: () => '0.1.0',
      getName: () => 'Tenure',
      getLocale: () => 'en-GB',
      enableSandbox: () => electron.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => (electron.calls.push('lock'), electron.lock),
      quit: () => electron.calls.push('quit'),
      whenReady: () => electron.whenReady,
      on: (name: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(name, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        electron.calls.push('registerSchemes');
        electron.schemes.push(...schemes);
      },
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) =>
        (electron.protocolHandler = handler),
    },
    net: {
      fetch: async (url: string) => {
        electron.fetched.push(url);
        return new Response('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
      },
    },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, request: unknown) => Promise<unknown>) => {
        electron.ipcChannels.push(channel);
        electron.ipcHandlers.set(channel, listener);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (electron.menu = menu),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    Notification: Object.assign(vi.fn(), { isSupported: () => true }),
    BrowserWindow,
  };
});

describe('main, composed', () => {
  afterAll(() => {
    delete process.env.TENURE_USER_DATA_DIR;
  });

  it('registers the scheme and the sandbox before ready, and everything else after', async () => {
    process.env.TENURE_USER_DATA_DIR = mkdtempSync(join(tmpdir(), 'tenure-main-'));
    await import('./index');
    expect(electron.userData).toBe(process.env.TENURE_USER_DATA_DIR);
    expect(electron.calls).toEqual(['registerSchemes', 'enableSandbox', 'lock']);
    expect(electron.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(electron.ipcChannels).toEqual([]);

    electron.ready();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    expect(electron.ipcChannels.sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect((electron.menu as { label: string }[]).map((m) => m.label)).toContain('&File');
    expect(electron.windows[0]?.url).toBe('app://tenure/index.html');
    expect(electron.calls).not.toContain('quit');
  });

  it('speaks the computer’s language in the native menu, then the one the page chooses', async () => {
    // main is composed once per process: the test above started it.
    const labels = () => (electron.menu as { label: string }[]).map((m) => m.label);
    expect(labels()).toContain('&File');
    const frame = { url: 'app://tenure/index.html', parent: null };
    const setLocale = electron.ipcHandlers.get('locale:set');
    await expect(setLocale?.({ sender: { mainFrame: frame }, senderFrame: frame }, { locale: 'fr' })).resolves.toEqual({
      ok: true,
      data: { locale: 'fr' },
    });
    expect(labels()).toContain('&Fichier');
  });

  it('serves the renderer over app://tenure with the CSP header, and nothing else', async () => {
    const handler = electron.protocolHandler;
    if (!handler) throw new Error('no protocol handler');
    const ok = await handler(new Request('app://tenure/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(ok.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(ok.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(electron.fetched.at(-1)).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);

    const root = electron.fetched.at(-1)?.replace(/index\.html$/, '') ?? '';
    const before = electron.fetched.length;
    for (const request of [
      new Request('app://tenure/..%2f..%2fpackage.json'),
      new Request('app://tenure/%2e%2e%5c%2e%2e%5cpackage.json'),
      new Request('app://elsewhere/index.html'),
      new Request('app://tenure/index.html', { method: 'POST', body: 'x' }),
    ]) {
      expect((await handler(request)).status, request.url).toBe(404);
    }
    expect(electron.fetched).toHaveLength(before);
    // Dot segments the URL parser itself resolves never climb above the renderer folder.
    await handler(new Request('app://tenure/%2e%2e/%2e%2e/main/index.js'));
    expect(electron.fetched.at(-1)).toBe(`${root}main/index.js`);
  });

  it('a second launch brings the window forward', () => {
    electron.appListeners.get('second-instance')?.();
    expect(electron.windows[0]).toMatchObject({ focused: 1, restored: 1 });
  });
});
