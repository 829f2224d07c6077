import { useMemo, useState } from 'react';
import { isIsoDate, type IsoDate } from '@shared/domain/dates';
import { createRulesContext } from '@shared/rules/context';
import { summariseCycle } from '@shared/rules/cycle-summary';
import type { Election } from '@shared/workspace/schema';
import { CycleSummaryCard } from '../../components/cycle-summary-card';
import { db } from '../../db/db';
import { saveElection } from '../../db/repositories/elections-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import type { ElectionStepProps } from './elections-screen';
import { membersElectionOf, newMembersElectionId } from './election-of-cycle';

type Calendar = {
  callOpens: string;
  nominationsClose: string;
  ballotOpens: string;
  ballotCloses: string;
  officerElections: string;
  vacancies: string;
};

/** IFLA's usual rhythm since 2021 (R-18): call in March, ballot March–May, officers at the boundary. */
function suggestedCalendar(cycle: number, boundary: IsoDate): Omit<Calendar, 'vacancies'> {
  return {
    callOpens: `${cycle}-03-01`,
    nominationsClose: `${cycle}-04-30`,
    ballotOpens: `${cycle}-05-10`,
    ballotCloses: `${cycle}-06-10`,
    officerElections: boundary,
  };
}

const FIELDS: { key: keyof Omit<Calendar, 'vacancies'>; label: string; hint: string }[] = [
  { key: 'callOpens', label: 'Call for nominations opens', hint: 'IFLA HQ opens the call' },
  {
    key: 'nominationsClose',
    label: 'Nominations close',
    hint: 'the day itself is still open; consent is required after it (R-12)',
  },
  { key: 'ballotOpens', label: 'Ballot opens', hint: 'only when there are more candidates than places (R-14)' },
  { key: 'ballotCloses', label: 'Ballot closes', hint: '' },
  {
    key: 'officerElections',
    label: 'Officer elections',
    hint: 'continuing and incoming members elect Chair and Secretary (R-35)',
  },
];

/** Step 1: what falls vacant and who may stand, and the cycle's calendar, saved as the members election. */
export function CyclePlanner({ slice, cycle }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const { context } = useWriteContext();
  const summary = useMemo(
    () => summariseCycle(createRulesContext(slice), committee.id, cycle),
    [slice, committee.id, cycle],
  );
  const existing = membersElectionOf(slice, cycle);
  const initial: Calendar = {
    ...suggestedCalendar(cycle, summary.plan.boundary),
    ...(existing?.schedule ?? {}),
    ...(existing?.nominationsClose ? { nominationsClose: existing.nominationsClose } : {}),
    vacancies: existing?.vacancies === undefined ? '' : String(existing.vacancies),
  };
  const [draft, setDraft] = useState<Calendar>(initial);
  const [message, setMessage] = useState('');
  const problems = FIELDS.filter((f) => draft[f.key] !== '' && !isIsoDate(draft[f.key])).map(
    (f) => `${f.label}: expected a date.`,
  );
  if (draft.vacancies !== '' && !/^\d+$/.test(draft.vacancies))
    problems.push('Declared vacancies: a whole number, or blank to use the seat ledger.');
  if (draft.nominationsClose && draft.ballotOpens && draft.ballotOpens <= draft.nominationsClose)
    problems.push('The ballot opens after nominations close.');

  async function save() {
    const { vacancies, nominationsClose, ...schedule } = draft;
    const base: Election = existing ?? {
      id: newMembersElectionId(committee.id, cycle),
      committeeId: committee.id,
      kind: 'members',
      cycle,
      status: 'planned',
      candidates: [],
    };
    const { vacancies: _v, ...withoutVacancies } = base;
    const election: Election = {
      ...withoutVacancies,
      ...(vacancies === '' ? {} : { vacancies: Number(vacancies) }),
      nominationsClose,
      schedule: Object.fromEntries(Object.entries(schedule).filter(([, v]) => v !== '')),
    };
    await saveElection(db, election, context(), [], `Saved the plan of the ${cycle} election.`);
    setMessage(existing ? 'The plan is updated.' : `The ${cycle} election is planned; add nominations next.`);
  }

  return (
    <>
      <CycleSummaryCard summary={summary} hasSeatCohorts={Boolean(committee.seatCohorts)} />
      <section className="card election-card" aria-labelledby="calendar-title">
        <h2 id="calendar-title">The {cycle} calendar</h2>
        <p className="election-lead">
          {existing
            ? 'Saved with the election; change any date.'
            : 'Suggested from IFLA’s usual timetable; change any date, then save.'}{' '}
          Terms change over on {summary.plan.boundary}.
        </p>
        <div className="form-grid">
          {FIELDS.map((f) => (
            <label key={f.key} className="field">
              {f.label}
              {f.hint && <small>{f.hint}</small>}
              <input
                type="date"
                value={draft[f.key]}
                onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              />
            </label>
          ))}
          <label className="field">
            Vacancies declared by IFLA HQ
            <small>blank: the seat ledger's {summary.plan.computedVacancies} (R-05)</small>
            <input
              inputMode="numeric"
              value={draft.vacancies}
              onChange={(e) => setDraft({ ...draft, vacancies: e.target.value })}
            />
          </label>
        </div>
        {draft.vacancies !== '' &&
          Number(draft.vacancies) !== summary.plan.computedVacancies &&
          /^\d+$/.test(draft.vacancies) && (
            <p className="notice notice-warning">
              {draft.vacancies} declared, but {summary.plan.computedVacancies} seats fall vacant by the seat ledger: the
              check will report <code>election.vacancies-mismatch</code> (R-05).
            </p>
          )}
        {problems.length > 0 && (
          <ul className="notice notice-error" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <button type="button" className="btn btn-primary" disabled={problems.length > 0} onClick={() => void save()}>
          {existing ? 'Save the plan' : `Plan the ${cycle} election`}
        </button>
        <span role="status" className="election-status">
          {message}
        </span>
      </section>
    </>
  );
}
