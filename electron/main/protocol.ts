import { net, protocol } from 'electron';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The renderer is served from app://tenure, a standard, secure scheme: IndexedDB is only
 * available to standard schemes, and the origin (hence the database) must never change.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://tenure`;

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Resolves a request path inside `root`, or undefined when it would escape it. */
export function resolveInside(root: string, requestPath: string): string | undefined {
  const decoded = decodeURIComponent(requestPath);
  const target = normalize(join(root, decoded));
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return target;
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const file = url.host === 'tenure' ? resolveInside(rendererRoot, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}
