import { isAbsolute, join, normalize, relative } from 'node:path';

/**
 * The path-traversal guard of the app:// protocol: resolves a URL path inside `root`, or returns
 * undefined when the path is malformed or would leave the folder (`..`, encoded `%2e%2e`,
 * backslashes, absolute paths, NUL bytes).
 */
export function resolveInside(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const target = normalize(join(root, decoded === '/' || decoded === '' ? 'index.html' : decoded));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return target;
}
