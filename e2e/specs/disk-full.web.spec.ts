import { expect, test } from '@playwright/test';
import { RosterPage } from '../pages/roster-page';
import { TenureApp } from '../pages/tenure-app';

/**
 * A full disk on a screen's write path (quality-anchors R11): every IndexedDB write fails with a
 * QuotaExceededError while `window.__tenureDiskFull` is set, as the browser raises it when the
 * disk or the origin's quota is exhausted. The repositories' unit tests cover every write function
 * (renderer/src/db/quota.test.ts); this checks what a person sees on one of them.
 */
test('ending a term on a full disk says plainly that nothing was saved, and nothing was', async ({ page }) => {
  await page.addInitScript(() => {
    const store = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['add', 'put', 'delete', 'clear']) {
      const original = store[method]!;
      store[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if ((window as { __tenureDiskFull?: boolean }).__tenureDiskFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  const app = new TenureApp(page);
  await app.open();
  await app.openExample();
  const roster = new RosterPage(page);
  await roster.expectMembers(16);

  await page.getByRole('button', { name: "End Ana Ruiz's term early" }).click();
  const dialog = page.getByRole('dialog', { name: "End Ana Ruiz's term early" });
  await dialog.getByLabel('Last day on the committee').fill('2021-03-01');
  await page.evaluate(() => ((window as { __tenureDiskFull?: boolean }).__tenureDiskFull = true));
  await dialog.getByRole('button', { name: 'End the term' }).click();
  await expect(dialog).toContainText('The disk is full: nothing was saved.');
  await expect(dialog).toBeVisible();

  await page.evaluate(() => ((window as { __tenureDiskFull?: boolean }).__tenureDiskFull = false));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await roster.expectMembers(16);
  const stored = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('tenure');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('terms').objectStore('terms').index('personId').getAll('p09');
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result.map((t: { endedOn?: string }) => t.endedOn ?? null));
          };
        };
      }),
  );
  expect(stored).toEqual([null, null]);
});
