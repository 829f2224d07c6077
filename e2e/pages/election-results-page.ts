import { expect, type Locator, type Page } from '@playwright/test';

/** The election desk's plan, nominations and results steps. */
export class ElectionResultsPage {
  constructor(readonly page: Page) {}

  async openStep(cycle: number, step: 'Plan' | 'Nominations' | 'Results'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Elections' }).click();
    await this.page.getByLabel('Election cycle').selectOption(String(cycle));
    await this.page.getByRole('navigation', { name: 'Election steps' }).getByRole('button', { name: step }).click();
  }

  nominationDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Add a nomination for/ });
  }

  async nominateNewPerson(name: string, country: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a nomination…' }).click();
    const dialog = this.nominationDialog();
    await dialog.getByLabel('Full name').fill(name);
    await dialog.getByLabel('Country').fill(country);
    await dialog.getByLabel('Signed consent form').selectOption({ label: 'Signed' });
    await dialog.getByRole('button', { name: 'Add the nomination' }).click();
    await expect(dialog).toBeHidden();
  }

  async enterVotes(votes: Record<string, number>): Promise<void> {
    for (const [name, count] of Object.entries(votes)) {
      await this.page.getByLabel(`First count for ${name}`).fill(String(count));
      await this.page.getByLabel(`Second count for ${name}`).fill(String(count));
    }
    await this.page.getByRole('button', { name: 'Save the votes' }).click();
  }
}
