import { expect, test } from '@playwright/test';
import { RosterPage } from '../pages/roster-page';
import { exampleJson, TenureApp, writeTempFile } from '../pages/tenure-app';

test.describe("the secretary's desk", () => {
  test('first run offers the example, and its roster shows 16 members on 2021-03-19', async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await expect(page.getByRole('heading', { name: 'Welcome to Tenure' })).toBeVisible();
    await app.openExample();
    const roster = new RosterPage(page);
    await expect(page.getByLabel('As of')).toHaveValue('2021-03-19');
    await roster.expectMembers(16);
    await expect(roster.electedSeats).toHaveText('16/20');
    await expect(roster.vacantSeats).toHaveText('4');
    await expect(roster.row('Ana Ruiz')).toContainText('term 2 of 2');
    // The table is virtualized: never more than 100 rows in the DOM.
    expect(await roster.table.getByRole('row').count()).toBeLessThanOrEqual(100);
  });

  test('a 21st elected member is blocked with the R-01 explanation until an override is recorded', async ({ page }) => {
    // The example with its four empty 2019-cohort seats filled: 20 of 20 on 2021-03-19.
    const full = exampleJson();
    for (const n of [1, 2, 3, 4]) {
      full.people.push({ id: `fill${n}`, name: `Casual Fill ${n}`, country: 'PE' });
      full.terms.push({
        id: `t-fill${n}`,
        personId: `fill${n}`,
        committeeId: 'it',
        kind: 'casual',
        start: '2020-06-01',
        end: '2023-08-25',
      });
    }
    const app = new TenureApp(page);
    await app.open();
    const importing = app.importDialog();
    await importing.open();
    await importing.choose(writeTempFile('full.tenure.json', JSON.stringify(full)));
    await importing.confirm();
    await app.setAsOf('2021-03-19');
    const roster = new RosterPage(page);
    await expect(roster.electedSeats).toHaveText('20/20');

    const adding = roster.addMemberDialog();
    await adding.open();
    await adding.fillNewPerson({
      name: 'Zara Okonkwo',
      country: 'NG',
      kind: 'Casual vacancy',
      start: '2021-03-20',
      end: '2023-08-25',
    });
    const check = adding.ruleCheck();
    await expect(check).toContainText('This change breaks a rule.');
    await expect(check).toContainText('R-01');
    await expect(check).toContainText('21 elected and casual-vacancy members, more than its 20 elected seats');
    const save = adding.dialog.getByRole('button', { name: 'Save with override' });
    await expect(save).toBeDisabled();

    await adding.dialog
      .getByLabel('Reason for the override')
      .fill('IFLA HQ agreed a temporary extra seat by e-mail on 2021-03-18.');
    await expect(save).toBeEnabled();
    await save.click();
    await expect(adding.dialog).toBeHidden();
    await app.setAsOf('2021-03-20');
    await expect(roster.electedSeats).toHaveText('21/20');
  });

  test('ending a term early opens a vacancy, and the change survives a reload', async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
    const roster = new RosterPage(page);
    await roster.expectMembers(16);
    await roster.endTermEarly('Ana Ruiz', { on: '2021-03-19', reason: 'Resigned' });
    await roster.expectMembers(15);
    await expect(roster.vacantSeats).toHaveText('5');
    await expect(roster.row('Ana Ruiz')).toHaveCount(0);

    await page.reload();
    await roster.expectMembers(15);
    await expect(roster.vacantSeats).toHaveText('5');
    await app.setAsOf('2021-03-18');
    await expect(roster.row('Ana Ruiz')).toHaveCount(1);
  });

  test('a broken file is refused with every problem named, and nothing changes', async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
    const broken = exampleJson();
    broken.terms[3]!.start = '2021-13-01';
    broken.terms[5]!.personId = 'nobody';
    const importing = app.importDialog();
    await importing.open();
    await importing.choose(writeTempFile('broken.tenure.json', JSON.stringify(broken)));
    const alert = importing.dialog.getByRole('alert');
    await expect(alert).toContainText(
      'broken.tenure.json is not a valid Tenure workspace, so nothing was imported and nothing changed.',
    );
    await expect(alert).toContainText('terms[3].start expected a date YYYY-MM-DD, got "2021-13-01"');
    await expect(alert).toContainText('terms[5].personId no person with id "nobody"');
    await expect(importing.dialog.getByRole('button', { name: 'Replace the workspace with this file' })).toHaveCount(0);
    await importing.cancel();
    await new RosterPage(page).expectMembers(16);
  });
});
