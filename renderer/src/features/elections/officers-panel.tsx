import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { addDays } from '@shared/domain/dates';
import type { OfficeRole } from '@shared/domain/vocabulary';
import { yearSpan } from '@shared/rules/terms';
import type { Workspace } from '@shared/workspace/schema';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { recordOfficer } from '../../db/repositories/elections-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useFindingText } from '../../i18n/use-finding-text';
import type { ElectionStepProps } from './elections-screen';
import { deskText, personName, useDeskText, type DeskText } from './desk-text';
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
  roleKey,
  type OfficeCheck,
  type OfficerDesk,
} from './officer-desk';
import { useErrorText } from '../../i18n/use-error-text';
import './elections-extra.css';
import { NotSaved } from './not-saved';

type ElectedRole = 'chair' | 'secretary';
const ELECTED_ROLES: ElectedRole[] = ['chair', 'secretary'];
const EMPTY_DRAFT: OverrideDraft = { why: '', hqReference: '' };

/** Clauses joined by semicolons, the way each language writes them: "a; b; c". */
function useClauses(): (clauses: readonly DeskText[]) => string {
  const intl = useIntl();
  const say = useDeskText();
  return (clauses) =>
    clauses
      .map((c) => say.text(c))
      .reduce((a, b) => intl.formatMessage({ id: 'elections.clauses' }, { first: a, next: b }));
}

/** "2nd consecutive term as Secretary (at most 2); officer years: 2 so far, 4 with this office (at most 8)". */
function countingText(check: OfficeCheck): DeskText {
  return check.years
    ? deskText('elections.officers.counting', { term: check.termInRole, years: check.years })
    : check.termInRole;
}

