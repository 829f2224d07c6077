import { expect, type Locator, type Page } from '@playwright/test';

type Step = 'Officers' | 'Vacancies & co-options' | 'What if';

/** The election desk's later steps: officers, vacancies and co-options, what-if. */
export class ElectionDeskPage {
  constructor(readonly page: Page) {}

  async openStep(cycle: number, step: Step): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Elections' }).click();
    await this.page.getByLabel('Election cycle').selectOption(String(cycle));
    await this.page.getByRole('navigation', { name: 'Election steps' }).getByRole('button', { name: step }).click();
  }

  /** The row of one person in the table of who may stand for office. */
  officerRow(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Who may stand for office' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  stands(name: string, role: 'Chair' | 'Secretary'): Locator {
    return this.page.getByRole('checkbox', { name: `${name} stands for ${role}` });
  }

  electionCard(role: 'Chair' | 'Secretary'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^(Elect the )?${role}, `) });
  }

  cooptionDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Propose a co-option' });
  }

  /** Proposes a co-option of a new person; with `approvedOn`, records the approval in the same step. */
  async proposeCooption(details: {
    name: string;
    country: string;
    proposedOn: string;
    start: string;
    approvedOn?: string;
    approver?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Propose a co-option…' }).click();
    const dialog = this.cooptionDialog();
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Full name').fill(details.name);
    await dialog.getByLabel('Country').fill(details.country);
    await dialog.getByLabel('Proposed on').fill(details.proposedOn);
    await dialog.getByLabel('Starts on').fill(details.start);
    if (details.approvedOn) {
      await dialog.getByLabel('Already approved').check();
      await dialog.getByLabel("Approver's name").fill(details.approver ?? 'Division C Chair');
      await dialog.getByLabel('Approved on').fill(details.approvedOn);
      await dialog.getByRole('button', { name: 'Save the approved co-option' }).click();
    } else {
      await dialog.getByRole('button', { name: 'Save the proposal' }).click();
    }
    await expect(dialog).toBeHidden();
  }

  cooptionRow(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Co-options' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
