import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TenureApp } from './tenure-app';

/** The export buttons of a screen and the spreadsheet import dialog, as a user works them. */
export class ExportsPage {
  constructor(readonly page: Page) {}

  exportGroup(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name });
  }

  /** Presses a format button of an export group and returns the downloaded file's bytes. */
  async download(group: Locator, format: 'CSV' | 'XLSX' | 'PDF'): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      group.getByRole('button', { name: format, exact: true }).click(),
    ]);
    const path = await download.path();
    await expect(group.getByRole('status')).toContainText('Saved');
    return { download, bytes: readFileSync(path) };
  }

  spreadsheetDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import people and terms from a spreadsheet' });
  }

  async openSpreadsheetImport(): Promise<Locator> {
    await new TenureApp(this.page).fileCommand('Import spreadsheet…');
    const dialog = this.spreadsheetDialog();
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
