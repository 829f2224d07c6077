import { useMemo, useState } from 'react';
import { isIsoDate } from '@shared/domain/dates';
import { createRulesContext } from '@shared/rules/context';
import { standingReason } from '@shared/rules/cycle-summary';
import { eligibilityToStand, type Eligibility } from '@shared/rules/eligibility';
import { ordinal } from '@shared/rules/terms';
import { nominationsClosed } from '@shared/rules/checks/elections';
import type { Candidate, Election } from '@shared/workspace/schema';
import { useLiveQuery } from 'dexie-react-hooks';
import { Dialog } from '../../components/ui/dialog';
import { usePersonPicker } from '../../components/person-picker';
import { db } from '../../db/db';
import { saveElection } from '../../db/repositories/elections-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useAppStore } from '../../stores/app-store';
import type { ElectionStepProps } from './elections-screen';
import { membersElectionOf } from './election-of-cycle';

/** "standing for a 2nd term", or a first-time candidate. */
function incumbency(eligibility: Eligibility): string {
  return eligibility.prospectiveTermNumber > 1
    ? `standing for a ${ordinal(eligibility.prospectiveTermNumber)} term`
    : 'first term';
}

/** Step 2: the candidates, each with nominator, consent, statement and the live term-limit check (R-08, R-12). */
export function NominationsPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const election = membersElectionOf(slice, cycle);
  const navigate = useAppStore((s) => s.navigate);
  const { context } = useWriteContext();
  const [adding, setAdding] = useState(false);
  const ctx = useMemo(() => createRulesContext(slice), [slice]);

  if (!election) {
    return (
      <div className="notice notice-info">
        <p>The {cycle} election is not planned yet.</p>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => navigate({ screen: 'elections', id: `${cycle}:plan` })}
        >
          Plan the {cycle} election
        </button>
      </div>
    );
  }
  const candidates = election.candidates ?? [];
  const closed = nominationsClosed(election, asOf);
  const final = election.status === 'final';

  async function withdraw(candidate: Candidate) {
    const updated: Election = {
      ...election!,
      candidates: candidates.map((c) => (c.personId === candidate.personId ? { ...c, outcome: 'withdrawn' } : c)),
    };
    await saveElection(
      db,
      updated,
      context(),
      [],
      `${ctx.nameOf(candidate.personId)} withdrew from the ${cycle} election.`,
    );
  }

  return (
    <section className="card election-card" aria-labelledby="nominations-title">
      <div className="screen-header">
        <div>
          <h2 id="nominations-title">Nominations for {cycle}</h2>
          <p className="election-lead">
            {candidates.length} nominated · nominations{' '}
            {closed
              ? `closed${election.nominationsClose ? ` on ${election.nominationsClose}` : ''}`
              : `open until ${election.nominationsClose ?? 'a date not set yet'}`}
            . One nomination is enough (R-11); a signed consent form is required once nominations close (R-12).
          </p>
        </div>
        <button type="button" className="btn btn-primary" disabled={final} onClick={() => setAdding(true)}>
          Add a nomination…
        </button>
      </div>
      {candidates.length === 0 ? (
        <p className="election-lead">No nomination yet.</p>
      ) : (
        <table className="plain-table election-table" aria-label={`Candidates in ${cycle}`}>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Eligibility</th>
              <th scope="col">Nominated by</th>
              <th scope="col">Consent</th>
              <th scope="col">Statement</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => {
              const eligibility = eligibilityToStand(ctx, committee.id, c.personId, cycle);
              return (
                <tr key={c.personId}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => navigate({ screen: 'person', id: c.personId })}
                    >
                      {ctx.nameOf(c.personId)}
                    </button>
                    <div className="election-muted">
                      {c.outcome === 'withdrawn' ? 'withdrawn' : incumbency(eligibility)}
                    </div>
                  </td>
                  <td className={eligibility.eligible ? 'eligibility-yes' : 'eligibility-no'}>
                    {eligibility.eligible ? 'May stand' : 'Term-limited'}: {standingReason(eligibility)}
                  </td>
                  <td>{c.nominatedBy ?? '—'}</td>
                  <td>
                    {c.consent === true
                      ? `signed${c.consentOn ? ` ${c.consentOn}` : ''}`
                      : c.consent === false
                        ? 'refused'
                        : 'not received'}
                    {closed && c.consent !== true && c.outcome !== 'withdrawn' && (
                      <div className="eligibility-no">required now (R-12)</div>
                    )}
                  </td>
                  <td>{c.statement ?? ''}</td>
                  <td>
                    {!final && c.outcome !== 'withdrawn' && (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => void withdraw(c)}
                        aria-label={`Withdraw ${ctx.nameOf(c.personId)}`}
                      >
                        Withdraw
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {adding && <AddNominationDialog slice={slice} election={election} asOf={asOf} onClose={() => setAdding(false)} />}
    </section>
  );
}

function AddNominationDialog({
  slice,
  election,
  asOf,
  onClose,
}: {
  slice: ElectionStepProps['slice'];
  election: Election;
  asOf: string;
  onClose: () => void;
}) {
  const committee = slice.committees[0]!;
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), []);
  const { context } = useWriteContext();
  const already = new Set((election.candidates ?? []).map((c) => c.personId));
  const picked = usePersonPicker({
    people: people ?? [],
    label: 'Candidate',
    unavailable: (p) => (already.has(p.id) ? 'already nominated' : undefined),
  });
  const [nominatedBy, setNominatedBy] = useState('');
  const [consent, setConsent] = useState<'yes' | 'no' | 'unknown'>('unknown');
  const [consentOn, setConsentOn] = useState('');
  const [statement, setStatement] = useState('');
  const [error, setError] = useState('');
  const chosen = picked.isNew ? undefined : picked.personId;
  const eligibility = useMemo(
    () => (chosen ? eligibilityToStand(createRulesContext(slice), committee.id, chosen, election.cycle) : undefined),
    [chosen, slice, committee.id, election.cycle],
  );
  const refused = eligibility && !eligibility.eligible;
  const valid = picked.valid && picked.personId !== undefined && !refused && (consentOn === '' || isIsoDate(consentOn));
  const late = election.nominationsClose !== undefined && asOf > election.nominationsClose;

  async function add() {
    const person = picked.newPerson;
    if (!picked.personId) return;
    const candidate: Candidate = {
      personId: picked.personId,
      ...(nominatedBy.trim() ? { nominatedBy: nominatedBy.trim() } : {}),
      ...(consent === 'unknown' ? {} : { consent: consent === 'yes' }),
      ...(consent === 'yes' && consentOn ? { consentOn } : {}),
      ...(statement.trim() ? { statement: statement.trim() } : {}),
    };
    const updated: Election = { ...election, candidates: [...(election.candidates ?? []), candidate] };
    try {
      await saveElection(
        db,
        updated,
        context(),
        person ? [person] : [],
        `Nominated ${person?.name ?? slice.people.find((p) => p.id === chosen)?.name ?? chosen} for ${election.cycle}.`,
      );
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title={`Add a nomination for ${election.cycle}`}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" disabled={!valid} onClick={() => void add()}>
            Add the nomination
          </button>
        </>
      }
    >
      <div className="form-grid">
        {picked.fields}
        <label className="field">
          Nominated by <small>an IFLA Member or Affiliate registered for the Section (R-11)</small>
          <input value={nominatedBy} onChange={(e) => setNominatedBy(e.target.value)} />
        </label>
        <label className="field">
          Signed consent form
          <select value={consent} onChange={(e) => setConsent(e.target.value as typeof consent)}>
            <option value="unknown">Not received yet</option>
            <option value="yes">Signed</option>
            <option value="no">Refused</option>
          </select>
        </label>
        {consent === 'yes' && (
          <label className="field">
            Consent received on
            <input type="date" value={consentOn} onChange={(e) => setConsentOn(e.target.value)} />
          </label>
        )}
      </div>
      <label className="field">
        Statement <small>optional, a few lines</small>
        <textarea rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} />
      </label>
      {eligibility && (
        <p className={refused ? 'notice notice-error' : 'notice notice-info'} role={refused ? 'alert' : 'status'}>
          {refused
            ? `Refused: term-limited (R-08, R-12): ${standingReason(eligibility)}.`
            : `May stand: ${standingReason(eligibility)} (${incumbency(eligibility)}).`}
        </p>
      )}
      {late && (
        <p className="notice notice-warning">
          Nominations closed on {election.nominationsClose}; a late nomination is recorded with a warning (R-18).
        </p>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}
