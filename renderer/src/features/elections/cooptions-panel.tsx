import { useMemo, useState } from 'react';
import { isIsoDate, type IsoDate } from '@shared/domain/dates';
import { COOPTION_REASONS, REGION_LABELS, REGIONS, type CooptionReason } from '@shared/domain/vocabulary';
import { regionOf } from '@shared/domain/regions';
import { createBoundaryCalendar } from '@shared/rules/boundaries';
import { createRulesContext } from '@shared/rules/context';
import { planCycleInContext } from '@shared/rules/cycle-plan';
import { eraOn, paramsFor, ruleSetFor } from '@shared/rules/rule-sets';
import { isActiveOn, isProposal, makesMember } from '@shared/rules/terms';
import { findingsIntroduced } from '@shared/rules/what-if';
import type { Person, Term, Workspace } from '@shared/workspace/schema';
import { useLiveQuery } from 'dexie-react-hooks';
import { Dialog } from '../../components/ui/dialog';
import { usePersonPicker } from '../../components/person-picker';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { saveTerm } from '../../db/repositories/terms-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { newId } from '../../lib/ids';
import type { ElectionStepProps } from './elections-screen';
import {
  APPROVER_LABELS,
  APPROVER_ROLES,
  REASON_LABELS,
  approverRoleOn,
  casualVacancies,
  cooptedOn,
  cooptionAdvice,
  cooptionCounting,
  cooptions,
  defaultCooptionEnd,
  fillOptions,
  membersOn,
  reserveList,
  type ApproverRole,
  type CasualVacancy,
  type FillOption,
  type ReserveList,
} from './cooption-desk';
import './elections-extra.css';

const OTHER_VACANCY = '__other__';
const EMPTY_DRAFT: OverrideDraft = { why: '', hqReference: '' };

type DialogState =
  | { kind: 'propose'; vacancy?: CasualVacancy }
  | { kind: 'approve'; term: Term }
  | { kind: 'casual'; vacancy: CasualVacancy; reserve: ReserveList };

