import { useMemo, useState } from 'react';
import { isIsoDate } from '@shared/domain/dates';
import { END_REASONS, type EndReason } from '@shared/domain/vocabulary';
import { noticeBlocksEnding } from '@shared/rules/inactivity';
import { findingsIntroduced } from '@shared/rules/what-if';
import type { Term, Workspace } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { endTermEarly } from '../../db/repositories/terms-repo';
import { useWriteContext } from '../../hooks/use-write-context';

const REASON_LABELS: Record<EndReason, string> = {
  resigned: 'Resigned',
  inactive: 'Deemed resigned (inactive)',
  deceased: 'Deceased',
  other: 'Other',
};

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
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title={`End ${person?.name ?? term.personId}'s term early`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!valid || !overrideComplete(introduced, draft)}
            onClick={() => void save()}
          >
            End the term
          </button>
        </>
      }
    >
      <p>
        The {term.kind} term runs from {term.start} to {term.end}. Ending it early leaves the seat as a casual vacancy
        until {term.end}; any office {person?.name ?? 'they'} hold on this committee ends the same day (R-19, R-39).
      </p>
      <label className="field">
        Last day on the committee
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
        Reason
        <select value={reason} onChange={(e) => setReason(e.target.value as EndReason)}>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {REASON_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      {inactiveBlocked && term.inactivityNotice && (
        <p className="notice notice-info">
          An inactivity notice stands on this term, but {inactiveBlocked}. Deeming the member resigned becomes possible
          once its deadline has passed unanswered (R-23).
        </p>
      )}
      {!dateValid && (
        <p className="notice notice-warning">
          The date must fall between {term.start} and {term.end}.
        </p>
      )}
      {valid && introduced.length > 0 && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was changed: {error}
        </p>
      )}
    </Dialog>
  );
}
