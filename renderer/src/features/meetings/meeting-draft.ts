import { addDays, isIsoDate, type IsoDate } from '@shared/domain/dates';
import type { AttendanceStatus, MeetingMode } from '@shared/domain/vocabulary';
import type { RulesContext } from '@shared/rules/context';
import { deemResignedBlocked } from '@shared/rules/inactivity';
import type { ExpectedAttendees } from '@shared/rules/quorum';
import { effectiveEnd, isActiveOn, makesMember } from '@shared/rules/terms';
import type { AgendaItem, Attendance, Guest, Meeting } from '@shared/workspace/schema';

/**
 * The meeting form and the attendance sheet as plain data: what the inputs hold (strings, as
 * typed), how a meeting becomes a draft and back, and what is wrong with a draft. No React here:
 * what the screen says comes back as message ids (`meetings.…`) with their values.
 */

export type MeetingDraft = {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  mode: MeetingMode | '';
  place: string;
  /** Comma-separated language codes as typed: "en, es". */
  languages: string;
  interpretation: string;
  notes: string;
};

export function draftFromMeeting(meeting: Meeting | undefined, date: string): MeetingDraft {
  return {
    title: meeting?.title ?? '',
    date: meeting?.date ?? date,
    startTime: meeting?.startTime ?? '',
    endTime: meeting?.endTime ?? '',
    timeZone: meeting?.timeZone ?? '',
    mode: meeting?.mode ?? '',
    place: meeting?.place ?? '',
    languages: (meeting?.languages ?? []).join(', '),
    interpretation: meeting?.interpretation ?? '',
    notes: meeting?.notes ?? '',
  };
}

