import { useState } from 'react';
import type { Meeting } from '@shared/workspace/schema';
import { db } from '../../db/db';
import { saveMeeting } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { agendaFromRows, agendaRow, USUAL_AGENDA, type AgendaRow } from './meeting-draft';

/** The agenda: numbered items with notes (what the minutes will say under each), in order. */
export function AgendaPanel({ meeting }: { meeting: Meeting }) {
  const [rows, setRows] = useState<AgendaRow[]>(() => (meeting.agenda ?? []).map(agendaRow));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();
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
      setStatus('Agenda saved.');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="agenda-panel">
      {rows.length === 0 && (
        <p className="notice notice-info">
          No agenda yet.{' '}
          <button type="button" className="link-button" onClick={() => setRows(USUAL_AGENDA.map(agendaRow))}>
            Start from the usual agenda
          </button>{' '}
          or add items one by one.
        </p>
      )}
      <ol className="agenda-list">
        {rows.map((row, i) => (
          <li key={row.key} className="card agenda-item">
            <div className="agenda-fields">
              <label className="field">
                Item {i + 1} title
                <input value={row.title} onChange={(e) => update(row.key, { title: e.target.value })} />
              </label>
              <label className="field">
                Item {i + 1} notes
                <textarea
                  rows={2}
                  value={row.notes}
                  placeholder="What was said or decided; it goes into the minutes under this item."
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
                The minutes list the action plan's statuses under item {i + 1}
              </label>
            </div>
            <div className="agenda-buttons">
              <button
                type="button"
                className="btn btn-small"
                disabled={i === 0}
                aria-label={`Move item ${i + 1} up`}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={i === rows.length - 1}
                aria-label={`Move item ${i + 1} down`}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="btn btn-small btn-quiet"
                aria-label={`Remove item ${i + 1}`}
                onClick={() => setRows((prev) => prev.filter((r) => r.key !== row.key))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="meetings-save">
        <button type="button" className="btn" onClick={() => setRows((prev) => [...prev, agendaRow()])}>
          Add an item
        </button>
        <button type="button" className="btn btn-primary" disabled={!dirty} onClick={() => void save()}>
          Save the agenda
        </button>
        <span className="meetings-muted" role="status">
          {dirty ? 'Unsaved changes.' : status}
        </span>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </div>
  );
}
