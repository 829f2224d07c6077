import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from './resolve-inside';

const ROOT = join('/opt', 'tenure', 'renderer');

describe('the app:// path-traversal guard', () => {
  it('serves files inside the renderer folder, and index.html for the root', () => {
    expect(resolveInside(ROOT, '/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveInside(ROOT, '/assets/index-abc.js')).toBe(join(ROOT, 'assets', 'index-abc.js'));
    expect(resolveInside(ROOT, '/')).toBe(join(ROOT, 'index.html'));
    expect(resolveInside(ROOT, '/assets/a%20b.png')).toBe(join(ROOT, 'assets', 'a b.png'));
  });

  it.each([
    '/../main/index.js',
    '/assets/../../preload/index.js',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2E%2E%5C..%5Cwindows',
    '/assets/%00.js',
    '/%E0%A4%A',
    '/..',
  ])('refuses %s', (path) => {
    const resolved = resolveInside(ROOT, path);
    if (resolved !== undefined) expect(resolved.startsWith(`${ROOT}/`)).toBe(true);
    else expect(resolved).toBeUndefined();
  });

  it('never resolves outside the folder, whatever the path', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '.', 'a', '%2e%2e', '%2f', '\\', '/', '%5c', '%00', 'b.js')),
        (parts) => {
          const resolved = resolveInside(ROOT, `/${parts.join('/')}`);
          return resolved === undefined || resolved.startsWith(`${ROOT}/`);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
