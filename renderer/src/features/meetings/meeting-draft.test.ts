import { describe, expect, it } from 'vitest';
import { createRulesContext } from '@shared/rules/context';
import { expectedAttendees } from '@shared/rules/quorum';
import type { Meeting } from '@shared/workspace/schema';
import { exampleWorkspace } from '../../testing/test-db';
import {
  agendaFromRows,
  agendaRow,
  attendanceFromSheet,
  draftFromMeeting,
  guestRow,
  guestsFromRows,
  deemBlockedReason,
  markUnmarked,
  meetingFromDraft,
  sheetFromAttendance,
  usualAgenda,
  validateMeetingDraft,
} from './meeting-draft';

const lima: Meeting = {
  id: 'm-lima',
  committeeId: 'it',
  date: '2024-03-05',
  title: 'Mid-term meeting',
  mode: 'hybrid',
  place: 'Lima, Peru',
  timeZone: 'America/Lima',
  startTime: '09:00',
  endTime: '17:30',
  languages: ['en', 'es'],
  interpretation: 'Wordly.ai',
  attendance: [{ personId: 'p01', status: 'present', remote: true }],
  agenda: [{ title: 'Opening' }],
  notes: 'Hosted by the national library.',
  unknownField: 'kept',
};

describe('the meeting form', () => {
  it('round-trips a meeting unchanged, attendance, agenda and unknown fields included', () => {
    expect(meetingFromDraft(draftFromMeeting(lima, '2021-01-01'), lima)).toEqual(lima);
  });

  it('names each problem by its field', () => {
    const draft = {
      ...draftFromMeeting(lima, ''),
      date: '2024-02-30',
      startTime: '9am',
      endTime: '08:00',
      languages: 'en, Spanish!',
      place: '',
    };
    expect(validateMeetingDraft(draft).map((p) => p.field)).toEqual(['date', 'startTime', 'languages', 'place']);
    expect(validateMeetingDraft(draft).find((p) => p.field === 'languages')).toEqual({
      field: 'languages',
      problem: 'languages',
      values: { codes: 'Spanish!' },
    });
    expect(validateMeetingDraft({ ...draftFromMeeting(lima, ''), endTime: '08:00' })).toEqual([
      { field: 'endTime', problem: 'endBeforeStart' },
    ]);
    expect(validateMeetingDraft({ ...draftFromMeeting(undefined, '2021-05-01'), mode: 'online' })).toEqual([]);
  });

  it('clears fields emptied on the form', () => {
    const draft = { ...draftFromMeeting(lima, ''), place: ' ', languages: '', interpretation: '', title: '' };
    const after = meetingFromDraft(draft, lima);
    expect(after).not.toHaveProperty('place');
    expect(after).not.toHaveProperty('languages');
    expect(after).not.toHaveProperty('title');
  });
});

describe('the attendance sheet', () => {
  const ws = exampleWorkspace();
  const expected = expectedAttendees(createRulesContext(ws), 'it', '2021-03-19');
  const everyone = [...expected.members, ...expected.observers].map((p) => p.personId);

  it('gives entries in roster order, none for the unmarked, online only when present at a hybrid meeting', () => {
    const sheet = {
      p13: { status: 'present' as const, remote: true },
      p05: { status: 'present' as const },
      p08: { status: 'apologies' as const, remote: true },
      p20: { status: 'present' as const },
      gone: { status: 'absent' as const },
    };
    expect(attendanceFromSheet(sheet, expected, true)).toEqual([
      { personId: 'p05', status: 'present' },
      { personId: 'p13', status: 'present', remote: true },
      { personId: 'p08', status: 'apologies' },
      { personId: 'p20', status: 'present' },
      { personId: 'gone', status: 'absent' },
    ]);
    expect(attendanceFromSheet(sheet, expected, false)[1]).toEqual({ personId: 'p13', status: 'present' });
  });

  it('marks the rest, keeping who is already marked', () => {
    const sheet = markUnmarked(sheetFromAttendance([{ personId: 'p08', status: 'apologies' }]), everyone, 'present');
    const entries = attendanceFromSheet(sheet, expected, false);
    expect(entries).toHaveLength(19);
    expect(entries.filter((e) => e.status === 'apologies')).toEqual([{ personId: 'p08', status: 'apologies' }]);
  });

  it('keeps guests with a name, and agenda items with a title', () => {
    expect(
      guestsFromRows([
        { ...guestRow(), name: ' Helen Mandl ', role: 'IFLA HQ' },
        { ...guestRow(), name: '', role: 'nobody' },
      ]),
    ).toEqual([{ name: 'Helen Mandl', role: 'IFLA HQ' }]);
    expect(
      agendaFromRows([
        { ...agendaRow(), title: 'Action plan', actionPlan: true, notes: ' ' },
        { ...agendaRow(), title: ' ' },
      ]),
    ).toEqual([{ title: 'Action plan', actionPlan: true }]);
  });
});

describe('the usual agenda and deeming a member resigned', () => {
  it('words the usual agenda in the language asked for, the action plan item marked', () => {
    const agenda = usualAgenda((id) => `«${id}»`);
    expect(agenda.map((a) => a.title)).toEqual([
      '«welcome»',
      '«approval»',
      '«actionPlan»',
      '«officers»',
      '«otherBusiness»',
    ]);
    expect(agenda.filter((a) => a.actionPlan)).toEqual([{ title: '«actionPlan»', actionPlan: true }]);
  });

  it('says why a term cannot be ended yet, as a message id with its values', () => {
    const ws = exampleWorkspace();
    const term = ws.terms.find((t) => t.kind === 'elected' && t.start <= '2021-03-19' && t.end > '2021-06-30')!;
    const ctx = createRulesContext(ws);
    expect(deemBlockedReason(ctx, term.id, '2021-13-01', '2021-06-30')).toEqual({ id: 'badDate' });
    expect(deemBlockedReason(ctx, term.id, '2021-07-01', '2021-06-30')).toEqual({
      id: 'future',
      values: { on: '2021-07-01', today: '2021-06-30' },
    });
    expect(deemBlockedReason(ctx, term.id, '2021-06-01', '2021-06-30')).toEqual({ id: 'noNotice' });
    term.inactivityNotice = { sentOn: '2021-05-21', deadline: '2021-06-20', by: 'Chair' };
    expect(deemBlockedReason(createRulesContext(ws), term.id, '2021-06-20', '2021-06-30')).toEqual({
      id: 'deadline',
      values: { deadline: '2021-06-20', earliest: '2021-06-21' },
    });
    expect(deemBlockedReason(createRulesContext(ws), 'nobody', '2021-06-20', '2021-06-30')).toEqual({
      id: 'noTerm',
      values: { termId: 'nobody' },
    });
  });
});
