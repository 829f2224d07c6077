import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Electron's main-process API, recorded: the policies are checked by driving the handlers they install. */
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  return {
    appListeners,
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    openExternal: vi.fn(async () => undefined),
    windows: [] as { options: { webPreferences: Record<string, unknown> }; url?: string }[],
  };
});
vi.mock('electron', () => ({
  app: { on: (name: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(name, listener) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (electron.permissionRequest = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => (electron.permissionCheck = h),
    },
  },
  shell: { openExternal: electron.openExternal },
  BrowserWindow: class {
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      electron.windows.push(this as never);
    }
    once() {}
    loadURL(url: string) {
      (this as unknown as { url: string }).url = url;
      return Promise.resolve();
    }
  },
}));

/** A webContents that records what the policies attached to it. */
function fakeContents() {
  const on = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: (...args: unknown[]) => void) => on.set(name, listener),
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    emit: (name: string, ...args: unknown[]) => on.get(name)?.(...args),
    open: (url: string) => openHandler?.({ url }),
    has: (name: string) => on.has(name),
  };
}

const preventable = (url?: string) => ({
  url,
  prevented: false,
  preventDefault() {
    this.prevented = true;
  },
});

describe('security policies', () => {
  beforeEach(async () => {
    electron.appListeners.clear();
    electron.openExternal.mockClear();
    const { applySecurityPolicies } = await import('./security');
    applySecurityPolicies(['app://tenure']);
  });

  it('deny every permission request and check (item 5)', () => {
    const callback = vi.fn();
    electron.permissionRequest?.({}, 'media', callback);
    electron.permissionRequest?.({}, 'notifications', callback);
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(electron.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });

  it('block navigation away from app://tenure, by link, redirect or frame (item 13)', () => {
    const contents = fakeContents();
    electron.appListeners.get('web-contents-created')?.({}, contents);
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = preventable();
      contents.emit(name, away, 'https://evil.example/');
      expect(away.prevented).toBe(true);
      const home = preventable();
      contents.emit(name, home, 'app://tenure/index.html');
      expect(home.prevented).toBe(false);
    }
    const frame = preventable('file:///etc/passwd');
    contents.emit('will-frame-navigate', frame);
    expect(frame.prevented).toBe(true);
  });

  it('refuse every <webview> (items 11–12)', () => {
    const contents = fakeContents();
    electron.appListeners.get('web-contents-created')?.({}, contents);
    const attach = preventable();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.prevented).toBe(true);
  });

  it('deny every new window; only https links go to the browser (items 14–15)', () => {
    const contents = fakeContents();
    electron.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.open('https://www.ifla.org/')).toEqual({ action: 'deny' });
    expect(contents.open('file:///C:/Windows/calc.exe')).toEqual({ action: 'deny' });
    expect(contents.open('app://tenure/index.html')).toEqual({ action: 'deny' });
    expect(electron.openExternal.mock.calls).toEqual([['https://www.ifla.org/']]);
  });
});

describe('the main window', () => {
  it('is sandboxed and isolated, with no Node, webview or insecure content (items 2–4, 6, 8–11)', async () => {
    const { createMainWindow } = await import('./window');
    createMainWindow('app://tenure/index.html');
    const window = electron.windows.at(-1);
    expect(window?.options.webPreferences).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window?.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    // Item 18: the page comes from the custom protocol, never file://.
    expect(window?.url).toBe('app://tenure/index.html');
  });
});
