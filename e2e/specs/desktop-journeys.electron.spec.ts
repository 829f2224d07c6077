import { expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BackupsDialog, startupNotice } from '../pages/backups-page';
import { RosterPage } from '../pages/roster-page';
import { EXAMPLE_FILE, TenureApp, exampleJson, writeTempFile } from '../pages/tenure-app';
import {
  answerOpenDialog,
  answerSaveDialog,
  appWindow,
  clickMenu,
  launchApp,
  skipWithoutElectron,
  test,
} from '../fixtures/electron-app';

skipWithoutElectron();

test('the same page objects as the web project: first run, the example and its roster', async ({ window }) => {
  const app = new TenureApp(window);
  await app.open();
  await app.openExample();
  await app.setAsOf('2021-03-19');
  await new RosterPage(window).expectMembers(16);
});

test('File → Import through the native dialog backs the old records up in the user-data folder; File → Restore brings them back', async ({
  electronApp,
  window,
  userData,
}) => {
  const app = new TenureApp(window);
  await app.open();
  await app.openExample();
  await app.setAsOf('2021-03-19');
  const roster = new RosterPage(window);
  await expect(roster.row('Ana Ruiz')).toHaveCount(1);

  const file = exampleJson();
  const ana = file.people.find((p) => p.name === 'Ana Ruiz')?.id;
  file.terms = file.terms.filter((t) => t.personId !== ana);
  await answerOpenDialog(electronApp, writeTempFile('without-ana.tenure.json', JSON.stringify(file)));
  await clickMenu(electronApp, '&File', 'Import Workspace…');
  const importing = app.importDialog();
  await importing.dialog.getByRole('button', { name: 'Choose a workspace file…' }).click();
  await importing.confirm();
  await expect(roster.row('Ana Ruiz')).toHaveCount(0);
  expect(readdirSync(join(userData, 'backups')).some((name) => name.includes('-before-import-'))).toBe(true);

  await clickMenu(electronApp, '&File', 'Restore from Backup…');
  const backups = new BackupsDialog(window);
  await backups.restore('before an import');
  await backups.close();
  await expect(roster.row('Ana Ruiz')).toHaveCount(1);
  expect(readdirSync(join(userData, 'backups')).some((name) => name.includes('-before-restore-'))).toBe(true);
});

test('File → Export writes the workspace where the native dialog says, whole', async ({
  electronApp,
  window,
  userData,
}) => {
  const app = new TenureApp(window);
  await app.open();
  await app.openExample();
  const target = join(userData, 'exported.tenure.json');
  await answerSaveDialog(electronApp, target);
  await clickMenu(electronApp, '&File', 'Export Workspace…');
  await expect.poll(() => existsSync(target)).toBe(true);
  const exported = JSON.parse(readFileSync(target, 'utf8'));
  expect(exported.people).toHaveLength(JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')).people.length);
});

test('a database lost while the app was closed is found on the next start and restored from main’s backup', async ({
  electronApp,
  window,
  userData,
}) => {
  const app = new TenureApp(window);
  await app.open();
  await app.openExample();
  await clickMenu(electronApp, '&File', 'Back Up Now');
  await expect.poll(() => readdirSync(join(userData, 'backups')).length).toBeGreaterThan(0);
  await electronApp.close();

  rmSync(join(userData, 'IndexedDB'), { recursive: true, force: true });
  const again = await launchApp(userData);
  try {
    const page = await appWindow(again);
    await expect(startupNotice(page)).toContainText('Tenure found its database empty');
    await expect(startupNotice(page)).toContainText('Nothing was lost: the backup held every change.');
    await new TenureApp(page).setAsOf('2021-03-19');
    await new RosterPage(page).expectMembers(16);
  } finally {
    await again.close();
  }
});
