import { useMemo, useState } from 'react';
import { isIsoDate, type IsoDate } from '@shared/domain/dates';
import { COOPTION_REASONS, OFFICE_ROLE_LABELS, type CooptionReason, type OfficeRole } from '@shared/domain/vocabulary';
import { rankByVotes } from '@shared/elections/ballot';
import { createBoundaryCalendar } from '@shared/rules/boundaries';
import { checkWorkspace } from '@shared/rules/check-workspace';
import { createRulesContext } from '@shared/rules/context';
import { planCycleInContext } from '@shared/rules/cycle-plan';
import type { Finding } from '@shared/rules/findings';
import { paramsFor, ruleSetFor } from '@shared/rules/rule-sets';
import type { Workspace } from '@shared/workspace/schema';
import { useLiveQuery } from 'dexie-react-hooks';
import { languageName } from '../../components/person-labels';
import { usePersonPicker } from '../../components/person-picker';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { applyWhatIf } from '../../db/repositories/what-if-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { newId } from '../../lib/ids';
import { REASON_LABELS, cooptionCounting, defaultCooptionEnd } from './cooption-desk';
import type { ElectionStepProps } from './elections-screen';
import { newOfficeId, officeRefusals, officerDesk, proposedOffice } from './officer-desk';
import {
  buildScratch,
  composition,
  defaultCompositionDate,
  diffFindings,
  type Composition,
  type WhatIfMove,
} from './what-if-scratch';
import './elections-extra.css';

const EMPTY_DRAFT: OverrideDraft = { why: '', hqReference: '' };
const OFFICE_CHOICES: OfficeRole[] = ['chair', 'secretary', 'information-coordinator'];

/**
 * Step 6: try a slate, co-options and officer choices on a scratch copy of the committee and see
 * the composition and every finding before anything is saved; then apply it in one step, or
 * throw it away. Until "Apply", the moves live only in this component's state.
 */
