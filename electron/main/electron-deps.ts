import { type BrowserWindow, dialog, Notification } from 'electron';
import type { Dialogs, FileFilter } from './ipc/handlers/files';
import type { Notifier } from './ipc/handlers/notifications';

/** Native dialogs, attached to the app window so they are modal to it. */
export function electronDialogs(window: () => BrowserWindow | undefined): Dialogs {
  return {
    async chooseSavePath(defaultName: string, filters: FileFilter[]) {
      const parent = window();
      const options = { defaultPath: defaultName, filters };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseOpenPath(filters: FileFilter[]) {
      const parent = window();
      const options = { filters, properties: ['openFile' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}

export const electronNotifier: Notifier = {
  supported: () => Notification.isSupported(),
  show: (title, body) => new Notification({ title, body }).show(),
};
