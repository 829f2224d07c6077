import { describe, expect, it } from 'vitest';
import { verifyChain } from '@shared/history/change-log';
import { parseWorkspace } from '@shared/workspace/parse';
import type { Action, Meeting } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { exampleDbPerTest, TEST_CONTEXT } from '../../testing/test-db';
import { deleteAction, readActionPlan, recordProgress, saveAction, updateFocusArea } from './actions-repo';
import {
  deemResigned,
  recordInactivityNotice,
  recordNoticeResponse,
  withdrawInactivityNotice,
} from './inactivity-repo';
import { deleteMeeting, saveAttendance, saveMeeting, saveMinutes } from './meetings-repo';
import { endTermEarly } from './terms-repo';
import { readWorkspace } from './workspace-repo';

const exampleDb = exampleDbPerTest();

async function logOf(db: TenureDb) {
  const log = await db.changes.orderBy('seq').toArray();
  expect(verifyChain(log).ok).toBe(true);
  return log.slice(1);
}

const meeting = (id: string, date: string, absent: string[] = []): Meeting => ({
  id,
  committeeId: 'it',
  date,
  title: `Meeting ${date}`,
  mode: 'online',
  attendance: [
    ...['p13', 'p14', 'p15'].map((personId) => ({ personId, status: 'present' as const })),
    ...absent.map((personId) => ({ personId, status: 'absent' as const })),
  ],
});

describe('meetings repository', () => {
  it('adds a hybrid meeting with its details, then its attendance and guests, logging each write', async () => {
    const db = await exampleDb();
    const m: Meeting = {
      id: 'm-lima',
      committeeId: 'it',
      date: '2021-06-10',
      title: 'Mid-term meeting in Lima',
      mode: 'hybrid',
      place: 'Lima, Peru',
      timeZone: 'America/Lima',
      startTime: '09:00',
      endTime: '17:00',
      languages: ['en', 'es'],
      interpretation: 'Wordly.ai',
      agenda: [{ title: 'Opening' }, { title: 'Action plan', actionPlan: true }],
    };
    await saveMeeting(db, m, TEST_CONTEXT);
    await saveAttendance(
      db,
      'm-lima',
      [
        { personId: 'p13', status: 'present', remote: true },
        { personId: 'p14', status: 'apologies' },
      ],
      [{ name: 'Helen Mandl', role: 'IFLA HQ' }],
      TEST_CONTEXT,
    );
    expect(await db.meetings.get('m-lima')).toEqual({
      ...m,
      attendance: [
        { personId: 'p13', status: 'present', remote: true },
        { personId: 'p14', status: 'apologies' },
      ],
      guests: [{ name: 'Helen Mandl', role: 'IFLA HQ' }],
    });
    const log = await logOf(db);
    expect(log.map((e) => e.summary)).toEqual([
      'Added Mid-term meeting in Lima of 2021-06-10.',
      'Recorded attendance at Mid-term meeting in Lima of 2021-06-10: 1 present, 1 apologies, 0 absent, 1 guest.',
    ]);
  });

  it('refuses a meeting the file could not hold, or attendance of someone unknown, and writes nothing', async () => {
    const db = await exampleDb();
    await expect(saveMeeting(db, { ...meeting('m1', '2021-06-10'), startTime: '9am' }, TEST_CONTEXT)).rejects.toThrow(
      /startTime: expected a time HH:MM/,
    );
    await expect(
      saveMeeting(
        db,
        { ...meeting('m1', '2021-06-10'), attendance: [{ personId: 'nobody', status: 'present' }] },
        TEST_CONTEXT,
      ),
    ).rejects.toThrow(/No person with id nobody/);
    expect(await db.meetings.get('m1')).toBeUndefined();
    expect(await db.changes.count()).toBe(1);
  });

  it('keeps edited minutes, and deletes a meeting', async () => {
    const db = await exampleDb();
    await saveMinutes(db, 'm-2021-03-19', '# Minutes\n\nEdited.', TEST_CONTEXT);
    expect((await db.meetings.get('m-2021-03-19'))?.minutes).toBe('# Minutes\n\nEdited.');
    await deleteMeeting(db, 'm-2021-03-19', TEST_CONTEXT);
    expect(await db.meetings.count()).toBe(0);
    expect((await logOf(db)).map((e) => e.action)).toEqual(['update', 'delete']);
  });
});

