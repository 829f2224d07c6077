import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ActionPlanPage } from '../pages/action-plan-page';
import { MeetingsPage } from '../pages/meetings-page';
import { RosterPage } from '../pages/roster-page';
import { exampleJson, TenureApp, writeTempFile } from '../pages/tenure-app';

/** The example's March 2021 attendance list, by name (seed 003: everyone present but one apology). */
const MARCH_2021: [name: string, status: 'Present' | 'Apologies'][] = [
  ['Daniel Whitford', 'Present'],
  ['Grace Mwangi', 'Present'],
  ['Lucía Ferreyra', 'Present'],
  ['Amara Okafor', 'Present'],
  ['Henrik Lindqvist', 'Present'],
  ['Mei-Ling Tan', 'Present'],
  ['Farah Haddad', 'Present'],
  ['Tomasz Wójcik', 'Present'],
  ['Keiko Arai', 'Apologies'],
  ['Ana Ruiz', 'Present'],
  ['Jean-Baptiste Moreau', 'Present'],
  ['Thandiwe Dlamini', 'Present'],
  ['Rafael Costa', 'Present'],
  ['Omar Benali', 'Present'],
  ['Sophie Laurent', 'Present'],
  ['Priya Raman', 'Present'],
  // Observers: the Big Data SIG Convenor and two corresponding members.
  ['Hannah Becker', 'Present'],
  ['Nguyễn Thị Lan', 'Present'],
  ['Ahmed El-Sayed', 'Present'],
];

