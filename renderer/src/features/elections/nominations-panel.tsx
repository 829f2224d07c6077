import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '@shared/domain/dates';
import { createRulesContext } from '@shared/rules/context';
import { eligibilityToStand } from '@shared/rules/eligibility';
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
import { useDeskText } from './desk-text';
import { incumbencyText, standingText } from './standing-text';
import { useErrorText } from '../../i18n/use-error-text';
import { NotSaved } from './not-saved';

/** Step 2: the candidates, each with nominator, consent, statement and the live term-limit check. */
export function NominationsPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const election = membersElectionOf(slice, cycle);
  const navigate = useAppStore((s) => s.navigate);
  const { context } = useWriteContext();
  const [adding, setAdding] = useState(false);
  const ctx = useMemo(() => createRulesContext(slice), [slice]);
  const intl = useIntl();
  const say = useDeskText();
  const year = String(cycle);

  if (!election) {
    return (
      <div className="notice notice-info">
        <p>
          <FormattedMessage id="elections.nominations.notPlanned" values={{ cycle: year }} />
        </p>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => navigate({ screen: 'elections', id: `${cycle}:plan` })}
        >
          <FormattedMessage id="elections.plan.create" values={{ cycle: year }} />
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
          <h2 id="nominations-title">
            <FormattedMessage id="elections.nominations.title" values={{ cycle: year }} />
          </h2>
          <p className="election-lead">
            <FormattedMessage
              id="elections.nominations.lead"
              values={{
                count: candidates.length,
                state: (closed ? 'closed' : 'open') + (election.nominationsClose ? 'On' : ''),
                date: election.nominationsClose ? say.date(election.nominationsClose) : '',
              }}
            />
          </p>
        </div>
        <button type="button" className="btn btn-primary" disabled={final} onClick={() => setAdding(true)}>
          <FormattedMessage id="elections.nominations.add" />
        </button>
      </div>
      {candidates.length === 0 ? (
        <p className="election-lead">
          <FormattedMessage id="elections.nominations.none" />
        </p>
      ) : (
        <table
          className="plain-table election-table"
          aria-label={intl.formatMessage({ id: 'elections.nominations.table' }, { cycle: year })}
        >
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="elections.column.candidate" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.nominations.column.eligibility" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.nominations.column.nominatedBy" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.nominations.column.consent" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.nominations.column.statement" />
              </th>
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
                      {c.outcome === 'withdrawn' ? (
                        <FormattedMessage id="elections.nominations.withdrawn" />
                      ) : (
                        say.node(incumbencyText(eligibility))
                      )}
                    </div>
                  </td>
                  <td className={eligibility.eligible ? 'eligibility-yes' : 'eligibility-no'}>
                    <FormattedMessage
                      id={eligibility.eligible ? 'elections.nominations.mayStand' : 'elections.nominations.termLimited'}
                      values={{ reason: say.text(standingText(eligibility)) }}
                    />
                  </td>
                  <td>{c.nominatedBy ?? <FormattedMessage id="elections.none" />}</td>
                  <td>
                    {c.consent === true ? (
                      c.consentOn ? (
                        <FormattedMessage id="elections.consent.signedOn" values={{ date: say.date(c.consentOn) }} />
                      ) : (
                        <FormattedMessage id="elections.consent.signed" />
                      )
                    ) : c.consent === false ? (
                      <FormattedMessage id="elections.consent.refused" />
                    ) : (
                      <FormattedMessage id="elections.consent.notReceived" />
                    )}
                    {closed && c.consent !== true && c.outcome !== 'withdrawn' && (
                      <div className="eligibility-no">
                        <FormattedMessage id="elections.consent.requiredNow" />
                      </div>
                    )}
                  </td>
                  <td>{c.statement ?? ''}</td>
                  <td>
                    {!final && c.outcome !== 'withdrawn' && (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => void withdraw(c)}
                        aria-label={intl.formatMessage(
                          { id: 'elections.nominations.withdrawName' },
                          { name: ctx.nameOf(c.personId) },
                        )}
                      >
                        <FormattedMessage id="elections.nominations.withdraw" />
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
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();
  const stored = useLiveQuery(() => db.people.toArray(), []);
  const people = useMemo(() => {
    const byName = new Intl.Collator(intl.locale, { sensitivity: 'base' });
    return [...(stored ?? [])].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  }, [stored, intl.locale]);
  const { context } = useWriteContext();
  const already = new Set((election.candidates ?? []).map((c) => c.personId));
  const picked = usePersonPicker({
    people,
    label: intl.formatMessage({ id: 'elections.column.candidate' }),
    unavailable: (p) =>
      already.has(p.id) ? intl.formatMessage({ id: 'elections.nominations.alreadyNominated' }) : undefined,
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
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'elections.nominations.dialog' }, { cycle: String(election.cycle) })}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="elections.cancel" />
          </button>
          <button type="button" className="btn btn-primary" disabled={!valid} onClick={() => void add()}>
            <FormattedMessage id="elections.nominations.addThis" />
          </button>
        </>
      }
    >
      <div className="form-grid">
        {picked.fields}
        <label className="field">
          <FormattedMessage id="elections.nominations.column.nominatedBy" />
          <small>
            <FormattedMessage id="elections.nominations.nominatedBy.hint" />
          </small>
          <input value={nominatedBy} onChange={(e) => setNominatedBy(e.target.value)} />
        </label>
        <label className="field">
          <FormattedMessage id="elections.nominations.consentForm" />
          <select value={consent} onChange={(e) => setConsent(e.target.value as typeof consent)}>
            <option value="unknown">{intl.formatMessage({ id: 'elections.consent.notReceivedYet' })}</option>
            <option value="yes">{intl.formatMessage({ id: 'elections.consent.option.signed' })}</option>
            <option value="no">{intl.formatMessage({ id: 'elections.consent.option.refused' })}</option>
          </select>
        </label>
        {consent === 'yes' && (
          <label className="field">
            <FormattedMessage id="elections.nominations.consentOn" />
            <input type="date" value={consentOn} onChange={(e) => setConsentOn(e.target.value)} />
          </label>
        )}
      </div>
      <label className="field">
        <FormattedMessage id="elections.nominations.column.statement" />
        <small>
          <FormattedMessage id="elections.nominations.statement.hint" />
        </small>
        <textarea rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} />
      </label>
      {eligibility && (
        <p className={refused ? 'notice notice-error' : 'notice notice-info'} role={refused ? 'alert' : 'status'}>
          {refused ? (
            <FormattedMessage
              id="elections.nominations.refused"
              values={{ reason: say.text(standingText(eligibility)) }}
            />
          ) : (
            <FormattedMessage
              id="elections.nominations.mayStandNote"
              values={{
                reason: say.text(standingText(eligibility)),
                incumbency: say.text(incumbencyText(eligibility)),
              }}
            />
          )}
        </p>
      )}
      {late && election.nominationsClose && (
        <p className="notice notice-warning">
          <FormattedMessage id="elections.nominations.late" values={{ date: say.date(election.nominationsClose) }} />
        </p>
      )}
      <NotSaved error={error} />
    </Dialog>
  );
}
