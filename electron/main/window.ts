import { BrowserWindow } from 'electron';
import { join } from 'node:path';

/** The one place windows are made, with the renderer locked down (Electron security checklist). */
export function createMainWindow(startUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Tenure',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      // Items 2–4: no Node in the page, the preload in its own world, the OS-level sandbox. Set
      // explicitly although they are the defaults, so a changed default can never loosen them.
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
      // Items 6, 8–10: same-origin policy on, no mixed content, no experimental or extra Blink features.
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in a new window (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      // Item 11: no <webview> tag.
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}

/** A second launch brings the first window forward instead of opening a second writer (R13). */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