/** Step 4: the officer electorate, the Chair and Secretary elected, the IC appointed (R-34..R-41). */
export function OfficersPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const intl = useIntl();
  const say = useDeskText();
  const desk = useMemo(
    () => officerDesk(slice, committee.id, cycle, intl.locale),
    [slice, committee.id, cycle, intl.locale],
  );
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

  const electorate = desk.pool.filter((p) => !p.refusal).map((p) => p.name);
  return (
    <>
      <CurrentOfficers slice={slice} desk={desk} asOf={asOf} />
      <section className="card election-card" aria-labelledby="electorate-title">
        <h2 id="electorate-title">
          <FormattedMessage
            id="elections.officers.electorateTitle"
            values={{ span: yearSpan({ start: desk.officeStart, end: desk.officeEnd }) }}
          />
        </h2>
        <p className="election-lead">
          <FormattedMessage
            id="elections.officers.electorateLead"
            values={{
              boundary: say.date(desk.boundary),
              cycle: String(cycle),
              years: desk.params.officerTermYears,
              from: say.date(desk.officeStart),
              to: say.date(desk.officeEnd),
            }}
          />
        </p>
        {!desk.resultFinal && (
          <p className="notice notice-info">
            <FormattedMessage id="elections.officers.resultNotFinal" values={{ cycle: String(cycle) }} />
          </p>
        )}
        <p>
          <FormattedMessage
            id="elections.officers.electorate"
            values={{
              b: (chunks) => <strong>{chunks}</strong>,
              count: desk.electorate.length,
              names: electorate.length > 0 ? say.names(electorate) : intl.formatMessage({ id: 'elections.nobody' }),
            }}
          />
        </p>
        <div className="desk-table-scroll">
          <table
            className="plain-table election-table"
            aria-label={intl.formatMessage({ id: 'elections.officers.whoMayStand' })}
          >
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="elections.officers.column.member" />
                </th>
                <th scope="col">
                  <FormattedMessage id="elections.officers.column.standing" />
                </th>
                <th scope="col">
                  <FormattedMessage id="elections.officers.column.officesHeld" />
                </th>
                {ELECTED_ROLES.map((role) => (
                  <th key={role} scope="col">
                    <FormattedMessage id={`elections.role.${role}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {desk.pool.map((entry) => (
                <tr key={entry.personId} className={entry.refusal ? 'officer-refused' : undefined}>
                  <th scope="row">
                    <bdi>{entry.name}</bdi>
                  </th>
                  <td>{say.node(entry.note)}</td>
                  <td>
                    {entry.officesHeld.length > 0 ? (
                      say.plainList(entry.officesHeld.map((o) => say.text(o)))
                    ) : (
                      <FormattedMessage id="elections.none" />
                    )}
                    {entry.officerYears > 0 && (
                      <small className="officer-years">
                        <FormattedMessage
                          id="elections.officers.officerYearsSoFar"
                          values={{ years: Math.round(entry.officerYears * 10) / 10 }}
                        />
                      </small>
                    )}
                  </td>
                  {entry.refusal ? (
                    <td colSpan={2} className="eligibility-no">
                      <FormattedMessage id="elections.refused" values={{ reasons: say.node(entry.refusal) }} />
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
                              aria-label={intl.formatMessage(
                                { id: 'elections.officers.standsFor' },
                                { name: entry.name, role: intl.formatMessage({ id: `elections.role.${role}` }) },
                              )}
                              disabled={recorded !== undefined}
                              checked={standing[role].includes(entry.personId)}
                              onChange={(e) => toggle(role, entry.personId, e.target.checked)}
                            />
                            <FormattedMessage id="elections.officers.stands" />
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
  const say = useDeskText();
  const clauses = useClauses();
  const findingText = useFindingText();
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (check.refusals.length > 0) {
    return (
      <p className="officer-check eligibility-no">
        <FormattedMessage id="elections.refused" values={{ reasons: clauses(check.refusals) }} />
      </p>
    );
  }
  if (errors.length > 0) {
    return (
      <ul className="officer-check eligibility-no">
        {errors.map((f) => (
          <li key={f.code + f.refs.join()}>
            <FormattedMessage id="elections.ruleBroken" values={{ rule: f.rule ?? f.code, text: findingText(f) }} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p className="officer-check eligibility-yes">
      <FormattedMessage id="elections.officers.eligible" values={{ counting: say.text(countingText(check)) }} />
    </p>
  );
}

/** The officers holding office on the desk's date, and any required role missing after the boundary. */
function CurrentOfficers({ slice, desk, asOf }: { slice: Workspace; desk: OfficerDesk; asOf: string }) {
  const intl = useIntl();
  const say = useDeskText();
  const officers = officersOn(slice, desk.committeeId, asOf);
  const names = new Map(slice.people.map((p) => [p.id, p.name]));
  const missing = (['chair', 'secretary', 'information-coordinator'] as OfficeRole[]).filter(
    (role) => !officers.some((o) => o.role === role),
  );
  const overdue = asOf >= addDays(desk.boundary, 60) && asOf < desk.officeEnd;
  const date = say.date(asOf);
  return (
    <section className="card election-card" aria-labelledby="current-officers-title">
      <h2 id="current-officers-title">
        <FormattedMessage id="elections.officers.currentTitle" values={{ date }} />
      </h2>
      {officers.length === 0 ? (
        <p>
          <FormattedMessage id="elections.officers.noneCurrent" values={{ date }} />
        </p>
      ) : (
        <table
          className="plain-table"
          aria-label={intl.formatMessage({ id: 'elections.officers.currentTitle' }, { date })}
        >
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="elections.officers.column.role" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.officers.column.holder" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.column.from" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.column.to" />
              </th>
            </tr>
          </thead>
          <tbody>
            {officers.map((o) => (
              <tr key={o.id}>
                <td>
                  <FormattedMessage id={`elections.role.${o.role}`} />
                </td>
                <td>
                  <bdi>{names.get(o.personId) ?? o.personId}</bdi>
                </td>
                <td>{say.date(o.start)}</td>
                <td>{say.date(o.endedOn ?? o.end)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {overdue && missing.length > 0 && (
        <p className="notice notice-warning">
          <FormattedMessage
            id="elections.officers.missing"
            values={{
              roles: intl.formatList(
                missing.map((r) => intl.formatMessage({ id: `elections.role.${r}` })),
                { type: 'disjunction' },
              ),
            }}
          />
        </p>
      )}
    </section>
  );
}

/** "Omar Benali is Chair from 26 Aug 2021 to 25 Aug 2023, elected by the committee." */
function HolderSentence({
  name,
  role,
  from,
  to,
  how,
}: {
  name: string;
  role: OfficeRole;
  from: string;
  to: string;
  how: 'elected' | 'appointed' | 'recorded';
}) {
  const say = useDeskText();
  return (
    <FormattedMessage
      id="elections.officers.holds"
      values={{
        b: (chunks: ReactNode[]) => (
          <strong>
            <bdi>{chunks}</bdi>
          </strong>
        ),
        name,
        role: roleKey(role),
        from: say.date(from),
        to: say.date(to),
        how,
      }}
    />
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
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();
  const clauses = useClauses();
  const label = intl.formatMessage({ id: `elections.role.${role}` });
  const titleId = `elect-${role}-title`;
  const recorded = recordedOffice(slice, desk, role);
  const existing = officerElectionOf(slice, desk.cycle, role);
  const names = useMemo(() => new Map(slice.people.map((p) => [p.id, p.name])), [slice.people]);
  const nameOf = (id: string) => names.get(id) ?? id;
  const [votes, setVotes] = useState<Record<string, string>>({});
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [voters, setVoters] = useState<string[]>([]);
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [message, setMessage] = useState<DeskText | null>(null);
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
      setMessage(
        deskText('elections.officers.recorded', {
          name: personName(nameOf(plan.office.personId)),
          role: roleKey(role),
          span: yearSpan(plan.office),
        }),
      );
      setVotes({});
      setChosen(undefined);
      setVoters([]);
      setDraft(EMPTY_DRAFT);
      onDone();
    } catch (e) {
      setError(errorText(e));
    }
  }

  const span = yearSpan({ start: desk.officeStart, end: desk.officeEnd });
  if (recorded) {
    const record = existing?.status === 'final' ? existing : undefined;
    const recordCandidates = record?.candidates ?? [];
    return (
      <section className="card election-card" aria-labelledby={titleId}>
        <h2 id={titleId}>
          <FormattedMessage id="elections.officers.cardTitle" values={{ role: label, span }} />
        </h2>
        <p>
          <HolderSentence
            name={nameOf(recorded.personId)}
            role={role}
            from={recorded.start}
            to={recorded.endedOn ?? recorded.end}
            how={record ? 'elected' : 'recorded'}
          />
        </p>
        {record && recordCandidates.length > 0 && (
          <p className="election-lead">
            <FormattedMessage
              id="elections.officers.candidatesRecorded"
              values={{
                list: say.plainList(
                  recordCandidates.map((c) =>
                    intl.formatMessage(
                      { id: 'elections.officers.candidateEntry' },
                      {
                        name: nameOf(c.personId),
                        votes: c.votes === undefined ? 'none' : intl.formatNumber(c.votes),
                        elected: c.outcome === 'elected' ? 'yes' : 'no',
                      },
                    ),
                  ),
                ),
                voters: record.voters?.length ?? 0,
              }}
            />
          </p>
        )}
        <span role="status" className="election-status">
          {message && say.node(message)}
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
        <FormattedMessage id="elections.officers.electTitle" values={{ role: roleKey(role), span }} />
      </h2>
      <p className="election-lead">
        <FormattedMessage id="elections.officers.electLead" values={{ years: desk.params.officerTermYears }} />
      </p>
      {candidates.length === 0 ? (
        <p>
          <FormattedMessage id="elections.officers.tickWhoStands" values={{ role: label }} />
        </p>
      ) : (
        <table
          className="plain-table election-table"
          aria-label={intl.formatMessage({ id: 'elections.officers.candidatesFor' }, { role: label })}
        >
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="elections.column.candidate" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.column.votes" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.officers.column.elected" />
              </th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.personId}>
                <th scope="row">
                  <bdi>{c.name}</bdi>
                </th>
                <td>
                  <input
                    className="vote-input"
                    inputMode="numeric"
                    aria-label={intl.formatMessage(
                      { id: 'elections.officers.votesFor' },
                      { name: c.name, role: label },
                    )}
                    aria-invalid={badVotes.includes(c)}
                    value={votes[c.personId] ?? ''}
                    onChange={(e) => setVotes({ ...votes, [c.personId]: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name={`winner-${role}`}
                    aria-label={intl.formatMessage(
                      { id: 'elections.officers.electedAs' },
                      { name: c.name, role: label },
                    )}
                    checked={winner === c.personId}
                    onChange={() => setChosen(c.personId)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {badVotes.length > 0 && (
        <p className="notice notice-warning">
          <FormattedMessage id="elections.officers.badVotes" />
        </p>
      )}
      {winner && entries.some((e) => (e.votes ?? 0) > (entries.find((w) => w.personId === winner)?.votes ?? 0)) && (
        <p className="notice notice-warning">
          <FormattedMessage id="elections.officers.fewerVotes" values={{ name: <bdi>{nameOf(winner)}</bdi> }} />
        </p>
      )}
      {candidates.length > 1 && !winner && (
        <p className="notice notice-info">
          <FormattedMessage id="elections.officers.chooseWinner" />
        </p>
      )}
      {candidates.length > 0 && (
        <fieldset className="officer-voters">
          <legend>
            <FormattedMessage id="elections.officers.whoVoted" />
          </legend>
          <p className="election-lead">
            <FormattedMessage
              id="elections.officers.onlyElectorateVotes"
              values={{
                button: (chunks: ReactNode[]) => (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setVoters(inElectorate.map((p) => p.personId))}
                  >
                    {chunks}
                  </button>
                ),
              }}
            />
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
                <bdi>{p.name}</bdi>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {plan && refused && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage
            id="elections.officers.cannotBe"
            values={{
              name: <bdi>{nameOf(plan.office.personId)}</bdi>,
              role: roleKey(role),
              reasons: clauses(plan.check.refusals),
            }}
          />
        </p>
      )}
      {plan && !refused && (
        <>
          <p className="election-lead">
            <FormattedMessage
              id="elections.officers.candidateCounting"
              values={{
                name: <bdi>{nameOf(plan.office.personId)}</bdi>,
                counting: say.text(countingText(plan.check)),
              }}
            />
          </p>
          {plan.check.advice.map((a) => (
            <p key={a.id + JSON.stringify(a.values)} className="notice notice-warning">
              <FormattedMessage id="elections.sentence" values={{ text: say.node(a) }} />
            </p>
          ))}
          <PreSaveCheck findings={plan.check.findings} draft={draft} onDraft={setDraft} />
        </>
      )}
      <NotSaved error={error} />
      {plan && (
        <button
          type="button"
          className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
          disabled={!canSave}
          onClick={() => void save()}
        >
          <FormattedMessage
            id={hasErrors ? 'elections.officers.recordOverride' : 'elections.officers.record'}
            values={{ name: nameOf(plan.office.personId), role: label }}
          />
        </button>
      )}
      <span role="status" className="election-status">
        {message && say.node(message)}
      </span>
    </section>
  );
}

/** The Information Coordinator: appointed by the committee from its members, not elected. */
function AppointmentCard({ slice, desk, asOf }: { slice: Workspace; desk: OfficerDesk; asOf: string }) {
  const role: OfficeRole = 'information-coordinator';
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();
  const clauses = useClauses();
  const label = intl.formatMessage({ id: `elections.role.${role}` });
  const recorded = recordedOffice(slice, desk, role);
  const names = new Map(slice.people.map((p) => [p.id, p.name]));
  const [personId, setPersonId] = useState('');
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [message, setMessage] = useState<DeskText | null>(null);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const officeId = newOfficeId(slice, role, desk.cycle);
  const check = useMemo(
    () => (personId ? checkOffice(slice, desk, proposedOffice(desk, role, personId, officeId), asOf) : undefined),
    [slice, desk, role, personId, officeId, asOf],
  );
  const span = yearSpan({ start: desk.officeStart, end: desk.officeEnd });

  async function save() {
    if (!check) return;
    setError('');
    try {
      await recordOfficer(db, check.office, context(), { overrides: overrideRequests(check.findings, draft) });
      setMessage(
        deskText('elections.officers.recorded', {
          name: personName(names.get(check.office.personId) ?? check.office.personId),
          role: roleKey(role),
          span,
        }),
      );
      setPersonId('');
      setDraft(EMPTY_DRAFT);
    } catch (e) {
      setError(errorText(e));
    }
  }

  const refused = (check?.refusals.length ?? 0) > 0;
  const hasErrors = check?.findings.some((f) => f.severity === 'error') ?? false;
  return (
    <section className="card election-card" aria-labelledby="appoint-ic-title">
      <h2 id="appoint-ic-title">
        {recorded ? (
          <FormattedMessage id="elections.officers.cardTitle" values={{ role: label, span }} />
        ) : (
          <FormattedMessage id="elections.officers.appointTitle" values={{ span }} />
        )}
      </h2>
      {recorded ? (
        <p>
          <HolderSentence
            name={names.get(recorded.personId) ?? recorded.personId}
            role={role}
            from={recorded.start}
            to={recorded.endedOn ?? recorded.end}
            how="appointed"
          />
        </p>
      ) : (
        <>
          <p className="election-lead">
            <FormattedMessage
              id={desk.params.icIsOfficer ? 'elections.officers.appointLead.officer' : 'elections.officers.appointLead'}
            />
          </p>
          <label className="field officer-ic-field">
            {label}
            <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{intl.formatMessage({ id: 'elections.officers.chooseMember' })}</option>
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
              <FormattedMessage id="elections.refused" values={{ reasons: clauses(check.refusals) }} />
            </p>
          )}
          {check && !refused && (
            <>
              {check.advice.map((a) => (
                <p key={a.id + JSON.stringify(a.values)} className="notice notice-warning">
                  <FormattedMessage id="elections.sentence" values={{ text: say.node(a) }} />
                </p>
              ))}
              <PreSaveCheck findings={check.findings} draft={draft} onDraft={setDraft} />
            </>
          )}
          <NotSaved error={error} />
          {check && (
            <button
              type="button"
              className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
              disabled={refused || !overrideComplete(check.findings, draft)}
              onClick={() => void save()}
            >
              <FormattedMessage
                id={hasErrors ? 'elections.officers.appointOverride' : 'elections.officers.appoint'}
                values={{ name: names.get(check.office.personId) ?? check.office.personId, role: label }}
              />
            </button>
          )}
        </>
      )}
      <span role="status" className="election-status">
        {message && say.node(message)}
      </span>
    </section>
  );
}
