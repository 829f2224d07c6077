import { addDays, type IsoDate } from '../domain/dates';
import type { MessageValues, SharedLocale } from '../i18n/translate';
import type { RulesContext } from '../rules/context';
import { effectiveEnd, isProposal } from '../rules/terms';
import { electionLabel, exportText } from './lists';

/** One all-day calendar entry. */
export type CalendarEvent = {
  /** Stable across exports, so a calendar that imports the file again updates instead of duplicating. */
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
  category: 'term-end' | 'office-end' | 'deadline';
};

/**
 * The dates a secretary plans around, from `from` on: every term and office of the committee
 * that ends (its early end when it has one), and each election cycle's deadlines — nominations
 * closing and the term boundary on which new terms start — for elections on record and for the
 * next two cycles even before any election is recorded. Summaries and descriptions are in `locale`.
 */
export function calendarEvents(
  ctx: RulesContext,
  committeeId: string,
  from: IsoDate,
  locale: SharedLocale = 'en',
): CalendarEvent[] {
  const say = (id: string, values?: MessageValues) => exportText(locale, `export.calendar.${id}`, values);
  const committee = ctx.committee(committeeId);
  const events: CalendarEvent[] = [];
  for (const term of ctx.termsByCommittee.get(committeeId) ?? []) {
    const ends = effectiveEnd(term);
    if (isProposal(term) || ends < from || term.start >= ends) continue;
    const name = ctx.nameOf(term.personId);
    const about = { name, term: say(`term.${term.kind}`), committee: committee.name, start: term.start, end: ends };
    events.push({
      uid: `term-${term.id}`,
      date: ends,
      summary: say('termEnds', { name, kind: say(`kind.${term.kind}`) }),
      description:
        term.endedOn && term.endedOn < term.end
          ? say('termEnds.descriptionEarly', { ...about, planned: term.end })
          : say('termEnds.description', about),
      category: 'term-end',
    });
  }
  for (const office of ctx.officesByCommittee.get(committeeId) ?? []) {
    const ends = effectiveEnd(office);
    if (ends < from || office.start >= ends) continue;
    const name = ctx.nameOf(office.personId);
    const role = { id: `role.${office.role}` };
    events.push({
      uid: `office-${office.id}`,
      date: ends,
      summary: say('officeEnds', { role, name }),
      description: say('officeEnds.description', {
        name,
        role,
        committee: committee.name,
        start: office.start,
        end: ends,
      }),
      category: 'office-end',
    });
  }
  const boundaries = new Set<number>();
  let year = Number(from.slice(0, 4));
  if (year % 2 === 0) year += 1;
  while (ctx.calendar.boundary(year) < from) year += 2;
  boundaries.add(year).add(year + 2);
  for (const election of ctx.electionsByCommittee.get(committeeId) ?? []) {
    if (election.nominationsClose && election.nominationsClose >= from) {
      const label = electionLabel(election, locale);
      events.push({
        uid: `nominations-close-${election.id}`,
        date: election.nominationsClose,
        summary: say('nominationsClose', { election: label }),
        description: say('nominationsClose.description', {
          // In the middle of a sentence: "the members election, cycle 2021".
          election: label.toLocaleLowerCase(locale),
          committee: committee.name,
        }),
        category: 'deadline',
      });
    }
    if (election.cycle % 2 === 1 && ctx.calendar.boundary(election.cycle) >= from) boundaries.add(election.cycle);
  }
  for (const cycle of boundaries) {
    events.push({
      uid: `boundary-${committeeId}-${cycle}`,
      date: ctx.calendar.boundary(cycle),
      summary: say('boundary', { cycle: String(cycle) }),
      description: say('boundary.description', { committee: committee.name, cycle: String(cycle) }),
      category: 'deadline',
    });
  }
  return events.sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const cp = char.codePointAt(0) as number;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // Continuation lines begin with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: IsoDate) => date.replace(/-/g, '');

/** `2026-11-27T10:04:05.123Z` → `20261127T100405Z`. */
function compactTimestamp(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  if (!match) throw new Error(`expected an ISO date-time, got ${JSON.stringify(iso)}`);
  return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`;
}

/**
 * An iCalendar file of all-day events. `stampedAt` (an ISO date-time in UTC) is the DTSTAMP the
 * standard requires; it is passed in because the writer has no clock.
 */
export function writeIcs(events: readonly CalendarEvent[], options: { name: string; stampedAt: string }): string {
  const stamp = compactTimestamp(options.stampedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tenure//Committee calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.uid)}@tenure.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `DESCRIPTION:${escapeIcsText(event.description)}`,
      `CATEGORIES:${event.category.toUpperCase()}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
