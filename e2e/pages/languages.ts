import type { Locator, Page } from '@playwright/test';

/** The header's language menu, whatever language its own label is in now. */
export const languageMenu = (page: Page): Locator => page.locator('header select:has(option[value="ar"])');

/** Every message the screens ask for exists: react-intl reports a missing one as a console error. */
export function collectMissingMessages(page: Page): string[] {
  const missing: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /MISSING_TRANSLATION|Missing message/i.test(message.text())) {
      missing.push(message.text());
    }
  });
  return missing;
}
