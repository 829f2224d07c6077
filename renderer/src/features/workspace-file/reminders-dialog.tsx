import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();

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
      title={intl.formatMessage({ id: 'workspaceFile.reminders.title' })}
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
                  setSaved(intl.formatMessage({ id: 'workspaceFile.reminders.saved' }));
                  setDue(await readDueReminders(reminderDays));
                })
            }
          >
            <FormattedMessage id="workspaceFile.save" />
          </button>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="workspaceFile.done" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage id="workspaceFile.reminders.explain" />
      </p>
      <label className="field">
        <FormattedMessage id="workspaceFile.reminders.days" />
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!days}
          placeholder={intl.formatMessage({ id: 'workspaceFile.reminders.placeholder' })}
        />
      </label>
      {!days && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="workspaceFile.reminders.invalid" values={{ max: MAX_REMINDER_DAYS, most: 8 }} />
        </p>
      )}
      <span role="status">{saved}</span>
      <h3>
        <FormattedMessage id="workspaceFile.reminders.due" />
      </h3>
      {due.length === 0 ? (
        <p>
          <FormattedMessage id="workspaceFile.reminders.noneDue" />
        </p>
      ) : (
        <ul>
          {due.map((r) => (
            <li key={r.key}>
              <FormattedMessage id="workspaceFile.reminders.reminder" values={{ title: r.title, body: r.body }} />
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
