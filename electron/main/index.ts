import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { join } from 'node:path';
import { sharedLocaleOf, translate, type SharedLocale } from '@shared/i18n/translate';
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
    // Main's own words start in the computer's language and follow the page's choice from then on.
    let locale: SharedLocale = sharedLocaleOf(app.getLocale());
    const backupsDir = join(app.getPath('userData'), 'backups');
    const applyMenu = () =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate(
            {
              command: (command) => mainWindow?.webContents.send('menu:command', command),
              openBackupsFolder: () => void shell.openPath(backupsDir),
              about: () =>
                void dialog.showMessageBox({
                  type: 'info',
                  title: translate(locale, { id: 'menu.about', values: { app: app.getName() } }),
                  message: `${app.getName()} ${app.getVersion()}`,
                  detail: translate(locale, {
                    id: 'menu.aboutDetail',
                    values: { electron: process.versions.electron ?? '', folder: backupsDir },
                  }),
                }),
            },
            { platform: process.platform, appName: app.getName(), developerTools: !app.isPackaged, locale },
          ),
        ),
      );
    const handlers = createHandlers({
      userData: app.getPath('userData'),
      facts: { version: app.getVersion(), electron: process.versions.electron ?? '', platform: process.platform },
      dialogs: electronDialogs(() => mainWindow),
      notifier: electronNotifier,
      locale,
      setLocale: (chosen) => {
        if (chosen === locale) return;
        locale = chosen;
        applyMenu();
      },
    });
    registerIpc(ipcMain, handlers, {
      allowedOrigins,
      onRefused: (channel, code, detail) => console.warn(`IPC ${channel} refused (${code}): ${detail}`),
    });
    applyMenu();
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
