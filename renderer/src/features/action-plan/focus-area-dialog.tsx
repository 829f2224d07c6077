import { useState } from 'react';
import { IFLA_STRATEGIC_DIRECTIONS, type FocusArea } from '@shared/meetings/action-plan';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { saveAction, updateFocusArea } from '../../db/repositories/actions-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { newId } from '../../lib/ids';
import {
  activityInArea,
  draftFromFocusArea,
  focusAreaChanges,
  focusAreaFields,
  initiativeRow,
  type FocusAreaDraft,
} from './action-draft';

/**
 * A focus area as the IFLA template asks for it: the area, the strategic direction(s) it serves and
 * how, its key initiatives, how its results are communicated and its impact measured, and the units
 * to collaborate with. A new area starts with its first activity (an area lives in its activities).
 */
export function FocusAreaDialog({
  committeeId,
  area,
  plans,
  defaultPlan,
  onClose,
}: {
  committeeId: string;
  area?: FocusArea | undefined;
  plans: readonly string[];
  defaultPlan: string;
  onClose: () => void;
}) {
  const [start] = useState<FocusAreaDraft>(() => draftFromFocusArea(area, defaultPlan));
  const [draft, setDraft] = useState<FocusAreaDraft>(start);
  const [firstActivity, setFirstActivity] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const set = <K extends keyof FocusAreaDraft>(key: K, value: FocusAreaDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const problems: string[] = [];
  if (draft.focusArea.trim() === '') problems.push('Describe the focus area.');
  if (!area && firstActivity.trim() === '') problems.push('Name the first activity of the focus area.');

  async function save() {
    setTouched(true);
    if (problems.length > 0) return;
    try {
      if (area) {
        await updateFocusArea(db, committeeId, area.name, focusAreaChanges(start, draft), context());
      } else {
        const title = firstActivity.trim();
        await saveAction(db, activityInArea(newId('a', title), committeeId, title, focusAreaFields(draft)), context());
      }
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const mixed = (key: 'communication' | 'impact' | 'collaborators') =>
    area && area.activities.length > 1 && area[key] === undefined && area.activities.some((a) => a[key] !== undefined);

  return (
    <Dialog
      title={area ? `Focus Area ${area.number}` : 'New focus area'}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            {area ? 'Save the focus area' : 'Add the focus area'}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <label className="field">
          Action plan period
          <input
            value={draft.plan}
            list="plan-periods"
            placeholder="2019–2020"
            onChange={(e) => set('plan', e.target.value)}
          />
          <datalist id="plan-periods">
            {plans.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </label>
        {!area && (
          <label className="field">
            First activity
            <input
              value={firstActivity}
              aria-invalid={touched && firstActivity.trim() === ''}
              onChange={(e) => setFirstActivity(e.target.value)}
            />
          </label>
        )}
      </div>
      <label className="field">
        Focus area
        <textarea
          rows={2}
          value={draft.focusArea}
          aria-invalid={touched && draft.focusArea.trim() === ''}
          onChange={(e) => set('focusArea', e.target.value)}
        />
      </label>
      <label className="field">
        IFLA strategic direction
        <textarea
          rows={3}
          value={draft.strategicDirection}
          onChange={(e) => set('strategicDirection', e.target.value)}
        />
        <small>
          Which of IFLA's strategic directions the area serves, and how: {IFLA_STRATEGIC_DIRECTIONS.join('; ')}.
        </small>
      </label>

      <fieldset className="plan-fieldset">
        <legend>Key initiatives</legend>
        {draft.keyInitiatives.map((row, i) => (
          <div key={row.key} className="initiative-row">
            <label className="field">
              Key initiative {i + 1} number
              <input
                value={row.number}
                placeholder="4.5"
                onChange={(e) =>
                  set(
                    'keyInitiatives',
                    draft.keyInitiatives.map((r) => (r.key === row.key ? { ...r, number: e.target.value } : r)),
                  )
                }
              />
            </label>
            <label className="field">
              How the activities align with key initiative {i + 1}
              <textarea
                rows={2}
                value={row.description}
                onChange={(e) =>
                  set(
                    'keyInitiatives',
                    draft.keyInitiatives.map((r) => (r.key === row.key ? { ...r, description: e.target.value } : r)),
                  )
                }
              />
            </label>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              aria-label={`Remove key initiative ${i + 1}`}
              onClick={() =>
                set(
                  'keyInitiatives',
                  draft.keyInitiatives.filter((r) => r.key !== row.key),
                )
              }
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small"
          onClick={() => set('keyInitiatives', [...draft.keyInitiatives, initiativeRow()])}
        >
          Add a key initiative
        </button>
      </fieldset>

      <label className="field">
        How will you communicate your activities and results?
        <textarea rows={3} value={draft.communication} onChange={(e) => set('communication', e.target.value)} />
        {mixed('communication') && <small>Its activities say different things; text here replaces them all.</small>}
      </label>
      <label className="field">
        How will you measure the impact of your activities?
        <textarea rows={3} value={draft.impact} onChange={(e) => set('impact', e.target.value)} />
        {mixed('impact') && <small>Its activities say different things; text here replaces them all.</small>}
      </label>
      <label className="field">
        Other units which may be interested, or to collaborate with
        <textarea rows={2} value={draft.collaborators} onChange={(e) => set('collaborators', e.target.value)} />
        <small>One unit per line.</small>
        {mixed('collaborators') && <small>Its activities name different units; text here replaces them all.</small>}
      </label>
      {touched && problems.length > 0 && (
        <ul className="notice notice-warning plan-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}
