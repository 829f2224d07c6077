import { expect, type Locator, type Page } from '@playwright/test';
import { TenureApp } from './tenure-app';

/** The backups list (header button "Backups…", or File → Restore from Backup in the desktop app). */
export class BackupsDialog {
  readonly dialog: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Backups' });
    this.rows = this.dialog.getByRole('table', { name: 'Kept backups' }).getByRole('row');
  }

  async open(): Promise<void> {
    await new TenureApp(this.page).fileCommand('Backups…');
    await expect(this.dialog).toBeVisible();
  }

  async backUpNow(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Backed up now.' })).toBeAttached();
  }

  /** The row of the newest backup made for `why` ("before an import", "before a restore", …). */
  row(why: string): Locator {
    return this.rows.filter({ hasText: why }).first();
  }

  async restore(why: string): Promise<void> {
    await this.row(why).getByRole('button', { name: 'Restore…' }).click();
    await this.dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /^Restored the backup of/ })).toBeAttached();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The notice the start-up check shows when it found the database wiped or behind. */
export function startupNotice(page: Page): Locator {
  return page.getByTestId('startup-notice');
}
