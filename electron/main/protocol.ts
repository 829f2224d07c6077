import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY_HEADER } from '@shared/security/content-security-policy';
import { resolveInside } from './resolve-inside';

/**
 * The renderer is served from app://tenure, a standard, secure scheme (checklist item 18: no
 * file://). IndexedDB is only available to standard schemes (Electron protocol.md), and the
 * database belongs to the origin: this origin is fixed for good, changing it would orphan every
 * user's records.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tenure';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves files under `rendererRoot`, GET only, for the app's own host, never outside the folder. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file =
      request.method === 'GET' && url.host === APP_HOST ? resolveInside(rendererRoot, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
