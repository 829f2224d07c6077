import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ACTION_STATUSES, type ActionStatus } from '@shared/domain/vocabulary';
import type { FocusArea } from '@shared/meetings/action-plan';
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
import { useErrorText } from '../../i18n/use-error-text';

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
  const intl = useIntl();
  const errorText = useErrorText();
  const t = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `actionPlan.activityDialog.${id}` }, values);
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
      setError(errorText(e));
    }
  }

  async function remove() {
    if (!action) return;
    try {
      await deleteAction(db, action.id, context());
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={action ? t('titleEdit', { title: action.title }) : t('titleNew')}
      wide
      onClose={onClose}
      footer={
        <>
          {action && !confirmDelete && (
            <button type="button" className="btn btn-quiet plan-delete" onClick={() => setConfirmDelete(true)}>
              <FormattedMessage id="actionPlan.activityDialog.remove" />
            </button>
          )}
          {action && confirmDelete && (
            <button type="button" className="btn btn-danger plan-delete" onClick={() => void remove()}>
              <FormattedMessage id="actionPlan.activityDialog.removeConfirm" />
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="actionPlan.cancel" />
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            <FormattedMessage
              id={action ? 'actionPlan.activityDialog.saveEdit' : 'actionPlan.activityDialog.saveNew'}
            />
          </button>
        </>
      }
    >
      <label className="field">
        <FormattedMessage id="actionPlan.activityDialog.activity" />
        <textarea
          rows={2}
          value={draft.title}
          aria-invalid={Boolean(problemOf('title'))}
          onChange={(e) => set('title', e.target.value)}
        />
        {problemOf('title') && (
          <small className="plan-problem">
            <FormattedMessage id="actionPlan.activityDialog.problem.title" />
          </small>
        )}
      </label>
      <div className="form-grid">
        <label className="field">
          <FormattedMessage id="actionPlan.activityDialog.focusArea" />
          <select value={draft.focusArea} onChange={(e) => set('focusArea', e.target.value)}>
            {[...new Set([draft.focusArea, ...areas])].map((name) => (
              <option key={name} value={name}>
                {name || t('noFocusArea')}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <FormattedMessage id="actionPlan.statusLabel" />
          <select value={draft.status} onChange={(e) => set('status', e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage({ id: `actionPlan.status.${s}` })}
              </option>
            ))}
          </select>
        </label>
        <PeopleChoice label={t('lead')} people={people} value={draft.owners} onChange={(ids) => set('owners', ids)} />
        <div>
          <label className="field">
            <FormattedMessage id="actionPlan.activityDialog.timeframe" />
            <input
              value={draft.timeframe}
              placeholder={t('timeframePlaceholder')}
              onChange={(e) => set('timeframe', e.target.value)}
            />
          </label>
          <label className="field">
            <FormattedMessage id="actionPlan.activityDialog.due" />
            <input
              type="date"
              value={draft.due}
              aria-invalid={Boolean(problemOf('due'))}
              onChange={(e) => set('due', e.target.value)}
            />
            {problemOf('due') && (
              <small className="plan-problem">
                <FormattedMessage id="actionPlan.activityDialog.problem.due" />
              </small>
            )}
          </label>
        </div>
      </div>

      <fieldset className="plan-fieldset">
        <legend>
          <FormattedMessage id="actionPlan.activityDialog.tasks" />
        </legend>
        {draft.tasks.map((task, i) => (
          <div key={task.key} className="task-row">
            <label className="field">
              <FormattedMessage id="actionPlan.activityDialog.task" values={{ number: i + 1 }} />
              <textarea
                rows={2}
                value={task.text}
                onChange={(e) =>
                  set(
                    'tasks',
                    draft.tasks.map((row) => (row.key === task.key ? { ...row, text: e.target.value } : row)),
                  )
                }
              />
            </label>
            <PeopleChoice
              label={t('taskOwners', { number: i + 1 })}
              people={people}
              value={task.owners}
              onChange={(ids) =>
                set(
                  'tasks',
                  draft.tasks.map((row) => (row.key === task.key ? { ...row, owners: ids } : row)),
                )
              }
            />
            <button
              type="button"
              className="btn btn-small btn-quiet"
              aria-label={t('removeTask', { number: i + 1 })}
              onClick={() =>
                set(
                  'tasks',
                  draft.tasks.filter((row) => row.key !== task.key),
                )
              }
            >
              <FormattedMessage id="actionPlan.remove" />
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => set('tasks', [...draft.tasks, taskRow()])}>
          <FormattedMessage id="actionPlan.activityDialog.addTask" />
        </button>
      </fieldset>

      <fieldset className="plan-fieldset">
        <legend>
          <FormattedMessage id="actionPlan.activityDialog.funding" />
        </legend>
        <label className="meetings-check plan-check">
          <input
            type="checkbox"
            checked={draft.fundingNeeded}
            onChange={(e) => set('fundingNeeded', e.target.checked)}
          />
          <FormattedMessage id="actionPlan.activityDialog.fundingNeeded" />
        </label>
        <div className="form-grid">
          <label className="field">
            <FormattedMessage id="actionPlan.activityDialog.amount" />
            <input
              value={draft.fundingAmount}
              placeholder={t('amountPlaceholder')}
              onChange={(e) => set('fundingAmount', e.target.value)}
            />
          </label>
          <label className="field">
            <FormattedMessage id="actionPlan.activityDialog.source" />
            <input
              value={draft.fundingSource}
              placeholder={t('sourcePlaceholder')}
              onChange={(e) => set('fundingSource', e.target.value)}
            />
          </label>
        </div>
        <label className="field">
          <FormattedMessage id="actionPlan.activityDialog.fundingNotes" />
          <input value={draft.funding} onChange={(e) => set('funding', e.target.value)} />
        </label>
      </fieldset>

      <label className="field">
        <FormattedMessage id="actionPlan.activityDialog.communication" />
        <textarea rows={2} value={draft.communication} onChange={(e) => set('communication', e.target.value)} />
      </label>
      <label className="field">
        <FormattedMessage id="actionPlan.activityDialog.impact" />
        <textarea rows={2} value={draft.impact} onChange={(e) => set('impact', e.target.value)} />
      </label>
      <label className="field">
        <FormattedMessage id="actionPlan.area.collaborators" />
        <textarea rows={2} value={draft.collaborators} onChange={(e) => set('collaborators', e.target.value)} />
        <small>
          <FormattedMessage id="actionPlan.onePerLine" />
        </small>
      </label>
      <label className="field">
        <FormattedMessage id="actionPlan.notes" />
        <textarea rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="actionPlan.notSaved" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
