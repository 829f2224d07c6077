import { useEffect, useState } from 'react';
import { MAX_REMINDER_DAYS, type TermReminder } from '@shared/reminders/term-reminders';
import { Dialog } from '../../components/ui/dialog';
import { platform } from '../../platform/bridge';
import { readDueReminders } from './term-reminders';

/** "42, 1" → [42, 1]; undefined when any part is not a whole number of days in range. */
export function parseReminderDays(text: string): number[] | undefined {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 8) return undefined;
  const days = parts.map(Number);
  return days.every((d) => Number.isInteger(d) && d >= 0 && d <= MAX_REMINDER_DAYS) ? days : undefined;
}

/** File → Term Reminders: when to be reminded that a term ends, and which reminders are due today. */
export function RemindersDialog({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const [due, setDue] = useState<TermReminder[]>([]);
  const [saved, setSaved] = useState('');
  const days = parseReminderDays(text);

  useEffect(() => {
    void platform()
      .settingsGet()
      .then(async ({ reminderDays }) => {
        setText(reminderDays.join(', '));
        setDue(await readDueReminders(reminderDays));
      });
  }, []);

  return (
    <Dialog
      title="Term reminders"
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!days}
            onClick={() =>
              void platform()
                .settingsSet({ reminderDays: days ?? [] })
                .then(async ({ reminderDays }) => {
                  setSaved('Saved.');
                  setDue(await readDueReminders(reminderDays));
                })
            }
          >
            Save
          </button>
          <button type="button" className="btn" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      <p>
        The desktop app notifies you when a term is about to end: once when it enters each of these windows. Leave the
        field empty for no reminders.
      </p>
      <label className="field">
        Days before a term ends
        <input value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!days} placeholder="42, 1" />
      </label>
      {!days && (
        <p role="alert" className="notice notice-error">
          Write whole numbers of days from 0 to {MAX_REMINDER_DAYS}, separated by commas (at most 8).
        </p>
      )}
      <span role="status">{saved}</span>
      <h3>Due today</h3>
      {due.length === 0 ? (
        <p>No term ends within these windows.</p>
      ) : (
        <ul>
          {due.map((r) => (
            <li key={r.key}>
              {r.title} — {r.body}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