export function WhatIfPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const calendar = useMemo(() => createBoundaryCalendar(slice.settings), [slice.settings]);
  const boundary = calendar.boundary(cycle);
  const [moves, setMoves] = useState<WhatIfMove[]>([]);
  const [viewDate, setViewDate] = useState(defaultCompositionDate(boundary, asOf));
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const date = isIsoDate(viewDate) ? viewDate : boundary;

  const scratch = useMemo(
    () => buildScratch(slice, committee.id, cycle, moves, asOf),
    [slice, committee.id, cycle, moves, asOf],
  );
  const before = useMemo(() => composition(slice, committee.id, cycle, date), [slice, committee.id, cycle, date]);
  const after = useMemo(
    () => composition(scratch.workspace, committee.id, cycle, date),
    [scratch.workspace, committee.id, cycle, date],
  );
  const diff = useMemo(
    () => diffFindings(checkWorkspace(slice, date).findings, checkWorkspace(scratch.workspace, date).findings),
    [slice, scratch.workspace, date],
  );
  const names = useMemo(() => new Map(scratch.workspace.people.map((p) => [p.id, p.name])), [scratch.workspace.people]);
  const nameOf = (id: string) => names.get(id) ?? id;

  const add = (move: WhatIfMove) => {
    setMoves((m) => [...m, move]);
    setMessage('');
  };
  const remove = (index: number) => setMoves((m) => m.filter((_, i) => i !== index));

  async function apply() {
    setError('');
    try {
      await applyWhatIf(
        db,
        {
          newPeople: scratch.newPeople,
          ...(scratch.election ? { election: scratch.election } : {}),
          terms: scratch.terms,
          offices: scratch.offices,
        },
        context(),
        overrideRequests(diff.added, draft),
      );
      setMessage(`Applied ${moves.length === 1 ? 'the change' : `${moves.length} changes`}: they are now recorded.`);
      setMoves([]);
      setDraft(EMPTY_DRAFT);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  function discard() {
    setMoves([]);
    setDraft(EMPTY_DRAFT);
    setError('');
    setMessage('Discarded: nothing was saved.');
  }

  const hasErrors = diff.added.some((f) => f.severity === 'error');
  return (
    <>
      <p className="what-if-banner" role="note">
        <strong>What if</strong> — a scratch copy of {committee.name}. Nothing you try here is saved until you apply it.
      </p>
      <section className="card election-card" aria-labelledby="what-if-try-title">
        <h2 id="what-if-try-title">Try changes</h2>
        <div className="what-if-columns">
          <SlateChooser slice={slice} cycle={cycle} moves={moves} onAdd={add} onRemove={remove} />
          <CooptionTry slice={slice} date={date} onAdd={add} />
          <OfficerTry scratch={scratch.workspace} cycle={cycle} onAdd={add} />
        </div>
        <h3>Changes tried ({moves.length})</h3>
        {moves.length === 0 ? (
          <p className="election-lead">None yet: the copy is the committee as recorded.</p>
        ) : (
          <ul className="what-if-moves" aria-label="Changes tried">
            {moves.map((move, i) => (
              <li key={`${move.kind}-${i}`}>
                {describeMove(move, nameOf)}{' '}
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  aria-label={`Remove: ${describeMove(move, nameOf)}`}
                  onClick={() => remove(i)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card election-card" aria-labelledby="what-if-composition-title">
        <h2 id="what-if-composition-title">Composition on {date}</h2>
        <label className="field officer-ic-field">
          Look at the committee on
          <small>the boundary is {boundary}</small>
          <input type="date" value={viewDate} onChange={(e) => setViewDate(e.target.value)} />
        </label>
        <CompositionTable before={before} after={after} nameOf={nameOf} />
      </section>

      <section className="card election-card" aria-labelledby="what-if-findings-title">
        <h2 id="what-if-findings-title">Findings on {date}</h2>
        <p className="election-lead">
          Every rule checked on the copy, against the committee as recorded. State checks look at {date}; all others at
          the whole record.
        </p>
        <FindingList
          title="New with these changes"
          findings={diff.added}
          empty="None: the changes break no new rule."
        />
        <FindingList title="Resolved by these changes" findings={diff.resolved} empty="None." />
        <details>
          <summary>Unchanged ({diff.unchanged.length})</summary>
          <FindingList title="Unchanged" findings={diff.unchanged} empty="None." hideTitle />
        </details>
      </section>

      <section className="card election-card" aria-labelledby="what-if-apply-title">
        <h2 id="what-if-apply-title">Apply or discard</h2>
        {moves.length > 0 ? (
          <>
            <p className="election-lead">
              Applying writes {describeWrites(scratch)} in one step, with the history. Discarding throws the copy away.
            </p>
            {diff.added.length > 0 && <PreSaveCheck findings={diff.added} draft={draft} onDraft={setDraft} />}
          </>
        ) : (
          <p className="election-lead">Nothing to apply.</p>
        )}
        {error && (
          <p role="alert" className="notice notice-error">
            Nothing was saved: {error}
          </p>
        )}
        <div className="desk-actions">
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={moves.length === 0 || !overrideComplete(diff.added, draft)}
            onClick={() => void apply()}
          >
            {hasErrors ? 'Apply with override' : 'Apply'}
          </button>
          <button type="button" className="btn" disabled={moves.length === 0} onClick={discard}>
            Discard
          </button>
          <span role="status" className="election-status">
            {message}
          </span>
        </div>
      </section>
    </>
  );
}

function describeMove(move: WhatIfMove, nameOf: (id: string) => string): string {
  if (move.kind === 'elect') return `Elect ${nameOf(move.personId)}`;
  if (move.kind === 'office') {
    return `${nameOf(move.office.personId)} as ${OFFICE_ROLE_LABELS[move.office.role]}, ${move.office.start} to ${move.office.end}`;
  }
  const term = move.term;
  const approved = term.cooption?.approvedOn ? 'co-opt' : 'propose to co-opt';
  return `${approved.replace(/^./, (c) => c.toUpperCase())} ${move.person?.name ?? nameOf(term.personId)}, ${term.start} to ${term.end} (${cooptionCounting(term)})`;
}

function describeWrites(scratch: ReturnType<typeof buildScratch>): string {
  const parts: string[] = [];
  if (scratch.election) parts.push(`the ${scratch.election.cycle} result`);
  if (scratch.terms.length) parts.push(`${scratch.terms.length} ${scratch.terms.length === 1 ? 'term' : 'terms'}`);
  if (scratch.offices.length)
    parts.push(`${scratch.offices.length} ${scratch.offices.length === 1 ? 'office' : 'offices'}`);
  if (scratch.newPeople.length)
    parts.push(`${scratch.newPeople.length} new ${scratch.newPeople.length === 1 ? 'person' : 'people'}`);
  return parts.join(', ') || 'nothing';
}

/** The slate: candidates of the cycle's members election marked elected on the copy. */
function SlateChooser({
  slice,
  cycle,
  moves,
  onAdd,
  onRemove,
}: {
  slice: Workspace;
  cycle: number;
  moves: WhatIfMove[];
  onAdd: (move: WhatIfMove) => void;
  onRemove: (index: number) => void;
}) {
  const committee = slice.committees[0]!;
  const election = slice.elections.find((e) => e.kind === 'members' && e.cycle === cycle);
  const plan = useMemo(
    () => planCycleInContext(createRulesContext(slice), committee.id, cycle),
    [slice, committee.id, cycle],
  );
  const names = new Map(slice.people.map((p) => [p.id, p.name]));
  const running = (election?.candidates ?? []).filter((c) => c.outcome !== 'withdrawn');
  const picked = moves.flatMap((m, i) => (m.kind === 'elect' ? [{ personId: m.personId, index: i }] : []));
  const votesKnown = running.length > 0 && running.every((c) => c.votes !== undefined);

  const setSlate = (personIds: string[]) => {
    for (const p of [...picked].reverse()) if (!personIds.includes(p.personId)) onRemove(p.index);
    for (const id of personIds) if (!picked.some((p) => p.personId === id)) onAdd({ kind: 'elect', personId: id });
  };

  return (
    <fieldset className="officer-voters">
      <legend>A slate for {cycle}</legend>
      {!election ? (
        <p className="election-lead">No members election is recorded for {cycle}: plan it first (Plan step).</p>
      ) : election.status === 'final' ? (
        <p className="election-lead">The {cycle} result is final: its elected are already on the committee.</p>
      ) : running.length === 0 ? (
        <p className="election-lead">No candidates yet (Nominations step).</p>
      ) : (
        <>
          <p className="election-lead">
            Mark who is elected, for {plan.boundary} to{' '}
            {boundaryOf(slice, cycle + paramsFor(committee, plan.ruleSet).termLengthYears)}; {plan.vacancies} places
            (R-05). {picked.length} marked.
          </p>
          <div className="what-if-slate">
            {running.map((c) => (
              <label key={c.personId} className="desk-checkbox">
                <input
                  type="checkbox"
                  checked={picked.some((p) => p.personId === c.personId)}
                  onChange={(e) => {
                    if (e.target.checked) onAdd({ kind: 'elect', personId: c.personId });
                    else {
                      const found = picked.find((p) => p.personId === c.personId);
                      if (found) onRemove(found.index);
                    }
                  }}
                />
                {names.get(c.personId) ?? c.personId}
                {c.votes !== undefined ? ` (${c.votes})` : ''}
              </label>
            ))}
          </div>
          <div className="desk-actions">
            {!votesKnown && running.length <= plan.vacancies && (
              <button type="button" className="btn btn-small" onClick={() => setSlate(running.map((c) => c.personId))}>
                Elect everyone standing (R-13)
              </button>
            )}
            {votesKnown && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() =>
                  setSlate(
                    rankByVotes(running)
                      .slice(0, plan.vacancies)
                      .map((c) => c.personId),
                  )
                }
              >
                Elect the top {Math.min(plan.vacancies, running.length)} by votes (R-14)
              </button>
            )}
            <button type="button" className="btn btn-small" onClick={() => setSlate([])} disabled={picked.length === 0}>
              Clear the slate
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}

function boundaryOf(slice: Workspace, year: number): IsoDate {
  return createBoundaryCalendar(slice.settings).boundary(year);
}

/** A co-option tried on the copy: a person (new or known), reason, dates, approved or only proposed. */
function CooptionTry({ slice, date, onAdd }: { slice: Workspace; date: IsoDate; onAdd: (move: WhatIfMove) => void }) {
  const committee = slice.committees[0]!;
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), []) ?? [];
  const picked = usePersonPicker({ people });
  const [reason, setReason] = useState<CooptionReason>('diversity');
  const [fillsVacancy, setFillsVacancy] = useState(false);
  const [approved, setApproved] = useState(true);
  const [start, setStart] = useState('');
  const startDate = isIsoDate(start) ? start : date;
  const end = defaultCooptionEnd(
    createBoundaryCalendar(slice.settings),
    paramsFor(committee, ruleSetFor(committee, startDate)),
    startDate,
  );
  const ready = picked.valid && picked.personId !== undefined && isIsoDate(startDate);

  function addCooption() {
    const person = picked.newPerson ?? people.find((p) => p.id === picked.personId);
    if (!person) return;
    onAdd({
      kind: 'coopt',
      person,
      newPerson: picked.isNew,
      term: {
        id: newId('t'),
        personId: person.id,
        committeeId: committee.id,
        kind: 'coopted',
        start: startDate,
        end,
        cooption: {
          reason,
          fillsVacancy,
          proposedOn: startDate,
          ...(approved ? { approvedOn: startDate, approvedBy: 'What-if' } : {}),
        },
      },
    });
    picked.reset();
  }

  return (
    <fieldset className="officer-voters">
      <legend>A co-option</legend>
      {picked.fields}
      <label className="field">
        Reason
        <select value={reason} onChange={(e) => setReason(e.target.value as CooptionReason)}>
          {COOPTION_REASONS.map((r) => (
            <option key={r} value={r}>
              {REASON_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Starts on <small>to {end} by default (R-26)</small>
        <input type="date" value={startDate} onChange={(e) => setStart(e.target.value)} />
      </label>
      <label className="desk-checkbox-row">
        <input type="checkbox" checked={fillsVacancy} onChange={(e) => setFillsVacancy(e.target.checked)} />
        Fills a mid-term vacancy (R-27)
      </label>
      <label className="desk-checkbox-row">
        <input type="checkbox" checked={approved} onChange={(e) => setApproved(e.target.checked)} />
        Approved (takes a co-opted place, R-24)
      </label>
      <button type="button" className="btn btn-small" disabled={!ready} onClick={addCooption}>
        Try the co-option
      </button>
    </fieldset>
  );
}

/** An officer choice tried on the copy, from the copy's electorate (R-34, R-35). */
function OfficerTry({
  scratch,
  cycle,
  onAdd,
}: {
  scratch: Workspace;
  cycle: number;
  onAdd: (move: WhatIfMove) => void;
}) {
  const committee = scratch.committees[0]!;
  const desk = useMemo(() => officerDesk(scratch, committee.id, cycle), [scratch, committee.id, cycle]);
  const [role, setRole] = useState<OfficeRole>('chair');
  const [personId, setPersonId] = useState('');
  const office = personId ? proposedOffice(desk, role, personId, newOfficeId(scratch, role, cycle)) : undefined;
  const refusals = office ? officeRefusals(scratch, desk, office) : [];

  return (
    <fieldset className="officer-voters">
      <legend>An officer choice</legend>
      <label className="field">
        Office
        <select value={role} onChange={(e) => setRole(e.target.value as OfficeRole)}>
          {OFFICE_CHOICES.map((r) => (
            <option key={r} value={r}>
              {OFFICE_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Member <small>the electorate on the copy (R-35)</small>
        <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">Choose…</option>
          {desk.pool.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.name}
              {p.refusal ? ' (outgoing)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="election-lead">
        {desk.electorate.length} in the electorate on the copy; {desk.officeStart} to {desk.officeEnd}.
      </p>
      {refusals.length > 0 && (
        <p role="alert" className="notice notice-error">
          Refused: {refusals.join('; ')}.
        </p>
      )}
      <button
        type="button"
        className="btn btn-small"
        disabled={!office || refusals.length > 0}
        onClick={() => {
          if (office) onAdd({ kind: 'office', office });
          setPersonId('');
        }}
      >
        Try the officer
      </button>
    </fieldset>
  );
}

function counts(items: { label: string; count: number }[]): string {
  return items.map((i) => `${i.label} ${i.count}`).join(' · ') || '—';
}

function CompositionTable({
  before,
  after,
  nameOf,
}: {
  before: Composition;
  after: Composition;
  nameOf: (id: string) => string;
}) {
  const rows: { label: string; show: (c: Composition) => string; number?: (c: Composition) => number }[] = [
    { label: 'Members', show: (c) => String(c.members), number: (c) => c.members },
    {
      label: 'Elected seats',
      show: (c) => `${c.electedSeats.used} of ${c.electedSeats.max}, ${c.electedSeats.vacant} vacant`,
      number: (c) => c.electedSeats.used,
    },
    { label: 'Co-opted', show: (c) => `${c.coopted.used} of ${c.coopted.max}`, number: (c) => c.coopted.used },
    {
      label: 'Regions present',
      show: (c) =>
        counts(c.regions.map((r) => ({ label: r.label, count: r.count }))) +
        (c.regionUnknown ? `; ${c.regionUnknown} unknown` : ''),
      number: (c) => c.regions.length,
    },
    { label: 'Regions missing', show: (c) => c.missingRegions.join(', ') || 'none' },
    {
      label: 'Countries',
      show: (c) => `${c.countries.length}: ${counts(c.countries.map((x) => ({ label: x.code, count: x.count })))}`,
    },
    {
      label: 'Languages',
      show: (c) =>
        counts(c.languages.map((l) => ({ label: languageName(l.code), count: l.count }))) +
        (c.languagesUnknown ? `; none recorded for ${c.languagesUnknown}` : ''),
    },
    {
      label: 'Officer electorate',
      show: (c) => `${c.electorate.length}: ${c.electorate.map(nameOf).join(', ') || 'nobody'}`,
      number: (c) => c.electorate.length,
    },
    {
      label: 'Officers',
      show: (c) => c.officers.map((o) => `${OFFICE_ROLE_LABELS[o.role]}: ${nameOf(o.personId)}`).join(' · ') || 'none',
    },
  ];
  return (
    <div className="desk-table-scroll">
      <table className="plain-table election-table" aria-label="Composition, recorded and what if">
        <thead>
          <tr>
            <th scope="col">On {after.date}</th>
            <th scope="col">As recorded</th>
            <th scope="col">What if</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const delta = row.number ? row.number(after) - row.number(before) : 0;
            return (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.show(before)}</td>
                <td>
                  {row.show(after)}
                  {delta !== 0 && (
                    <span className={delta > 0 ? 'what-if-delta-up' : 'what-if-delta-down'}>
                      {' '}
                      ({delta > 0 ? '+' : ''}
                      {delta})
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="election-lead">
        Rules in force on {after.date}: {after.ruleSet}. Co-opted places are beside the elected seats (R-24, OQ-1);
        regions are an expectation, not a quota (R-45).
      </p>
    </div>
  );
}

function FindingList({
  title,
  findings,
  empty,
  hideTitle = false,
}: {
  title: string;
  findings: readonly Finding[];
  empty: string;
  hideTitle?: boolean;
}) {
  return (
    <section aria-label={title}>
      {!hideTitle && (
        <h3>
          {title} ({findings.length})
        </h3>
      )}
      {findings.length === 0 ? (
        <p className="election-lead">{empty}</p>
      ) : (
        <ul className="what-if-findings">
          {findings.map((f) => (
            <li key={`${f.code}|${f.refs.join(',')}|${f.personId ?? ''}`}>
              <span
                className={
                  f.severity === 'error'
                    ? 'badge badge-error'
                    : f.severity === 'warning'
                      ? 'badge badge-warning'
                      : 'badge'
                }
              >
                {f.rule ?? 'record'}
              </span>{' '}
              <code>{f.code}</code> {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
