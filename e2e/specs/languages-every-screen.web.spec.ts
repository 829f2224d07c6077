import { expect, test, type Locator } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectMissingMessages, openExampleIn } from '../pages/languages';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');
const RENDERER = resolve(__dirname, '../../renderer/src');

/** Every English catalogue of the renderer, read from disk: the test knows nothing of the app's loader. */
function englishMessages(dir = RENDERER): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return englishMessages(path);
    if (entry.name !== 'en.json' || !dir.endsWith('messages')) return [];
    return Object.values(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>);
  });
}

/**
 * English sentences that would give away an untranslated screen: messages without arguments or
 * markup, of three words or more (short labels such as "Ex officio" or "PDF" can be the same word
 * in Spanish or French).
 */
const TELLTALES = [...new Set(englishMessages())].filter(
  (text) => !/[{<]/.test(text) && text.trim().split(/\s+/).length >= 3,
);

/** One message of a feature's catalogue in `locale`, to find a control by its label. */
function label(feature: string, locale: string, id: string): string {
  const file = join(RENDERER, feature, 'messages', `${locale}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[id] as string;
}

/** The English sentences in a part of the page. */
async function englishIn(locator: Locator): Promise<string[]> {
  const text = await locator.innerText();
  return TELLTALES.filter((sentence) => text.includes(sentence));
}

/** The nav's screens in order, as the app's catalogue names them (`app.nav.<screen>`). */
const SCREENS = Object.keys(
  JSON.parse(readFileSync(join(RENDERER, 'app/messages/en.json'), 'utf8')) as Record<string, string>,
)
  .filter((key) => key.startsWith('app.nav.') && key !== 'app.nav.label')
  .map((key) => key.slice('app.nav.'.length));

const LANGUAGES = [
  { locale: 'es', name: 'Español', dir: 'ltr' },
  { locale: 'fr', name: 'Français', dir: 'ltr' },
  { locale: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

test.describe('every screen changes language', () => {
  test('the check knows enough English to notice a screen left in English', () => {
    expect(TELLTALES.length).toBeGreaterThan(200);
    expect(TELLTALES).toContain('No member matches the filters.');
  });

  for (const language of LANGUAGES) {
    test(`${language.name}: no screen or main dialog shows an English sentence, laid out ${language.dir}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const missing = collectMissingMessages(page);
      await openExampleIn(page, language.name);
      await expect(page.locator('html')).toHaveAttribute('dir', language.dir);

      const nav = page.locator('nav.app-nav button');
      await expect(nav).toHaveCount(SCREENS.length);
      for (const [index, screen] of SCREENS.entries()) {
        await nav.nth(index).click();
        await expect(nav.nth(index)).toHaveAttribute('aria-current', 'page');
        await expect(page.locator('main h1, main h2').first()).toBeVisible();
        // Let lazily loaded screens and their live queries settle before reading the page.
        await page.waitForLoadState('networkidle');
        expect(await englishIn(page.locator('body')), `${language.locale} ${screen}`).toEqual([]);
        // The roster's own screenshots come from languages.web.spec.ts.
        if (language.locale === 'ar' && screen !== 'roster') {
          await page.screenshot({ path: resolve(SCREENSHOTS, `languages-ar-${screen}.png`) });
        }
      }

      // The dialogs: the File menu's (all but Export, which downloads at once), then the roster's.
      const dialog = page.getByRole('dialog');
      const exportLabel = label('features/workspace-file', language.locale, 'workspaceFile.menu.export');
      const fileMenu = page.locator('.file-menu > button');
      await fileMenu.click();
      const commands = await page.locator('.file-menu-items button').allInnerTexts();
      await fileMenu.click();
      for (const command of commands.filter((c) => c !== exportLabel)) {
        await fileMenu.click();
        await page.locator('.file-menu-items button', { hasText: command }).click();
        await expect(dialog).toBeVisible();
        expect(await englishIn(dialog), `${language.locale} File → ${command}`).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
      await nav.first().click();
      for (const [button, name] of [
        [page.getByRole('button', { name: label('features/roster', language.locale, 'roster.addMember') }), 'add'],
        [
          page.locator('button', { hasText: label('features/roster', language.locale, 'roster.endEarly') }).first(),
          'end',
        ],
      ] as const) {
        await button.click();
        await expect(dialog).toBeVisible();
        expect(await englishIn(dialog), `${language.locale} roster ${name}`).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
      expect(missing).toEqual([]);
    });
  }
});
