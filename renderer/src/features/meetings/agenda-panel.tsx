import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Meeting } from '@shared/workspace/schema';
import { db } from '../../db/db';
import { saveMeeting } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { agendaFromRows, agendaRow, usualAgenda, type AgendaRow } from './meeting-draft';
import { useErrorText } from '../../i18n/use-error-text';

/** The agenda: numbered items with notes (what the minutes will say under each), in order. */
export function AgendaPanel({ meeting }: { meeting: Meeting }) {
  const [rows, setRows] = useState<AgendaRow[]>(() => (meeting.agenda ?? []).map(agendaRow));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const agenda = agendaFromRows(rows);
  const dirty = JSON.stringify(agenda) !== JSON.stringify(meeting.agenda ?? []);

  const update = (key: string, patch: Partial<AgendaRow>) =>
    setRows((prev) => prev.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, by: number) =>
    setRows((prev) => {
      const next = [...prev];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });

  async function save() {
    setError('');
    const { agenda: _old, ...rest } = meeting;
    try {
      await saveMeeting(
        db,
        agenda.length > 0 ? { ...rest, agenda } : rest,
        context(),
        `Saved the agenda of ${meeting.title?.trim() || 'the meeting'} of ${meeting.date}: ${agenda.length} items.`,
      );
      setStatus(intl.formatMessage({ id: 'meetings.agenda.saved' }));
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <div className="agenda-panel">
      {rows.length === 0 && (
        <p className="notice notice-info">
          <FormattedMessage
            id="meetings.agenda.none"
            values={{
              start: (chunks) => (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setRows(
                      usualAgenda((id) => intl.formatMessage({ id: `meetings.usualAgenda.${id}` })).map(agendaRow),
                    )
                  }
                >
                  {chunks}
                </button>
              ),
            }}
          />
        </p>
      )}
      <ol className="agenda-list">
        {rows.map((row, i) => (
          <li key={row.key} className="card agenda-item">
            <div className="agenda-fields">
              <label className="field">
                <FormattedMessage id="meetings.agenda.itemTitle" values={{ number: i + 1 }} />
                <input value={row.title} onChange={(e) => update(row.key, { title: e.target.value })} />
              </label>
              <label className="field">
                <FormattedMessage id="meetings.agenda.itemNotes" values={{ number: i + 1 }} />
                <textarea
                  rows={2}
                  value={row.notes}
                  placeholder={intl.formatMessage({ id: 'meetings.agenda.notesPlaceholder' })}
                  onChange={(e) => update(row.key, { notes: e.target.value })}
                />
              </label>
              <label className="meetings-check">
                <input
                  type="checkbox"
                  checked={row.actionPlan}
                  onChange={(e) =>
                    setRows((prev) =>
                      prev.map((r) => ({ ...r, actionPlan: r.key === row.key ? e.target.checked : false })),
                    )
                  }
                />
                <FormattedMessage id="meetings.agenda.actionPlan" values={{ number: i + 1 }} />
              </label>
            </div>
            <div className="agenda-buttons">
              <button
                type="button"
                className="btn btn-small"
                disabled={i === 0}
                aria-label={intl.formatMessage({ id: 'meetings.agenda.up' }, { number: i + 1 })}
                onClick={() => move(i, -1)}
              >
                <span aria-hidden="true" className="agenda-arrow agenda-arrow-up" />
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={i === rows.length - 1}
                aria-label={intl.formatMessage({ id: 'meetings.agenda.down' }, { number: i + 1 })}
                onClick={() => move(i, 1)}
              >
                <span aria-hidden="true" className="agenda-arrow agenda-arrow-down" />
              </button>
              <button
                type="button"
                className="btn btn-small btn-quiet"
                aria-label={intl.formatMessage({ id: 'meetings.agenda.remove' }, { number: i + 1 })}
                onClick={() => setRows((prev) => prev.filter((r) => r.key !== row.key))}
              >
                <FormattedMessage id="meetings.remove" />
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="meetings-save">
        <button type="button" className="btn" onClick={() => setRows((prev) => [...prev, agendaRow()])}>
          <FormattedMessage id="meetings.agenda.add" />
        </button>
        <button type="button" className="btn btn-primary" disabled={!dirty} onClick={() => void save()}>
          <FormattedMessage id="meetings.agenda.save" />
        </button>
        <span className="meetings-muted" role="status">
          {dirty ? intl.formatMessage({ id: 'meetings.unsaved' }) : status}
        </span>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="meetings.notSaved" values={{ error }} />
        </p>
      )}
    </div>
  );
}
