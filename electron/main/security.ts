import { app, session, shell } from 'electron';
import { externalLink, mayNavigate } from './navigation-policy';

/**
 * The session- and contents-wide rules of the Electron security checklist. Each line names the
 * item it implements (https://www.electronjs.org/docs/latest/tutorial/security).
 */
export function applySecurityPolicies(allowedOrigins: readonly string[]): void {
  // Item 5: the page never gets camera, microphone, location, notifications or any other permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    // Item 13: the window never leaves the app's own origin, by link, script or redirect.
    const guard = (event: { preventDefault(): void }, url: string) => {
      if (!mayNavigate(url, allowedOrigins)) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-frame-navigate', (event) => {
      if (!mayNavigate(event.url, allowedOrigins)) event.preventDefault();
    });
    // Items 11–12: no <webview> may attach at all.
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Items 14–15: no new windows; plain https links open in the user's browser, nothing else does.
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalLink(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });
}
