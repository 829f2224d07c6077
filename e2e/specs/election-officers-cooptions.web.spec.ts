import { expect, test } from '@playwright/test';
import { ElectionDeskPage } from '../pages/election-desk-page';
import { TenureApp } from '../pages/tenure-app';

test.describe("the chair's election desk after the 2021 boundary", () => {
  test.beforeEach(async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
  });

  test('officer elections: an outgoing member is refused (R-35); Chair and Secretary elected, the IC appointed', async ({
    page,
  }) => {
    await new TenureApp(page).setAsOf('2021-09-01');
    const desk = new ElectionDeskPage(page);
    await desk.openStep(2021, 'Officers');

    await expect(
      page.getByText('4 in the electorate: Grace Mwangi, Omar Benali, Priya Raman, Sophie Laurent.'),
    ).toBeVisible();
    await expect(desk.officerRow('Ana Ruiz')).toContainText(
      'Refused: outgoing: term ends at the Aug 26, 2021 boundary (R-35).',
    );
    await expect(desk.stands('Ana Ruiz', 'Chair')).toHaveCount(0);
    await expect(desk.officerRow('Grace Mwangi')).toContainText(
      'Eligible: 2nd consecutive term as Secretary (at most 2); officer years: 2 so far, 4 with this office (at most 8).',
    );

    // The Chair: two candidates, the votes decide, every member of the electorate voted.
    await desk.stands('Omar Benali', 'Chair').check();
    await desk.stands('Priya Raman', 'Chair').check();
    const chair = desk.electionCard('Chair');
    await chair.getByLabel('Votes for Omar Benali as Chair').fill('3');
    await chair.getByLabel('Votes for Priya Raman as Chair').fill('1');
    await expect(chair.getByLabel('Omar Benali elected Chair')).toBeChecked();
    await chair.getByRole('button', { name: 'Everyone in the electorate voted' }).click();
    await expect(
      chair.getByRole('region', { name: 'Rule check' }).or(chair.getByText('raises no new finding')),
    ).toBeVisible();
    await chair.getByRole('button', { name: 'Record Omar Benali as Chair' }).click();
    await expect(chair).toContainText(
      'Omar Benali is Chair from Aug 26, 2021 to Aug 25, 2023, elected by the committee.',
    );

    // The Secretary: the new Chair cannot also be Secretary.
    await desk.stands('Omar Benali', 'Secretary').check();
    await desk.stands('Grace Mwangi', 'Secretary').check();
    const secretary = desk.electionCard('Secretary');
    await secretary.getByLabel('Omar Benali elected Secretary').check();
    await expect(secretary.getByRole('alert')).toHaveText(
      'Refused: Omar Benali cannot be Secretary: already Chair Aug 26, 2021 to Aug 25, 2023: the Chair and the Secretary are two different people (R-34).',
    );
    await expect(secretary.getByRole('button', { name: /^Record Omar Benali/ })).toBeDisabled();
    await secretary.getByLabel('Grace Mwangi elected Secretary').check();
    await secretary.getByRole('button', { name: 'Record Grace Mwangi as Secretary' }).click();
    await expect(secretary).toContainText('Grace Mwangi is Secretary from Aug 26, 2021 to Aug 25, 2023');

    // The Information Coordinator is appointed, not elected.
    const ic = page.getByRole('region', { name: /Information Coordinator, 2021–2023/ });
    await ic.getByLabel('Information Coordinator').selectOption({ label: 'Sophie Laurent' });
    await ic.getByRole('button', { name: 'Appoint Sophie Laurent as Information Coordinator' }).click();
    await expect(ic).toContainText('Sophie Laurent is Information Coordinator from Aug 26, 2021 to Aug 25, 2023');

    const officers = page.getByRole('table', { name: 'Officers on Sep 1, 2021' });
    await expect(officers.getByRole('row')).toHaveCount(4);
    await expect(officers).toContainText('ChairOmar Benali');
    await expect(officers).toContainText('SecretaryGrace Mwangi');
    await expect(officers).toContainText('Information CoordinatorSophie Laurent');
  });

  test('a 6th co-option is refused (R-24) unless an override is recorded', async ({ page }) => {
    await new TenureApp(page).setAsOf('2021-10-01');
    const desk = new ElectionDeskPage(page);
    await desk.openStep(2021, 'Vacancies & co-options');

    const vacancies = page.getByRole('region', { name: 'Casual vacancies on Oct 1, 2021' });
    await expect(vacancies).toContainText('Seat IT-S17: Emma Novák left on Mar 15, 2020 (resigned)');
    await expect(vacancies).toContainText('A mid-term co-option.');

    const people: [string, string][] = [
      ['Nia Otieno', 'KE'],
      ['Tupac Quispe', 'PE'],
      ['Hana Sato', 'JP'],
      ['Layla Nasser', 'JO'],
      ['Jonas Berg', 'NO'],
    ];
    for (const [name, country] of people) {
      await desk.proposeCooption({
        name,
        country,
        proposedOn: '2021-09-10',
        start: '2021-09-15',
        approvedOn: '2021-09-14',
      });
    }
    await expect(page.getByTestId('coopted-now')).toContainText('5 of 5');
    await expect(desk.cooptionRow('Tupac Quispe')).toContainText('counts as a term toward the two-term limit (R-27)');

    // A sixth may be proposed as a draft: it takes no place until approved (S-06).
    await desk.proposeCooption({ name: 'Ama Mensah', country: 'GH', proposedOn: '2021-09-20', start: '2021-09-25' });
    await expect(desk.cooptionRow('Ama Mensah')).toContainText('awaiting the Division Chair (R-25)');

    await page.getByRole('button', { name: 'Approve the co-option of Ama Mensah' }).click();
    const approval = page.getByRole('dialog', { name: 'Approve the co-option of Ama Mensah' });
    await approval.getByLabel("Approver's name").fill('Division C Chair');
    await approval.getByLabel('Approved on').fill('2021-09-24');
    const check = approval.getByRole('region', { name: 'Rule check' });
    await expect(check).toContainText('R-24');
    await expect(check).toContainText('seats.coopted.max');
    await expect(check).toContainText('6 approved co-opted members, more than the 5 allowed at a time');
    const save = approval.getByRole('button', { name: 'Save with override' });
    await expect(save).toBeDisabled();
    await approval.getByLabel('Reason for the override').fill('IFLA HQ agreed a sixth place for the 2021–2023 period.');
    await save.click();
    await expect(approval).toBeHidden();
    await expect(desk.cooptionRow('Ama Mensah')).toContainText('approved Sep 24, 2021 by Division C Chair');
    await expect(page.getByTestId('coopted-now')).toContainText('6 of 5');

    await new TenureApp(page).goTo('Findings');
    await expect(page.getByText('IFLA HQ agreed a sixth place for the 2021–2023 period.').first()).toBeVisible();
  });

  test('what-if: a slate and a co-option on a scratch copy, discarded, then applied', async ({ page }) => {
    await new TenureApp(page).setAsOf('2021-06-01');
    const desk = new ElectionDeskPage(page);
    await desk.openStep(2021, 'What if');

    await page.getByRole('button', { name: 'Elect everyone standing (R-13)' }).click();
    const composition = page.getByRole('table', { name: 'Composition, recorded and what if' });
    const members = composition.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Members' }) });
    await expect(members).toContainText('414 (+10)');
    const electorate = composition
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Officer electorate' }) });
    await expect(electorate.getByRole('cell').last()).toContainText(/^14: /);

    const cooption = page.getByRole('group', { name: 'A co-option' });
    await cooption.getByLabel('Full name').fill('Nia Otieno');
    await cooption.getByLabel('Country').fill('KE');
    await cooption.getByRole('button', { name: 'Try the co-option' }).click();
    await expect(page.getByRole('list', { name: 'Changes tried' }).getByRole('listitem')).toHaveCount(11);

    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByText('Discarded: nothing was saved.')).toBeVisible();
    await expect(members).toContainText('44');

    await page.getByRole('button', { name: 'Elect everyone standing (R-13)' }).click();
    await page.getByRole('button', { name: /^Apply/ }).click();
    await expect(page.getByText('Applied 10 changes: they are now recorded.')).toBeVisible();

    await desk.openStep(2021, 'Officers');
    await expect(page.getByText(/^14 in the electorate:/)).toBeVisible();
  });
});