describe('inactivity procedure (R-23): flag, notice, deadline, deemed resigned', () => {
  async function flaggedDb() {
    const db = await exampleDb();
    // Rafael Costa (p12) absent without apologies from two meetings after March 2021.
    await saveMeeting(db, meeting('m-apr', '2021-04-15', ['p12']), TEST_CONTEXT);
    await saveMeeting(db, meeting('m-may', '2021-05-20', ['p12']), TEST_CONTEXT);
    return db;
  }
  const notice = { sentOn: '2021-05-21', deadline: '2021-06-20', by: 'Daniel Whitford, Chair' };

  it('records a notice only for a member flagged on the day it is sent', async () => {
    const db = await flaggedDb();
    await expect(recordInactivityNotice(db, 't-p11-2017', { ...notice, by: 'Chair' }, TEST_CONTEXT)).rejects.toThrow(
      /is not absent without apologies/,
    );
    await expect(
      recordInactivityNotice(db, 't-p12-2017', { ...notice, sentOn: '2021-05-01' }, TEST_CONTEXT),
    ).rejects.toThrow(/not absent/);
    await recordInactivityNotice(db, 't-p12-2017', notice, TEST_CONTEXT);
    expect((await db.terms.get('t-p12-2017'))?.inactivityNotice).toEqual(notice);
  });

  it('never ends the term before the deadline has passed, through either writer', async () => {
    const db = await flaggedDb();
    await expect(deemResigned(db, 't-p12-2017', '2021-06-25', TEST_CONTEXT)).rejects.toThrow(/no notice/);
    await recordInactivityNotice(db, 't-p12-2017', notice, TEST_CONTEXT);
    await expect(deemResigned(db, 't-p12-2017', '2021-06-20', TEST_CONTEXT)).rejects.toThrow(
      /deadline \(2021-06-20\) has not passed; the earliest day is 2021-06-21/,
    );
    // The roster's "end early" goes through the same rule.
    await expect(endTermEarly(db, 't-p12-2017', '2021-06-20', 'inactive', TEST_CONTEXT)).rejects.toThrow(
      /has not passed/,
    );
    expect((await db.terms.get('t-p12-2017'))?.endedOn).toBeUndefined();
  });

  it('after the deadline, ends the term as inactive with its offices in one transaction: a casual vacancy', async () => {
    const db = await exampleDb();
    // Daniel Whitford (p05) is the Chair: his office ends with the term.
    await saveMeeting(db, meeting('m-apr', '2021-04-15', ['p05']), TEST_CONTEXT);
    await saveMeeting(db, meeting('m-may', '2021-05-20', ['p05']), TEST_CONTEXT);
    await recordInactivityNotice(db, 't-p05-2017', { ...notice, by: 'Grace Mwangi, Secretary' }, TEST_CONTEXT);
    const result = await deemResigned(db, 't-p05-2017', '2021-06-21', TEST_CONTEXT);
    expect(result.endedOffices).toEqual(['o-chair-2019']);
    expect(await db.terms.get('t-p05-2017')).toMatchObject({ endedOn: '2021-06-21', endReason: 'inactive' });
    expect(await db.offices.get('o-chair-2019')).toMatchObject({ endedOn: '2021-06-21' });
    const log = await logOf(db);
    expect(log.slice(-2).map((e) => `${e.table}/${e.recordId}`)).toEqual(['terms/t-p05-2017', 'offices/o-chair-2019']);
  });

  it('refuses a resignation dated after the day of the write', async () => {
    const db = await flaggedDb();
    await recordInactivityNotice(db, 't-p12-2017', notice, TEST_CONTEXT);
    await expect(
      deemResigned(db, 't-p12-2017', '2021-06-25', { ...TEST_CONTEXT, at: '2021-06-22T09:00:00.000Z' }),
    ).rejects.toThrow(/future day \(2021-06-25; today is 2021-06-22\)/);
  });

  it('an answer stops the procedure; a notice recorded in error can be withdrawn', async () => {
    const db = await flaggedDb();
    await recordInactivityNotice(db, 't-p12-2017', notice, TEST_CONTEXT);
    await recordNoticeResponse(db, 't-p12-2017', '2021-06-01', TEST_CONTEXT);
    await expect(deemResigned(db, 't-p12-2017', '2021-06-25', TEST_CONTEXT)).rejects.toThrow(/answered/);
    await withdrawInactivityNotice(db, 't-p12-2017', TEST_CONTEXT);
    expect((await db.terms.get('t-p12-2017'))?.inactivityNotice).toBeUndefined();
  });

  it('a member who came to a meeting after the notice cannot be deemed resigned', async () => {
    const db = await flaggedDb();
    await recordInactivityNotice(db, 't-p12-2017', notice, TEST_CONTEXT);
    await saveMeeting(
      db,
      { ...meeting('m-jun', '2021-06-10'), attendance: [{ personId: 'p12', status: 'present' }] },
      TEST_CONTEXT,
    );
    await expect(deemResigned(db, 't-p12-2017', '2021-06-25', TEST_CONTEXT)).rejects.toThrow(/no longer absent/);
  });
});

