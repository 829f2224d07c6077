import { expect, type Locator, type Page } from '@playwright/test';

export class RosterPage {
  readonly memberCount: Locator;
  readonly electedSeats: Locator;
  readonly vacantSeats: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.memberCount = page.getByTestId('member-count');
    this.electedSeats = page.getByTestId('elected-seats');
    this.vacantSeats = page.getByTestId('vacant-seats');
    this.table = page.getByRole('table', { name: /^Roster of/ });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  async expectMembers(count: number): Promise<void> {
    await expect(this.memberCount).toHaveText(`${count} members`);
  }

  async endTermEarly(name: string, options: { on?: string; reason?: string } = {}): Promise<void> {
    await this.page.getByRole('button', { name: `End ${name}'s term early` }).click();
    const dialog = this.page.getByRole('dialog', { name: `End ${name}'s term early` });
    if (options.on) await dialog.getByLabel('Last day on the committee').fill(options.on);
    if (options.reason) await dialog.getByLabel('Reason').selectOption({ label: options.reason });
    await dialog.getByRole('button', { name: 'End the term' }).click();
    await expect(dialog).toBeHidden();
  }

  addMemberDialog(): AddMemberDialog {
    return new AddMemberDialog(this.page);
  }
}

export class AddMemberDialog {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Add a member to/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a member…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async fillNewPerson(details: {
    name: string;
    country: string;
    kind: string;
    start: string;
    end: string;
  }): Promise<void> {
    await this.dialog.getByLabel('Full name').fill(details.name);
    await this.dialog.getByLabel('Country').fill(details.country);
    await this.dialog.getByLabel('Kind of term').selectOption({ label: details.kind });
    await this.dialog.getByLabel('Starts on').fill(details.start);
    await this.dialog.getByLabel('Ends on').fill(details.end);
  }

  ruleCheck(): Locator {
    return this.dialog.getByRole('region', { name: 'Rule check' });
  }
}
