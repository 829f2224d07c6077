import { useMemo, useState } from 'react';
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

/**
 * Step 3: votes (entered twice for paper ballots), the top N, ties at the last place settled by a
 * recorded run-off or a reproducible lot, and finalising, which creates the new terms.
 */
export function ResultsPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const election = membersElectionOf(slice, cycle);
  const ctx = useMemo(() => createRulesContext(slice), [slice]);
  if (!election) return <p className="notice notice-info">Plan the {cycle} election and add its nominations first.</p>;
  const committee = slice.committees[0]!;
  const places = election.vacancies ?? computedPlaces(ctx, committee.id, cycle);
  const candidates = election.candidates ?? [];
  const result = ballotResult(candidates, places, election.tieBreak);
  const boundary = ctx.calendar.boundary(cycle);

  return (
    <>
      <section className="card election-card" aria-labelledby="results-title">
        <h2 id="results-title">Results of {cycle}</h2>
        <p className="election-lead">
          {places} {places === 1 ? 'place' : 'places'} · {candidates.filter((c) => c.outcome !== 'withdrawn').length}{' '}
          standing ·{' '}
          {election.status === 'final' ? `final since ${election.finalisedOn ?? 'an earlier date'}` : 'not final yet'}
        </p>
        {election.status === 'final' ? (
          <FinalResult election={election} boundary={boundary} asOf={asOf} nameOf={ctx.nameOf} />
        ) : result.kind === 'unopposed' ? (
          <p>
            There are no more candidates than places, so there is no ballot: every candidate is elected unopposed
            (R-13).
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

/** Two independent counts per candidate; votes are saved only when both agree everywhere. */
function VoteEntry({ election, nameOf }: { election: Election; nameOf: NameOf }) {
  const { context } = useWriteContext();
  const standing = (election.candidates ?? []).filter((c) => c.outcome !== 'withdrawn');
  const stored = (id: string) => String(standing.find((c) => c.personId === id)?.votes ?? '');
  const [first, setFirst] = useState<Record<string, string>>(() =>
    Object.fromEntries(standing.map((c) => [c.personId, stored(c.personId)])),
  );
  const [second, setSecond] = useState<Record<string, string>>(() =>
    Object.fromEntries(standing.map((c) => [c.personId, stored(c.personId)])),
  );
  const [message, setMessage] = useState('');
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
    setMessage('The votes are saved.');
  }

  return (
    <div>
      <p>
        Enter each count twice, from two people reading the ballot papers or results sheet: the votes are saved only
        when both counts agree.
      </p>
      <table className="plain-table election-table" aria-label="Vote counts">
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">First count</th>
            <th scope="col">Second count</th>
          </tr>
        </thead>
        <tbody>
          {standing.map((c) => {
            const differs = mismatched.includes(c.personId) && whole(second[c.personId]);
            return (
              <tr key={c.personId}>
                <th scope="row">{nameOf(c.personId)}</th>
                <td>
                  <input
                    className="vote-input"
                    inputMode="numeric"
                    aria-label={`First count for ${nameOf(c.personId)}`}
                    value={first[c.personId] ?? ''}
                    onChange={(e) => setFirst({ ...first, [c.personId]: e.target.value.trim() })}
                  />
                </td>
                <td>
                  <input
                    className={differs ? 'vote-input vote-mismatch' : 'vote-input'}
                    inputMode="numeric"
                    aria-label={`Second count for ${nameOf(c.personId)}`}
                    aria-invalid={differs}
                    value={second[c.personId] ?? ''}
                    onChange={(e) => setSecond({ ...second, [c.personId]: e.target.value.trim() })}
                  />
                  {differs && <span className="eligibility-no"> differs from the first count</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!complete && <p className="election-muted">Every standing candidate needs a whole number of votes.</p>}
      <button type="button" className="btn btn-primary" disabled={!canSave} onClick={() => void save()}>
        Save the votes
      </button>
      <span role="status" className="election-status">
        {message}
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
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const ranked = rankByVotes(election.candidates ?? []);
  return (
    <section className="card election-card" aria-labelledby="outcome-title">
      <h2 id="outcome-title">
        {result.kind === 'tie' ? 'A tie for the last place' : `Elected: ${result.elected.length} of ${places} places`}
      </h2>
      {result.kind !== 'unopposed' && (
        <table className="plain-table election-table" aria-label="Ranking">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Candidate</th>
              <th scope="col">Votes</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((c, i) => {
              const status = result.elected.includes(c.personId)
                ? 'elected'
                : result.kind === 'tie' && result.tied.includes(c.personId)
                  ? 'tied'
                  : result.kind === 'decided'
                    ? `reserve ${result.reserve.indexOf(c.personId) + 1}`
                    : 'not elected';
              return (
                <tr
                  key={c.personId}
                  className={status === 'elected' ? 'ranked-elected' : status === 'tied' ? 'ranked-tied' : undefined}
                >
                  <td>{i + 1}</td>
                  <td>{nameOf(c.personId)}</td>
                  <td>{c.votes}</td>
                  <td>{status}</td>
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
              The tie was settled by{' '}
              {election.tieBreak.method === 'lot' ? `a lot (seed “${election.tieBreak.seed ?? ''}”)` : 'a run-off'} on{' '}
              {election.tieBreak.on}.
            </p>
          )}
          <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />
          <button
            type="button"
            className="btn btn-primary"
            disabled={!overrideComplete(introduced, draft)}
            onClick={() => void finalise()}
          >
            {result.kind === 'unopposed'
              ? `Declare the ${result.elected.length} elected unopposed`
              : `Finalise: create ${result.elected.length} terms from ${newTerms[0]?.start ?? ''}`}
          </button>
        </>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
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
  const names = tie.tied.map(nameOf).join(' and ');

  const runOffRanked = tie.tied
    .map((id) => ({ id, votes: Number(runOff[id]) }))
    .sort((a, b) => b.votes - a.votes || (a.id < b.id ? -1 : 1));
  const runOffComplete = tie.tied.every((id) => /^\d+$/.test(runOff[id] ?? ''));
  const runOffTied = runOffComplete && runOffRanked[tie.placesLeft - 1]?.votes === runOffRanked[tie.placesLeft]?.votes;

  async function record(tieBreak: TieBreak, summary: string) {
    try {
      await saveElection(db, { ...election, tieBreak }, context(), [], summary);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="notice notice-warning" role="region" aria-label="Tie-break">
      <p>
        <strong>
          {names} tie with {tie.votes} votes for{' '}
          {tie.placesLeft === 1 ? 'the last place' : `the last ${tie.placesLeft} places`}.
        </strong>{' '}
        Finalising is blocked until the tie is settled (R-16): by a run-off, or by a lot anyone can re-run.
      </p>
      <div className="form-grid">
        <label className="field">
          Settled by
          <select value={method} onChange={(e) => setMethod(e.target.value as 'run-off' | 'lot')}>
            <option value="run-off">A run-off vote</option>
            <option value="lot">A reproducible lot</option>
          </select>
        </label>
        <label className="field">
          On
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
      </div>
      {method === 'run-off' ? (
        <>
          {tie.tied.map((id) => (
            <label key={id} className="field">
              Run-off votes for {nameOf(id)}
              <input
                className="vote-input"
                inputMode="numeric"
                value={runOff[id] ?? ''}
                onChange={(e) => setRunOff({ ...runOff, [id]: e.target.value.trim() })}
              />
            </label>
          ))}
          {runOffTied && <p className="eligibility-no">The run-off is tied too: hold another, or draw lots.</p>}
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
            Record the run-off
          </button>
        </>
      ) : (
        <>
          <label className="field">
            Published seed <small>announce it before the draw, e.g. the date and a reference number</small>
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
            Draw
          </button>
          {draw && (
            <div>
              <p>
                Tickets ({LOT_METHOD}); lowest {tie.placesLeft === 1 ? 'wins' : `${tie.placesLeft} win`}:
              </p>
              <ol className="lot-tickets">
                {draw.tickets.map((t) => (
                  <li key={t.personId}>
                    {nameOf(t.personId)} <code>{t.ticket}</code>
                  </li>
                ))}
              </ol>
              <p>
                Anyone can check a ticket: <code>printf '%s\n%s' '{seed}' 'PERSON-ID' | sha256sum</code>
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
                Record the lot: {draw.elected.map(nameOf).join(', ')} elected
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
  const elected = (election.candidates ?? []).filter((c) => c.outcome === 'elected');
  const reserve = (election.candidates ?? [])
    .filter((c) => c.reserveRank !== undefined)
    .sort((a, b) => (a.reserveRank ?? 0) - (b.reserveRank ?? 0));
  return (
    <div>
      <p>
        Elected ({elected.length}): {elected.map((c) => nameOf(c.personId)).join(', ') || 'nobody'}.
      </p>
      {reserve.length > 0 && (
        <p>Reserve list (R-17): {reserve.map((c) => `${c.reserveRank}. ${nameOf(c.personId)}`).join(', ')}.</p>
      )}
      {asOf < boundary ? (
        <button
          type="button"
          className="btn"
          onClick={() =>
            void undoFinalisation(db, election.id, asOf, context()).catch((e: unknown) =>
              setError(e instanceof Error ? e.message : String(e)),
            )
          }
        >
          Reopen the result (possible until {boundary})
        </button>
      ) : (
        <p className="election-muted">The new terms started on {boundary}; the result can no longer be reopened.</p>
      )}
      {error && <p className="eligibility-no">{error}</p>}
    </div>
  );
}
