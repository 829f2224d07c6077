import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '@shared/domain/dates';
import { ballotResult, rankByVotes, type BallotResult } from '@shared/elections/ballot';
import { drawLots, LOT_METHOD, type LotResult } from '@shared/elections/lot';
import { createBoundaryCalendar } from '@shared/rules/boundaries';
import { createRulesContext } from '@shared/rules/context';
import { computedPlaces } from '@shared/rules/cycle-plan';
import { paramsFor, ruleSetForCycle } from '@shared/rules/rule-sets';
import { findingsIntroduced } from '@shared/rules/what-if';
import type { Election, Term, TieBreak } from '@shared/workspace/schema';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { finaliseMembersElection, saveElection, undoFinalisation } from '../../db/repositories/elections-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import type { ElectionStepProps } from './elections-screen';
import { membersElectionOf } from './election-of-cycle';
import { useDeskText } from './desk-text';
import { useErrorText } from '../../i18n/use-error-text';
import { NotSaved } from './not-saved';

/**
 * Step 3: votes (entered twice for paper ballots), the top N, ties at the last place settled by a
 * recorded run-off or a reproducible lot, and finalising, which creates the new terms.
 */
export function ResultsPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const election = membersElectionOf(slice, cycle);
  const ctx = useMemo(() => createRulesContext(slice), [slice]);
  const say = useDeskText();
  if (!election)
    return (
      <p className="notice notice-info">
        <FormattedMessage id="elections.results.notPlanned" values={{ cycle: String(cycle) }} />
      </p>
    );
  const committee = slice.committees[0]!;
  const places = election.vacancies ?? computedPlaces(ctx, committee.id, cycle);
  const candidates = election.candidates ?? [];
  const result = ballotResult(candidates, places, election.tieBreak);
  const boundary = ctx.calendar.boundary(cycle);

  return (
    <>
      <section className="card election-card" aria-labelledby="results-title">
        <h2 id="results-title">
          <FormattedMessage id="elections.results.title" values={{ cycle: String(cycle) }} />
        </h2>
        <p className="election-lead">
          <FormattedMessage
            id="elections.results.lead"
            values={{
              places,
              standing: candidates.filter((c) => c.outcome !== 'withdrawn').length,
              state: election.status !== 'final' ? 'open' : election.finalisedOn ? 'final' : 'finalUndated',
              date: election.finalisedOn ? say.date(election.finalisedOn) : '',
            }}
          />
        </p>
        {election.status === 'final' ? (
          <FinalResult election={election} boundary={boundary} asOf={asOf} nameOf={ctx.nameOf} />
        ) : result.kind === 'unopposed' ? (
          <p>
            <FormattedMessage id="elections.results.unopposed" />
          </p>
        ) : (
          <VoteEntry election={election} nameOf={ctx.nameOf} />
        )}
      </section>
      {election.status !== 'final' && result.kind !== 'incomplete' && (
        <Outcome slice={slice} election={election} result={result} places={places} asOf={asOf} nameOf={ctx.nameOf} />
      )}
    </>
  );
}

type NameOf = (personId: string) => string;

/** The shell command that recomputes a lot ticket from the published seed. */
function ticketCheck(seed: string, personId: string): string {
  return `printf '%s\\n%s' '${seed}' '${personId}' | sha256sum`;
}

