import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { join } from 'node:path';
import { electronDialogs, electronNotifier } from './electron-deps';
import { createHandlers } from './ipc/handlers/create-handlers';
import { registerIpc } from './ipc/register';
import { originOf } from './ipc/handle';
import { menuTemplate } from './menu';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { applySecurityPolicies } from './security';
import { createMainWindow, focusWindow } from './window';

// Composition only: each concern lives in its own module.

// e2e runs each test with a fresh user-data folder; a packaged app always uses the OS default.
if (!app.isPackaged && process.env.TENURE_USER_DATA_DIR) app.setPath('userData', process.env.TENURE_USER_DATA_DIR);

registerAppScheme();
// Checklist item 4: every renderer sandboxed, whatever a window's own preferences say.
app.enableSandbox();

// electron-vite's dev server in development; the app:// origin always.
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const allowedOrigins = [APP_ORIGIN, ...(devServer && originOf(devServer) ? [originOf(devServer) as string] : [])];
const startUrl = devServer ?? `${APP_ORIGIN}/index.html`;

let mainWindow: BrowserWindow | undefined;

// One writer per IndexedDB: a second launch focuses the first window and quits (R13).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));

  void app.whenReady().then(() => {
    applySecurityPolicies(allowedOrigins);
    serveRenderer(join(__dirname, '../renderer'));
    const handlers = createHandlers({
      userData: app.getPath('userData'),
      facts: { version: app.getVersion(), electron: process.versions.electron ?? '', platform: process.platform },
      dialogs: electronDialogs(() => mainWindow),
      notifier: electronNotifier,
    });
    registerIpc(ipcMain, handlers, {
      allowedOrigins,
      onRefused: (channel, code, detail) => console.warn(`IPC ${channel} refused (${code}): ${detail}`),
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          {
            command: (command) => mainWindow?.webContents.send('menu:command', command),
            openBackupsFolder: () => void shell.openPath(join(app.getPath('userData'), 'backups')),
            about: () =>
              void dialog.showMessageBox({
                type: 'info',
                title: `About ${app.getName()}`,
                message: `${app.getName()} ${app.getVersion()}`,
                detail: `Electron ${process.versions.electron}. Your records stay on this computer; backups are in ${join(app.getPath('userData'), 'backups')}.`,
              }),
          },
          { platform: process.platform, appName: app.getName(), developerTools: !app.isPackaged },
        ),
      ),
    );
    const open = () => {
      mainWindow = createMainWindow(startUrl);
      mainWindow.on('closed', () => (mainWindow = undefined));
    };
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
