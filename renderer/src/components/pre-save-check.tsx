import type { Finding } from '@shared/rules/findings';
import type { OverrideRequest } from '../db/repositories/overrides';

export type OverrideDraft = { why: string; hqReference: string };

/** The overrides a save records: one per error the change raises, all with the user's reason. */
export function overrideRequests(findings: readonly Finding[], draft: OverrideDraft): OverrideRequest[] {
  const hqReference = draft.hqReference.trim();
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({
      committeeId: f.committeeId,
      code: f.code,
      refs: f.refs,
      why: draft.why.trim(),
      ...(hqReference ? { hqReference } : {}),
    }));
}

/** Errors block a save unless the user records why the change is kept anyway (who and when come from the log). */
export function overrideComplete(findings: readonly Finding[], draft: OverrideDraft): boolean {
  return !findings.some((f) => f.severity === 'error') || draft.why.trim().length >= 10;
}

/**
 * What a change would break, shown before it is saved: each new finding with its rule and
 * sentence; for errors, the override fields the save then requires.
 */
export function PreSaveCheck({
  findings,
  draft,
  onDraft,
}: {
  findings: readonly Finding[];
  draft: OverrideDraft;
  onDraft: (draft: OverrideDraft) => void;
}) {
  if (findings.length === 0) {
    return <p className="notice notice-info">Checked against the rules: this change raises no new finding.</p>;
  }
  const errors = findings.filter((f) => f.severity === 'error');
  return (
    <section className={errors.length > 0 ? 'notice notice-error' : 'notice notice-warning'} aria-label="Rule check">
      <p>
        <strong>
          {errors.length > 0
            ? `This change breaks ${errors.length === 1 ? 'a rule' : `${errors.length} rules`}.`
            : 'Saved as it is, this change raises a warning.'}
        </strong>
      </p>
      <ul className="pre-save-findings">
        {findings.map((f) => (
          <li key={`${f.code}|${f.refs.join(',')}`} data-severity={f.severity}>
            <span className={f.severity === 'error' ? 'badge badge-error' : 'badge badge-warning'}>
              {f.rule ?? 'record'}
            </span>{' '}
            <code>{f.code}</code> {f.message}
          </li>
        ))}
      </ul>
      {errors.length > 0 && (
        <fieldset className="override-fields">
          <legend>Save anyway? Record why (IFLA HQ may have agreed an exception).</legend>
          <label className="field">
            Reason for the override
            <textarea
              rows={2}
              value={draft.why}
              onChange={(e) => onDraft({ ...draft, why: e.target.value })}
              placeholder="At least a sentence: what was agreed, by whom"
            />
          </label>
          <label className="field">
            IFLA HQ correspondence (optional)
            <input value={draft.hqReference} onChange={(e) => onDraft({ ...draft, hqReference: e.target.value })} />
          </label>
        </fieldset>
      )}
    </section>
  );
}
