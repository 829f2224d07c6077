import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/contract';

export type MenuActions = {
  /** Sends a command to the page, which owns the dialogs. */
  command(command: MenuCommand): void;
  openBackupsFolder(): void;
  about(): void;
};

/**
 * The native menu: File, Edit, View, Help (plus the app menu on macOS), with the usual
 * accelerators. File's items are the page's own commands, so menu and buttons do the same thing.
 */
export function menuTemplate(
  actions: MenuActions,
  options: { platform: NodeJS.Platform; appName: string; developerTools: boolean },
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import Workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.command('import') },
      { label: 'Export Workspace…', accelerator: 'CmdOrCtrl+E', click: () => actions.command('export') },
      { type: 'separator' },
      { label: 'Back Up Now', accelerator: 'CmdOrCtrl+B', click: () => actions.command('backup-now') },
      { label: 'Restore from Backup…', accelerator: 'CmdOrCtrl+Shift+R', click: () => actions.command('restore') },
      { label: 'Show Backups Folder', click: () => actions.openBackupsFolder() },
      { type: 'separator' },
      { label: 'Term Reminders…', click: () => actions.command('reminders') },
      { type: 'separator' },
      mac ? { role: 'close', accelerator: 'CmdOrCtrl+W' } : { role: 'quit', label: 'E&xit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
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
    label: '&View',
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
    label: '&Help',
    submenu: [{ label: `About ${options.appName}`, click: () => actions.about() }],
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