/** The MetLib plan of seed 004, focus area 1, with every field of the template. */
const metlib: Action = {
  id: 'a-metlib-landscape',
  committeeId: 'it',
  title: 'Understanding the Metropolitan Libraries landscape, stakeholders and target audience',
  plan: '2019–2020',
  focusArea: 'Re-defining the Metropolitan Libraries Section’s value proposition to the Metropolitan Library community',
  strategicDirection: 'Focus area is aligned with IFLA’s Strategic Direction 4 – Capacity Building.',
  keyInitiatives: [{ number: '4.5', description: 'MetLib Section’s planned activities focus on relevance.' }],
  tasks: [
    { text: 'Start a list of Public and Metropolitan Libraries', owners: ['p13'] },
    { text: 'Survey of libraries on the role of libraries in Metropolitan cities and core', owners: ['p13', 'p14'] },
  ],
  owners: ['p13'],
  timeframe: 'Nov 2019 - May 2020',
  fundingNeeded: false,
  communication: 'Share info with Section members via Basecamp and mailing list',
  impact: 'Increase Section membership',
  collaborators: ['Public Library Section', 'IFLA-Regional Offices'],
  status: 'planned',
};

describe('actions repository', () => {
  it('stores every field of the template and round-trips it through the v1 file', async () => {
    const db = await exampleDb();
    await saveAction(db, metlib, TEST_CONTEXT);
    const stored = await db.actions.get(metlib.id);
    // A new activity goes to the end of the plan, after the example's ten in file order.
    expect(stored).toEqual({ ...metlib, position: 10 });
    const plan = await readActionPlan(db, 'it');
    expect(plan.map((a) => a.id).slice(0, 2)).toEqual(['a-webinar-preservation', 'a-robots-publication']);
    expect(plan.at(-1)?.id).toBe(metlib.id);
    const file = JSON.parse(JSON.stringify(await readWorkspace(db)));
    const reread = parseWorkspace(file);
    expect(reread.ok && reread.workspace.actions.find((a) => a.id === metlib.id)).toEqual({ ...metlib, position: 10 });
  });

  it('records progress and status changes with their dates', async () => {
    const db = await exampleDb();
    await recordProgress(
      db,
      'a-robots-publication',
      { on: '2021-05-02', note: 'Published by De Gruyter.', status: 'completed' },
      TEST_CONTEXT,
    );
    await recordProgress(db, 'a-robots-publication', { on: '2021-05-10', note: 'Launch webinar held.' }, TEST_CONTEXT);
    await expect(
      recordProgress(db, 'a-robots-publication', { on: '2021-05-11', note: ' ', status: 'completed' }, TEST_CONTEXT),
    ).rejects.toThrow(/Write a note or choose a new status/);
    expect(await db.actions.get('a-robots-publication')).toMatchObject({
      status: 'completed',
      progress: [
        { on: '2021-05-02', note: 'Published by De Gruyter.', status: 'completed' },
        { on: '2021-05-10', note: 'Launch webinar held.' },
      ],
    });
    expect((await logOf(db)).map((e) => e.summary)).toEqual([
      '"Publication of the WLIC 2019 satellite conference on Robots in Libraries" is now completed (2021-05-02).',
      'Progress on "Publication of the WLIC 2019 satellite conference on Robots in Libraries" (2021-05-10).',
    ]);
  });

  it('changes a focus area on all its activities in one write, leaving fields not changed as each has them', async () => {
    const db = await exampleDb();
    const changed = await updateFocusArea(
      db,
      'it',
      'Technology for inclusive and sustainable libraries',
      { plan: '2019–2021', keyInitiatives: [{ number: '2.4', description: 'Tools and infrastructure' }] },
      TEST_CONTEXT,
    );
    expect(changed).toBe(10);
    const all = await db.actions.toArray();
    expect(all.every((a) => a.plan === '2019–2021' && a.keyInitiatives?.[0]?.number === '2.4')).toBe(true);
    // Each activity keeps its own impact text.
    expect((await db.actions.get('a-webinar-preservation'))?.impact).toMatch(/87 attendees/);
  });

  it('refuses an unknown responsible person, and removes an activity', async () => {
    const db = await exampleDb();
    await expect(
      saveAction(db, { ...metlib, tasks: [{ text: 'x', owners: ['ghost'] }] }, TEST_CONTEXT),
    ).rejects.toThrow(/No person with id ghost/);
    await deleteAction(db, 'a-green-it', TEST_CONTEXT);
    expect(await db.actions.get('a-green-it')).toBeUndefined();
  });
});
