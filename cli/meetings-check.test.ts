import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run';

const EXAMPLE = resolve(import.meta.dirname, '../examples/it-section-2021.tenure.json');

async function check(workspace: unknown, asOf: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'tenure-cli-')), 'meetings.tenure.json');
  writeFileSync(file, JSON.stringify(workspace));
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', file, '--as-of', asOf, '--json'], {
    readFile: (path) => readFile(path, 'utf8'),
    today: () => asOf,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  expect(stderr).toBe('');
  const report = JSON.parse(stdout) as { findings: { code: string; personId?: string; refs: string[] }[] };
  return { code, inactive: report.findings.filter((f) => f.code === 'member.inactive') };
}

/**
 * The example with two more meetings (hybrid, with agenda, guests and times, as the app writes
 * them) at which Rafael Costa (p12) was absent without apologies, and an action plan carrying the
 * template's fields.
 */
function exampleWithMeetings() {
  const ws = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  const attendance = (absent: string) =>
    ['p01', 'p02', 'p03', 'p13', 'p14']
      .map((personId) => ({ personId, status: 'present' }))
      .concat([{ personId: absent, status: 'absent' }]);
  ws.meetings.push(
    {
      id: 'm-2021-04-15',
      committeeId: 'it',
      date: '2021-04-15',
      title: 'Extra meeting',
      mode: 'hybrid',
      place: 'The Hague',
      timeZone: 'Europe/Amsterdam',
      startTime: '14:00',
      endTime: '15:30',
      languages: ['en'],
      agenda: [{ title: 'WLIC 2021 planning' }],
      guests: [{ name: 'IFLA HQ observer', role: 'IFLA HQ' }],
      attendance: attendance('p12'),
    },
    { id: 'm-2021-05-20', committeeId: 'it', date: '2021-05-20', mode: 'online', attendance: attendance('p12') },
  );
  ws.actions[0].progress = [{ on: '2021-04-15', note: 'Recording published', status: 'completed' }];
  ws.actions[0].tasks = [{ text: 'Publish the recording', owners: ['p02'] }];
  ws.actions[0].fundingNeeded = false;
  return ws;
}

describe('tenure check and the meetings of the file (member.inactive, R-23)', () => {
  it('reports a member absent without apologies from the last 2 meetings, with the meetings as refs', async () => {
    const { inactive } = await check(exampleWithMeetings(), '2021-05-20');
    expect(inactive).toEqual([
      expect.objectContaining({
        code: 'member.inactive',
        severity: 'warning',
        rule: 'R-23',
        committeeId: 'it',
        personId: 'p12',
        refs: ['meetings/m-2021-04-15', 'meetings/m-2021-05-20', 'terms/t-p12-2017'],
      }),
    ]);
  });

  it('checks state on --as-of: before the second meeting there is no finding', async () => {
    expect((await check(exampleWithMeetings(), '2021-05-19')).inactive).toEqual([]);
  });

  it('a notice on the term does not change the finding; deemed resigned ends it', async () => {
    const ws = exampleWithMeetings();
    const term = ws.terms.find((t: { id: string }) => t.id === 't-p12-2017');
    term.inactivityNotice = { sentOn: '2021-05-21', deadline: '2021-06-20', by: 'Daniel Whitford, Chair' };
    expect((await check(ws, '2021-06-01')).inactive.map((f) => f.personId)).toEqual(['p12']);
    Object.assign(term, { endedOn: '2021-06-21', endReason: 'inactive' });
    expect((await check(ws, '2021-06-21')).inactive).toEqual([]);
  });
});
