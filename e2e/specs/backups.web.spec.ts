import { expect, test } from '@playwright/test';
import { BackupsDialog, startupNotice } from '../pages/backups-page';
import { RosterPage } from '../pages/roster-page';
import { TenureApp, exampleJson, writeTempFile } from '../pages/tenure-app';

/** The example without Ana Ruiz's terms: an import that visibly changes the roster. */
function exampleWithoutAna(): string {
  const file = exampleJson();
  const ana = file.people.find((p) => p.name === 'Ana Ruiz')?.id;
  file.terms = file.terms.filter((t) => t.personId !== ana);
  return writeTempFile('without-ana.tenure.json', JSON.stringify(file));
}

test.describe('backups kept outside the database (web platform: the browser’s private file storage)', () => {
  test('an import is backed up first; restoring that backup brings the records back, and the restore can be undone', async ({
    page,
  }) => {
    const app = new TenureApp(page);
    const roster = new RosterPage(page);
    await app.open();
    await app.openExample();
    await app.setAsOf('2021-03-19');
    await expect(roster.row('Ana Ruiz')).toHaveCount(1);

    const importing = app.importDialog();
    await importing.open();
    await importing.choose(exampleWithoutAna());
    await importing.confirm();
    await expect(roster.row('Ana Ruiz')).toHaveCount(0);

    const backups = new BackupsDialog(page);
    await backups.open();
    await expect(backups.row('before an import')).toBeVisible();
    await backups.restore('before an import');
    await backups.close();
    await expect(roster.row('Ana Ruiz')).toHaveCount(1);

    await backups.open();
    await backups.restore('before a restore');
    await backups.close();
    await expect(roster.row('Ana Ruiz')).toHaveCount(0);
  });

  test('a database deleted while the app was closed is found on the next start and restored from the backup', async ({
    page,
  }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
    const backups = new BackupsDialog(page);
    await backups.open();
    await backups.backUpNow();
    await backups.close();

    // Leave the app (no open connection may hold the database), delete it as Chromium does a corrupt one, come back.
    await page.goto('/not-the-app');
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.deleteDatabase('tenure');
          request.onsuccess = () => done();
          request.onerror = () => fail(request.error);
        }),
    );
    await page.goto('/');
    await expect(startupNotice(page)).toContainText('Tenure found its database empty');
    await expect(startupNotice(page)).toContainText('It restored the backup of');
    await expect(startupNotice(page)).toContainText('Nothing was lost: the backup held every change.');
    await app.setAsOf('2021-03-19');
    await new RosterPage(page).expectMembers(16);
    await startupNotice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(startupNotice(page)).toHaveCount(0);

    await app.goTo('History');
    await expect(page.getByText(/Imported the backup of .* \(manual\)/).first()).toBeVisible();
  });
});
