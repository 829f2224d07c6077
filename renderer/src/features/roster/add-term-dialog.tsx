import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '@shared/domain/dates';
import { COOPTION_REASONS, TERM_KINDS, type CooptionReason, type TermKind } from '@shared/domain/vocabulary';
import { createBoundaryCalendar } from '@shared/rules/boundaries';
import { findingsIntroduced } from '@shared/rules/what-if';
import type { Term, Workspace } from '@shared/workspace/schema';
import { useLiveQuery } from 'dexie-react-hooks';
import { Dialog } from '../../components/ui/dialog';
import { usePersonPicker } from '../../components/person-picker';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { saveTerm } from '../../db/repositories/terms-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { newId } from '../../lib/ids';
import { RICH } from '../../components/rich-text';
import { useVocabulary } from '../../components/vocabulary';
import { useErrorText } from '../../i18n/use-error-text';

/** Adds a term (and, if need be, the person) after showing what the rules say about it. */
export function AddTermDialog({ slice, asOf, onClose }: { slice: Workspace; asOf: string; onClose: () => void }) {
  const committee = slice.committees[0]!;
  const calendar = useMemo(() => createBoundaryCalendar(slice.settings), [slice.settings]);
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), []);
  const next = calendar.nextBoundaryAfter(asOf);
  const picked = usePersonPicker({ people: people ?? [] });
  const [kind, setKind] = useState<TermKind>('elected');
  const [start, setStart] = useState(next.date);
  const [end, setEnd] = useState(calendar.boundary(next.year + 4));
  const [seat, setSeat] = useState('');
  const [reason, setReason] = useState<CooptionReason>('diversity');
  const [fillsVacancy, setFillsVacancy] = useState(false);
  const [approvedOn, setApprovedOn] = useState('');
  const [draft, setDraft] = useState<OverrideDraft>({ why: '', hqReference: '' });
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const vocabulary = useVocabulary();

  const datesValid = isIsoDate(start) && isIsoDate(end) && end > start;
  // Fixed for the life of the dialog, so the term's id (and the findings' refs) do not change as the user types.
  const [termId] = useState(() => newId('t'));
  const { newPerson, personId: holder } = picked;

  const term = useMemo<Term | undefined>(
    () =>
      holder && datesValid
        ? {
            id: termId,
            personId: holder,
            committeeId: committee.id,
            kind,
            start,
            end,
            ...(seat.trim() ? { seat: seat.trim() } : {}),
            ...(kind === 'coopted'
              ? { cooption: { reason, fillsVacancy, ...(isIsoDate(approvedOn) ? { approvedOn } : {}) } }
              : {}),
          }
        : undefined,
    [holder, datesValid, termId, committee.id, kind, start, end, seat, reason, fillsVacancy, approvedOn],
  );

  const introduced = useMemo(() => {
    if (!term) return [];
    const known = slice.people.some((p) => p.id === term.personId);
    const after: Workspace = {
      ...slice,
      people: newPerson
        ? [...slice.people, newPerson]
        : known
          ? slice.people
          : [...slice.people, ...(people ?? []).filter((p) => p.id === term.personId)],
      terms: [...slice.terms, term],
    };
    return findingsIntroduced(slice, after, asOf);
  }, [slice, term, newPerson, people, asOf]);

  const canSave = term !== undefined && picked.valid && overrideComplete(introduced, draft);

  function changeKind(value: TermKind) {
    setKind(value);
    if (value === 'elected') {
      setStart(next.date);
      setEnd(calendar.boundary(next.year + 4));
    } else if (value === 'casual' || value === 'coopted') {
      setStart(asOf);
      setEnd(next.date);
    }
  }

  async function save() {
    if (!term) return;
    const overrides = overrideRequests(introduced, draft);
    try {
      await saveTerm(db, term, context(), overrides, newPerson);
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }

  const hasErrors = introduced.some((f) => f.severity === 'error');
  return (
    <Dialog
      title={intl.formatMessage({ id: 'roster.add.title' }, { committee: committee.name })}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="roster.cancel" />
          </button>
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={!canSave}
            onClick={() => void save()}
          >
            <FormattedMessage id={hasErrors ? 'roster.saveWithOverride' : 'roster.save'} />
          </button>
        </>
      }
    >
      <div className="form-grid">
        {picked.fields}
        <label className="field">
          <FormattedMessage id="roster.add.kind" />
          <select value={kind} onChange={(e) => changeKind(e.target.value as TermKind)}>
            {TERM_KINDS.map((k) => (
              <option key={k} value={k}>
                {vocabulary.termKind(k)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <FormattedMessage id="roster.add.start" />
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="field">
          <FormattedMessage id="roster.add.end" values={RICH} />
          <input type="date" value={end} aria-invalid={!datesValid} onChange={(e) => setEnd(e.target.value)} />
        </label>
        <label className="field">
          <FormattedMessage id="roster.add.seat" values={RICH} />
          <input value={seat} onChange={(e) => setSeat(e.target.value)} />
        </label>
        {kind === 'coopted' && (
          <>
            <label className="field">
              <FormattedMessage id="roster.add.cooptionReason" />
              <select value={reason} onChange={(e) => setReason(e.target.value as CooptionReason)}>
                {COOPTION_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {vocabulary.cooptionReason(r)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <FormattedMessage id="roster.add.approvedOn" values={RICH} />
              <input type="date" value={approvedOn} onChange={(e) => setApprovedOn(e.target.value)} />
            </label>
            <label className="checkbox-field">
              <input type="checkbox" checked={fillsVacancy} onChange={(e) => setFillsVacancy(e.target.checked)} />
              <FormattedMessage id="roster.add.fillsVacancy" />
            </label>
          </>
        )}
      </div>
      {!datesValid && (
        <p className="notice notice-warning">
          <FormattedMessage id="roster.add.datesInvalid" />
        </p>
      )}
      {term && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="roster.add.notSaved" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
