import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectMissingMessages, openExampleIn } from '../pages/languages';
import { RosterPage } from '../pages/roster-page';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');

const LANGUAGES = [
  {
    locale: 'es',
    name: 'Español',
    members: '16 miembros',
    addMember: 'Añadir un miembro…',
    header: 'N.º de mandato',
    anaTerm: 'mandato 2 de 2',
    vacant: 'puestos vacantes',
    dir: 'ltr',
  },
  {
    locale: 'fr',
    name: 'Français',
    members: '16 membres',
    addMember: 'Ajouter un membre…',
    header: 'N° de mandat',
    anaTerm: 'mandat 2 sur 2',
    vacant: 'sièges vacants',
    dir: 'ltr',
  },
  {
    locale: 'ar',
    name: 'العربية',
    members: '16 عضوًا',
    addMember: 'إضافة عضو…',
    header: 'رقم الولاية',
    anaTerm: 'الولاية 2 من 2',
    vacant: 'مقاعد شاغرة',
    dir: 'rtl',
  },
] as const;

test.describe('the roster in Spanish, French and Arabic', () => {
  test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

  for (const language of LANGUAGES) {
    test(`${language.name}: the roster reads in ${language.locale}, laid out ${language.dir}`, async ({ page }) => {
      const missing = collectMissingMessages(page);
      await openExampleIn(page, language.name);

      const html = page.locator('html');
      await expect(html).toHaveAttribute('lang', language.locale);
      await expect(html).toHaveAttribute('dir', language.dir);
      const roster = new RosterPage(page);
      await expect(roster.memberCount).toHaveText(language.members);
      await expect(roster.electedSeats).toHaveText('16/20');
      await expect(page.getByText(language.vacant, { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: language.addMember })).toBeVisible();
      await expect(page.getByRole('columnheader', { name: language.header })).toBeVisible();
      const ana = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Ana Ruiz', exact: true }) });
      await expect(ana).toContainText(language.anaTerm);

      if (language.dir === 'rtl') {
        // The table reads right to left: the name column is the rightmost.
        const name = await page.getByRole('columnheader').first().boundingBox();
        const kind = await page.getByRole('columnheader').nth(1).boundingBox();
        expect(name && kind && name.x > kind.x).toBe(true);
      }

      await page.screenshot({ path: resolve(SCREENSHOTS, `languages-roster-${language.locale}.png`) });
      expect(missing).toEqual([]);
    });
  }

  test('names are found without their accents, and the choice of language is remembered', async ({ page }) => {
    await openExampleIn(page, 'Français');
    const search = page.getByRole('searchbox', { name: 'Rechercher' });
    await search.fill('wojcik');
    await expect(page.getByRole('button', { name: 'Tomasz Wójcik', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^1 affiché sur \d+$/ })).toBeVisible();
    await search.fill('nguyen thi');
    await expect(page.getByRole('button', { name: 'Nguyễn Thị Lan', exact: true })).toBeVisible();
    await search.fill('zzz');
    await expect(page.getByText('Aucun membre ne correspond aux filtres.')).toBeVisible();
    await search.fill('');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(new RosterPage(page).memberCount).toHaveText('16 membres');
  });

  test('a person’s timeline runs right to left in Arabic', async ({ page }) => {
    const missing = collectMissingMessages(page);
    await openExampleIn(page, 'العربية');
    await page.getByRole('button', { name: 'Ana Ruiz', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Ana Ruiz', level: 1 })).toBeVisible();
    await expect(page.getByText('يجوز له الترشح مجددًا اعتبارًا من 2023')).toBeVisible();
    const timeline = page.locator('figure.timeline');
    await expect(timeline).toHaveAttribute('dir', 'rtl');
    const first = await timeline.locator('.tl-tick').first().boundingBox();
    const last = await timeline.locator('.tl-tick').last().boundingBox();
    // The earliest year is on the right, the latest on the left.
    expect(first && last && first.x > last.x).toBe(true);
    expect(missing).toEqual([]);
  });
});
