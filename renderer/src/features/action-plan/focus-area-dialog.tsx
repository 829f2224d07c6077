import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FocusArea } from '@shared/meetings/action-plan';
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
import { useErrorText } from '../../i18n/use-error-text';

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
  const intl = useIntl();
  const errorText = useErrorText();
  const t = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `actionPlan.areaDialog.${id}` }, values);
  const set = <K extends keyof FocusAreaDraft>(key: K, value: FocusAreaDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const problems: string[] = [];
  if (draft.focusArea.trim() === '') problems.push(t('problem.focusArea'));
  if (!area && firstActivity.trim() === '') problems.push(t('problem.firstActivity'));

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
      setError(errorText(e));
    }
  }

  const mixed = (key: 'communication' | 'impact' | 'collaborators') =>
    area && area.activities.length > 1 && area[key] === undefined && area.activities.some((a) => a[key] !== undefined);

  return (
    <Dialog
      title={area ? intl.formatMessage({ id: 'actionPlan.area.number' }, { number: area.number }) : t('titleNew')}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="actionPlan.cancel" />
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            <FormattedMessage id={area ? 'actionPlan.areaDialog.saveEdit' : 'actionPlan.areaDialog.saveNew'} />
          </button>
        </>
      }
    >
      <div className="form-grid">
        <label className="field">
          <FormattedMessage id="actionPlan.period" />
          <input
            value={draft.plan}
            list="plan-periods"
            placeholder={t('periodPlaceholder')}
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
            <FormattedMessage id="actionPlan.areaDialog.firstActivity" />
            <input
              value={firstActivity}
              aria-invalid={touched && firstActivity.trim() === ''}
              onChange={(e) => setFirstActivity(e.target.value)}
            />
          </label>
        )}
      </div>
      <label className="field">
        <FormattedMessage id="actionPlan.areaDialog.focusArea" />
        <textarea
          rows={2}
          value={draft.focusArea}
          aria-invalid={touched && draft.focusArea.trim() === ''}
          onChange={(e) => set('focusArea', e.target.value)}
        />
      </label>
      <label className="field">
        <FormattedMessage id="actionPlan.area.direction" />
        <textarea
          rows={3}
          value={draft.strategicDirection}
          onChange={(e) => set('strategicDirection', e.target.value)}
        />
        <small>
          <FormattedMessage id="actionPlan.areaDialog.directionHint" />
        </small>
      </label>

      <fieldset className="plan-fieldset">
        <legend>
          <FormattedMessage id="actionPlan.area.initiatives" />
        </legend>
        {draft.keyInitiatives.map((row, i) => (
          <div key={row.key} className="initiative-row">
            <label className="field">
              <FormattedMessage id="actionPlan.areaDialog.initiativeNumber" values={{ number: i + 1 }} />
              <input
                value={row.number}
                placeholder={t('initiativeNumberPlaceholder')}
                onChange={(e) =>
                  set(
                    'keyInitiatives',
                    draft.keyInitiatives.map((r) => (r.key === row.key ? { ...r, number: e.target.value } : r)),
                  )
                }
              />
            </label>
            <label className="field">
              <FormattedMessage id="actionPlan.areaDialog.initiativeHow" values={{ number: i + 1 }} />
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
              aria-label={t('removeInitiative', { number: i + 1 })}
              onClick={() =>
                set(
                  'keyInitiatives',
                  draft.keyInitiatives.filter((r) => r.key !== row.key),
                )
              }
            >
              <FormattedMessage id="actionPlan.remove" />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small"
          onClick={() => set('keyInitiatives', [...draft.keyInitiatives, initiativeRow()])}
        >
          <FormattedMessage id="actionPlan.areaDialog.addInitiative" />
        </button>
      </fieldset>

      <label className="field">
        <FormattedMessage id="actionPlan.areaDialog.communication" />
        <textarea rows={3} value={draft.communication} onChange={(e) => set('communication', e.target.value)} />
        {mixed('communication') && (
          <small>
            <FormattedMessage id="actionPlan.areaDialog.mixedText" />
          </small>
        )}
      </label>
      <label className="field">
        <FormattedMessage id="actionPlan.areaDialog.impact" />
        <textarea rows={3} value={draft.impact} onChange={(e) => set('impact', e.target.value)} />
        {mixed('impact') && (
          <small>
            <FormattedMessage id="actionPlan.areaDialog.mixedText" />
          </small>
        )}
      </label>
      <label className="field">
        <FormattedMessage id="actionPlan.areaDialog.collaborators" />
        <textarea rows={2} value={draft.collaborators} onChange={(e) => set('collaborators', e.target.value)} />
        <small>
          <FormattedMessage id="actionPlan.onePerLine" />
        </small>
        {mixed('collaborators') && (
          <small>
            <FormattedMessage id="actionPlan.areaDialog.mixedUnits" />
          </small>
        )}
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
          <FormattedMessage id="actionPlan.notSaved" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
