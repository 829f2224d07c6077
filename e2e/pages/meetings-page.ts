import { expect, type Locator, type Page } from '@playwright/test';

export type MeetingDetails = {
  title: string;
  date: string;
  startTime?: string;
  endTime?: string;
  timeZone?: string;
  mode?: 'In person' | 'Online' | 'Hybrid';
  place?: string;
  languages?: string;
  interpretation?: string;
};

/** The Meetings screen: the list, the inactivity panel and one meeting's tabs. */
export class MeetingsPage {
  readonly table: Locator;
  readonly inactivity: Locator;
  readonly quorum: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: /^Meetings of/ });
    this.inactivity = page.getByRole('region', { name: 'Inactive members (R-23)' });
    this.quorum = page.getByTestId('quorum');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Meetings' }).click();
    await expect(this.page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
  }

  async addMeeting(details: MeetingDetails): Promise<void> {
    await this.page.getByRole('button', { name: 'New meeting…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New meeting' });
    await dialog.getByLabel('Title').fill(details.title);
    await dialog.getByLabel('Date').fill(details.date);
    if (details.startTime) await dialog.getByLabel('Starts at').fill(details.startTime);
    if (details.endTime) await dialog.getByLabel('Ends at').fill(details.endTime);
    if (details.timeZone) await dialog.getByLabel('Time zone').fill(details.timeZone);
    if (details.mode) await dialog.getByLabel('Mode').selectOption({ label: details.mode });
    if (details.place) await dialog.getByLabel('Place').fill(details.place);
    if (details.languages) await dialog.getByLabel('Languages').fill(details.languages);
    if (details.interpretation) await dialog.getByLabel('Interpretation').fill(details.interpretation);
    await dialog.getByRole('button', { name: 'Add the meeting' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { name: details.title, level: 1 })).toBeVisible();
  }

  async openMeeting(title: string): Promise<void> {
    await this.table.getByRole('button', { name: title }).click();
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: '← All meetings' }).click();
    await expect(this.table.or(this.page.getByText('No meeting is recorded yet.'))).toBeVisible();
  }

  async tab(name: 'Attendance' | 'Agenda' | 'Minutes'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  attendanceRow(name: string): Locator {
    return this.page.getByRole('row', { name, exact: true });
  }

  async mark(name: string, status: 'Present' | 'Apologies' | 'Absent'): Promise<void> {
    await this.attendanceRow(name).getByLabel(status, { exact: true }).check();
  }

  async addGuest(name: string, role: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a guest' }).click();
    const rows = this.page.locator('.guest-row');
    const n = await rows.count();
    await this.page.getByLabel(`Guest ${n} name`).fill(name);
    await this.page.getByLabel(`Guest ${n} role`).fill(role);
  }

  async saveAttendance(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(this.page.getByText(/^Attendance saved:/)).toBeVisible();
  }

  /** Takes attendance in one go: everyone present but the people named. */
  async allPresentExcept(marks: Record<string, 'Apologies' | 'Absent'>): Promise<void> {
    await this.page.getByRole('button', { name: 'Mark the rest present' }).click();
    for (const [name, status] of Object.entries(marks)) await this.mark(name, status);
    await this.saveAttendance();
  }

  inactiveMember(name: string): Locator {
    return this.inactivity.getByRole('listitem', { name });
  }
}