/** A problem of the form, as the id of its message (`meetings.form.problem.<id>`) and the message's values. */
export type DraftProblem = {
  field: keyof MeetingDraft;
  problem: 'date' | 'time' | 'endBeforeStart' | 'languages' | 'place';
  values?: { codes: string };
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function languageCodes(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

export function validateMeetingDraft(draft: MeetingDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!isIsoDate(draft.date)) problems.push({ field: 'date', problem: 'date' });
  for (const field of ['startTime', 'endTime'] as const) {
    if (draft[field] !== '' && !TIME.test(draft[field])) problems.push({ field, problem: 'time' });
  }
  if (TIME.test(draft.startTime) && TIME.test(draft.endTime) && draft.endTime <= draft.startTime) {
    problems.push({ field: 'endTime', problem: 'endBeforeStart' });
  }
  const bad = languageCodes(draft.languages).filter((code) => !LANGUAGE.test(code));
  if (bad.length > 0) problems.push({ field: 'languages', problem: 'languages', values: { codes: bad.join(', ') } });
  if (draft.mode !== 'online' && draft.mode !== '' && draft.place.trim() === '') {
    problems.push({ field: 'place', problem: 'place' });
  }
  return problems;
}

/** The meeting the draft describes; fields not on the form (attendance, agenda, minutes…) are kept from `base`. */
export function meetingFromDraft(draft: MeetingDraft, base: Meeting): Meeting {
  const {
    title: _t,
    startTime: _s,
    endTime: _e,
    timeZone: _z,
    mode: _m,
    place: _p,
    languages: _l,
    interpretation: _i,
    notes: _n,
    ...rest
  } = base;
  const text = (value: string) => value.trim();
  const languages = languageCodes(draft.languages);
  return {
    ...rest,
    date: draft.date,
    ...(text(draft.title) ? { title: text(draft.title) } : {}),
    ...(draft.mode ? { mode: draft.mode } : {}),
    ...(text(draft.place) ? { place: text(draft.place) } : {}),
    ...(text(draft.timeZone) ? { timeZone: text(draft.timeZone) } : {}),
    ...(draft.startTime ? { startTime: draft.startTime } : {}),
    ...(draft.endTime ? { endTime: draft.endTime } : {}),
    ...(languages.length ? { languages } : {}),
    ...(text(draft.interpretation) ? { interpretation: text(draft.interpretation) } : {}),
    ...(text(draft.notes) ? { notes: draft.notes.trim() } : {}),
  };
}

/** The attendance sheet being filled in: a status (or none yet) and "online" per person. */
export type AttendanceSheet = Record<string, { status?: AttendanceStatus; remote?: boolean }>;

export function sheetFromAttendance(attendance: readonly Attendance[] | undefined): AttendanceSheet {
  const sheet: AttendanceSheet = {};
  for (const entry of attendance ?? []) {
    sheet[entry.personId] = { status: entry.status, ...(entry.remote ? { remote: true } : {}) };
  }
  return sheet;
}

/**
 * The attendance entries of a sheet: the expected people in roster order first, then anyone else
 * recorded earlier (kept, not dropped, though the roster of the date no longer lists them).
 * People without a status get no entry (no entry counts as not absent, interchange-v1 §4).
 */
export function attendanceFromSheet(
  sheet: AttendanceSheet,
  expected: ExpectedAttendees,
  hybrid: boolean,
): Attendance[] {
  const order = [...expected.members, ...expected.observers].map((p) => p.personId);
  const others = Object.keys(sheet).filter((id) => !order.includes(id));
  const entries: Attendance[] = [];
  for (const personId of [...order, ...others]) {
    const row = sheet[personId];
    if (!row?.status) continue;
    entries.push({
      personId,
      status: row.status,
      ...(hybrid && row.remote && row.status === 'present' ? { remote: true } : {}),
    });
  }
  return entries;
}

/** Everyone expected and not yet marked gets `status`; marked people keep theirs. */
export function markUnmarked(sheet: AttendanceSheet, personIds: readonly string[], status: AttendanceStatus) {
  const next: AttendanceSheet = { ...sheet };
  for (const id of personIds) if (!next[id]?.status) next[id] = { ...next[id], status };
  return next;
}

/** A guest row as typed. */
export type GuestRow = { key: string; name: string; role: string; personId?: string };

let guestCounter = 0;
export function guestRow(guest?: Guest): GuestRow {
  guestCounter += 1;
  return {
    key: `guest-${guestCounter}`,
    name: guest?.name ?? '',
    role: guest?.role ?? '',
    ...(guest?.personId ? { personId: guest.personId } : {}),
  };
}

/** The guests of the rows that have a name. */
export function guestsFromRows(rows: readonly GuestRow[]): Guest[] {
  return rows
    .filter((r) => r.name.trim() !== '')
    .map((r) => ({ name: r.name.trim(), role: r.role.trim(), ...(r.personId ? { personId: r.personId } : {}) }));
}

/** An agenda row as typed. */
export type AgendaRow = { key: string; title: string; notes: string; actionPlan: boolean };

let agendaCounter = 0;
export function agendaRow(item?: AgendaItem): AgendaRow {
  agendaCounter += 1;
  return {
    key: `agenda-${agendaCounter}`,
    title: item?.title ?? '',
    notes: item?.notes ?? '',
    actionPlan: item?.actionPlan ?? false,
  };
}

/**
 * The usual agenda of a Section meeting, as in the March 2021 minutes: each item's title is the
 * message `meetings.usualAgenda.<id>`, written in the secretary's language when the agenda starts.
 */
export const USUAL_AGENDA = [
  { id: 'welcome' },
  { id: 'approval' },
  { id: 'actionPlan', actionPlan: true },
  { id: 'officers' },
  { id: 'otherBusiness' },
] as const;
export type UsualAgendaItem = (typeof USUAL_AGENDA)[number]['id'];

/** The usual agenda with its titles in the reader's language. */
export function usualAgenda(title: (item: UsualAgendaItem) => string): AgendaItem[] {
  return USUAL_AGENDA.map((item) => ({ title: title(item.id), ...('actionPlan' in item ? { actionPlan: true } : {}) }));
}

export function agendaFromRows(rows: readonly AgendaRow[]): AgendaItem[] {
  return rows
    .filter((r) => r.title.trim() !== '')
    .map((r) => ({
      title: r.title.trim(),
      ...(r.notes.trim() ? { notes: r.notes.trim() } : {}),
      ...(r.actionPlan ? { actionPlan: true } : {}),
    }));
}

/** Why a term cannot (yet) be ended as "deemed resigned", as a message id (`meetings.deem.blocked.<id>`) and values. */
export type DeemBlocked = { id: string; values?: Record<string, string> };

/**
 * The rule of `deemResignedBlocked` on the date chosen, and why not in words the screen can
 * translate; a date still to come is refused too (`today` is the computer's date).
 */
export function deemBlockedReason(
  ctx: RulesContext,
  termId: string,
  on: string,
  today: IsoDate,
): DeemBlocked | undefined {
  if (!isIsoDate(on)) return { id: 'badDate' };
  if (on > today) return { id: 'future', values: { on, today } };
  const blocked = deemResignedBlocked(ctx, termId, on);
  if (blocked === undefined) return undefined;
  const term = ctx.workspace.terms.find((t) => t.id === termId);
  if (!term) return { id: 'noTerm', values: { termId } };
  if (!makesMember(term)) return { id: 'notMember' };
  if (!isActiveOn(term, on)) return { id: 'notActive', values: { on, start: term.start, end: effectiveEnd(term) } };
  const notice = term.inactivityNotice;
  if (!notice) return { id: 'noNotice' };
  if (notice.respondedOn) return { id: 'answered', values: { respondedOn: notice.respondedOn } };
  if (on <= notice.deadline) {
    return { id: 'deadline', values: { deadline: notice.deadline, earliest: addDays(notice.deadline, 1) } };
  }
  return { id: 'notAbsent', values: { name: ctx.nameOf(term.personId) } };
}
