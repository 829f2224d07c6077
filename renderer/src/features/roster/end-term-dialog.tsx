import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { addDays, isIsoDate } from '@shared/domain/dates';
import { END_REASONS, type EndReason } from '@shared/domain/vocabulary';
import { noticeBlocksEnding } from '@shared/rules/inactivity';
import { findingsIntroduced } from '@shared/rules/what-if';
import type { Term, Workspace } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { endTermEarly } from '../../db/repositories/terms-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useVocabulary } from '../../components/vocabulary';
import { useFormat } from '../../i18n/use-format';
import { useErrorText } from '../../i18n/use-error-text';

/** Ends a term before its planned end; the seat becomes a casual vacancy until the term would have ended. */
export function EndTermDialog({
  slice,
  term,
  asOf,
  onClose,
}: {
  slice: Workspace;
  term: Term;
  asOf: string;
  onClose: () => void;
}) {
  const person = slice.people.find((p) => p.id === term.personId);
  const [endedOn, setEndedOn] = useState(asOf > term.start && asOf <= term.end ? asOf : term.start);
  const [reason, setReason] = useState<EndReason>('resigned');
  const [error, setError] = useState('');
  const [draft, setDraft] = useState<OverrideDraft>({ why: '', hqReference: '' });
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const format = useFormat();
  const vocabulary = useVocabulary();
  const name = person?.name ?? term.personId;
  // "Deemed resigned" follows R-23's notice and deadline; until they allow it, the reason is not offered.
  const inactiveBlocked = noticeBlocksEnding(term, endedOn);
  const reasons = END_REASONS.filter((r) => r !== 'inactive' || !inactiveBlocked);
  const dateValid = isIsoDate(endedOn) && endedOn >= term.start && endedOn <= term.end;
  const valid = dateValid && (reason !== 'inactive' || !inactiveBlocked);

  const introduced = useMemo(() => {
    if (!valid) return [];
    const after = {
      ...slice,
      terms: slice.terms.map((t) => (t.id === term.id ? { ...t, endedOn, endReason: reason } : t)),
    };
    return findingsIntroduced(slice, after, asOf);
  }, [slice, term, endedOn, reason, valid, asOf]);

  async function save() {
    try {
      const overrides = overrideRequests(introduced, draft);
      await endTermEarly(db, term.id, endedOn, reason, context(), overrides);
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'roster.end.title' }, { name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="roster.cancel" />
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!valid || !overrideComplete(introduced, draft)}
            onClick={() => void save()}
          >
            <FormattedMessage id="roster.end.confirm" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage
          id={person ? 'roster.end.explain' : 'roster.end.explainUnnamed'}
          values={{
            kind: vocabulary.termKindInSentence(term.kind),
            start: format.date(term.start),
            end: format.date(term.end),
            name: <bdi>{name}</bdi>,
          }}
        />
      </p>
      <label className="field">
        <FormattedMessage id="roster.end.lastDay" />
        <input
          type="date"
          value={endedOn}
          min={term.start}
          max={term.end}
          aria-invalid={!valid}
          onChange={(e) => setEndedOn(e.target.value)}
        />
      </label>
      <label className="field">
        <FormattedMessage id="roster.end.reason" />
        <select value={reason} onChange={(e) => setReason(e.target.value as EndReason)}>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {intl.formatMessage({ id: `roster.end.reason.${r}` })}
            </option>
          ))}
        </select>
      </label>
      {inactiveBlocked && term.inactivityNotice && (
        <p className="notice notice-info">
          {term.inactivityNotice.respondedOn ? (
            <FormattedMessage
              id="roster.end.inactivityAnswered"
              values={{ date: format.date(term.inactivityNotice.respondedOn) }}
            />
          ) : (
            <FormattedMessage
              id="roster.end.inactivityPending"
              values={{
                deadline: format.date(term.inactivityNotice.deadline),
                earliest: format.date(addDays(term.inactivityNotice.deadline, 1)),
              }}
            />
          )}
        </p>
      )}
      {!dateValid && (
        <p className="notice notice-warning">
          <FormattedMessage
            id="roster.end.dateInvalid"
            values={{ start: format.date(term.start), end: format.date(term.end) }}
          />
        </p>
      )}
      {valid && introduced.length > 0 && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="roster.end.notChanged" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
