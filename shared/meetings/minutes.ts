import type { IsoDate } from '../domain/dates';
import type { OfficeRole } from '../domain/vocabulary';
import type { RulesContext } from '../rules/context';
import {
  byRoleThenSurname,
  expectedAttendees,
  meetingQuorum,
  surnameKey,
  type ExpectedAttendee,
} from '../rules/quorum';
import type { Action, Meeting } from '../workspace/schema';
import { progressBetween, statusOn } from './action-plan';
import { MINUTES_WORDS, minutesDate, type MinutesLocale, type MinutesWords } from './minutes-words';

/**
 * Draft minutes of a meeting, in the layout of the IT Section's mid-term minutes (seed 003): the
 * title, date and time; who was present, with their roles; apologies; the quorum; then the agenda
 * as numbered items, the action plan item listing each activity as "a) Title (Owners): Status."
 * with its progress since the last meeting. Markdown, for the secretary to edit.
 *
 * Lines of the present list end in two spaces (a Markdown line break), so each name keeps its line.
 */

/** "March 19, 2021", as the seed minutes write dates; in another language, its long date. */
export function longDate(date: IsoDate, locale: MinutesLocale = 'en'): string {
  return minutesDate(date, locale);
}

/** "English, Spanish" for ["en", "es"] ("inglés, español" in Spanish); a code the platform cannot name stays a code. */
export function languageList(codes: readonly string[], locale: MinutesLocale | string = 'en'): string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
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
    .join(locale === 'ar' ? '، ' : ', ');
}

/** What the roster says of someone at a meeting: offices held, else a kind of membership without a vote. */
export type RolePart =
  | { kind: 'office'; role: OfficeRole }
  | { kind: 'convenor'; of: string }
  | { kind: 'corresponding' }
  | { kind: 'exOfficio' }
  | { kind: 'proposedCooption' };

/** The parts of a role label, for the minutes and for the screen to word in their language. */
export function roleParts(attendee: ExpectedAttendee): RolePart[] {
  const parts: RolePart[] = attendee.roles.map((role) =>
    role === 'sig-convenor' && attendee.convenorOf
      ? { kind: 'convenor', of: attendee.convenorOf }
      : { kind: 'office', role },
  );
  if (parts.length === 0 && attendee.kind === 'corresponding') parts.push({ kind: 'corresponding' });
  if (parts.length === 0 && attendee.kind === 'ex-officio') parts.push({ kind: 'exOfficio' });
  if (parts.length === 0 && attendee.kind === 'coopted' && !attendee.votes) parts.push({ kind: 'proposedCooption' });
  return parts;
}

function rolePartText(part: RolePart, words: MinutesWords): string {
  switch (part.kind) {
    case 'office':
      return words.role[part.role];
    case 'convenor':
      return words.convenorOf(part.of);
    case 'corresponding':
      return words.corresponding;
    case 'exOfficio':
      return words.exOfficio;
    case 'proposedCooption':
      return words.proposedCooption;
  }
}

/** "(Chair)", "(Big Data SIG Convenor)", "(Corresponding member)", or '' for a plain member. */
export function roleLabel(attendee: ExpectedAttendee, locale: MinutesLocale = 'en'): string {
  const words = MINUTES_WORDS[locale];
  const roles = roleParts(attendee).map((part) => rolePartText(part, words));
  return roles.length > 0 ? ` (${roles.join(words.comma)})` : '';
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
  /** The language of the minutes' fixed words (headings, statuses, roles); English by default. */
  locale?: MinutesLocale;
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
  const words = MINUTES_WORDS[input.locale ?? 'en'];
  const owners = (action.owners ?? []).map((id) => surnameKey(ctx.nameOf(id)).split(' ')[0]).filter(Boolean);
  const status = words.status[statusOn(action, meeting.date)];
  const head = `${letter(i)}) ${action.title}${owners.length ? ` (${owners.join(words.comma)})` : ''}: ${status}.`;
  const notes = progressBetween(action, since, meeting.date)
    .map((n) => n.note.trim())
    .filter(Boolean);
  // With no progress recorded since the last meeting, what the plan says of its results.
  if (notes.length === 0 && action.impact) notes.push(action.impact.trim());
  return [head, ...notes.map((n) => `   ${n.replace(/\n+/g, ' ')}`)];
}

/** The Markdown of the draft minutes, its fixed words in `input.locale`. */
export function draftMinutes(input: MinutesInput): string {
  const { ctx, meeting } = input;
  const locale = input.locale ?? 'en';
  const words = MINUTES_WORDS[locale];
  const out: string[] = [];
  const title = (meeting.title?.trim() || words.meetingOf(input.committeeName)).toLocaleUpperCase(locale);
  out.push(`# ${title}`, '');

  const time =
    meeting.startTime && meeting.endTime
      ? `${meeting.startTime}–${meeting.endTime}`
      : (meeting.startTime ?? meeting.endTime ?? '');
  out.push(
    `${[longDate(meeting.date, locale), [time, meeting.timeZone].filter(Boolean).join(' ')].filter(Boolean).join(', ')}  `,
  );
  const setting = [
    meeting.mode ? words.meetingMode[meeting.mode] : '',
    meeting.place ?? '',
    meeting.languages?.length ? `${words.languages} ${languageList(meeting.languages, locale)}` : '',
    meeting.interpretation ? `${words.interpretation} ${meeting.interpretation}` : '',
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
    (p) => `${p.name}${roleLabel(p, locale)}${online && status.get(p.personId)?.remote ? ` (${words.online})` : ''}`,
  );
  // Recorded people the roster of that day no longer lists keep their place in the minutes.
  const onRoster = new Set(everyone.map((p) => p.personId));
  for (const entry of meeting.attendance ?? []) {
    if (!onRoster.has(entry.personId) && entry.status === 'present') present.push(ctx.nameOf(entry.personId));
  }
  const guests = (meeting.guests ?? []).map((g) => `${g.name}${g.role ? ` (${g.role})` : ''}`);

  out.push(`**${words.present}**`, '');
  for (const line of present.length ? present : [words.noAttendance]) out.push(`${line}  `);
  out.push('');
  if (guests.length) out.push(`**${words.guests}** ${guests.join(words.comma)}`, '');
  const apologies = byStatus('apologies').map((p) => `${p.name}${roleLabel(p, locale)}`);
  if (apologies.length) out.push(`**${words.apologies}** ${apologies.join(words.comma)}`, '');
  const absent = byStatus('absent').map((p) => `${p.name}${roleLabel(p, locale)}`);
  if (absent.length) out.push(`**${words.absent}** ${absent.join(words.comma)}`, '');
  const quorum = meetingQuorum(ctx, meeting);
  out.push(`**${words.quorum}** ${words.quorumSentence(quorum, words.rule(quorum.rule))}`, '');

  const agenda = [...(meeting.agenda ?? [])];
  let planItem = agenda.findIndex((item) => item.actionPlan);
  if (planItem < 0) planItem = agenda.findIndex((item) => words.actionPlanTitle.test(item.title));
  if (planItem < 0 && input.actions.length > 0) {
    // No item names the action plan: it goes before "AOB" / "Any other business", else last.
    const aob = agenda.findIndex((item) => words.otherBusiness.test(item.title.trim()));
    planItem = aob < 0 ? agenda.length : aob;
    agenda.splice(planItem, 0, { title: words.actionPlanItem });
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
  if (agenda.length === 0) out.push(`1. ${words.noAgenda}`, '');
  if (meeting.endTime) {
    out.push(words.ended(`${meeting.endTime}${meeting.timeZone ? ` ${meeting.timeZone}` : ''}`), '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
