import { originOf } from './ipc/handle';

/**
 * Decisions of the navigation rules, kept apart from Electron so they can be tested: the window
 * may only ever show the app's own pages (checklist item 13), new windows are never created
 * (item 14), and only plain https links leave the app, to the user's browser (item 15).
 */
export function mayNavigate(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== undefined && allowedOrigins.includes(origin);
}

/** The URL to hand to the user's browser, or undefined to drop the request. */
export function externalLink(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
