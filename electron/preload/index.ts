import { contextBridge } from 'electron';

/**
 * The preload exposes named values only, never `ipcRenderer`. The typed IPC contract arrives with
 * the desktop-shell work; until then the page only learns that it runs inside the desktop shell.
 */
contextBridge.exposeInMainWorld('tenureDesktop', {
  shell: 'electron',
  electronVersion: process.versions.electron,
});
