import { useMemo, useState } from 'react';
import { FormattedMessage } from 'react-intl';
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
import { deskText, useDeskText, type DeskText } from './desk-text';

type Calendar = {
  callOpens: string;
  nominationsClose: string;
  ballotOpens: string;
  ballotCloses: string;
  officerElections: string;
  vacancies: string;
};

/** The finding the check reports when the declared vacancies differ from the seat ledger. */
const VACANCIES_MISMATCH = 'election.vacancies-mismatch';

/** IFLA's usual rhythm since 2021: call in March, ballot March–May, officers at the boundary. */
function suggestedCalendar(cycle: number, boundary: IsoDate): Omit<Calendar, 'vacancies'> {
  return {
    callOpens: `${cycle}-03-01`,
    nominationsClose: `${cycle}-04-30`,
    ballotOpens: `${cycle}-05-10`,
    ballotCloses: `${cycle}-06-10`,
    officerElections: boundary,
  };
}

/** The calendar's dates, labelled by `elections.plan.field.<key>` and hinted by `….hint` where they have one. */
const FIELDS: { key: keyof Omit<Calendar, 'vacancies'>; hint: boolean }[] = [
  { key: 'callOpens', hint: true },
  { key: 'nominationsClose', hint: true },
  { key: 'ballotOpens', hint: true },
  { key: 'ballotCloses', hint: false },
  { key: 'officerElections', hint: true },
];

/** Step 1: what falls vacant and who may stand, and the cycle's calendar, saved as the members election. */
export function CyclePlanner({ slice, cycle }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const { context } = useWriteContext();
  const say = useDeskText();
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
  const [message, setMessage] = useState<DeskText | null>(null);
  const problems: DeskText[] = FIELDS.filter((f) => draft[f.key] !== '' && !isIsoDate(draft[f.key])).map((f) =>
    deskText('elections.plan.problem.date', { field: deskText(`elections.plan.field.${f.key}`) }),
  );
  if (draft.vacancies !== '' && !/^\d+$/.test(draft.vacancies))
    problems.push(deskText('elections.plan.problem.vacancies'));
  if (draft.nominationsClose && draft.ballotOpens && draft.ballotOpens <= draft.nominationsClose)
    problems.push(deskText('elections.plan.problem.ballotBeforeClose'));

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
    setMessage(
      existing ? deskText('elections.plan.updated') : deskText('elections.plan.planned', { cycle: String(cycle) }),
    );
  }

  return (
    <>
      <CycleSummaryCard summary={summary} hasSeatCohorts={Boolean(committee.seatCohorts)} />
      <section className="card election-card" aria-labelledby="calendar-title">
        <h2 id="calendar-title">
          <FormattedMessage id="elections.plan.title" values={{ cycle: String(cycle) }} />
        </h2>
        <p className="election-lead">
          <FormattedMessage
            id={existing ? 'elections.plan.lead.saved' : 'elections.plan.lead.suggested'}
            values={{ boundary: say.date(summary.plan.boundary) }}
          />
        </p>
        <div className="form-grid">
          {FIELDS.map((f) => (
            <label key={f.key} className="field">
              <FormattedMessage id={`elections.plan.field.${f.key}`} />
              {f.hint && (
                <small>
                  <FormattedMessage id={`elections.plan.field.${f.key}.hint`} />
                </small>
              )}
              <input
                type="date"
                value={draft[f.key]}
                onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              />
            </label>
          ))}
          <label className="field">
            <FormattedMessage id="elections.plan.vacancies" />
            <small>
              <FormattedMessage
                id="elections.plan.vacancies.hint"
                values={{ computed: summary.plan.computedVacancies }}
              />
            </small>
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
              <FormattedMessage
                id="elections.plan.vacanciesMismatch"
                values={{
                  declared: Number(draft.vacancies),
                  computed: summary.plan.computedVacancies,
                  code: <code>{VACANCIES_MISMATCH}</code>,
                }}
              />
            </p>
          )}
        {problems.length > 0 && (
          <ul className="notice notice-error" role="alert">
            {problems.map((p) => (
              <li key={p.id + JSON.stringify(p.values)}>{say.node(p)}</li>
            ))}
          </ul>
        )}
        <button type="button" className="btn btn-primary" disabled={problems.length > 0} onClick={() => void save()}>
          {existing ? (
            <FormattedMessage id="elections.plan.save" />
          ) : (
            <FormattedMessage id="elections.plan.create" values={{ cycle: String(cycle) }} />
          )}
        </button>
        <span role="status" className="election-status">
          {message && say.node(message)}
        </span>
      </section>
    </>
  );
}
