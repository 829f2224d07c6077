import { expect, type Locator, type Page } from '@playwright/test';

export type FocusAreaInput = {
  plan?: string;
  focusArea: string;
  strategicDirection?: string;
  keyInitiatives?: { number: string; description: string }[];
  communication?: string;
  impact?: string;
  collaborators?: string[];
};

export type ActivityInput = {
  title: string;
  status?: string;
  lead?: string[];
  tasks?: { text: string; responsible?: string[] }[];
  timeframe?: string;
  fundingNeeded?: boolean;
  fundingAmount?: string;
  fundingSource?: string;
  fundingNotes?: string;
};

/** The Action plan screen: focus areas and activities as the IFLA template has them, and the mid-term review. */
export class ActionPlanPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Action plan' }).click();
    await expect(this.page.getByRole('heading', { name: 'Action plan', level: 1 })).toBeVisible();
  }

  focusArea(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(escape(name)) });
  }

  activity(title: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  private async fillArea(dialog: Locator, area: FocusAreaInput): Promise<void> {
    if (area.plan) await dialog.getByLabel('Action plan period').fill(area.plan);
    await dialog.getByLabel('Focus area', { exact: true }).fill(area.focusArea);
    if (area.strategicDirection) await dialog.getByLabel('IFLA strategic direction').fill(area.strategicDirection);
    for (const [i, ki] of (area.keyInitiatives ?? []).entries()) {
      await dialog.getByRole('button', { name: 'Add a key initiative' }).click();
      await dialog.getByLabel(`Key initiative ${i + 1} number`).fill(ki.number);
      await dialog.getByLabel(`How the activities align with key initiative ${i + 1}`).fill(ki.description);
    }
    if (area.communication) {
      await dialog.getByLabel('How will you communicate your activities and results?').fill(area.communication);
    }
    if (area.impact) await dialog.getByLabel('How will you measure the impact of your activities?').fill(area.impact);
    if (area.collaborators) {
      await dialog.getByLabel(/Other units which may be interested/).fill(area.collaborators.join('\n'));
    }
  }

  /** A new focus area with its first activity's title. */
  async addFocusArea(area: FocusAreaInput, firstActivity: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New focus area…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New focus area' });
    await dialog.getByLabel('First activity').fill(firstActivity);
    await this.fillArea(dialog, area);
    await dialog.getByRole('button', { name: 'Add the focus area' }).click();
    await expect(dialog).toBeHidden();
  }

  private async fillActivity(dialog: Locator, input: ActivityInput): Promise<void> {
    await dialog.getByLabel('Project or activity').fill(input.title);
    if (input.status) await dialog.getByLabel('Status').selectOption({ label: input.status });
    if (input.lead)
      await dialog.getByLabel('Lead (committee members)').selectOption(input.lead.map((label) => ({ label })));
    const existing = await dialog.getByLabel(/^Task \d+$/).count();
    for (const [i, task] of (input.tasks ?? []).entries()) {
      if (i >= existing) await dialog.getByRole('button', { name: 'Add a task' }).click();
      await dialog.getByLabel(`Task ${i + 1}`, { exact: true }).fill(task.text);
      if (task.responsible) {
        await dialog
          .getByLabel(`Responsible for task ${i + 1}`)
          .selectOption(task.responsible.map((label) => ({ label })));
      }
    }
    if (input.timeframe) await dialog.getByLabel('Timeframe').fill(input.timeframe);
    if (input.fundingNeeded !== undefined) await dialog.getByLabel('Funding needed').setChecked(input.fundingNeeded);
    if (input.fundingAmount) await dialog.getByLabel('Amount').fill(input.fundingAmount);
    if (input.fundingSource) await dialog.getByLabel('Source').fill(input.fundingSource);
    if (input.fundingNotes) await dialog.getByLabel('Funding notes').fill(input.fundingNotes);
  }

  /** Completes an activity: edits it (the first one of an area, made with the area) or adds it to the area. */
  async editActivity(title: string, input: ActivityInput): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${title}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Activity: ${title}` });
    await this.fillActivity(dialog, input);
    await dialog.getByRole('button', { name: 'Save the activity' }).click();
    await expect(dialog).toBeHidden();
  }

  async addActivity(areaName: string, input: ActivityInput): Promise<void> {
    await this.focusArea(areaName).getByRole('button', { name: 'Add activity…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New activity' });
    await this.fillActivity(dialog, input);
    await dialog.getByRole('button', { name: 'Add the activity' }).click();
    await expect(dialog).toBeHidden();
  }

  async updateStatus(title: string, status: string, on: string, note: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `Update ${title}` })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Progress: ${title}` });
    await dialog.getByLabel('Status').selectOption({ label: status });
    await dialog.getByLabel('On', { exact: true }).fill(on);
    await dialog.getByLabel('Progress note').fill(note);
    await dialog.getByRole('button', { name: 'Save the new status' }).click();
    await expect(dialog).toBeHidden();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