/** Two independent counts per candidate; votes are saved only when both agree everywhere. */
function VoteEntry({ election, nameOf }: { election: Election; nameOf: NameOf }) {
  const { context } = useWriteContext();
  const intl = useIntl();
  const standing = (election.candidates ?? []).filter((c) => c.outcome !== 'withdrawn');
  const stored = (id: string) => String(standing.find((c) => c.personId === id)?.votes ?? '');
  const [first, setFirst] = useState<Record<string, string>>(() =>
    Object.fromEntries(standing.map((c) => [c.personId, stored(c.personId)])),
  );
  const [second, setSecond] = useState<Record<string, string>>(() =>
    Object.fromEntries(standing.map((c) => [c.personId, stored(c.personId)])),
  );
  const [saved, setSaved] = useState(false);
  const whole = (v: string | undefined) => v !== undefined && /^\d+$/.test(v);
  const mismatched = standing.filter((c) => first[c.personId] !== second[c.personId]).map((c) => c.personId);
  const complete = standing.every((c) => whole(first[c.personId]));
  const canSave = complete && mismatched.length === 0;

  async function save() {
    const updated: Election = {
      ...election,
      status: 'ballot',
      candidates: (election.candidates ?? []).map((c) =>
        c.outcome === 'withdrawn' ? c : { ...c, votes: Number(first[c.personId]) },
      ),
    };
    await saveElection(
      db,
      updated,
      context(),
      [],
      `Recorded the votes of the ${election.cycle} ballot (two matching counts).`,
    );
    setSaved(true);
  }

  return (
    <div>
      <p>
        <FormattedMessage id="elections.results.countTwice" />
      </p>
      <table
        className="plain-table election-table"
        aria-label={intl.formatMessage({ id: 'elections.results.voteCounts' })}
      >
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="elections.column.candidate" />
            </th>
            <th scope="col">
              <FormattedMessage id="elections.results.firstCount" />
            </th>
            <th scope="col">
              <FormattedMessage id="elections.results.secondCount" />
            </th>
          </tr>
        </thead>
        <tbody>
          {standing.map((c) => {
            const differs = mismatched.includes(c.personId) && whole(second[c.personId]);
            return (
              <tr key={c.personId}>
                <th scope="row">
                  <bdi>{nameOf(c.personId)}</bdi>
                </th>
                <td>
                  <input
                    className="vote-input"
                    inputMode="numeric"
                    aria-label={intl.formatMessage(
                      { id: 'elections.results.firstCountFor' },
                      { name: nameOf(c.personId) },
                    )}
                    value={first[c.personId] ?? ''}
                    onChange={(e) => setFirst({ ...first, [c.personId]: e.target.value.trim() })}
                  />
                </td>
                <td>
                  <input
                    className={differs ? 'vote-input vote-mismatch' : 'vote-input'}
                    inputMode="numeric"
                    aria-label={intl.formatMessage(
                      { id: 'elections.results.secondCountFor' },
                      { name: nameOf(c.personId) },
                    )}
                    aria-invalid={differs}
                    value={second[c.personId] ?? ''}
                    onChange={(e) => setSecond({ ...second, [c.personId]: e.target.value.trim() })}
                  />
                  {differs && (
                    <span className="eligibility-no vote-differs">
                      <FormattedMessage id="elections.results.differs" />
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!complete && (
        <p className="election-muted">
          <FormattedMessage id="elections.results.wholeNumbers" />
        </p>
      )}
      <button type="button" className="btn btn-primary" disabled={!canSave} onClick={() => void save()}>
        <FormattedMessage id="elections.results.saveVotes" />
      </button>
      <span role="status" className="election-status">
        {saved && <FormattedMessage id="elections.results.votesSaved" />}
      </span>
    </div>
  );
}

function Outcome({
  slice,
  election,
  result,
  places,
  asOf,
  nameOf,
}: {
  slice: ElectionStepProps['slice'];
  election: Election;
  result: Exclude<BallotResult, { kind: 'incomplete' }>;
  places: number;
  asOf: string;
  nameOf: NameOf;
}) {
  const { context } = useWriteContext();
  const [draft, setDraft] = useState<OverrideDraft>({ why: '', hqReference: '' });
  const [error, setError] = useState('');
  const committee = slice.committees[0]!;
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();

  const newTerms = useMemo((): Term[] => {
    if (result.kind === 'tie') return [];
    const calendar = createBoundaryCalendar(slice.settings);
    const start = calendar.boundary(election.cycle);
    const length = paramsFor(committee, ruleSetForCycle(committee, election.cycle, start)).termLengthYears;
    return result.elected.map((personId) => ({
      id: `t-${personId}-${election.cycle}`,
      personId,
      committeeId: committee.id,
      kind: 'elected',
      start,
      end: calendar.boundary(election.cycle + length),
      electionId: election.id,
    }));
  }, [result, slice.settings, election, committee]);

  const introduced = useMemo(() => {
    if (newTerms.length === 0) return [];
    const final: Election = { ...election, status: 'final' };
    const after = {
      ...slice,
      terms: [...slice.terms, ...newTerms],
      elections: slice.elections.map((e) => (e.id === election.id ? final : e)),
    };
    return findingsIntroduced(slice, after, asOf);
  }, [newTerms, slice, election, asOf]);

  async function finalise() {
    if (result.kind === 'tie') return;
    try {
      await finaliseMembersElection(
        db,
        election.id,
        {
          elected: result.elected,
          notElected: result.notElected,
          reserve: result.reserve,
          ...(election.tieBreak ? { tieBreak: election.tieBreak } : {}),
        },
        asOf,
        context(),
        overrideRequests(introduced, draft),
      );
    } catch (e) {
      setError(errorText(e));
    }
  }

  const ranked = rankByVotes(election.candidates ?? []);
  return (
    <section className="card election-card" aria-labelledby="outcome-title">
      <h2 id="outcome-title">
        {result.kind === 'tie' ? (
          <FormattedMessage id="elections.results.tieTitle" />
        ) : (
          <FormattedMessage id="elections.results.electedTitle" values={{ elected: result.elected.length, places }} />
        )}
      </h2>
      {result.kind !== 'unopposed' && (
        <table
          className="plain-table election-table"
          aria-label={intl.formatMessage({ id: 'elections.results.ranking' })}
        >
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="elections.results.rank" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.column.candidate" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.column.votes" />
              </th>
              <th scope="col">
                <FormattedMessage id="elections.results.outcome" />
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((c, i) => {
              const status = result.elected.includes(c.personId)
                ? 'elected'
                : result.kind === 'tie' && result.tied.includes(c.personId)
                  ? 'tied'
                  : result.kind === 'decided'
                    ? 'reserve'
                    : 'notElected';
              return (
                <tr
                  key={c.personId}
                  className={status === 'elected' ? 'ranked-elected' : status === 'tied' ? 'ranked-tied' : undefined}
                >
                  <td>{intl.formatNumber(i + 1)}</td>
                  <td>
                    <bdi>{nameOf(c.personId)}</bdi>
                  </td>
                  <td>{c.votes === undefined ? '' : intl.formatNumber(c.votes)}</td>
                  <td>
                    <FormattedMessage
                      id={`elections.results.status.${status}`}
                      values={{ rank: result.kind === 'decided' ? result.reserve.indexOf(c.personId) + 1 : 0 }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {result.kind === 'tie' ? (
        <TieBreakForm election={election} tie={result} asOf={asOf} nameOf={nameOf} />
      ) : (
        <>
          {election.tieBreak && (
            <p className="notice notice-info">
              <FormattedMessage
                id="elections.results.settled"
                values={{
                  method: election.tieBreak.method === 'lot' ? 'lot' : 'runOff',
                  seed: election.tieBreak.seed ?? '',
                  date: say.date(election.tieBreak.on),
                }}
              />
            </p>
          )}
          <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />
          <button
            type="button"
            className="btn btn-primary"
            disabled={!overrideComplete(introduced, draft)}
            onClick={() => void finalise()}
          >
            {result.kind === 'unopposed' ? (
              <FormattedMessage id="elections.results.declareUnopposed" values={{ count: result.elected.length }} />
            ) : (
              <FormattedMessage
                id="elections.results.finalise"
                values={{ count: result.elected.length, date: newTerms[0] ? say.date(newTerms[0].start) : '' }}
              />
            )}
          </button>
        </>
      )}
      <NotSaved error={error} />
    </section>
  );
}

/** A tie blocks finalising until a run-off or a reproducible lot is recorded. */
function TieBreakForm({
  election,
  tie,
  asOf,
  nameOf,
}: {
  election: Election;
  tie: Extract<BallotResult, { kind: 'tie' }>;
  asOf: string;
  nameOf: NameOf;
}) {
  const { context } = useWriteContext();
  const [method, setMethod] = useState<'run-off' | 'lot'>('run-off');
  const [on, setOn] = useState(asOf);
  const [runOff, setRunOff] = useState<Record<string, string>>({});
  const [seed, setSeed] = useState('');
  const [draw, setDraw] = useState<LotResult | undefined>();
  const [error, setError] = useState('');
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();

  const runOffRanked = tie.tied
    .map((id) => ({ id, votes: Number(runOff[id]) }))
    .sort((a, b) => b.votes - a.votes || (a.id < b.id ? -1 : 1));
  const runOffComplete = tie.tied.every((id) => /^\d+$/.test(runOff[id] ?? ''));
  const runOffTied = runOffComplete && runOffRanked[tie.placesLeft - 1]?.votes === runOffRanked[tie.placesLeft]?.votes;

  async function record(tieBreak: TieBreak, summary: string) {
    try {
      await saveElection(db, { ...election, tieBreak }, context(), [], summary);
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <div
      className="notice notice-warning"
      role="region"
      aria-label={intl.formatMessage({ id: 'elections.results.tieBreak' })}
    >
      <p>
        <FormattedMessage
          id="elections.results.tie"
          values={{
            b: (chunks) => <strong>{chunks}</strong>,
            names: say.names(tie.tied.map(nameOf), 'and'),
            votes: tie.votes,
            places: tie.placesLeft,
          }}
        />
      </p>
      <div className="form-grid">
        <label className="field">
          <FormattedMessage id="elections.results.settledBy" />
          <select value={method} onChange={(e) => setMethod(e.target.value as 'run-off' | 'lot')}>
            <option value="run-off">{intl.formatMessage({ id: 'elections.results.method.runOff' })}</option>
            <option value="lot">{intl.formatMessage({ id: 'elections.results.method.lot' })}</option>
          </select>
        </label>
        <label className="field">
          <FormattedMessage id="elections.results.on" />
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
      </div>
      {method === 'run-off' ? (
        <>
          {tie.tied.map((id) => (
            <label key={id} className="field">
              <FormattedMessage id="elections.results.runOffVotes" values={{ name: <bdi>{nameOf(id)}</bdi> }} />
              <input
                className="vote-input"
                inputMode="numeric"
                value={runOff[id] ?? ''}
                onChange={(e) => setRunOff({ ...runOff, [id]: e.target.value.trim() })}
              />
            </label>
          ))}
          {runOffTied && (
            <p className="eligibility-no">
              <FormattedMessage id="elections.results.runOffTied" />
            </p>
          )}
          <button
            type="button"
            className="btn btn-primary"
            disabled={!runOffComplete || runOffTied || !isIsoDate(on)}
            onClick={() =>
              void record(
                {
                  method: 'run-off',
                  on,
                  elected: runOffRanked.slice(0, tie.placesLeft).map((r) => r.id),
                  runOffVotes: Object.fromEntries(runOffRanked.map((r) => [r.id, r.votes])),
                },
                `Recorded the run-off of the ${election.cycle} election.`,
              )
            }
          >
            <FormattedMessage id="elections.results.recordRunOff" />
          </button>
        </>
      ) : (
        <>
          <label className="field">
            <FormattedMessage id="elections.results.seed" />
            <small>
              <FormattedMessage id="elections.results.seed.hint" />
            </small>
            <input
              value={seed}
              onChange={(e) => {
                setSeed(e.target.value);
                setDraw(undefined);
              }}
            />
          </label>
          <button
            type="button"
            className="btn"
            disabled={seed.trim() === ''}
            onClick={() => setDraw(drawLots(seed, tie.tied, tie.placesLeft))}
          >
            <FormattedMessage id="elections.results.draw" />
          </button>
          {draw && (
            <div>
              <p>
                <FormattedMessage
                  id="elections.results.tickets"
                  values={{ method: LOT_METHOD, places: tie.placesLeft }}
                />
              </p>
              <ol className="lot-tickets">
                {draw.tickets.map((t) => (
                  <li key={t.personId}>
                    <bdi>{nameOf(t.personId)}</bdi> <code>{t.ticket}</code>
                  </li>
                ))}
              </ol>
              <p>
                <FormattedMessage
                  id="elections.results.checkTicket"
                  values={{
                    command: (
                      <code dir="ltr">
                        {ticketCheck(seed, intl.formatMessage({ id: 'elections.results.personId' }))}
                      </code>
                    ),
                  }}
                />
              </p>
              <button
                type="button"
                className="btn btn-primary"
                disabled={!isIsoDate(on)}
                onClick={() =>
                  void record(
                    { method: 'lot', on, elected: draw.elected, seed: draw.seed },
                    `Recorded a lot for the ${election.cycle} election (seed “${draw.seed}”).`,
                  )
                }
              >
                <FormattedMessage
                  id="elections.results.recordLot"
                  values={{ names: say.names(draw.elected.map(nameOf)), count: draw.elected.length }}
                />
              </button>
            </div>
          )}
        </>
      )}
      {error && <p className="eligibility-no">{error}</p>}
    </div>
  );
}

function FinalResult({
  election,
  boundary,
  asOf,
  nameOf,
}: {
  election: Election;
  boundary: string;
  asOf: string;
  nameOf: NameOf;
}) {
  const { context } = useWriteContext();
  const [error, setError] = useState('');
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();
  const elected = (election.candidates ?? []).filter((c) => c.outcome === 'elected');
  const reserve = (election.candidates ?? [])
    .filter((c) => c.reserveRank !== undefined)
    .sort((a, b) => (a.reserveRank ?? 0) - (b.reserveRank ?? 0));
  return (
    <div>
      <p>
        {elected.length > 0 ? (
          <FormattedMessage
            id="elections.results.electedList"
            values={{ count: elected.length, names: say.names(elected.map((c) => nameOf(c.personId))) }}
          />
        ) : (
          <FormattedMessage id="elections.results.electedNobody" />
        )}
      </p>
      {reserve.length > 0 && (
        <p>
          <FormattedMessage
            id="elections.results.reserveList"
            values={{
              list: say.plainList(
                reserve.map((c) =>
                  intl.formatMessage(
                    { id: 'elections.results.reserveEntry' },
                    { rank: c.reserveRank ?? 0, name: nameOf(c.personId) },
                  ),
                ),
              ),
            }}
          />
        </p>
      )}
      {asOf < boundary ? (
        <button
          type="button"
          className="btn"
          onClick={() =>
            void undoFinalisation(db, election.id, asOf, context()).catch((e: unknown) => setError(errorText(e)))
          }
        >
          <FormattedMessage id="elections.results.reopen" values={{ date: say.date(boundary) }} />
        </button>
      ) : (
        <p className="election-muted">
          <FormattedMessage id="elections.results.closedForGood" values={{ date: say.date(boundary) }} />
        </p>
      )}
      {error && <p className="eligibility-no">{error}</p>}
    </div>
  );
}
