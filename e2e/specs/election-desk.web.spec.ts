import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ElectionResultsPage } from '../pages/election-results-page';
import { RosterPage } from '../pages/roster-page';
import { TenureApp } from '../pages/tenure-app';

test.describe("the chair's election desk on the example's 2021 cycle", () => {
  test.beforeEach(async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
  });

  test('the plan shows 12 places, 8 who may stand again, 4 term-limited and 4 continuing', async ({ page }) => {
    const desk = new ElectionResultsPage(page);
    await desk.openStep(2021, 'Plan');
    const figures = page.getByRole('region', { name: /Election 2021/ });
    await expect(figures.getByText('Places to fill')).toBeVisible();
    await expect(page.getByRole('region', { name: /May stand again/ }).getByRole('button')).toHaveCount(8);
    await expect(page.getByRole('region', { name: /Term-limited/ }).getByRole('button')).toHaveCount(4);
    await expect(page.getByRole('region', { name: /Continuing/ }).getByRole('button')).toHaveCount(4);
  });

  test('a term-limited nomination is refused with its reason', async ({ page }) => {
    const desk = new ElectionResultsPage(page);
    await desk.openStep(2021, 'Nominations');
    await page.getByRole('button', { name: 'Add a nomination…' }).click();
    const dialog = desk.nominationDialog();
    await dialog.getByLabel('Candidate').selectOption({ label: 'Ana Ruiz (p09)' });
    await expect(dialog.getByRole('alert')).toHaveText(
      'Refused: term-limited (R-08, R-12): 2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023.',
    );
    await expect(dialog.getByRole('button', { name: 'Add the nomination' })).toBeDisabled();
  });

  test('a tie at place 12 blocks finalising until a run-off is recorded; the new terms then show on the roster', async ({
    page,
  }) => {
    const desk = new ElectionResultsPage(page);
    await desk.openStep(2021, 'Nominations');
    for (const [name, country] of [
      ['Nadia Rahman', 'BD'],
      ['Tupac Quispe', 'PE'],
      ['Olga Ivanova', 'RU'],
    ] as const) {
      await desk.nominateNewPerson(name, country);
    }
    await expect(page.getByRole('table', { name: 'Candidates in 2021' }).getByRole('row')).toHaveCount(14);

    await desk.openStep(2021, 'Results');
    const names = [
      'Amara Okafor',
      'Lucía Ferreyra',
      'Henrik Lindqvist',
      'Mei-Ling Tan',
      'Daniel Whitford',
      'Farah Haddad',
      'Tomasz Wójcik',
      'Isabel Pereira',
      'Kwame Asante',
      'Lina Khoury',
      'Nadia Rahman',
      'Tupac Quispe',
      'Olga Ivanova',
    ];
    const votes: Record<string, number> = Object.fromEntries(names.map((name, i) => [name, 90 - i * 4]));
    votes['Olga Ivanova'] = votes['Tupac Quispe']!;
    // A slip in the second count keeps the votes from being saved.
    await page.getByLabel('First count for Amara Okafor').fill('90');
    await page.getByLabel('Second count for Amara Okafor').fill('91');
    await expect(page.getByText('differs from the first count')).toBeVisible();
    await desk.enterVotes(votes);

    const tie = page.getByRole('region', { name: 'Tie-break' });
    await expect(tie).toContainText(
      /(Olga Ivanova and Tupac Quispe|Tupac Quispe and Olga Ivanova) tie with 46 votes for the last place\./,
    );
    await expect(page.getByRole('button', { name: /^Finalise/ })).toHaveCount(0);

    await tie.getByLabel('On').fill('2021-06-10');
    await tie.getByLabel('Run-off votes for Tupac Quispe').fill('30');
    await tie.getByLabel('Run-off votes for Olga Ivanova').fill('25');
    await tie.getByRole('button', { name: 'Record the run-off' }).click();
    await expect(page.getByText('The tie was settled by a run-off on Jun 10, 2021.')).toBeVisible();
    await page.getByRole('button', { name: /^Finalise: create 12 terms from Aug 26, 2021/ }).click();
    await expect(page.getByText(/^Elected \(12\):/)).toBeVisible();
    await expect(page.getByText('Reserve list (R-17): 1. Olga Ivanova.')).toBeVisible();

    await new TenureApp(page).goTo('Roster');
    await new TenureApp(page).setAsOf('2021-09-01');
    const roster = new RosterPage(page);
    await roster.expectMembers(16);
    await expect(roster.row('Tupac Quispe')).toContainText('2021-08-26 → 2025-08-22');
    await expect(roster.row('Olga Ivanova')).toHaveCount(0);
    await expect(roster.row('Amara Okafor')).toContainText('term 2 of 2');

    // The finished cycle, exported, passes `tenure check` with no error.
    const download = page.waitForEvent('download');
    await new TenureApp(page).fileCommand('Export workspace');
    const file = await (await download).path();
    const check = spawnSync(
      process.execPath,
      [resolve(__dirname, '../../cli/tenure.cjs'), 'check', file, '--as-of', '2021-09-01', '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout).counts.error).toBe(0);
  });
});
