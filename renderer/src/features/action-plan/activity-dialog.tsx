import { useState } from 'react';
import { ACTION_STATUSES, type ActionStatus } from '@shared/domain/vocabulary';
import { ACTION_STATUS_LABELS, type FocusArea } from '@shared/meetings/action-plan';
import type { Action } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { deleteAction, saveAction } from '../../db/repositories/actions-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { newId } from '../../lib/ids';
import type { Choosable } from './action-plan-screen';
import {
  actionFromDraft,
  activityInArea,
  draftFromAction,
  draftFromFocusArea,
  focusAreaFields,
  taskRow,
  validateActivity,
  type ActivityDraft,
} from './action-draft';

/** Several people from a list: a labelled multiple choice. */
function PeopleChoice({
  label,
  people,
  value,
  onChange,
}: {
  label: string;
  people: readonly Choosable[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <label className="field">
      {label}
      <select
        multiple
        size={Math.min(5, Math.max(2, people.length))}
        value={[...value]}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * One activity of the plan with every field of the template: tasks and who is responsible,
 * timeframe, funding needed (yes or no, how much, from where), communication, impact measures and
 * collaborating units, its status, notes.
 */
export function ActivityDialog({
  committeeId,
  action,
  area,
  areas,
  people,
  onClose,
}: {
  committeeId: string;
  action?: Action | undefined;
  area?: FocusArea | undefined;
  areas: readonly string[];
  people: readonly Choosable[];
  onClose: () => void;
}) {
  const [base] = useState<Action>(
    () => action ?? activityInArea(newId('a', 'activity'), committeeId, '', focusAreaFields(draftFromFocusArea(area))),
  );
  const [draft, setDraft] = useState<ActivityDraft>(() => draftFromAction(base));
  const [touched, setTouched] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const problems = validateActivity(draft);
  const problemOf = (field: keyof ActivityDraft) => (touched ? problems.find((p) => p.field === field) : undefined);
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function save() {
    setTouched(true);
    if (problems.length > 0) return;
    const id = action ? action.id : newId('a', draft.title);
    try {
      await saveAction(db, actionFromDraft(draft, { ...base, id }), context());
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function remove() {
    if (!action) return;
    try {
      await deleteAction(db, action.id, context());
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title={action ? `Activity: ${action.title}` : 'New activity'}
      wide
      onClose={onClose}
      footer={
        <>
          {action && !confirmDelete && (
            <button type="button" className="btn btn-quiet plan-delete" onClick={() => setConfirmDelete(true)}>
              Remove…
            </button>
          )}
          {action && confirmDelete && (
            <button type="button" className="btn btn-danger plan-delete" onClick={() => void remove()}>
              Remove the activity
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            {action ? 'Save the activity' : 'Add the activity'}
          </button>
        </>
      }
    >
      <label className="field">
        Project or activity
        <textarea
          rows={2}
          value={draft.title}
          aria-invalid={Boolean(problemOf('title'))}
          onChange={(e) => set('title', e.target.value)}
        />
        {problemOf('title') && <small className="plan-problem">{problemOf('title')?.message}</small>}
      </label>
      <div className="form-grid">
        <label className="field">
          Focus area
          <select value={draft.focusArea} onChange={(e) => set('focusArea', e.target.value)}>
            {[...new Set([draft.focusArea, ...areas])].map((name) => (
              <option key={name} value={name}>
                {name || 'No focus area'}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Status
          <select value={draft.status} onChange={(e) => set('status', e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <PeopleChoice
          label="Lead (committee members)"
          people={people}
          value={draft.owners}
          onChange={(ids) => set('owners', ids)}
        />
        <div>
          <label className="field">
            Timeframe
            <input
              value={draft.timeframe}
              placeholder="Nov 2019 – May 2020"
              onChange={(e) => set('timeframe', e.target.value)}
            />
          </label>
          <label className="field">
            Due by
            <input type="date" value={draft.due} onChange={(e) => set('due', e.target.value)} />
          </label>
        </div>
      </div>

      <fieldset className="plan-fieldset">
        <legend>Tasks &amp; responsibility</legend>
        {draft.tasks.map((task, i) => (
          <div key={task.key} className="task-row">
            <label className="field">
              Task {i + 1}
              <textarea
                rows={2}
                value={task.text}
                onChange={(e) =>
                  set(
                    'tasks',
                    draft.tasks.map((t) => (t.key === task.key ? { ...t, text: e.target.value } : t)),
                  )
                }
              />
            </label>
            <PeopleChoice
              label={`Responsible for task ${i + 1}`}
              people={people}
              value={task.owners}
              onChange={(ids) =>
                set(
                  'tasks',
                  draft.tasks.map((t) => (t.key === task.key ? { ...t, owners: ids } : t)),
                )
              }
            />
            <button
              type="button"
              className="btn btn-small btn-quiet"
              aria-label={`Remove task ${i + 1}`}
              onClick={() =>
                set(
                  'tasks',
                  draft.tasks.filter((t) => t.key !== task.key),
                )
              }
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => set('tasks', [...draft.tasks, taskRow()])}>
          Add a task
        </button>
      </fieldset>

      <fieldset className="plan-fieldset">
        <legend>Funding</legend>
        <label className="meetings-check plan-check">
          <input
            type="checkbox"
            checked={draft.fundingNeeded}
            onChange={(e) => set('fundingNeeded', e.target.checked)}
          />
          Funding needed
        </label>
        <div className="form-grid">
          <label className="field">
            Amount
            <input
              value={draft.fundingAmount}
              placeholder="EUR 2,000"
              onChange={(e) => set('fundingAmount', e.target.value)}
            />
          </label>
          <label className="field">
            Source
            <input
              value={draft.fundingSource}
              placeholder="IFLA Professional Council, host institution…"
              onChange={(e) => set('fundingSource', e.target.value)}
            />
          </label>
        </div>
        <label className="field">
          Funding notes
          <input value={draft.funding} onChange={(e) => set('funding', e.target.value)} />
        </label>
      </fieldset>

      <label className="field">
        Communication of the activity and its results
        <textarea rows={2} value={draft.communication} onChange={(e) => set('communication', e.target.value)} />
      </label>
      <label className="field">
        Impact measures
        <textarea rows={2} value={draft.impact} onChange={(e) => set('impact', e.target.value)} />
      </label>
      <label className="field">
        Collaborating units
        <textarea rows={2} value={draft.collaborators} onChange={(e) => set('collaborators', e.target.value)} />
        <small>One unit per line.</small>
      </label>
      <label className="field">
        Notes
        <textarea rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}
