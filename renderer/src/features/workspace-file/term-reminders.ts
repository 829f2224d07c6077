import { dueReminders, type TermReminder } from '@shared/reminders/term-reminders';
import { db } from '../../db/db';
import { platform } from '../../platform/bridge';
import { todayIso } from '../../stores/app-store';

/** The reminders due today for the configured windows, read from the whole workspace. */
export async function readDueReminders(windowDays: readonly number[]): Promise<TermReminder[]> {
  if (windowDays.length === 0) return [];
  const [terms, people, committees] = await Promise.all([
    db.terms.toArray(),
    db.people.toArray(),
    db.committees.toArray(),
  ]);
  return dueReminders(
    terms,
    { people: new Map(people.map((p) => [p.id, p.name])), committees: new Map(committees.map((c) => [c.id, c.name])) },
    todayIso(),
    windowDays,
  );
}

/** Sends today's reminders to the OS; the platform shows each one once. */
export async function sendDueReminders(): Promise<number> {
  const { reminderDays } = await platform().settingsGet();
  const reminders = await readDueReminders(reminderDays);
  if (reminders.length === 0) return 0;
  const { shown } = await platform().notifyTerms({
    reminders: reminders.slice(0, 500).map(({ key, title, body }) => ({ key, title, body })),
  });
  return shown;
}
