import { useMemo, useState } from 'react';
import { addDays } from '@shared/domain/dates';
import { OFFICE_ROLE_LABELS, type OfficeRole } from '@shared/domain/vocabulary';
import { yearSpan } from '@shared/rules/terms';
import type { Workspace } from '@shared/workspace/schema';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { recordOfficer } from '../../db/repositories/elections-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import type { ElectionStepProps } from './elections-screen';
import {
  checkOffice,
  defaultWinner,
  newOfficeId,
  officerDesk,
  officerElectionOf,
  officerElectionRecord,
  officersOn,
  proposedOffice,
  recordedOffice,
  type OfficeCheck,
  type OfficerDesk,
} from './officer-desk';
import './elections-extra.css';

type ElectedRole = 'chair' | 'secretary';
const ELECTED_ROLES: ElectedRole[] = ['chair', 'secretary'];
const EMPTY_DRAFT: OverrideDraft = { why: '', hqReference: '' };

/** Step 4: the officer electorate (R-35), the Chair and Secretary elected, the IC appointed (R-34..R-41). */
export function OfficersPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const desk = useMemo(() => officerDesk(slice, committee.id, cycle), [slice, committee.id, cycle]);
  const [standing, setStanding] = useState<Record<ElectedRole, string[]>>({ chair: [], secretary: [] });

  // What taking each office would mean for each member of the electorate, before anyone stands.
  const checks = useMemo(() => {
    const result = new Map<string, OfficeCheck>();
    for (const entry of desk.pool) {
      if (entry.refusal) continue;
      for (const role of ELECTED_ROLES) {
        const office = proposedOffice(desk, role, entry.personId, newOfficeId(slice, role, cycle));
        result.set(`${role}|${entry.personId}`, checkOffice(slice, desk, office, asOf));
      }
    }
    return result;
  }, [slice, desk, cycle, asOf]);

  function toggle(role: ElectedRole, personId: string, on: boolean) {
    setStanding((s) => ({
      ...s,
      [role]: on ? [...s[role].filter((p) => p !== personId), personId] : s[role].filter((p) => p !== personId),
    }));
  }

  return (
    <>
      <CurrentOfficers slice={slice} desk={desk} asOf={asOf} />
      <section className="card election-card" aria-labelledby="electorate-title">
        <h2 id="electorate-title">
          Officer electorate for {yearSpan({ start: desk.officeStart, end: desk.officeEnd })}
        </h2>
        <p className="election-lead">
          The members continuing past {desk.boundary} and those elected in the final {cycle} members election nominate,
          stand and vote for Chair and Secretary (R-35). Outgoing members may not. An officer term is{' '}
          {desk.params.officerTermYears} years, {desk.officeStart} to {desk.officeEnd} (R-36).
        </p>
        {!desk.resultFinal && (
          <p className="notice notice-info">
            The {cycle} members election is not final yet: only the continuing members are in the electorate. Those it
            elects join when the result is final (Results step).
          </p>
        )}
        <p>
          <strong>{desk.electorate.length}</strong> in the electorate:{' '}
          {desk.pool
            .filter((p) => !p.refusal)
            .map((p) => p.name)
            .join(', ') || 'nobody'}
          .
        </p>
        <div className="desk-table-scroll">
          <table className="plain-table election-table" aria-label="Who may stand for office">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Standing</th>
                <th scope="col">Offices held</th>
                {ELECTED_ROLES.map((role) => (
                  <th key={role} scope="col">
                    {OFFICE_ROLE_LABELS[role]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {desk.pool.map((entry) => (
                <tr key={entry.personId} className={entry.refusal ? 'officer-refused' : undefined}>
                  <th scope="row">{entry.name}</th>
                  <td>{entry.note}</td>
                  <td>
                    {entry.officesHeld.length > 0 ? entry.officesHeld.join(', ') : '—'}
                    {entry.officerYears > 0 && (
                      <small className="officer-years">
                        {' '}
                        ({Math.round(entry.officerYears * 10) / 10} officer years)
                      </small>
                    )}
                  </td>
                  {entry.refusal ? (
                    <td colSpan={2} className="eligibility-no">
                      Refused: {entry.refusal}.
                    </td>
                  ) : (
                    ELECTED_ROLES.map((role) => {
                      const check = checks.get(`${role}|${entry.personId}`);
                      const recorded = recordedOffice(slice, desk, role);
                      return (
                        <td key={role}>
                          <label className="desk-checkbox">
                            <input
                              type="checkbox"
                              aria-label={`${entry.name} stands for ${OFFICE_ROLE_LABELS[role]}`}
                              disabled={recorded !== undefined}
                              checked={standing[role].includes(entry.personId)}
                              onChange={(e) => toggle(role, entry.personId, e.target.checked)}
                            />
                            stands
                          </label>
                          {check && <CheckSummary check={check} />}
                        </td>
                      );
                    })
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {ELECTED_ROLES.map((role) => (
        <OfficerElectionCard
          key={role}
          slice={slice}
          desk={desk}
          role={role}
          asOf={asOf}
          standing={standing[role]}
          onDone={() => setStanding((s) => ({ ...s, [role]: [] }))}
        />
      ))}
      <AppointmentCard slice={slice} desk={desk} asOf={asOf} />
    </>
  );
}

/** One line per candidate and office: eligible, and how it counts; or what it breaks, with the rule. */
function CheckSummary({ check }: { check: OfficeCheck }) {
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (check.refusals.length > 0) {
    return <p className="officer-check eligibility-no">Refused: {check.refusals.join('; ')}.</p>;
  }
  if (errors.length > 0) {
    return (
      <ul className="officer-check eligibility-no">
        {errors.map((f) => (
          <li key={f.code + f.refs.join()}>
            {f.rule ?? f.code}: {f.message}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p className="officer-check eligibility-yes">
      Eligible: {check.termInRole}
      {check.years && `; ${check.years}`}.
    </p>
  );
}

/** The officers holding office on the desk's date, and any required role missing after the boundary (R-34). */
function CurrentOfficers({ slice, desk, asOf }: { slice: Workspace; desk: OfficerDesk; asOf: string }) {
  const officers = officersOn(slice, desk.committeeId, asOf);
  const names = new Map(slice.people.map((p) => [p.id, p.name]));
  const missing = (['chair', 'secretary', 'information-coordinator'] as OfficeRole[]).filter(
    (role) => !officers.some((o) => o.role === role),
  );
  const overdue = asOf >= addDays(desk.boundary, 60) && asOf < desk.officeEnd;
  return (
    <section className="card election-card" aria-labelledby="current-officers-title">
      <h2 id="current-officers-title">Officers on {asOf}</h2>
      {officers.length === 0 ? (
        <p>No one holds an office on {asOf}.</p>
      ) : (
        <table className="plain-table" aria-label={`Officers on ${asOf}`}>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Holder</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {officers.map((o) => (
              <tr key={o.id}>
                <td>{OFFICE_ROLE_LABELS[o.role]}</td>
                <td>{names.get(o.personId) ?? o.personId}</td>
                <td>{o.start}</td>
                <td>{o.endedOn ?? o.end}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {overdue && missing.length > 0 && (
        <p className="notice notice-warning">
          No {missing.map((r) => OFFICE_ROLE_LABELS[r]).join(', ')} recorded 60 days after the boundary: each committee
          elects a Chair and a Secretary and appoints an Information Coordinator (R-34).
        </p>
      )}
    </section>
  );
}

function OfficerElectionCard({
  slice,
  desk,
  role,
  asOf,
  standing,
  onDone,
}: {
  slice: Workspace;
  desk: OfficerDesk;
  role: ElectedRole;
  asOf: string;
  standing: string[];
  onDone: () => void;
}) {
  const label = OFFICE_ROLE_LABELS[role];
  const titleId = `elect-${role}-title`;
  const recorded = recordedOffice(slice, desk, role);
  const existing = officerElectionOf(slice, desk.cycle, role);
  const names = useMemo(() => new Map(slice.people.map((p) => [p.id, p.name])), [slice.people]);
  const nameOf = (id: string) => names.get(id) ?? id;
  const [votes, setVotes] = useState<Record<string, string>>({});
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [voters, setVoters] = useState<string[]>([]);
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();

  const candidates = useMemo(() => desk.pool.filter((p) => standing.includes(p.personId)), [desk.pool, standing]);
  const badVotes = candidates.filter((c) => (votes[c.personId] ?? '') !== '' && !/^\d+$/.test(votes[c.personId] ?? ''));
  const entries = useMemo(
    () =>
      candidates.map((c) => {
        const text = votes[c.personId] ?? '';
        return { personId: c.personId, votes: /^\d+$/.test(text) ? Number(text) : undefined };
      }),
    [candidates, votes],
  );
  const winner = chosen !== undefined && standing.includes(chosen) ? chosen : defaultWinner(entries);
  const officeId = newOfficeId(slice, role, desk.cycle);

  const plan = useMemo(() => {
    if (!winner) return undefined;
    const election = officerElectionRecord(existing, {
      id: existing?.id ?? `e-${desk.committeeId}-${desk.cycle}-${role}`,
      committeeId: desk.committeeId,
      cycle: desk.cycle,
      role,
      entries,
      winner,
      voters,
    });
    const office = proposedOffice(desk, role, winner, officeId);
    return { election, office, check: checkOffice(slice, desk, office, asOf, election) };
  }, [winner, existing, desk, role, entries, voters, officeId, slice, asOf]);

  async function save() {
    if (!plan) return;
    setError('');
    try {
      await recordOfficer(db, plan.office, context(), {
        election: plan.election,
        overrides: overrideRequests(plan.check.findings, draft),
      });
      setMessage(`${nameOf(plan.office.personId)} is ${label} ${yearSpan(plan.office)}.`);
      setVotes({});
      setChosen(undefined);
      setVoters([]);
      setDraft(EMPTY_DRAFT);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const span = yearSpan({ start: desk.officeStart, end: desk.officeEnd });
  if (recorded) {
    const record = existing?.status === 'final' ? existing : undefined;
    return (
      <section className="card election-card" aria-labelledby={titleId}>
        <h2 id={titleId}>
          {label}, {span}
        </h2>
        <p>
          <strong>{nameOf(recorded.personId)}</strong> is {label} from {recorded.start} to{' '}
          {recorded.endedOn ?? recorded.end}
          {record ? ', elected by the committee' : ''}.
        </p>
        {record && (record.candidates?.length ?? 0) > 0 && (
          <p className="election-lead">
            Candidates:{' '}
            {(record.candidates ?? [])
              .map(
                (c) =>
                  `${nameOf(c.personId)}${c.votes === undefined ? '' : ` ${c.votes}`}${c.outcome === 'elected' ? ' (elected)' : ''}`,
              )
              .join(', ')}
            {record.voters?.length ? `; ${record.voters.length} voted.` : '.'}
          </p>
        )}
        <span role="status" className="election-status">
          {message}
        </span>
      </section>
    );
  }

  const refused = (plan?.check.refusals.length ?? 0) > 0;
  const canSave =
    plan !== undefined && !refused && badVotes.length === 0 && overrideComplete(plan.check.findings, draft);
  const hasErrors = plan?.check.findings.some((f) => f.severity === 'error') ?? false;
  const inElectorate = desk.pool.filter((p) => !p.refusal);

  return (
    <section className="card election-card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        Elect the {label}, {span}
      </h2>
      <p className="election-lead">
        Elected by the committee from among the electorate (R-34, R-35), for {desk.params.officerTermYears} years
        (R-36). Votes are optional; record them if the committee counted.
      </p>
      {candidates.length === 0 ? (
        <p>Tick who stands for {label} in the table above.</p>
      ) : (
        <table className="plain-table election-table" aria-label={`Candidates for ${label}`}>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Votes</th>
              <th scope="col">Elected</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.personId}>
                <th scope="row">{c.name}</th>
                <td>
                  <input
                    className="vote-input"
                    inputMode="numeric"
                    aria-label={`Votes for ${c.name} as ${label}`}
                    aria-invalid={badVotes.includes(c)}
                    value={votes[c.personId] ?? ''}
                    onChange={(e) => setVotes({ ...votes, [c.personId]: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name={`winner-${role}`}
                    aria-label={`${c.name} elected ${label}`}
                    checked={winner === c.personId}
                    onChange={() => setChosen(c.personId)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {badVotes.length > 0 && <p className="notice notice-warning">Votes are whole numbers, or blank.</p>}
      {winner && entries.some((e) => (e.votes ?? 0) > (entries.find((w) => w.personId === winner)?.votes ?? 0)) && (
        <p className="notice notice-warning">
          {nameOf(winner)} has fewer votes than another candidate: record them as elected only if that is what the
          committee decided.
        </p>
      )}
      {candidates.length > 1 && !winner && (
        <p className="notice notice-info">Choose who is elected: the votes do not settle it.</p>
      )}
      {candidates.length > 0 && (
        <fieldset className="officer-voters">
          <legend>Who voted (optional)</legend>
          <p className="election-lead">
            Only the electorate votes; outgoing members may not (R-35).{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => setVoters(inElectorate.map((p) => p.personId))}
            >
              Everyone in the electorate voted
            </button>
          </p>
          <div className="officer-voter-list">
            {inElectorate.map((p) => (
              <label key={p.personId} className="desk-checkbox">
                <input
                  type="checkbox"
                  checked={voters.includes(p.personId)}
                  onChange={(e) =>
                    setVoters(e.target.checked ? [...voters, p.personId] : voters.filter((v) => v !== p.personId))
                  }
                />
                {p.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {plan && refused && (
        <p role="alert" className="notice notice-error">
          Refused: {nameOf(plan.office.personId)} cannot be {label}: {plan.check.refusals.join('; ')}.
        </p>
      )}
      {plan && !refused && (
        <>
          <p className="election-lead">
            {nameOf(plan.office.personId)}: {plan.check.termInRole}
            {plan.check.years && `; ${plan.check.years}`}.
          </p>
          {plan.check.advice.map((a) => (
            <p key={a} className="notice notice-warning">
              {a}.
            </p>
          ))}
          <PreSaveCheck findings={plan.check.findings} draft={draft} onDraft={setDraft} />
        </>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
      {plan && (
        <button
          type="button"
          className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
          disabled={!canSave}
          onClick={() => void save()}
        >
          Record {nameOf(plan.office.personId)} as {label}
          {hasErrors ? ' with override' : ''}
        </button>
      )}
      <span role="status" className="election-status">
        {message}
      </span>
    </section>
  );
}

/** The Information Coordinator: appointed by the committee from its members, not elected (R-34, R-37, R-41). */
function AppointmentCard({ slice, desk, asOf }: { slice: Workspace; desk: OfficerDesk; asOf: string }) {
  const role: OfficeRole = 'information-coordinator';
  const label = OFFICE_ROLE_LABELS[role];
  const recorded = recordedOffice(slice, desk, role);
  const names = new Map(slice.people.map((p) => [p.id, p.name]));
  const [personId, setPersonId] = useState('');
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const officeId = newOfficeId(slice, role, desk.cycle);
  const check = useMemo(
    () => (personId ? checkOffice(slice, desk, proposedOffice(desk, role, personId, officeId), asOf) : undefined),
    [slice, desk, role, personId, officeId, asOf],
  );
  const span = yearSpan({ start: desk.officeStart, end: desk.officeEnd });
  const officerNote = desk.params.icIsOfficer
    ? 'Under these rules the Information Coordinator counts as an officer, toward the officer limits (R-41).'
    : 'Under these rules the Information Coordinator is not an officer and does not count toward the officer limits (R-41).';

  async function save() {
    if (!check) return;
    setError('');
    try {
      await recordOfficer(db, check.office, context(), { overrides: overrideRequests(check.findings, draft) });
      setMessage(`${names.get(check.office.personId) ?? check.office.personId} is ${label} ${span}.`);
      setPersonId('');
      setDraft(EMPTY_DRAFT);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const refused = (check?.refusals.length ?? 0) > 0;
  const hasErrors = check?.findings.some((f) => f.severity === 'error') ?? false;
  return (
    <section className="card election-card" aria-labelledby="appoint-ic-title">
      <h2 id="appoint-ic-title">
        {recorded ? label : `Appoint the ${label}`}, {span}
      </h2>
      {recorded ? (
        <p>
          <strong>{names.get(recorded.personId) ?? recorded.personId}</strong> is {label} from {recorded.start} to{' '}
          {recorded.endedOn ?? recorded.end}, appointed by the committee.
        </p>
      ) : (
        <>
          <p className="election-lead">
            Appointed by the committee from its members, with no ballot (R-37). {officerNote}
          </p>
          <label className="field officer-ic-field">
            {label}
            <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">Choose a member…</option>
              {desk.pool
                .filter((p) => !p.refusal)
                .map((p) => (
                  <option key={p.personId} value={p.personId}>
                    {p.name}
                  </option>
                ))}
            </select>
          </label>
          {check && refused && (
            <p role="alert" className="notice notice-error">
              Refused: {check.refusals.join('; ')}.
            </p>
          )}
          {check && !refused && (
            <>
              {check.advice.map((a) => (
                <p key={a} className="notice notice-warning">
                  {a}.
                </p>
              ))}
              <PreSaveCheck findings={check.findings} draft={draft} onDraft={setDraft} />
            </>
          )}
          {error && (
            <p role="alert" className="notice notice-error">
              Nothing was saved: {error}
            </p>
          )}
          {check && (
            <button
              type="button"
              className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
              disabled={refused || !overrideComplete(check.findings, draft)}
              onClick={() => void save()}
            >
              Appoint {names.get(check.office.personId) ?? check.office.personId} as {label}
              {hasErrors ? ' with override' : ''}
            </button>
          )}
        </>
      )}
      <span role="status" className="election-status">
        {message}
      </span>
    </section>
  );
}