test.describe('meetings, attendance and the action plan', () => {
  test('records the March 2021 hybrid meeting from its attendance list and sees the quorum reached', async ({
    page,
  }) => {
    // The example without its recorded meeting: the secretary takes attendance from the list.
    const withoutMeeting = { ...exampleJson(), meetings: [] };
    const app = new TenureApp(page);
    await app.open();
    const importing = app.importDialog();
    await importing.open();
    await importing.choose(writeTempFile('no-meeting.tenure.json', JSON.stringify(withoutMeeting)));
    await importing.confirm();
    await app.setAsOf('2021-03-19');

    const meetings = new MeetingsPage(page);
    await meetings.open();
    await expect(page.getByText('No meeting is recorded yet.')).toBeVisible();
    await meetings.addMeeting({
      title: 'IFLA IT Section mid-term meeting',
      date: '2021-03-19',
      startTime: '08:00',
      endTime: '09:30',
      timeZone: 'EST',
      mode: 'Hybrid',
      place: 'Zoom, and the Library of Congress, Washington',
      languages: 'en, es',
      interpretation: 'Live captions with translation',
    });
    await expect(page.getByTestId('meeting-facts')).toHaveText(
      'March 19, 2021 · 08:00–09:30 EST · Hybrid · Zoom, and the Library of Congress, Washington · Languages: English, Spanish · Interpretation: Live captions with translation',
    );

    // Expected attendees: the roster of the day, the 16 voting members apart from the 3 observers.
    await expect(page.getByRole('table', { name: 'Voting members' }).getByRole('row')).toHaveCount(17);
    await expect(page.getByRole('table', { name: 'Observers on the roster' }).getByRole('row')).toHaveCount(4);
    await expect(meetings.attendanceRow('Hannah Becker')).toContainText('Big Data SIG Convenor');
    await expect(meetings.quorum).toContainText('No quorum yet: 0 of 16 voting members present, 9 needed.');

    // Observers present first: they never count toward the quorum.
    for (const [name, status] of MARCH_2021.slice(-3)) await meetings.mark(name, status);
    await expect(meetings.quorum).toContainText('0 of 16 voting members present');
    await expect(meetings.quorum).toContainText('3 present without a vote');

    for (const [i, [name, status]] of MARCH_2021.slice(0, 9).entries()) {
      await meetings.mark(name, status);
      if (i === 7) await expect(meetings.quorum).toContainText('No quorum yet: 8 of 16 voting members present');
    }
    // Keiko Arai sent apologies: still 8 present.
    await expect(meetings.quorum).toContainText('No quorum yet: 8 of 16');
    await meetings.mark('Ana Ruiz', 'Present');
    await expect(meetings.quorum).toContainText('Quorum reached: 9 of 16 voting members present, 9 needed.');
    for (const [name, status] of MARCH_2021.slice(10, 16)) await meetings.mark(name, status);
    await meetings.attendanceRow('Henrik Lindqvist').getByLabel('Henrik Lindqvist took part online').check();
    await meetings.addGuest('Helen Mandl', 'IFLA HQ');
    await expect(meetings.quorum).toContainText('Quorum reached: 15 of 16 voting members present, 9 needed.');
    await expect(meetings.quorum).toContainText('4 present without a vote');
    await meetings.saveAttendance();

    await meetings.backToList();
    const row = meetings.table.getByRole('row').filter({ hasText: 'IFLA IT Section mid-term meeting' });
    await expect(row).toContainText('15 of 16');
    await expect(row).toContainText('reached (9 needed)');

    // It survives a reload and lands where it was.
    await page.reload();
    await meetings.openMeeting('IFLA IT Section mid-term meeting');
    await expect(meetings.attendanceRow('Keiko Arai').getByLabel('Apologies', { exact: true })).toBeChecked();
    await expect(page.getByLabel('Guest 1 name')).toHaveValue('Helen Mandl');
  });

  test('two absences flag a member; a notice with a deadline; deemed resigned only after it; a casual vacancy opens', async ({
    page,
  }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
    const roster = new RosterPage(page);
    await expect(roster.vacantSeats).toHaveText('4');

    const meetings = new MeetingsPage(page);
    await meetings.open();
    for (const date of ['2021-04-15', '2021-05-20']) {
      await meetings.addMeeting({ title: `Online meeting ${date}`, date, mode: 'Online' });
      await meetings.allPresentExcept({ 'Rafael Costa': 'Absent', 'Keiko Arai': 'Apologies' });
      await meetings.backToList();
    }

    await app.setAsOf('2021-05-20');
    const costa = meetings.inactiveMember('Rafael Costa');
    await expect(costa).toContainText('Flagged: no notice sent yet');
    await expect(costa).toContainText('Absent without apologies: April 15, 2021; May 20, 2021.');
    // Apologies are not absences.
    await expect(meetings.inactiveMember('Keiko Arai')).toHaveCount(0);
    // tenure check says the same on the Findings screen.
    await app.goTo('Findings');
    await expect(page.getByText(/Rafael Costa was absent without apologies from the last 2 meetings/)).toBeVisible();
    await meetings.open();

    await costa.getByRole('button', { name: 'Record the notice…' }).click();
    const notice = page.getByRole('dialog', { name: 'Notice to Rafael Costa' });
    await expect(notice.getByLabel('Sent by')).toHaveValue('Daniel Whitford, Chair');
    await notice.getByLabel('Sent on').fill('2021-05-21');
    await expect(notice.getByLabel('Deadline to answer')).toHaveValue('2021-06-20');
    await notice.getByRole('button', { name: 'Record the notice' }).click();
    await expect(notice).toBeHidden();

    await app.setAsOf('2021-06-01');
    await expect(costa).toContainText('Notice sent: waiting for the deadline');
    await expect(costa).toContainText('The member may be deemed resigned from June 21, 2021.');
    await costa.getByRole('button', { name: 'Deem resigned…' }).click();
    const deem = page.getByRole('dialog', { name: 'Deem Rafael Costa resigned' });
    await deem.getByLabel('Last day on the committee').fill('2021-06-20');
    await expect(deem.getByRole('status')).toContainText(
      "Not yet: the notice's deadline (June 20, 2021) has not passed",
    );
    await expect(deem.getByRole('button', { name: 'End the term as inactive' })).toBeDisabled();
    await deem.getByRole('button', { name: 'Cancel' }).click();

    await app.setAsOf('2021-06-25');
    await expect(costa).toContainText('Deadline passed without an answer');
    await costa.getByRole('button', { name: 'Deem resigned…' }).click();
    await expect(deem.getByLabel('Last day on the committee')).toHaveValue('2021-06-25');
    await deem.getByRole('button', { name: 'End the term as inactive' }).click();
    await expect(deem).toBeHidden();
    await expect(meetings.inactiveMember('Rafael Costa')).toHaveCount(0);

    await app.goTo('Roster');
    await roster.expectMembers(15);
    await expect(roster.vacantSeats).toHaveText('5');
    await expect(roster.row('Rafael Costa')).toHaveCount(0);
    await app.goTo('History');
    await expect(page.getByText("Ended Rafael Costa's term early on 2021-06-25 (inactive).")).toBeVisible();
  });

  test("updates an action item's status and exports the minutes as Markdown and PDF", async ({ page }, testInfo) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();

    const plan = new ActionPlanPage(page);
    await plan.open();
    const robots = 'Publication of the WLIC 2019 satellite conference on Robots in Libraries';
    await expect(plan.activity(robots).getByTestId('activity-status')).toHaveText('Ongoing');
    await plan.updateStatus(robots, 'Completed', '2021-03-10', 'Published by De Gruyter in February 2021.');
    await expect(plan.activity(robots).getByTestId('activity-status')).toHaveText('Completed');
    await expect(plan.activity(robots).getByRole('list', { name: `Progress of ${robots}` })).toContainText(
      'Published by De Gruyter in February 2021.',
    );

    // The mid-term review groups by status on the chosen date.
    await page.getByRole('tab', { name: 'Mid-term review' }).click();
    const completed = page.getByRole('region', { name: /^Completed/ });
    await expect(completed).toContainText(robots);
    await expect(completed.getByText('3', { exact: true })).toBeVisible();

    const meetings = new MeetingsPage(page);
    await meetings.open();
    await meetings.openMeeting('IT Section mid-term meeting');
    await meetings.tab('Agenda');
    await page.getByRole('button', { name: 'Start from the usual agenda' }).click();
    await page.getByLabel('Item 1 notes').fill('Whitford opened the meeting and welcomed the attendees.');
    await page.getByLabel('Item 2 notes').fill('The meeting approved the agenda.');
    await page.getByRole('button', { name: 'Save the agenda' }).click();
    await expect(page.getByText('Agenda saved.')).toBeVisible();

    await meetings.tab('Minutes');
    const minutes = page.getByLabel('Minutes (Markdown)');
    await expect(minutes).toHaveValue(/^# IT SECTION MID-TERM MEETING\n\nMarch 19, 2021 {2}\nOnline meeting/);
    await expect(minutes).toHaveValue(/\*\*Present:\*\*\n\nDaniel Whitford \(Chair\) {2}\nGrace Mwangi \(Secretary\)/);
    await expect(minutes).toHaveValue(/\*\*Apologies:\*\* Keiko Arai/);
    await expect(minutes).toHaveValue(/3\. Action plan: review and update/);
    await expect(minutes).toHaveValue(
      /b\) Publication of the WLIC 2019 satellite conference on Robots in Libraries \(Moreau\): Completed\. {2}\n {3}Published by De Gruyter in February 2021\./,
    );
    // Ready to edit: the secretary's edit is saved with the meeting and goes into the files.
    await minutes.fill(
      (await minutes.inputValue()).replace('5. Any other business', '5. Any other business\n\n   None.'),
    );
    await page.getByRole('button', { name: 'Save the minutes' }).click();
    await expect(page.getByText('Minutes saved with the meeting.')).toBeVisible();

    const markdown = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const md = await markdown;
    expect(md.suggestedFilename()).toBe('minutes-information-technology-section-2021-03-19.md');
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain(
      'b) Publication of the WLIC 2019 satellite conference on Robots in Libraries (Moreau): Completed.',
    );
    expect(mdText).toContain('   None.');

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe('minutes-information-technology-section-2021-03-19.pdf');
    const bytes = readFileSync((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
    await pdf.saveAs(testInfo.outputPath('minutes.pdf'));
    await expect(page.getByText('Saved minutes-information-technology-section-2021-03-19.pdf.')).toBeVisible();
  });
});
