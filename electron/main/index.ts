import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { registerAppScheme, serveRenderer } from './protocol';
import { applySecurityPolicies } from './security';
import { createMainWindow } from './window';

// Composition only: each concern lives in its own module.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(() => {
    applySecurityPolicies();
    serveRenderer(join(__dirname, '../renderer'));
    createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
