import { daysBetween, type IsoDate } from '../domain/dates';

/**
 * Reminders for terms about to end. Each configured window (say 42 days and 1 day) reminds once per
 * term: a term 30 days from its end is in the 42-day window; the day before its end it enters the
 * 1-day window and reminds again. A term already inside a smaller window when first seen reminds
 * only for that one, so a first start never fires two notices for the same term.
 */
export type ReminderTerm = { id: string; personId: string; committeeId: string; end: IsoDate; endedOn?: IsoDate };

export type TermReminder = {
  /** Stable per term, end date and window: the desktop shell shows each key once. */
  key: string;
  termId: string;
  daysLeft: number;
  windowDays: number;
  title: string;
  body: string;
};

export const DEFAULT_REMINDER_DAYS: readonly number[] = [42, 1];
export const MAX_REMINDER_DAYS = 366;

export function dueReminders(
  terms: readonly ReminderTerm[],
  names: { people: ReadonlyMap<string, string>; committees: ReadonlyMap<string, string> },
  today: IsoDate,
  windowDays: readonly number[],
): TermReminder[] {
  const windows = [...new Set(windowDays)].filter((d) => Number.isInteger(d) && d >= 0).sort((a, b) => a - b);
  const reminders: TermReminder[] = [];
  for (const term of terms) {
    const end = term.endedOn ?? term.end;
    const daysLeft = daysBetween(today, end);
    if (daysLeft < 0) continue;
    const window = windows.find((w) => daysLeft <= w);
    if (window === undefined) continue;
    const person = names.people.get(term.personId) ?? term.personId;
    const committee = names.committees.get(term.committeeId) ?? term.committeeId;
    const when = daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`;
    reminders.push({
      key: `${term.id}|${end}|${window}`,
      termId: term.id,
      daysLeft,
      windowDays: window,
      title: `${person}'s term ends ${when}`,
      body: `${committee}: the term ends on ${end}.`,
    });
  }
  return reminders.sort((a, b) => a.daysLeft - b.daysLeft || (a.key < b.key ? -1 : 1));
}
