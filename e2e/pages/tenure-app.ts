import { expect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXAMPLE_FILE = resolve(__dirname, '../../examples/it-section-2021.tenure.json');

/** The example workspace as JSON, to derive fixtures from. */
export function exampleJson(): Record<string, unknown> & {
  people: Record<string, unknown>[];
  terms: Record<string, unknown>[];
} {
  return JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));
}

export function writeTempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tenure-e2e-')), name);
  writeFileSync(file, content);
  return file;
}

/** The app as a user meets it: the first-run screen, the header, the screens. */
export class TenureApp {
  constructor(readonly page: Page) {}

  /** Loads the app and waits until it shows the first-run screen or the workspace. */
  async open(): Promise<void> {
    // The desktop app's window is already on app://tenure; the web project navigates to its server.
    if (!this.page.url().startsWith('app://')) await this.page.goto('/');
    await expect(
      this.page
        .getByRole('heading', { name: 'Welcome to Tenure' })
        .or(this.page.getByRole('navigation', { name: 'Screens' })),
    ).toBeVisible();
  }

  async openExample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open the example committee' }).click();
    await expect(this.page.getByTestId('member-count')).toBeVisible();
  }

  async goTo(screen: 'Roster' | 'Expiry' | 'Findings' | 'People' | 'Committees' | 'History'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: screen }).click();
  }

  async setAsOf(date: string): Promise<void> {
    await this.page.getByLabel('As of').fill(date);
  }

  /** Opens the File menu and chooses a command ("Export workspace", "Backups…"). */
  async fileCommand(label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'File', exact: true }).click();
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  importDialog(): ImportDialog {
    return new ImportDialog(this.page);
  }
}

export class ImportDialog {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a workspace file' });
  }

  async open(): Promise<void> {
    const fromStart = this.page.getByRole('button', { name: 'Import a workspace file…' });
    if (await fromStart.isVisible()) await fromStart.click();
    else await new TenureApp(this.page).fileCommand('Import workspace…');
    await expect(this.dialog).toBeVisible();
  }

  async choose(file: string): Promise<void> {
    await this.dialog.getByLabel('Workspace file').setInputFiles(file);
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Replace the workspace with this file' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
