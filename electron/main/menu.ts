import type { MenuItemConstructorOptions } from 'electron';
import { translate, type SharedLocale } from '@shared/i18n/translate';
import type { MenuCommand } from '@shared/ipc/contract';

export type MenuActions = {
  /** Sends a command to the page, which owns the dialogs. */
  command(command: MenuCommand): void;
  openBackupsFolder(): void;
  about(): void;
};

/**
 * The native menu: File, Edit, View, Help (plus the app menu on macOS), with the usual
 * accelerators, in the page's language (Electron names the role items itself). File's items are
 * the page's own commands, so menu and buttons do the same thing.
 */
export function menuTemplate(
  actions: MenuActions,
  options: { platform: NodeJS.Platform; appName: string; developerTools: boolean; locale?: SharedLocale },
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const say = (id: string, values?: Record<string, string>) => translate(options.locale ?? 'en', { id, values });
  const file: MenuItemConstructorOptions = {
    label: say('menu.file'),
    submenu: [
      { label: say('menu.import'), accelerator: 'CmdOrCtrl+O', click: () => actions.command('import') },
      { label: say('menu.export'), accelerator: 'CmdOrCtrl+E', click: () => actions.command('export') },
      { type: 'separator' },
      { label: say('menu.backupNow'), accelerator: 'CmdOrCtrl+B', click: () => actions.command('backup-now') },
      { label: say('menu.restore'), accelerator: 'CmdOrCtrl+Shift+R', click: () => actions.command('restore') },
      { label: say('menu.showBackups'), click: () => actions.openBackupsFolder() },
      { type: 'separator' },
      { label: say('menu.reminders'), click: () => actions.command('reminders') },
      { type: 'separator' },
      mac
        ? { role: 'close', accelerator: 'CmdOrCtrl+W' }
        : { role: 'quit', label: say('menu.exit'), accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: say('menu.edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: say('menu.view'),
    submenu: [
      { role: 'reload', accelerator: 'CmdOrCtrl+R' },
      ...(options.developerTools ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: say('menu.help'),
    submenu: [{ label: say('menu.about', { app: options.appName }), click: () => actions.about() }],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', accelerator: 'Cmd+Q' },
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, help];
}
