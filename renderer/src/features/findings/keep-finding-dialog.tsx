import { useState } from 'react';
import type { Finding } from '@shared/rules/findings';
import { overrideComplete, type OverrideDraft } from '../../components/pre-save-check';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { keepFindingWithOverride } from '../../db/repositories/overrides';
import { UNNAMED_ACTOR, useWriteContext } from '../../hooks/use-write-context';

/**
 * Keeps an error that is already in the records (the chair may decide, with IFLA HQ, that a
 * record stands). The records do not change; the decision is stored with who, when and why.
 */
export function KeepFindingDialog({ finding, onClose }: { finding: Finding; onClose: () => void }) {
  const { actor, context } = useWriteContext();
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
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  }

  return (
    <Dialog
      title="Keep this error on record"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-danger" disabled={!complete || saving} onClick={() => void keep()}>
            Keep with override
          </button>
        </>
      }
    >
      <p className="keep-finding-quote">
        <span className="badge badge-error">{finding.rule ?? 'Record check'}</span> {finding.message}
      </p>
      <p>
        The records stay as they are. Tenure stores this decision with your name, today’s date and your reason, shows it
        on the findings and keeps it in the history.
      </p>
      <p className="keep-finding-actor">
        Recorded as <strong>{actor}</strong>
        {actor === UNNAMED_ACTOR && ' — set your name with “Recording as” at the top of the window first.'}
      </p>
      <label className="field">
        Why is it kept? <small>required, at least a sentence: what was agreed, and by whom</small>
        <textarea
          rows={3}
          required
          autoFocus
          value={draft.why}
          onChange={(e) => setDraft({ ...draft, why: e.target.value })}
        />
      </label>
      <label className="field">
        IFLA HQ correspondence <small>optional: a reference to the letter or e-mail</small>
        <input value={draft.hqReference} onChange={(e) => setDraft({ ...draft, hqReference: e.target.value })} />
      </label>
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}
