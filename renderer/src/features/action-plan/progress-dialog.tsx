import { useState } from 'react';
import { isIsoDate } from '@shared/domain/dates';
import { ACTION_STATUSES, type ActionStatus } from '@shared/domain/vocabulary';
import { ACTION_STATUS_LABELS } from '@shared/meetings/action-plan';
import type { Action } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { recordProgress } from '../../db/repositories/actions-repo';
import { useWriteContext } from '../../hooks/use-write-context';

/** A dated progress note, with a change of status when there is one (planned, ongoing, completed…). */
export function ProgressDialog({ action, asOf, onClose }: { action: Action; asOf: string; onClose: () => void }) {
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [on, setOn] = useState(asOf);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const changes = status !== action.status;
  const valid = isIsoDate(on) && (changes || note.trim() !== '');

  async function save() {
    try {
      await recordProgress(db, action.id, { on, note, ...(changes ? { status } : {}) }, context());
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title={`Progress: ${action.title}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" disabled={!valid} onClick={() => void save()}>
            {changes ? 'Save the new status' : 'Add the note'}
          </button>
        </>
      }
    >
      <p>
        Now <strong>{ACTION_STATUS_LABELS[action.status]}</strong>. The minutes and the mid-term review read the status
        on each date from these notes.
      </p>
      <label className="field">
        Status
        <select value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        On
        <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      </label>
      <label className="field">
        Progress note
        <textarea
          rows={4}
          value={note}
          placeholder="What happened: dates, numbers, what comes next."
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}
