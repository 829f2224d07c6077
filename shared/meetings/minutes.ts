import type { IsoDate } from '../domain/dates';
import { OFFICE_ROLE_LABELS } from '../domain/vocabulary';
import type { RulesContext } from '../rules/context';
import {
  byRoleThenSurname,
  expectedAttendees,
  meetingQuorum,
  surnameKey,
  type ExpectedAttendee,
} from '../rules/quorum';
import type { Action, Meeting } from '../workspace/schema';
import { ACTION_STATUS_LABELS, progressBetween, statusOn } from './action-plan';

/**
 * Draft minutes of a meeting, in the layout of the IT Section's mid-term minutes (seed 003): the
 * title, date and time; who was present, with their roles; apologies; the quorum; then the agenda
 * as numbered items, the action plan item listing each activity as "a) Title (Owners): Status."
 * with its progress since the last meeting. Markdown, for the secretary to edit.
 *
 * Lines of the present list end in two spaces (a Markdown line break), so each name keeps its line.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 19, 2021", as the seed minutes write dates. */
export function longDate(date: IsoDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}`;
}

/** "English, Spanish" for ["en", "es"]; a code the platform cannot name stays a code. */
export function languageList(codes: readonly string[]): string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  } catch {
    names = undefined;
  }
  return codes
    .map((code) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    })
    .join(', ');
}

export const MODE_LABELS = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' } as const;

/** "(Chair)", "(Big Data SIG Convenor)", "(Corresponding member)", or '' for a plain member. */
export function roleLabel(attendee: ExpectedAttendee): string {
  const roles = attendee.roles.map((role) =>
    role === 'sig-convenor' && attendee.convenorOf ? `${attendee.convenorOf} Convenor` : OFFICE_ROLE_LABELS[role],
  );
  if (roles.length === 0 && attendee.kind === 'corresponding') roles.push('Corresponding member');
  if (roles.length === 0 && attendee.kind === 'ex-officio') roles.push('ex officio');
  if (roles.length === 0 && attendee.kind === 'coopted' && !attendee.votes) roles.push('proposed co-option');
  return roles.length > 0 ? ` (${roles.join(', ')})` : '';
}

/** "a", "b", … "z", "aa": the seed numbers action-plan entries with letters. */
function letter(i: number): string {
  let n = i;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export type MinutesInput = {
  ctx: RulesContext;
  meeting: Meeting;
  /** The committee's activities, in plan order. */
  actions: readonly Action[];
  committeeName: string;
};

/** The date of the committee's meeting before this one, if any: progress since then goes in. */
function previousMeetingDate(ctx: RulesContext, meeting: Meeting): IsoDate | undefined {
  const earlier = ctx
    .meetings(meeting.committeeId)
    .filter((m) => m.id !== meeting.id && m.date < meeting.date)
    .map((m) => m.date);
  return earlier.at(-1);
}

/** One activity's line, "a) Title (Boffy): Completed.", and the notes to print under it. */
function actionLines(action: Action, i: number, input: MinutesInput, since: IsoDate | undefined): string[] {
  const { ctx, meeting } = input;
  const owners = (action.owners ?? []).map((id) => surnameKey(ctx.nameOf(id)).split(' ')[0]).filter(Boolean);
  const status = ACTION_STATUS_LABELS[statusOn(action, meeting.date)];
  const head = `${letter(i)}) ${action.title}${owners.length ? ` (${owners.join(', ')})` : ''}: ${status}.`;
  const notes = progressBetween(action, since, meeting.date)
    .map((n) => n.note.trim())
    .filter(Boolean);
  // With no progress recorded since the last meeting, what the plan says of its results.
  if (notes.length === 0 && action.impact) notes.push(action.impact.trim());
  return [head, ...notes.map((n) => `   ${n.replace(/\n+/g, ' ')}`)];
}

/** The Markdown of the draft minutes. */
export function draftMinutes(input: MinutesInput): string {
  const { ctx, meeting } = input;
  const out: string[] = [];
  const title = (meeting.title?.trim() || `${input.committeeName} meeting`).toLocaleUpperCase('en');
  out.push(`# ${title}`, '');

  const time =
    meeting.startTime && meeting.endTime
      ? `${meeting.startTime}–${meeting.endTime}`
      : (meeting.startTime ?? meeting.endTime ?? '');
  out.push(
    `${[longDate(meeting.date), [time, meeting.timeZone].filter(Boolean).join(' ')].filter(Boolean).join(', ')}  `,
  );
  const setting = [
    meeting.mode ? `${MODE_LABELS[meeting.mode]} meeting` : '',
    meeting.place ?? '',
    meeting.languages?.length ? `Languages: ${languageList(meeting.languages)}` : '',
    meeting.interpretation ? `Interpretation: ${meeting.interpretation}` : '',
  ].filter(Boolean);
  if (setting.length) out.push(`${setting.join(' · ')}  `);
  out.push('');

  const expected = expectedAttendees(ctx, meeting.committeeId, meeting.date);
  const status = new Map((meeting.attendance ?? []).map((a) => [a.personId, a]));
  const everyone = [...expected.members, ...expected.observers];
  const byStatus = (s: 'present' | 'apologies' | 'absent') =>
    everyone.filter((p) => status.get(p.personId)?.status === s).sort(byRoleThenSurname);
  const online = meeting.mode === 'hybrid';
  const present = byStatus('present').map(
    (p) => `${p.name}${roleLabel(p)}${online && status.get(p.personId)?.remote ? ' (online)' : ''}`,
  );
  // Recorded people the roster of that day no longer lists keep their place in the minutes.
  const onRoster = new Set(everyone.map((p) => p.personId));
  for (const entry of meeting.attendance ?? []) {
    if (!onRoster.has(entry.personId) && entry.status === 'present') present.push(ctx.nameOf(entry.personId));
  }
  const guests = (meeting.guests ?? []).map((g) => `${g.name}${g.role ? ` (${g.role})` : ''}`);

  out.push('**Present:**', '');
  for (const line of present.length ? present : ['(no attendance recorded)']) out.push(`${line}  `);
  out.push('');
  if (guests.length) out.push(`**Guests and observers:** ${guests.join(', ')}`, '');
  const apologies = byStatus('apologies').map((p) => `${p.name}${roleLabel(p)}`);
  if (apologies.length) out.push(`**Apologies:** ${apologies.join(', ')}`, '');
  const absent = byStatus('absent').map((p) => `${p.name}${roleLabel(p)}`);
  if (absent.length) out.push(`**Absent:** ${absent.join(', ')}`, '');
  out.push(`**Quorum:** ${meetingQuorum(ctx, meeting).summary}`, '');

  const agenda = [...(meeting.agenda ?? [])];
  let planItem = agenda.findIndex((item) => item.actionPlan);
  if (planItem < 0) planItem = agenda.findIndex((item) => /action plan/i.test(item.title));
  if (planItem < 0 && input.actions.length > 0) {
    // No item names the action plan: it goes before "AOB" / "Any other business", else last.
    const aob = agenda.findIndex((item) => /^(aob|any other business)/i.test(item.title.trim()));
    planItem = aob < 0 ? agenda.length : aob;
    agenda.splice(planItem, 0, { title: 'Action plan: review and update' });
  }
  const since = previousMeetingDate(ctx, meeting);
  agenda.forEach((item, i) => {
    out.push(`${i + 1}. ${item.title}`, '');
    const notes = item.notes?.trim();
    if (notes) out.push(...notes.split(/\n/).map((l) => (l.trim() ? `   ${l}` : '')), '');
    if (i === planItem) {
      input.actions.forEach((action, k) => {
        const [head, ...rest] = actionLines(action, k, input, since);
        out.push(`   ${head}${rest.length ? '  ' : ''}`);
        rest.forEach((line, j) => out.push(`${line}${j < rest.length - 1 ? '  ' : ''}`));
        out.push('');
      });
    }
  });
  if (agenda.length === 0) out.push('1. (no agenda recorded)', '');
  if (meeting.endTime) {
    out.push(`The meeting ended at ${meeting.endTime}${meeting.timeZone ? ` ${meeting.timeZone}` : ''}.`, '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
