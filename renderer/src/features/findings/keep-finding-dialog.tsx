import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Finding } from '@shared/rules/findings';
import { overrideComplete, type OverrideDraft } from '../../components/pre-save-check';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { keepFindingWithOverride } from '../../db/repositories/overrides';
import { UNNAMED_ACTOR, useWriteContext } from '../../hooks/use-write-context';
import { useFindingText } from '../../i18n/use-finding-text';
import { useErrorText } from '../../i18n/use-error-text';

/**
 * Keeps an error that is already in the records (the chair may decide, with IFLA HQ, that a
 * record stands). The records do not change; the decision is stored with who, when and why.
 */
export function KeepFindingDialog({ finding, onClose }: { finding: Finding; onClose: () => void }) {
  const { actor, context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const findingText = useFindingText();
  const [draft, setDraft] = useState<OverrideDraft>({ why: '', hqReference: '' });
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  // The same bar as overriding while saving a form, so a decision reads the same wherever it was taken.
  const complete = overrideComplete([finding], draft);

  async function keep() {
    setSaving(true);
    try {
      await keepFindingWithOverride(
        db,
        {
          committeeId: finding.committeeId,
          code: finding.code,
          refs: finding.refs,
          why: draft.why,
          hqReference: draft.hqReference,
        },
        context(),
      );
      onClose();
    } catch (e) {
      setError(errorText(e));
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'findings.keepDialog.title' })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="findings.keepDialog.cancel" />
          </button>
          <button type="button" className="btn btn-danger" disabled={!complete || saving} onClick={() => void keep()}>
            <FormattedMessage id="findings.keepDialog.keep" />
          </button>
        </>
      }
    >
      <p className="keep-finding-quote">
        <FormattedMessage
          id="findings.keepDialog.quote"
          values={{
            rule: (
              <span className="badge badge-error">
                {finding.rule ?? <FormattedMessage id="findings.recordCheck" />}
              </span>
            ),
            message: findingText(finding),
          }}
        />
      </p>
      <p>
        <FormattedMessage id="findings.keepDialog.lead" />
      </p>
      <p className="keep-finding-actor">
        <FormattedMessage
          id={actor === UNNAMED_ACTOR ? 'findings.keepDialog.actorUnnamed' : 'findings.keepDialog.actor'}
          values={{ actor: <bdi>{actor}</bdi>, strong: (chunks) => <strong>{chunks}</strong> }}
        />
      </p>
      <label className="field">
        <FormattedMessage id="findings.keepDialog.why" values={{ small: (chunks) => <small>{chunks}</small> }} />
        <textarea
          dir="auto"
          rows={3}
          required
          autoFocus
          value={draft.why}
          onChange={(e) => setDraft({ ...draft, why: e.target.value })}
        />
      </label>
      <label className="field">
        <FormattedMessage id="findings.keepDialog.hq" values={{ small: (chunks) => <small>{chunks}</small> }} />
        <input
          dir="auto"
          value={draft.hqReference}
          onChange={(e) => setDraft({ ...draft, hqReference: e.target.value })}
        />
      </label>
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="findings.keepDialog.failed" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
