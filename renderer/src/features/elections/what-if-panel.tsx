import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate, type IsoDate } from '@shared/domain/dates';
import { COOPTION_REASONS, type CooptionReason, type OfficeRole } from '@shared/domain/vocabulary';
import { rankByVotes } from '@shared/elections/ballot';
import { createBoundaryCalendar } from '@shared/rules/boundaries';
import { checkWorkspace } from '@shared/rules/check-workspace';
import { createRulesContext } from '@shared/rules/context';
import { planCycleInContext } from '@shared/rules/cycle-plan';
import type { Finding } from '@shared/rules/findings';
import { paramsFor, ruleSetFor } from '@shared/rules/rule-sets';
import type { Workspace } from '@shared/workspace/schema';
import { useLiveQuery } from 'dexie-react-hooks';
import { usePersonPicker } from '../../components/person-picker';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { applyWhatIf } from '../../db/repositories/what-if-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useFindingText } from '../../i18n/use-finding-text';
import { newId } from '../../lib/ids';
import { cooptionCounting, defaultCooptionEnd, reasonText } from './cooption-desk';
import { deskText, isoDate, personName, useDeskText, type DeskText } from './desk-text';
import type { ElectionStepProps } from './elections-screen';
import { newOfficeId, officeRefusals, officerDesk, proposedOffice, roleText } from './officer-desk';
import {
  buildScratch,
  composition,
  defaultCompositionDate,
  diffFindings,
  type Composition,
  type WhatIfMove,
} from './what-if-scratch';
import { useErrorText } from '../../i18n/use-error-text';
import './elections-extra.css';
import { NotSaved } from './not-saved';

const EMPTY_DRAFT: OverrideDraft = { why: '', hqReference: '' };
const OFFICE_CHOICES: OfficeRole[] = ['chair', 'secretary', 'information-coordinator'];
/** Who "approves" a co-option tried on the copy: a marker in the scratch record, never saved as such. */
const WHAT_IF_APPROVER = 'What-if';

/** Clauses joined by semicolons, the way each language writes them: "a; b; c". */
function joinClauses(clauses: readonly string[], join: (first: string, next: string) => string): string {
  return clauses.reduce((a, b) => join(a, b));
}

/**
 * Step 6: try a slate, co-options and officer choices on a scratch copy of the committee and see
 * the composition and every finding before anything is saved; then apply it in one step, or
 * throw it away. Until "Apply", the moves live only in this component's state.
 */