/** Step 5: casual vacancies and how the era fills them (R-19..R-22), co-options proposed and approved (R-24..R-29). */
export function CooptionsPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const calendar = useMemo(() => createBoundaryCalendar(slice.settings), [slice.settings]);
  const plan = useMemo(
    () => planCycleInContext(createRulesContext(slice), committee.id, cycle),
    [slice, committee.id, cycle],
  );
  const vacancies = useMemo(() => casualVacancies(slice, committee.id, asOf), [slice, committee.id, asOf]);
  const eraNow = ruleSetFor(committee, asOf);
  const now = cooptedOn(slice, committee.id, asOf);
  const approver = approverRoleOn(committee, asOf);
  const names = useMemo(() => new Map(slice.people.map((p) => [p.id, p.name])), [slice.people]);
  const nameOf = (id: string | undefined) => (id ? (names.get(id) ?? id) : '');
  const missingRegions = useMemo(() => {
    const present = new Set(
      slice.terms
        .filter((t) => makesMember(t) && isActiveOn(t, asOf))
        .map((t) => slice.people.find((p) => p.id === t.personId))
        .map((p) => (p ? regionOf(p) : undefined)),
    );
    return REGIONS.filter((r) => !present.has(r)).map((r) => REGION_LABELS[r]);
  }, [slice, asOf]);
  const list = cooptions(slice, committee.id);

  return (
    <>
      <section className="card election-card" aria-labelledby="vacancies-title">
        <h2 id="vacancies-title">Casual vacancies on {asOf}</h2>
        <p className="election-lead">
          A seat falls vacant when a term ends early (R-19). The fill takes only the rest of that term (R-22), by the
          means the rules in force allow.
        </p>
        {vacancies.length === 0 ? (
          <p>No seat is vacant mid-term.</p>
        ) : (
          vacancies.map((v) => (
            <VacancyItem
              key={v.term.id}
              vacancy={v}
              slice={slice}
              asOf={asOf}
              eraNow={eraNow}
              calendar={calendar}
              onFill={(state) => setDialog(state)}
            />
          ))
        )}
      </section>

      <section className="card election-card" aria-labelledby="places-title">
        <h2 id="places-title">Co-opted places</h2>
        <dl className="desk-figures">
          <div className="desk-figure">
            <dt>Capacity on {plan.boundary}</dt>
            <dd>
              {plan.coOptionCapacity}
              <small>
                of {paramsFor(committee, plan.ruleSet).maxCoopted} under {plan.ruleSet} (R-24)
              </small>
            </dd>
          </div>
          <div className={now.used > now.max ? 'desk-figure desk-figure-attention' : 'desk-figure'}>
            <dt>Co-opted on {asOf}</dt>
            <dd data-testid="coopted-now">
              {now.used} of {now.max}
              <small>approved co-options serving (R-24)</small>
            </dd>
          </div>
          <div className="desk-figure">
            <dt>Approved by</dt>
            <dd className="desk-figure-text">
              {approver ? APPROVER_LABELS[approver].replace(/^the /, '') : 'nobody'}
              <small>{approver ? `on ${asOf} (R-25)` : 'no co-option under pre2021 (R-24)'}</small>
            </dd>
          </div>
        </dl>
        {eraNow === 'pre2021' ? (
          <p className="notice notice-info">
            The pre-2021 rules have no co-option for Sections (R-24). Co-options start with the 2021 rules, from{' '}
            {'2021-08-26'}.
          </p>
        ) : (
          <p className="election-lead">
            Up to {now.max} co-opted members at a time, beside the elected seats (R-24, OQ-1): for regional diversity,
            expertise, an available place or a mid-term vacancy. At the start of a term a co-option counts as a term; a
            mid-term fill does not (R-27). Someone who lost a bid for a second term may not be co-opted to this
            committee for that term (R-28)
            {paramsFor(committee, eraNow).coOptRenewalOnlyByElection
              ? '; a co-opted member continues only by election (R-29)'
              : ''}
            .
          </p>
        )}
        {missingRegions.length > 0 && (
          <p className="notice notice-info">
            No member on {asOf} from {missingRegions.join(', ')}: co-option is the way to close the gap (R-45).
          </p>
        )}
        <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'propose' })}>
          Propose a co-option…
        </button>
      </section>

      <section className="card election-card" aria-labelledby="cooptions-title">
        <h2 id="cooptions-title">Co-options</h2>
        {list.length === 0 ? (
          <p>No co-option recorded yet.</p>
        ) : (
          <div className="desk-table-scroll">
            <table className="plain-table election-table" aria-label="Co-options">
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Term</th>
                  <th scope="col">Proposed</th>
                  <th scope="col">Approval</th>
                  <th scope="col">Counting</th>
                </tr>
              </thead>
              <tbody>
                {list.map((t) => {
                  const approverRole = t.cooption?.approverRole as ApproverRole | undefined;
                  const due = approverRoleOn(committee, t.cooption?.proposedOn ?? t.start);
                  return (
                    <tr key={t.id}>
                      <th scope="row">{nameOf(t.personId)}</th>
                      <td>{t.cooption?.reason ? REASON_LABELS[t.cooption.reason] : '—'}</td>
                      <td>
                        {t.start} → {t.endedOn ?? t.end}
                      </td>
                      <td>
                        {t.cooption?.proposedBy ? `by ${nameOf(t.cooption.proposedBy)}` : ''}
                        {t.cooption?.proposedOn ? ` on ${t.cooption.proposedOn}` : ''}
                      </td>
                      <td>
                        {isProposal(t) ? (
                          <>
                            <span className="badge badge-warning">proposed</span> awaiting{' '}
                            {due ? APPROVER_LABELS[due] : 'approval'} (R-25){' '}
                            <button
                              type="button"
                              className="btn btn-small"
                              aria-label={`Approve the co-option of ${nameOf(t.personId)}`}
                              onClick={() => setDialog({ kind: 'approve', term: t })}
                            >
                              Approve…
                            </button>
                          </>
                        ) : (
                          <>
                            <span className="badge">approved</span> {t.cooption?.approvedOn}
                            {t.cooption?.approvedBy ? ` by ${t.cooption.approvedBy}` : ''}
                            {approverRole && APPROVER_LABELS[approverRole] ? ` (${APPROVER_LABELS[approverRole]})` : ''}
                          </>
                        )}
                      </td>
                      <td>{cooptionCounting(t)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {dialog?.kind === 'propose' && (
        <CooptionDialog
          slice={slice}
          asOf={asOf}
          vacancy={dialog.vacancy}
          vacancies={vacancies}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'approve' && (
        <ApprovalDialog slice={slice} asOf={asOf} term={dialog.term} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'casual' && (
        <CasualFillDialog
          slice={slice}
          asOf={asOf}
          vacancy={dialog.vacancy}
          reserve={dialog.reserve}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}

function VacancyItem({
  vacancy,
  slice,
  asOf,
  eraNow,
  calendar,
  onFill,
}: {
  vacancy: CasualVacancy;
  slice: Workspace;
  asOf: IsoDate;
  eraNow: ReturnType<typeof eraOn>;
  calendar: ReturnType<typeof createBoundaryCalendar>;
  onFill: (state: DialogState) => void;
}) {
  const committee = slice.committees[0]!;
  const reserve = useMemo(
    () => reserveList(slice, committee.id, vacancy.vacatedOn, asOf),
    [slice, committee.id, vacancy.vacatedOn, asOf],
  );
  const headingId = `vacancy-${vacancy.term.id}`;
  const seat = vacancy.term.seat ? `Seat ${vacancy.term.seat}` : 'A seat';
  const reason = vacancy.term.endReason ? ` (${vacancy.term.endReason})` : '';
  return (
    <article className="vacancy" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {seat}: {vacancy.name} left on {vacancy.vacatedOn}
        {reason}
      </h3>
      <p>
        The rest of the term runs to <strong>{vacancy.remainingUntil}</strong>. The seat fell vacant under{' '}
        <strong>{vacancy.era}</strong>.
      </p>
      {vacancy.filledBy ? (
        <p className="eligibility-yes">
          Filled by {vacancy.filledBy.name} ({vacancy.filledBy.kind === 'coopted' ? 'co-opted' : vacancy.filledBy.kind})
          from {vacancy.filledBy.start}.
        </p>
      ) : (
        <>
          {eraNow === vacancy.era ? (
            <FillOptionList
              title={`Fill options under ${vacancy.era}:`}
              options={fillOptions(vacancy.era, vacancy, calendar, asOf)}
            />
          ) : (
            <>
              <FillOptionList
                title={`Still open on ${asOf}, under ${eraNow}:`}
                options={fillOptions(eraNow, vacancy, calendar, asOf)}
              />
              <details>
                <summary>The options under {vacancy.era}, when it fell vacant</summary>
                <FillOptionList title="" options={fillOptions(vacancy.era, vacancy, calendar, vacancy.vacatedOn)} />
              </details>
            </>
          )}
          <p>
            {reserve === null
              ? `Reserve list (R-17): no final members election before ${vacancy.vacatedOn} is recorded.`
              : reserve.entries.length === 0
                ? `Reserve list of the ${reserve.cycle} election (R-17): empty.`
                : `Reserve list of the ${reserve.cycle} election (R-17): ${reserve.entries
                    .map(
                      (e) =>
                        `${e.rank}. ${e.name}${e.votes === undefined ? '' : ` (${e.votes} votes)`}${e.memberOn ? ', already a member' : ''}`,
                    )
                    .join('; ')}.`}
          </p>
          <div className="desk-actions">
            {eraNow === 'pre2021' ? (
              <button type="button" className="btn" onClick={() => onFill({ kind: 'casual', vacancy, reserve })}>
                Fill {vacancy.term.seat ?? 'the seat'} for the rest of the term…
              </button>
            ) : (
              <button type="button" className="btn" onClick={() => onFill({ kind: 'propose', vacancy })}>
                Co-opt to fill {vacancy.term.seat ?? 'the seat'}…
              </button>
            )}
          </div>
        </>
      )}
    </article>
  );
}

function FillOptionList({ title, options }: { title: string; options: FillOption[] }) {
  return (
    <>
      {title && <p>{title}</p>}
      <ol className="desk-options">
        {options.map((o) => (
          <li key={o.method}>
            <strong>{o.label}.</strong> {o.explanation}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The people to choose from: everyone in the workspace, by name. */
function usePeople(): Person[] {
  return useLiveQuery(() => db.people.orderBy('name').toArray(), []) ?? [];
}

/** The slice with the term (and its person, if the slice lacks them) added or replaced. */
function withTerm(slice: Workspace, term: Term, person: Person | undefined): Workspace {
  const known = slice.people.some((p) => p.id === term.personId);
  return {
    ...slice,
    people: !known && person ? [...slice.people, person] : slice.people,
    terms: [...slice.terms.filter((t) => t.id !== term.id), term],
  };
}

function ApprovalFields({
  role,
  setRole,
  by,
  setBy,
  on,
  setOn,
  expected,
}: {
  role: ApproverRole;
  setRole: (role: ApproverRole) => void;
  by: string;
  setBy: (by: string) => void;
  on: string;
  setOn: (on: string) => void;
  expected: ApproverRole | null;
}) {
  return (
    <>
      <div className="form-grid">
        <label className="field">
          Approved by <small>the approving body (R-25)</small>
          <select value={role} onChange={(e) => setRole(e.target.value as ApproverRole)}>
            {APPROVER_ROLES.map((r) => (
              <option key={r} value={r}>
                {APPROVER_LABELS[r].replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Approver's name
          <input value={by} onChange={(e) => setBy(e.target.value)} />
        </label>
        <label className="field">
          Approved on
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
      </div>
      {expected && role !== expected && (
        <p className="notice notice-warning">
          On {on} the rules give co-options to {APPROVER_LABELS[expected]} to approve, not {APPROVER_LABELS[role]}{' '}
          (R-25).
        </p>
      )}
      {expected === null && isIsoDate(on) && (
        <p className="notice notice-warning">
          No approving body exists on {on}: the pre-2021 rules have no co-option (R-24).
        </p>
      )}
    </>
  );
}

/** Proposes a co-option (and records its approval, if it is already approved), checked before it is saved. */
function CooptionDialog({
  slice,
  asOf,
  vacancy,
  vacancies,
  onClose,
}: {
  slice: Workspace;
  asOf: IsoDate;
  vacancy: CasualVacancy | undefined;
  vacancies: CasualVacancy[];
  onClose: () => void;
}) {
  const committee = slice.committees[0]!;
  const calendar = useMemo(() => createBoundaryCalendar(slice.settings), [slice.settings]);
  const people = usePeople();
  const openVacancies = useMemo(() => vacancies.filter((v) => !v.filledBy), [vacancies]);
  const picked = usePersonPicker({ people });
  const [reason, setReason] = useState<CooptionReason>(vacancy ? 'vacancy' : 'diversity');
  const [vacancyId, setVacancyId] = useState(vacancy?.term.id ?? '');
  const [proposedOn, setProposedOn] = useState(asOf);
  const proposers = useMemo(
    () => membersOn(slice, committee.id, isIsoDate(proposedOn) ? proposedOn : asOf),
    [slice, committee.id, proposedOn, asOf],
  );
  const chairId = slice.offices.find(
    (o) => o.role === 'chair' && isIsoDate(proposedOn) && isActiveOn(o, proposedOn),
  )?.personId;
  const [proposedByChoice, setProposedBy] = useState('');
  // A member on the day of the proposal: the one chosen, else the Chair, else the first member.
  const proposedBy = proposers.some((m) => m.personId === proposedByChoice)
    ? proposedByChoice
    : chairId && proposers.some((m) => m.personId === chairId)
      ? chairId
      : (proposers[0]?.personId ?? '');
  const [start, setStart] = useState(asOf);
  const [endEdited, setEndEdited] = useState<string | null>(null);
  const [approved, setApproved] = useState(false);
  const expectedOn = (date: string) => (isIsoDate(date) ? approverRoleOn(committee, date) : null);
  const [approvedOn, setApprovedOn] = useState(asOf);
  const [approverRole, setApproverRole] = useState<ApproverRole>(expectedOn(asOf) ?? 'DivisionChair');
  const [approvedBy, setApprovedBy] = useState('');
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const [termId] = useState(() => newId('t'));

  const chosenVacancy = openVacancies.find((v) => v.term.id === vacancyId);
  const fillsVacancy = chosenVacancy !== undefined || vacancyId === OTHER_VACANCY;
  const vacancySeat = chosenVacancy?.term.seat;
  const vacancyEnd = chosenVacancy?.remainingUntil;
  const end = useMemo(
    () =>
      endEdited ??
      (isIsoDate(start)
        ? defaultCooptionEnd(calendar, paramsFor(committee, ruleSetFor(committee, start)), start, vacancyEnd)
        : ''),
    [endEdited, start, calendar, committee, vacancyEnd],
  );
  const datesValid = isIsoDate(start) && isIsoDate(end) && end > start && isIsoDate(proposedOn);
  const approvalValid = !approved || (isIsoDate(approvedOn) && approvedBy.trim() !== '');

  const newPerson = picked.newPerson;
  const holder = picked.isNew ? newPerson : people.find((p) => p.id === picked.personId);

  const term = useMemo<Term | undefined>(() => {
    if (!holder || !datesValid) return undefined;
    return {
      id: termId,
      personId: holder.id,
      committeeId: committee.id,
      kind: 'coopted',
      start,
      end,
      ...(vacancySeat ? { seat: vacancySeat } : {}),
      cooption: {
        reason,
        fillsVacancy,
        ...(proposedBy ? { proposedBy } : {}),
        proposedOn,
        ...(approved && isIsoDate(approvedOn) ? { approvedOn, approvedBy: approvedBy.trim(), approverRole } : {}),
      },
    };
  }, [
    holder,
    datesValid,
    termId,
    committee.id,
    start,
    end,
    vacancySeat,
    reason,
    fillsVacancy,
    proposedBy,
    proposedOn,
    approved,
    approvedOn,
    approvedBy,
    approverRole,
  ]);

  const introduced = useMemo(
    () => (term ? findingsIntroduced(slice, withTerm(slice, term, holder), asOf) : []),
    [slice, term, holder, asOf],
  );
  const advice = term ? cooptionAdvice(term, committee) : [];
  const canSave =
    term !== undefined && picked.valid && approvalValid && proposedBy !== '' && overrideComplete(introduced, draft);
  const hasErrors = introduced.some((f) => f.severity === 'error');

  async function save() {
    if (!term) return;
    setError('');
    try {
      await saveTerm(db, term, context(), overrideRequests(introduced, draft), newPerson);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title="Propose a co-option"
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={!canSave}
            onClick={() => void save()}
          >
            {hasErrors ? 'Save with override' : approved ? 'Save the approved co-option' : 'Save the proposal'}
          </button>
        </>
      }
    >
      <div className="form-grid">
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
          Fills a vacancy <small>a mid-term fill does not count toward the term limit (R-27)</small>
          <select value={vacancyId} onChange={(e) => setVacancyId(e.target.value)}>
            <option value="">No: a place beside the elected seats</option>
            {openVacancies.map((v) => (
              <option key={v.term.id} value={v.term.id}>
                Yes: {v.term.seat ?? 'the seat'} left by {v.name} on {v.vacatedOn}
              </option>
            ))}
            <option value={OTHER_VACANCY}>Yes: a mid-term vacancy not listed here</option>
          </select>
        </label>
        <label className="field">
          Proposed by <small>a member of the committee</small>
          <select value={proposedBy} onChange={(e) => setProposedBy(e.target.value)}>
            {proposers.length === 0 && <option value="">No member on that day</option>}
            {proposers.map((m) => (
              <option key={m.personId} value={m.personId}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Proposed on
          <input type="date" value={proposedOn} onChange={(e) => setProposedOn(e.target.value)} />
        </label>
        <label className="field">
          Starts on
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="field">
          Planned end <small>default by the rules in force at the start (R-26)</small>
          <input type="date" value={end} aria-invalid={!datesValid} onChange={(e) => setEndEdited(e.target.value)} />
        </label>
      </div>
      <label className="desk-checkbox-row">
        <input type="checkbox" checked={approved} onChange={(e) => setApproved(e.target.checked)} />
        Already approved
      </label>
      {approved && (
        <ApprovalFields
          role={approverRole}
          setRole={setApproverRole}
          by={approvedBy}
          setBy={setApprovedBy}
          on={approvedOn}
          setOn={(on) => {
            setApprovedOn(on);
            const expected = expectedOn(on);
            if (expected) setApproverRole(expected);
          }}
          expected={expectedOn(approvedOn)}
        />
      )}
      {approved && !approvalValid && (
        <p className="notice notice-info">An approval needs the approver's name and the date (R-25).</p>
      )}
      {!datesValid && <p className="notice notice-warning">The dates must be valid and the end after the start.</p>}
      {term && (
        <p className="notice notice-info">
          Counting: {cooptionCounting(term)}.{' '}
          {approved
            ? 'Approved, it takes a co-opted place (R-24).'
            : 'Until approved it is a proposal and takes no place (R-25).'}
        </p>
      )}
      {advice.map((a) => (
        <p key={a} className="notice notice-warning">
          {a}
        </p>
      ))}
      {term && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}

/** Approves a proposed co-option: approver and date, the cap and bars checked on the approved term (R-24..R-29). */
function ApprovalDialog({
  slice,
  asOf,
  term: proposal,
  onClose,
}: {
  slice: Workspace;
  asOf: IsoDate;
  term: Term;
  onClose: () => void;
}) {
  const committee = slice.committees[0]!;
  const name = slice.people.find((p) => p.id === proposal.personId)?.name ?? proposal.personId;
  const expectedOn = (date: string) => (isIsoDate(date) ? approverRoleOn(committee, date) : null);
  const [approvedOn, setApprovedOn] = useState(asOf);
  const [approverRole, setApproverRole] = useState<ApproverRole>(expectedOn(asOf) ?? 'DivisionChair');
  const [approvedBy, setApprovedBy] = useState('');
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const valid = isIsoDate(approvedOn) && approvedBy.trim() !== '';

  const term = useMemo<Term | undefined>(
    () =>
      valid
        ? {
            ...proposal,
            cooption: { ...proposal.cooption, approvedOn, approvedBy: approvedBy.trim(), approverRole },
          }
        : undefined,
    [valid, proposal, approvedOn, approvedBy, approverRole],
  );
  const introduced = useMemo(
    () => (term ? findingsIntroduced(slice, withTerm(slice, term, undefined), asOf) : []),
    [slice, term, asOf],
  );
  const advice = term ? cooptionAdvice(term, committee) : [];
  const hasErrors = introduced.some((f) => f.severity === 'error');

  async function save() {
    if (!term) return;
    setError('');
    try {
      await saveTerm(db, term, context(), overrideRequests(introduced, draft));
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title={`Approve the co-option of ${name}`}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={!term || !overrideComplete(introduced, draft)}
            onClick={() => void save()}
          >
            {hasErrors ? 'Save with override' : 'Approve'}
          </button>
        </>
      }
    >
      <p>
        {name}, co-opted {proposal.start} to {proposal.end}
        {proposal.cooption?.reason ? ` for ${REASON_LABELS[proposal.cooption.reason].toLowerCase()}` : ''}; proposed
        {proposal.cooption?.proposedOn ? ` on ${proposal.cooption.proposedOn}` : ''}. Counting:{' '}
        {cooptionCounting(proposal)}.
      </p>
      <ApprovalFields
        role={approverRole}
        setRole={setApproverRole}
        by={approvedBy}
        setBy={setApprovedBy}
        on={approvedOn}
        setOn={(on) => {
          setApprovedOn(on);
          const expected = expectedOn(on);
          if (expected) setApproverRole(expected);
        }}
        expected={expectedOn(approvedOn)}
      />
      {!valid && <p className="notice notice-info">An approval needs the approver's name and the date (R-25).</p>}
      {advice.map((a) => (
        <p key={a} className="notice notice-warning">
          {a}
        </p>
      ))}
      {term && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}

/** Fills a vacancy under the pre-2021 rules: the reserve list first, else a person the Chair proposes (R-20..R-22). */
function CasualFillDialog({
  slice,
  asOf,
  vacancy,
  reserve,
  onClose,
}: {
  slice: Workspace;
  asOf: IsoDate;
  vacancy: CasualVacancy;
  reserve: ReserveList;
  onClose: () => void;
}) {
  const committee = slice.committees[0]!;
  const people = usePeople();
  const willing = (reserve?.entries ?? []).filter((e) => !e.memberOn);
  const [personId, setPersonId] = useState(willing[0]?.personId ?? '');
  const [start, setStart] = useState(asOf > vacancy.vacatedOn ? asOf : vacancy.vacatedOn);
  const [draft, setDraft] = useState<OverrideDraft>(EMPTY_DRAFT);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const [termId] = useState(() => newId('t'));
  const person = people.find((p) => p.id === personId);
  const valid = isIsoDate(start) && start >= vacancy.vacatedOn && start < vacancy.remainingUntil;

  const term = useMemo<Term | undefined>(
    () =>
      person && valid
        ? {
            id: termId,
            personId: person.id,
            committeeId: committee.id,
            kind: 'casual',
            start,
            end: vacancy.remainingUntil,
            ...(vacancy.term.seat ? { seat: vacancy.term.seat } : {}),
          }
        : undefined,
    [person, valid, termId, committee.id, start, vacancy],
  );
  const introduced = useMemo(
    () => (term ? findingsIntroduced(slice, withTerm(slice, term, person), asOf) : []),
    [slice, term, person, asOf],
  );
  const fromReserve = willing.find((e) => e.personId === personId);
  const skipped = fromReserve ? willing.filter((e) => e.rank < fromReserve.rank) : willing;
  const hasErrors = introduced.some((f) => f.severity === 'error');

  async function save() {
    if (!term) return;
    setError('');
    try {
      await saveTerm(db, term, context(), overrideRequests(introduced, draft));
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title={`Fill ${vacancy.term.seat ?? 'the seat'} left by ${vacancy.name}`}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={!term || !overrideComplete(introduced, draft)}
            onClick={() => void save()}
          >
            {hasErrors ? 'Save with override' : 'Fill the seat'}
          </button>
        </>
      }
    >
      <p>
        A casual-vacancy term for the rest of the vacated term, to {vacancy.remainingUntil} (R-22). It counts as a term
        toward the limit, however short (R-21).
      </p>
      <div className="form-grid">
        <label className="field">
          Person <small>the reserve list first (R-20)</small>
          <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">Choose…</option>
            {willing.length > 0 && (
              <optgroup label={`Reserve list of ${reserve?.cycle}`}>
                {willing.map((e) => (
                  <option key={e.personId} value={e.personId}>
                    {e.rank}. {e.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="Proposed by the Chair">
              {people
                .filter((p) => !willing.some((e) => e.personId === p.id))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.id})
                  </option>
                ))}
            </optgroup>
          </select>
        </label>
        <label className="field">
          Starts on
          <input type="date" value={start} aria-invalid={!valid} onChange={(e) => setStart(e.target.value)} />
        </label>
      </div>
      {!valid && (
        <p className="notice notice-warning">
          The fill starts on or after {vacancy.vacatedOn} and before {vacancy.remainingUntil}.
        </p>
      )}
      {personId && skipped.length > 0 && (
        <p className="notice notice-warning">
          {skipped.map((e) => e.name).join(', ')} {skipped.length === 1 ? 'comes' : 'come'} first on the reserve list:
          record in the notes that they declined before another fills the seat (R-20).
        </p>
      )}
      {isIsoDate(start) && eraOn(start) !== 'pre2021' && !committee.ruleSet && (
        <p className="notice notice-warning">
          From 2021-08-26 the rules fill a mid-term vacancy by co-option, which does not count as a term (R-27, OQ-5).
        </p>
      )}
      {term && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}
