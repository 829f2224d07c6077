import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '@shared/domain/dates';
import { ACTION_STATUSES, type ActionStatus } from '@shared/domain/vocabulary';
import type { Action } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { recordProgress } from '../../db/repositories/actions-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useErrorText } from '../../i18n/use-error-text';

/** A dated progress note, with a change of status when there is one (planned, ongoing, completed…). */
export function ProgressDialog({ action, asOf, onClose }: { action: Action; asOf: string; onClose: () => void }) {
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [on, setOn] = useState(asOf);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const changes = status !== action.status;
  const valid = isIsoDate(on) && (changes || note.trim() !== '');

  async function save() {
    try {
      await recordProgress(db, action.id, { on, note, ...(changes ? { status } : {}) }, context());
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'actionPlan.progress.title' }, { title: action.title })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="actionPlan.cancel" />
          </button>
          <button type="button" className="btn btn-primary" disabled={!valid} onClick={() => void save()}>
            <FormattedMessage id={changes ? 'actionPlan.progress.saveStatus' : 'actionPlan.progress.saveNote'} />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage
          id="actionPlan.progress.now"
          values={{
            status: intl.formatMessage({ id: `actionPlan.status.${action.status}` }),
            strong: (chunks) => <strong>{chunks}</strong>,
          }}
        />
      </p>
      <label className="field">
        <FormattedMessage id="actionPlan.statusLabel" />
        <select value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {intl.formatMessage({ id: `actionPlan.status.${s}` })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <FormattedMessage id="actionPlan.progress.on" />
        <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      </label>
      <label className="field">
        <FormattedMessage id="actionPlan.progress.note" />
        <textarea
          rows={4}
          value={note}
          placeholder={intl.formatMessage({ id: 'actionPlan.progress.notePlaceholder' })}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="actionPlan.notSaved" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