export function WhatIfPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();
  const calendar = useMemo(() => createBoundaryCalendar(slice.settings), [slice.settings]);
  const boundary = calendar.boundary(cycle);
  const [moves, setMoves] = useState<WhatIfMove[]>([]);
  const [viewDate, setViewDate] = useState(defaultCompositionDate(boundary, asOf));
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [message, setMessage] = useState<DeskText | null>(null);
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
    setMessage(null);
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
      setMessage(deskText('elections.whatIf.applied', { count: moves.length }));
      setMoves([]);
      setDraft(EMPTY_DRAFT);
    } catch (e) {
      setError(errorText(e));
    }
  }

  function discard() {
    setMoves([]);
    setDraft(EMPTY_DRAFT);
    setError('');
    setMessage(deskText('elections.whatIf.discarded'));
  }

  const hasErrors = diff.added.some((f) => f.severity === 'error');
  const day = say.date(date);
  return (
    <>
      <p className="what-if-banner" role="note">
        <FormattedMessage
          id="elections.whatIf.banner"
          values={{ b: (chunks: ReactNode[]) => <strong>{chunks}</strong>, committee: <bdi>{committee.name}</bdi> }}
        />
      </p>
      <section className="card election-card" aria-labelledby="what-if-try-title">
        <h2 id="what-if-try-title">
          <FormattedMessage id="elections.whatIf.tryTitle" />
        </h2>
        <div className="what-if-columns">
          <SlateChooser slice={slice} cycle={cycle} moves={moves} onAdd={add} onRemove={remove} />
          <CooptionTry slice={slice} date={date} onAdd={add} />
          <OfficerTry scratch={scratch.workspace} cycle={cycle} onAdd={add} />
        </div>
        <h3>
          <FormattedMessage id="elections.whatIf.tried" values={{ count: moves.length }} />
        </h3>
        {moves.length === 0 ? (
          <p className="election-lead">
            <FormattedMessage id="elections.whatIf.noneTried" />
          </p>
        ) : (
          <ul className="what-if-moves" aria-label={intl.formatMessage({ id: 'elections.whatIf.triedList' })}>
            {moves.map((move, i) => (
              <li key={`${move.kind}-${i}`}>
                {say.node(describeMove(move, nameOf))}
                <button
                  type="button"
                  className="btn btn-small btn-quiet desk-inline-button"
                  aria-label={intl.formatMessage(
                    { id: 'elections.whatIf.removeMove' },
                    { move: say.text(describeMove(move, nameOf)) },
                  )}
                  onClick={() => remove(i)}
                >
                  <FormattedMessage id="elections.whatIf.remove" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card election-card" aria-labelledby="what-if-composition-title">
        <h2 id="what-if-composition-title">
          <FormattedMessage id="elections.whatIf.compositionTitle" values={{ date: day }} />
        </h2>
        <label className="field officer-ic-field">
          <FormattedMessage id="elections.whatIf.lookOn" />
          <small>
            <FormattedMessage id="elections.whatIf.boundaryIs" values={{ date: say.date(boundary) }} />
          </small>
          <input type="date" value={viewDate} onChange={(e) => setViewDate(e.target.value)} />
        </label>
        <CompositionTable before={before} after={after} nameOf={nameOf} />
      </section>

      <section className="card election-card" aria-labelledby="what-if-findings-title">
        <h2 id="what-if-findings-title">
          <FormattedMessage id="elections.whatIf.findingsTitle" values={{ date: day }} />
        </h2>
        <p className="election-lead">
          <FormattedMessage id="elections.whatIf.findingsLead" values={{ date: day }} />
        </p>
        <FindingList
          title={intl.formatMessage({ id: 'elections.whatIf.added' })}
          findings={diff.added}
          empty={intl.formatMessage({ id: 'elections.whatIf.addedNone' })}
        />
        <FindingList
          title={intl.formatMessage({ id: 'elections.whatIf.resolved' })}
          findings={diff.resolved}
          empty={intl.formatMessage({ id: 'elections.whatIf.noneFound' })}
        />
        <details>
          <summary>
            <FormattedMessage id="elections.whatIf.unchangedCount" values={{ count: diff.unchanged.length }} />
          </summary>
          <FindingList
            title={intl.formatMessage({ id: 'elections.whatIf.unchanged' })}
            findings={diff.unchanged}
            empty={intl.formatMessage({ id: 'elections.whatIf.noneFound' })}
            hideTitle
          />
        </details>
      </section>

      <section className="card election-card" aria-labelledby="what-if-apply-title">
        <h2 id="what-if-apply-title">
          <FormattedMessage id="elections.whatIf.applyTitle" />
        </h2>
        {moves.length > 0 ? (
          <>
            <p className="election-lead">
              <FormattedMessage
                id="elections.whatIf.applyLead"
                values={{ writes: say.text(describeWrites(scratch)) }}
              />
            </p>
            {diff.added.length > 0 && <PreSaveCheck findings={diff.added} draft={draft} onDraft={setDraft} />}
          </>
        ) : (
          <p className="election-lead">
            <FormattedMessage id="elections.whatIf.nothingToApply" />
          </p>
        )}
        <NotSaved error={error} />
        <div className="desk-actions">
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={moves.length === 0 || !overrideComplete(diff.added, draft)}
            onClick={() => void apply()}
          >
            <FormattedMessage id={hasErrors ? 'elections.whatIf.applyOverride' : 'elections.whatIf.apply'} />
          </button>
          <button type="button" className="btn" disabled={moves.length === 0} onClick={discard}>
            <FormattedMessage id="elections.whatIf.discard" />
          </button>
          <span role="status" className="election-status">
            {message && say.node(message)}
          </span>
        </div>
      </section>
    </>
  );
}

function describeMove(move: WhatIfMove, nameOf: (id: string) => string): DeskText {
  if (move.kind === 'elect')
    return deskText('elections.whatIf.move.elect', { name: personName(nameOf(move.personId)) });
  if (move.kind === 'office') {
    return deskText('elections.whatIf.move.office', {
      name: personName(nameOf(move.office.personId)),
      role: roleText(move.office.role),
      from: isoDate(move.office.start),
      to: isoDate(move.office.end),
    });
  }
  const term = move.term;
  return deskText('elections.whatIf.move.coopt', {
    approved: term.cooption?.approvedOn ? 'yes' : 'no',
    name: personName(move.person?.name ?? nameOf(term.personId)),
    from: isoDate(term.start),
    to: isoDate(term.end),
    counting: cooptionCounting(term),
  });
}

function describeWrites(scratch: ReturnType<typeof buildScratch>): DeskText {
  const parts: DeskText[] = [];
  if (scratch.election)
    parts.push(deskText('elections.whatIf.writes.result', { cycle: String(scratch.election.cycle) }));
  if (scratch.terms.length) parts.push(deskText('elections.whatIf.writes.terms', { count: scratch.terms.length }));
  if (scratch.offices.length)
    parts.push(deskText('elections.whatIf.writes.offices', { count: scratch.offices.length }));
  if (scratch.newPeople.length)
    parts.push(deskText('elections.whatIf.writes.people', { count: scratch.newPeople.length }));
  if (parts.length === 0) return deskText('elections.whatIf.writes.nothing');
  return parts.reduce((a, b) => deskText('elections.list', { first: a, next: b }));
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
  const intl = useIntl();
  const say = useDeskText();
  const election = slice.elections.find((e) => e.kind === 'members' && e.cycle === cycle);
  const plan = useMemo(
    () => planCycleInContext(createRulesContext(slice), committee.id, cycle),
    [slice, committee.id, cycle],
  );
  const names = new Map(slice.people.map((p) => [p.id, p.name]));
  const running = (election?.candidates ?? []).filter((c) => c.outcome !== 'withdrawn');
  const picked = moves.flatMap((m, i) => (m.kind === 'elect' ? [{ personId: m.personId, index: i }] : []));
  const votesKnown = running.length > 0 && running.every((c) => c.votes !== undefined);
  const year = String(cycle);

  const setSlate = (personIds: string[]) => {
    for (const p of [...picked].reverse()) if (!personIds.includes(p.personId)) onRemove(p.index);
    for (const id of personIds) if (!picked.some((p) => p.personId === id)) onAdd({ kind: 'elect', personId: id });
  };

  return (
    <fieldset className="officer-voters">
      <legend>
        <FormattedMessage id="elections.whatIf.slate" values={{ cycle: year }} />
      </legend>
      {!election ? (
        <p className="election-lead">
          <FormattedMessage id="elections.whatIf.slate.noElection" values={{ cycle: year }} />
        </p>
      ) : election.status === 'final' ? (
        <p className="election-lead">
          <FormattedMessage id="elections.whatIf.slate.final" values={{ cycle: year }} />
        </p>
      ) : running.length === 0 ? (
        <p className="election-lead">
          <FormattedMessage id="elections.whatIf.slate.noCandidates" />
        </p>
      ) : (
        <>
          <p className="election-lead">
            <FormattedMessage
              id="elections.whatIf.slate.lead"
              values={{
                from: say.date(plan.boundary),
                to: say.date(boundaryOf(slice, cycle + paramsFor(committee, plan.ruleSet).termLengthYears)),
                places: plan.vacancies,
                marked: picked.length,
              }}
            />
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
                {c.votes === undefined ? (
                  <bdi>{names.get(c.personId) ?? c.personId}</bdi>
                ) : (
                  <FormattedMessage
                    id="elections.whatIf.nameVotes"
                    values={{
                      name: <bdi>{names.get(c.personId) ?? c.personId}</bdi>,
                      votes: intl.formatNumber(c.votes),
                    }}
                  />
                )}
              </label>
            ))}
          </div>
          <div className="desk-actions">
            {!votesKnown && running.length <= plan.vacancies && (
              <button type="button" className="btn btn-small" onClick={() => setSlate(running.map((c) => c.personId))}>
                <FormattedMessage id="elections.whatIf.electEveryone" />
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
                <FormattedMessage
                  id="elections.whatIf.electTop"
                  values={{ count: Math.min(plan.vacancies, running.length) }}
                />
              </button>
            )}
            <button type="button" className="btn btn-small" onClick={() => setSlate([])} disabled={picked.length === 0}>
              <FormattedMessage id="elections.whatIf.clearSlate" />
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
  const intl = useIntl();
  const say = useDeskText();
  const stored = useLiveQuery(() => db.people.toArray(), []);
  const people = useMemo(() => {
    const byName = new Intl.Collator(intl.locale, { sensitivity: 'base' });
    return [...(stored ?? [])].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  }, [stored, intl.locale]);
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
          ...(approved ? { approvedOn: startDate, approvedBy: WHAT_IF_APPROVER } : {}),
        },
      },
    });
    picked.reset();
  }

  return (
    <fieldset className="officer-voters">
      <legend>
        <FormattedMessage id="elections.whatIf.cooption" />
      </legend>
      {picked.fields}
      <label className="field">
        <FormattedMessage id="elections.column.reason" />
        <select value={reason} onChange={(e) => setReason(e.target.value as CooptionReason)}>
          {COOPTION_REASONS.map((r) => (
            <option key={r} value={r}>
              {say.text(reasonText(r))}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <FormattedMessage id="elections.startsOn" />
        <small>
          <FormattedMessage id="elections.whatIf.cooption.end" values={{ date: say.date(end) }} />
        </small>
        <input type="date" value={startDate} onChange={(e) => setStart(e.target.value)} />
      </label>
      <label className="desk-checkbox-row">
        <input type="checkbox" checked={fillsVacancy} onChange={(e) => setFillsVacancy(e.target.checked)} />
        <FormattedMessage id="elections.whatIf.cooption.fillsVacancy" />
      </label>
      <label className="desk-checkbox-row">
        <input type="checkbox" checked={approved} onChange={(e) => setApproved(e.target.checked)} />
        <FormattedMessage id="elections.whatIf.cooption.approved" />
      </label>
      <button type="button" className="btn btn-small" disabled={!ready} onClick={addCooption}>
        <FormattedMessage id="elections.whatIf.cooption.try" />
      </button>
    </fieldset>
  );
}

/** An officer choice tried on the copy, from the copy's electorate. */
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
  const intl = useIntl();
  const say = useDeskText();
  const desk = useMemo(
    () => officerDesk(scratch, committee.id, cycle, intl.locale),
    [scratch, committee.id, cycle, intl.locale],
  );
  const [role, setRole] = useState<OfficeRole>('chair');
  const [personId, setPersonId] = useState('');
  const office = personId ? proposedOffice(desk, role, personId, newOfficeId(scratch, role, cycle)) : undefined;
  const refusals = office ? officeRefusals(scratch, desk, office) : [];
  const clauses = (list: readonly DeskText[]) =>
    joinClauses(
      list.map((r) => say.text(r)),
      (first, next) => intl.formatMessage({ id: 'elections.clauses' }, { first, next }),
    );

  return (
    <fieldset className="officer-voters">
      <legend>
        <FormattedMessage id="elections.whatIf.officer" />
      </legend>
      <label className="field">
        <FormattedMessage id="elections.whatIf.officer.office" />
        <select value={role} onChange={(e) => setRole(e.target.value as OfficeRole)}>
          {OFFICE_CHOICES.map((r) => (
            <option key={r} value={r}>
              {say.text(roleText(r))}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <FormattedMessage id="elections.officers.column.member" />
        <small>
          <FormattedMessage id="elections.whatIf.officer.member.hint" />
        </small>
        <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'elections.choose' })}</option>
          {desk.pool.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.refusal ? intl.formatMessage({ id: 'elections.whatIf.officer.outgoing' }, { name: p.name }) : p.name}
            </option>
          ))}
        </select>
      </label>
      <p className="election-lead">
        <FormattedMessage
          id="elections.whatIf.officer.electorate"
          values={{ count: desk.electorate.length, from: say.date(desk.officeStart), to: say.date(desk.officeEnd) }}
        />
      </p>
      {refusals.length > 0 && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="elections.refused" values={{ reasons: clauses(refusals) }} />
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
        <FormattedMessage id="elections.whatIf.officer.try" />
      </button>
    </fieldset>
  );
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
  const intl = useIntl();
  const say = useDeskText();
  const languages = useMemo(() => new Intl.DisplayNames([intl.locale, 'en'], { type: 'language' }), [intl.locale]);
  const byName = useMemo(() => new Intl.Collator(intl.locale, { sensitivity: 'base' }), [intl.locale]);
  const languageName = (code: string) => {
    try {
      return languages.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const message = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `elections.whatIf.composition.${id}` }, values);
  /** "Europe 3 · Asia and Oceania 1", or a dash when there is nothing to count. */
  const counts = (items: { label: string; count: number }[]) =>
    items.length === 0
      ? intl.formatMessage({ id: 'elections.none' })
      : items
          .map((i) => message('count', { label: i.label, count: i.count }))
          .reduce((a, b) => message('separator', { first: a, next: b }));

  const rows: { key: string; show: (c: Composition) => ReactNode; number?: (c: Composition) => number }[] = [
    { key: 'members', show: (c) => intl.formatNumber(c.members), number: (c) => c.members },
    {
      key: 'electedSeats',
      show: (c) => message('electedSeats.value', c.electedSeats),
      number: (c) => c.electedSeats.used,
    },
    { key: 'coopted', show: (c) => message('coopted.value', c.coopted), number: (c) => c.coopted.used },
    {
      key: 'regionsPresent',
      show: (c) =>
        message('regionsPresent.value', {
          counts: counts(
            c.regions.map((r) => ({
              label: intl.formatMessage({ id: `elections.region.${r.region}` }),
              count: r.count,
            })),
          ),
          unknown: c.regionUnknown,
        }),
      number: (c) => c.regions.length,
    },
    {
      key: 'regionsMissing',
      show: (c) =>
        c.missingRegions.length === 0
          ? message('noRegions')
          : say.plainList(c.missingRegions.map((r) => intl.formatMessage({ id: `elections.region.${r}` }))),
    },
    {
      key: 'countries',
      show: (c) =>
        message('countries.value', {
          count: c.countries.length,
          counts: counts(c.countries.map((x) => ({ label: x.code, count: x.count }))),
        }),
    },
    {
      key: 'languages',
      show: (c) =>
        message('languages.value', {
          counts: counts(c.languages.map((l) => ({ label: languageName(l.code), count: l.count }))),
          unknown: c.languagesUnknown,
        }),
    },
    {
      key: 'electorate',
      show: (c) => (
        <FormattedMessage
          id="elections.whatIf.composition.electorate.value"
          values={{
            count: c.electorate.length,
            names:
              c.electorate.length > 0
                ? say.names(c.electorate.map(nameOf).sort((x, y) => byName.compare(x, y)))
                : message('nobody'),
          }}
        />
      ),
      number: (c) => c.electorate.length,
    },
    {
      key: 'officers',
      show: (c) =>
        c.officers.length === 0
          ? message('noOfficers')
          : c.officers
              .map((o) => message('officer', { role: say.text(roleText(o.role)), name: nameOf(o.personId) }))
              .reduce((a, b) => message('separator', { first: a, next: b })),
    },
  ];
  const day = say.date(after.date);
  return (
    <div className="desk-table-scroll">
      <table
        className="plain-table election-table"
        aria-label={intl.formatMessage({ id: 'elections.whatIf.composition.table' })}
      >
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="elections.whatIf.composition.on" values={{ date: day }} />
            </th>
            <th scope="col">
              <FormattedMessage id="elections.whatIf.composition.recorded" />
            </th>
            <th scope="col">
              <FormattedMessage id="elections.whatIf.composition.whatIf" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const delta = row.number ? row.number(after) - row.number(before) : 0;
            return (
              <tr key={row.key}>
                <th scope="row">
                  <FormattedMessage id={`elections.whatIf.composition.${row.key}`} />
                </th>
                <td>{row.show(before)}</td>
                <td>
                  {delta === 0 ? (
                    row.show(after)
                  ) : (
                    <FormattedMessage
                      id="elections.whatIf.composition.withDelta"
                      values={{
                        value: row.show(after),
                        delta: (
                          <span className={delta > 0 ? 'what-if-delta-up' : 'what-if-delta-down'}>
                            <FormattedMessage
                              id="elections.whatIf.composition.delta"
                              values={{ delta: intl.formatNumber(delta, { signDisplay: 'exceptZero' }) }}
                            />
                          </span>
                        ),
                      }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="election-lead">
        <FormattedMessage id="elections.whatIf.composition.rules" values={{ date: day, ruleSet: after.ruleSet }} />
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
  const intl = useIntl();
  const findingText = useFindingText();
  return (
    <section aria-label={title}>
      {!hideTitle && (
        <h3>
          <FormattedMessage id="elections.whatIf.findingsCount" values={{ title, count: findings.length }} />
        </h3>
      )}
      {findings.length === 0 ? (
        <p className="election-lead">{empty}</p>
      ) : (
        <ul className="what-if-findings">
          {findings.map((f) => (
            <li key={`${f.code}|${f.refs.join(',')}|${f.personId ?? ''}`}>
              <FormattedMessage
                id="elections.whatIf.finding"
                values={{
                  badge: (chunks: ReactNode[]) => (
                    <span
                      className={
                        f.severity === 'error'
                          ? 'badge badge-error'
                          : f.severity === 'warning'
                            ? 'badge badge-warning'
                            : 'badge'
                      }
                    >
                      {chunks}
                    </span>
                  ),
                  code: (chunks: ReactNode[]) => <code>{chunks}</code>,
                  rule: f.rule ?? intl.formatMessage({ id: 'elections.whatIf.record' }),
                  id: f.code,
                  text: findingText(f),
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
