import type { Locator, Page } from '@playwright/test';
import { TenureApp } from './tenure-app';

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

/** The example committee, in the language the menu names `name` ("Español"), at the screenshots' size. */
export async function openExampleIn(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1360, height: 900 });
  const app = new TenureApp(page);
  await app.open();
  await app.openExample();
  await languageMenu(page).selectOption({ label: name });
}
