import { FormattedMessage, useIntl } from 'react-intl';
import type { Finding } from '@shared/rules/findings';
import type { OverrideRequest } from '../db/repositories/overrides';
import { useFindingText } from '../i18n/use-finding-text';

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
  const intl = useIntl();
  const findingText = useFindingText();
  if (findings.length === 0) {
    return (
      <p className="notice notice-info">
        <FormattedMessage id="components.preSave.clean" />
      </p>
    );
  }
  const errors = findings.filter((f) => f.severity === 'error');
  return (
    <section
      className={errors.length > 0 ? 'notice notice-error' : 'notice notice-warning'}
      aria-label={intl.formatMessage({ id: 'components.preSave.label' })}
    >
      <p>
        <strong>
          {errors.length > 0 ? (
            <FormattedMessage id="components.preSave.breaks" values={{ count: errors.length }} />
          ) : (
            <FormattedMessage id="components.preSave.warns" />
          )}
        </strong>
      </p>
      <ul className="pre-save-findings">
        {findings.map((f) => (
          <li key={`${f.code}|${f.refs.join(',')}`} data-severity={f.severity}>
            <FormattedMessage
              id="components.preSave.finding"
              values={{
                rule: (
                  <span className={f.severity === 'error' ? 'badge badge-error' : 'badge badge-warning'}>
                    {f.rule ?? intl.formatMessage({ id: 'components.preSave.noRule' })}
                  </span>
                ),
                code: <code>{f.code}</code>,
                text: findingText(f),
              }}
            />
          </li>
        ))}
      </ul>
      {errors.length > 0 && (
        <fieldset className="override-fields">
          <legend>
            <FormattedMessage id="components.preSave.overrideLegend" />
          </legend>
          <label className="field">
            <FormattedMessage id="components.preSave.overrideWhy" />
            <textarea
              rows={2}
              value={draft.why}
              onChange={(e) => onDraft({ ...draft, why: e.target.value })}
              placeholder={intl.formatMessage({ id: 'components.preSave.overrideWhyPlaceholder' })}
            />
          </label>
          <label className="field">
            <FormattedMessage id="components.preSave.hqReference" />
            <input value={draft.hqReference} onChange={(e) => onDraft({ ...draft, hqReference: e.target.value })} />
          </label>
        </fieldset>
      )}
    </section>
  );
}
