import { expect, test } from '@playwright/test';
import { RosterPage } from '../pages/roster-page';
import { TenureApp } from '../pages/tenure-app';

test.describe('the desk screens on the example committee', () => {
  test.beforeEach(async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
  });

  test('one click on Expiry answers whose terms end in 2021 and who may stand again', async ({ page }) => {
    await new TenureApp(page).goTo('Expiry');
    await expect(page.getByRole('heading', { name: /Election 2021/ })).toBeVisible();
    const mayStand = page.getByRole('region', { name: /May stand again/ });
    const limited = page.getByRole('region', { name: /Term-limited/ });
    await expect(mayStand.getByRole('link').or(mayStand.getByRole('button'))).toHaveCount(8);
    await expect(mayStand).toContainText('Amara Okafor');
    await expect(limited).toContainText('Ana Ruiz');
    await expect(limited).toContainText('2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023');
  });

  test("a member's page tells when they may stand again", async ({ page }) => {
    await page.getByRole('button', { name: 'Ana Ruiz', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Ana Ruiz', level: 1 })).toBeVisible();
    await expect(page.getByText('May stand again from 2023')).toBeVisible();
  });

  test('a committee change that breaks R-08 needs an override, which the findings then show as kept', async ({
    page,
  }) => {
    const app = new TenureApp(page);
    await app.goTo('Committees');
    await page.getByRole('button', { name: 'Edit Information Technology Section' }).click();
    await page.getByText('Term limits', { exact: true }).click();
    await page.getByLabel('Most consecutive elected terms').fill('1');
    const check = page.getByRole('region', { name: 'Rule check' });
    await expect(check).toContainText('R-08');
    await expect(check).toContainText(
      "Ana Ruiz's elected term 2017–2021 is a 2nd consecutive term (2013–2017); at most 1 consecutive term is allowed.",
    );
    const save = page.getByRole('button', { name: 'Save with override' });
    await expect(save).toBeDisabled();
    await page
      .getByLabel('Reason for the override')
      .fill('Trial of a smaller committee agreed with the Division Chair.');
    await save.click();
    await app.goTo('Findings');
    await expect(page.getByRole('heading', { name: /Kept by decision \(\d+\)/ })).toBeVisible();
    await expect(page.getByText('Trial of a smaller committee agreed with the Division Chair.').first()).toBeVisible();
  });

  test('the history records each change and verifies as intact', async ({ page }) => {
    await new RosterPage(page).endTermEarly('Ana Ruiz', { on: '2021-03-19', reason: 'Resigned' });
    const app = new TenureApp(page);
    await app.goTo('History');
    const log = page.getByRole('table', { name: 'Change log' });
    await expect(log).toContainText("Ended Ana Ruiz's term early on 2021-03-19 (resigned).");
    await page.getByRole('button', { name: 'Verify the history' }).click();
    await expect(page.getByText(/The history is intact: 2 entries/)).toBeVisible();
  });

  test('a person entered twice is found and merged, keeping their terms', async ({ page }) => {
    const app = new TenureApp(page);
    await app.goTo('People');
    await page.getByRole('button', { name: 'Add a person…' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Full name').fill('ana  ruiz');
    await form
      .getByRole('button', { name: /Add|Save/ })
      .last()
      .click();
    await expect(form).toBeHidden();
    await page.getByRole('button', { name: /Merge duplicates/ }).click();
    const merge = page.getByRole('dialog', { name: 'Merge duplicate records' });
    await expect(merge).toContainText('Ana Ruiz');
    await merge.getByRole('button', { name: /^Merge into Ana Ruiz \(p09\)/ }).click();
    await expect(merge.getByRole('status')).toContainText(/Merged ana ruiz \(.*\) into Ana Ruiz \(p09\)/);
    await merge.getByRole('button', { name: 'Close' }).last().click();
    await expect(merge).toBeHidden();
    await expect(page.getByRole('table', { name: 'People' })).toContainText('Ana Ruiz');
    await page.getByRole('button', { name: 'Ana Ruiz', exact: true }).click();
    await expect(page.getByText('May stand again from 2023')).toBeVisible();
  });
});
