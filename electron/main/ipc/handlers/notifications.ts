import { z } from 'zod';
import { DEFAULT_REMINDER_DAYS } from '@shared/reminders/term-reminders';
import type { JsonFile } from '../../services/json-file';
import type { Handlers } from '../handle';

/** OS notifications, injected so tests run without Electron. */
export type Notifier = { supported(): boolean; show(title: string, body: string): void };

/** Keys of reminders already shown: each term's reminder appears once per window, not on every start. */
export const shownFileSchema = z.strictObject({ keys: z.array(z.string()) });
/** Old keys age out; a term's keys are only asked for again while it is inside a window. */
const MAX_REMEMBERED = 5000;

export const settingsFileSchema = z.strictObject({ reminderDays: z.array(z.int().min(0)) });

export function notificationHandlers(
  notifier: Notifier,
  shown: JsonFile<typeof shownFileSchema>,
  settings: JsonFile<typeof settingsFileSchema>,
): Pick<Handlers, 'notify:terms' | 'settings:get' | 'settings:set'> {
  return {
    'notify:terms': async ({ reminders }) => {
      if (!notifier.supported()) return { shown: 0, supported: false };
      const seen = new Set((await shown.read())?.keys ?? []);
      const fresh = reminders.filter((r) => !seen.has(r.key));
      for (const reminder of fresh) notifier.show(reminder.title, reminder.body);
      if (fresh.length > 0) {
        const keys = [...seen, ...fresh.map((r) => r.key)];
        await shown.write({ keys: keys.slice(-MAX_REMEMBERED) });
      }
      return { shown: fresh.length, supported: true };
    },
    'settings:get': async () => ({ reminderDays: (await settings.read())?.reminderDays ?? [...DEFAULT_REMINDER_DAYS] }),
    'settings:set': async ({ reminderDays }) => {
      const days = [...new Set(reminderDays)].sort((a, b) => b - a);
      await settings.write({ reminderDays: days });
      return { reminderDays: days };
    },
  };
}
