import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate, type IsoDate } from '@shared/domain/dates';
import { COOPTION_REASONS, REGIONS, type CooptionReason } from '@shared/domain/vocabulary';
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
  APPROVER_ROLES,
  approverRoleOn,
  approverText,
  casualVacancies,
  cooptedOn,
  cooptionAdvice,
  cooptionCounting,
  cooptions,
  defaultCooptionEnd,
  fillOptions,
  membersOn,
  reasonKey,
  reasonText,
  reserveList,
  type ApproverRole,
  type CasualVacancy,
  type FillOption,
  type ReserveList,
} from './cooption-desk';
import { deskText, isoDate, useDeskText, type DeskText } from './desk-text';
import { useErrorText } from '../../i18n/use-error-text';
import './elections-extra.css';
import { NotSaved } from './not-saved';

const OTHER_VACANCY = '__other__';
const EMPTY_DRAFT: OverrideDraft = { why: '', hqReference: '' };
/** The day the 2021 rules, and co-option for Sections, took effect. */
const RULES_2021_FROM: IsoDate = '2021-08-26';

/** Wraps a badge inside a sentence: `<badge>proposed</badge>`. */
const badge = (className: string) => (chunks: ReactNode[]) => <span className={className}>{chunks}</span>;
/** Bold text inside a sentence: `<b>…</b>`. */
const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** A seat's label in sentences: "Seat IT-S17", or "the seat" when it has none. */
function seatValues(seat: string | undefined): { hasSeat: 'yes' | 'no'; seat: string } {
  return { hasSeat: seat ? 'yes' : 'no', seat: seat ?? '' };
}

type DialogState =
  | { kind: 'propose'; vacancy?: CasualVacancy }
  | { kind: 'approve'; term: Term }
  | { kind: 'casual'; vacancy: CasualVacancy; reserve: ReserveList };

/** Step 5: casual vacancies and how the era fills them (R-19..R-22), co-options proposed and approved (R-24..R-29). */
export function CooptionsPanel({ slice, cycle, asOf }: ElectionStepProps) {
  const committee = slice.committees[0]!;
  const intl = useIntl();
  const say = useDeskText();
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
    return REGIONS.filter((r) => !present.has(r));
  }, [slice, asOf]);
  const list = cooptions(slice, committee.id);
  const today = say.date(asOf);

  return (
    <>
      <section className="card election-card" aria-labelledby="vacancies-title">
        <h2 id="vacancies-title">
          <FormattedMessage id="elections.cooptions.vacanciesTitle" values={{ date: today }} />
        </h2>
        <p className="election-lead">
          <FormattedMessage id="elections.cooptions.vacanciesLead" />
        </p>
        {vacancies.length === 0 ? (
          <p>
            <FormattedMessage id="elections.cooptions.noVacancy" />
          </p>
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
        <h2 id="places-title">
          <FormattedMessage id="elections.cooptions.placesTitle" />
        </h2>
        <dl className="desk-figures">
          <div className="desk-figure">
            <dt>
              <FormattedMessage id="elections.cooptions.capacityOn" values={{ date: say.date(plan.boundary) }} />
            </dt>
            <dd>
              {intl.formatNumber(plan.coOptionCapacity)}
              <small>
                <FormattedMessage
                  id="elections.cooptions.capacityOf"
                  values={{ max: paramsFor(committee, plan.ruleSet).maxCoopted, ruleSet: plan.ruleSet }}
                />
              </small>
            </dd>
          </div>
          <div className={now.used > now.max ? 'desk-figure desk-figure-attention' : 'desk-figure'}>
            <dt>
              <FormattedMessage id="elections.cooptions.cooptedOn" values={{ date: today }} />
            </dt>
            <dd data-testid="coopted-now">
              <FormattedMessage id="elections.cooptions.usedOf" values={{ used: now.used, max: now.max }} />
              <small>
                <FormattedMessage id="elections.cooptions.serving" />
              </small>
            </dd>
          </div>
          <div className="desk-figure">
            <dt>
              <FormattedMessage id="elections.cooptions.approvedBy" />
            </dt>
            <dd className="desk-figure-text">
              {approver ? say.node(approverText(approver)) : <FormattedMessage id="elections.nobody" />}
              <small>
                {approver ? (
                  <FormattedMessage id="elections.cooptions.approverOn" values={{ date: today }} />
                ) : (
                  <FormattedMessage id="elections.cooptions.noApprover" />
                )}
              </small>
            </dd>
          </div>
        </dl>
        {eraNow === 'pre2021' ? (
          <p className="notice notice-info">
            <FormattedMessage id="elections.cooptions.pre2021" values={{ date: say.date(RULES_2021_FROM) }} />
          </p>
        ) : (
          <p className="election-lead">
            <FormattedMessage
              id="elections.cooptions.rules"
              values={{
                max: now.max,
                renewal: paramsFor(committee, eraNow).coOptRenewalOnlyByElection ? 'yes' : 'no',
              }}
            />
          </p>
        )}
        {missingRegions.length > 0 && (
          <p className="notice notice-info">
            <FormattedMessage
              id="elections.cooptions.missingRegions"
              values={{
                date: today,
                regions: intl.formatList(
                  missingRegions.map((r) => intl.formatMessage({ id: `elections.region.${r}` })),
                  { type: 'disjunction' },
                ),
              }}
            />
          </p>
        )}
        <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'propose' })}>
          <FormattedMessage id="elections.cooptions.propose" />
        </button>
      </section>

      <section className="card election-card" aria-labelledby="cooptions-title">
        <h2 id="cooptions-title">
          <FormattedMessage id="elections.cooptions.title" />
        </h2>
        {list.length === 0 ? (
          <p>
            <FormattedMessage id="elections.cooptions.none" />
          </p>
        ) : (
          <div className="desk-table-scroll">
            <table
              className="plain-table election-table"
              aria-label={intl.formatMessage({ id: 'elections.cooptions.title' })}
            >
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="elections.column.person" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="elections.column.reason" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="elections.cooptions.column.term" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="elections.cooptions.column.proposed" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="elections.cooptions.column.approval" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="elections.cooptions.column.counting" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((t) => {
                  const approverRole = t.cooption?.approverRole as ApproverRole | undefined;
                  const due = approverRoleOn(committee, t.cooption?.proposedOn ?? t.start);
                  const proposedBy = t.cooption?.proposedBy;
                  const proposedOn = t.cooption?.proposedOn;
                  const approvedBy = t.cooption?.approvedBy;
                  return (
                    <tr key={t.id}>
                      <th scope="row">
                        <bdi>{nameOf(t.personId)}</bdi>
                      </th>
                      <td>
                        {t.cooption?.reason ? (
                          say.node(reasonText(t.cooption.reason))
                        ) : (
                          <FormattedMessage id="elections.none" />
                        )}
                      </td>
                      <td>
                        <FormattedMessage
                          id="elections.dateRange"
                          values={{ from: say.date(t.start), to: say.date(t.endedOn ?? t.end) }}
                        />
                      </td>
                      <td>
                        {(proposedBy || proposedOn) && (
                          <FormattedMessage
                            id="elections.cooptions.proposedCell"
                            values={{
                              by: proposedBy ? 'yes' : 'no',
                              name: <bdi>{nameOf(proposedBy)}</bdi>,
                              on: proposedOn ? 'yes' : 'no',
                              date: proposedOn ? say.date(proposedOn) : '',
                            }}
                          />
                        )}
                      </td>
                      <td>
                        {isProposal(t) ? (
                          <>
                            <FormattedMessage
                              id="elections.cooptions.awaiting"
                              values={{ badge: badge('badge badge-warning'), approver: due ?? 'none' }}
                            />
                            <button
                              type="button"
                              className="btn btn-small desk-inline-button"
                              aria-label={intl.formatMessage(
                                { id: 'elections.cooptions.approveName' },
                                { name: nameOf(t.personId) },
                              )}
                              onClick={() => setDialog({ kind: 'approve', term: t })}
                            >
                              <FormattedMessage id="elections.cooptions.approve" />
                            </button>
                          </>
                        ) : (
                          <FormattedMessage
                            id="elections.cooptions.approvedCell"
                            values={{
                              badge: badge('badge'),
                              date: t.cooption?.approvedOn ? say.date(t.cooption.approvedOn) : '',
                              hasBy: approvedBy ? 'yes' : 'no',
                              by: <bdi>{approvedBy ?? ''}</bdi>,
                              approver: approverRole && APPROVER_ROLES.includes(approverRole) ? approverRole : 'none',
                            }}
                          />
                        )}
                      </td>
                      <td>{say.node(cooptionCounting(t))}</td>
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
  const intl = useIntl();
  const say = useDeskText();
  const reserve = useMemo(
    () => reserveList(slice, committee.id, vacancy.vacatedOn, asOf),
    [slice, committee.id, vacancy.vacatedOn, asOf],
  );
  const headingId = `vacancy-${vacancy.term.id}`;
  const seat = seatValues(vacancy.term.seat);
  const filledBy = vacancy.filledBy;
  return (
    <article className="vacancy" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <FormattedMessage
          id="elections.vacancy.title"
          values={{
            ...seat,
            name: <bdi>{vacancy.name}</bdi>,
            date: say.date(vacancy.vacatedOn),
            reason: vacancy.term.endReason ?? 'none',
          }}
        />
      </h3>
      <p>
        <FormattedMessage
          id="elections.vacancy.rest"
          values={{ b: bold, date: say.date(vacancy.remainingUntil), era: vacancy.era }}
        />
      </p>
      {filledBy ? (
        <p className="eligibility-yes">
          <FormattedMessage
            id="elections.vacancy.filledBy"
            values={{
              name: <bdi>{filledBy.name}</bdi>,
              kind: filledBy.kind === 'ex-officio' ? 'exOfficio' : filledBy.kind,
              date: say.date(filledBy.start),
            }}
          />
        </p>
      ) : (
        <>
          {eraNow === vacancy.era ? (
            <FillOptionList
              title={deskText('elections.vacancy.optionsUnder', { era: vacancy.era })}
              options={fillOptions(vacancy.era, vacancy, calendar, asOf)}
            />
          ) : (
            <>
              <FillOptionList
                title={deskText('elections.vacancy.stillOpen', { date: isoDate(asOf), era: eraNow })}
                options={fillOptions(eraNow, vacancy, calendar, asOf)}
              />
              <details>
                <summary>
                  <FormattedMessage id="elections.vacancy.optionsThen" values={{ era: vacancy.era }} />
                </summary>
                <FillOptionList options={fillOptions(vacancy.era, vacancy, calendar, vacancy.vacatedOn)} />
              </details>
            </>
          )}
          <p>
            {reserve === null ? (
              <FormattedMessage id="elections.reserve.noElection" values={{ date: say.date(vacancy.vacatedOn) }} />
            ) : reserve.entries.length === 0 ? (
              <FormattedMessage id="elections.reserve.empty" values={{ cycle: String(reserve.cycle) }} />
            ) : (
              <FormattedMessage
                id="elections.reserve.list"
                values={{
                  cycle: String(reserve.cycle),
                  list: reserve.entries
                    .map((e) =>
                      intl.formatMessage(
                        { id: 'elections.reserve.entry' },
                        {
                          rank: e.rank,
                          name: e.name,
                          hasVotes: e.votes === undefined ? 'no' : 'yes',
                          votes: e.votes ?? 0,
                          member: e.memberOn ? 'yes' : 'no',
                        },
                      ),
                    )
                    .reduce((a, b) => intl.formatMessage({ id: 'elections.clauses' }, { first: a, next: b })),
                }}
              />
            )}
          </p>
          <div className="desk-actions">
            {eraNow === 'pre2021' ? (
              <button type="button" className="btn" onClick={() => onFill({ kind: 'casual', vacancy, reserve })}>
                <FormattedMessage id="elections.vacancy.fillRest" values={seat} />
              </button>
            ) : (
              <button type="button" className="btn" onClick={() => onFill({ kind: 'propose', vacancy })}>
                <FormattedMessage id="elections.vacancy.coopt" values={seat} />
              </button>
            )}
          </div>
        </>
      )}
    </article>
  );
}

function FillOptionList({ title, options }: { title?: DeskText; options: FillOption[] }) {
  const say = useDeskText();
  return (
    <>
      {title && <p>{say.node(title)}</p>}
      <ol className="desk-options">
        {options.map((o) => (
          <li key={o.method}>
            <FormattedMessage
              id="elections.fill.item"
              values={{ b: bold, label: say.text(o.label), explanation: say.node(o.explanation) }}
            />
          </li>
        ))}
      </ol>
    </>
  );
}

/** The people to choose from: everyone in the workspace, by name in the reader's language. */
function usePeople(): Person[] {
  const { locale } = useIntl();
  const stored = useLiveQuery(() => db.people.toArray(), []);
  return useMemo(() => {
    const byName = new Intl.Collator(locale, { sensitivity: 'base' });
    return [...(stored ?? [])].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  }, [stored, locale]);
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
  const say = useDeskText();
  return (
    <>
      <div className="form-grid">
        <label className="field">
          <FormattedMessage id="elections.cooptions.approvedBy" />
          <small>
            <FormattedMessage id="elections.approval.body.hint" />
          </small>
          <select value={role} onChange={(e) => setRole(e.target.value as ApproverRole)}>
            {APPROVER_ROLES.map((r) => (
              <option key={r} value={r}>
                {say.text(approverText(r))}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <FormattedMessage id="elections.approval.name" />
          <input value={by} onChange={(e) => setBy(e.target.value)} />
        </label>
        <label className="field">
          <FormattedMessage id="elections.approval.on" />
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
      </div>
      {expected && role !== expected && isIsoDate(on) && (
        <p className="notice notice-warning">
          <FormattedMessage id="elections.approval.wrongBody" values={{ date: say.date(on), expected, chosen: role }} />
        </p>
      )}
      {expected === null && isIsoDate(on) && (
        <p className="notice notice-warning">
          <FormattedMessage id="elections.approval.noBody" values={{ date: say.date(on) }} />
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
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();
  const calendar = useMemo(() => createBoundaryCalendar(slice.settings), [slice.settings]);
  const people = usePeople();
  const openVacancies = useMemo(() => vacancies.filter((v) => !v.filledBy), [vacancies]);
  const picked = usePersonPicker({ people });
  const [reason, setReason] = useState<CooptionReason>(vacancy ? 'vacancy' : 'diversity');
  const [vacancyId, setVacancyId] = useState(vacancy?.term.id ?? '');
  const [proposedOn, setProposedOn] = useState(asOf);
  const proposers = useMemo(
    () => membersOn(slice, committee.id, isIsoDate(proposedOn) ? proposedOn : asOf, intl.locale),
    [slice, committee.id, proposedOn, asOf, intl.locale],
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
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'elections.cooptions.proposeTitle' })}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="elections.cancel" />
          </button>
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={!canSave}
            onClick={() => void save()}
          >
            <FormattedMessage
              id={
                hasErrors
                  ? 'elections.saveWithOverride'
                  : approved
                    ? 'elections.cooptions.saveApproved'
                    : 'elections.cooptions.saveProposal'
              }
            />
          </button>
        </>
      }
    >
      <div className="form-grid">
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
          <FormattedMessage id="elections.cooptions.fillsVacancy" />
          <small>
            <FormattedMessage id="elections.cooptions.fillsVacancy.hint" />
          </small>
          <select value={vacancyId} onChange={(e) => setVacancyId(e.target.value)}>
            <option value="">{intl.formatMessage({ id: 'elections.cooptions.fillsVacancy.no' })}</option>
            {openVacancies.map((v) => (
              <option key={v.term.id} value={v.term.id}>
                {intl.formatMessage(
                  { id: 'elections.cooptions.fillsVacancy.yes' },
                  { ...seatValues(v.term.seat), name: v.name, date: say.date(v.vacatedOn) },
                )}
              </option>
            ))}
            <option value={OTHER_VACANCY}>
              {intl.formatMessage({ id: 'elections.cooptions.fillsVacancy.other' })}
            </option>
          </select>
        </label>
        <label className="field">
          <FormattedMessage id="elections.cooptions.proposedBy" />
          <small>
            <FormattedMessage id="elections.cooptions.proposedBy.hint" />
          </small>
          <select value={proposedBy} onChange={(e) => setProposedBy(e.target.value)}>
            {proposers.length === 0 && (
              <option value="">{intl.formatMessage({ id: 'elections.cooptions.noMember' })}</option>
            )}
            {proposers.map((m) => (
              <option key={m.personId} value={m.personId}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <FormattedMessage id="elections.cooptions.proposedOn" />
          <input type="date" value={proposedOn} onChange={(e) => setProposedOn(e.target.value)} />
        </label>
        <label className="field">
          <FormattedMessage id="elections.startsOn" />
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="field">
          <FormattedMessage id="elections.cooptions.plannedEnd" />
          <small>
            <FormattedMessage id="elections.cooptions.plannedEnd.hint" />
          </small>
          <input type="date" value={end} aria-invalid={!datesValid} onChange={(e) => setEndEdited(e.target.value)} />
        </label>
      </div>
      <label className="desk-checkbox-row">
        <input type="checkbox" checked={approved} onChange={(e) => setApproved(e.target.checked)} />
        <FormattedMessage id="elections.cooptions.alreadyApproved" />
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
        <p className="notice notice-info">
          <FormattedMessage id="elections.approval.incomplete" />
        </p>
      )}
      {!datesValid && (
        <p className="notice notice-warning">
          <FormattedMessage id="elections.cooptions.badDates" />
        </p>
      )}
      {term && (
        <p className="notice notice-info">
          <FormattedMessage
            id="elections.cooptions.countingNote"
            values={{ counting: say.node(cooptionCounting(term)), approved: approved ? 'yes' : 'no' }}
          />
        </p>
      )}
      {advice.map((a) => (
        <p key={a.id} className="notice notice-warning">
          {say.node(a)}
        </p>
      ))}
      {term && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      <NotSaved error={error} />
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
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();
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
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'elections.cooptions.approveName' }, { name })}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="elections.cancel" />
          </button>
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={!term || !overrideComplete(introduced, draft)}
            onClick={() => void save()}
          >
            <FormattedMessage id={hasErrors ? 'elections.saveWithOverride' : 'elections.approval.approve'} />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage
          id="elections.approval.summary"
          values={{
            name: <bdi>{name}</bdi>,
            from: say.date(proposal.start),
            to: say.date(proposal.end),
            reason: proposal.cooption?.reason ? reasonKey(proposal.cooption.reason) : 'none',
            on: proposal.cooption?.proposedOn ? 'yes' : 'no',
            date: proposal.cooption?.proposedOn ? say.date(proposal.cooption.proposedOn) : '',
            counting: say.node(cooptionCounting(proposal)),
          }}
        />
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
      {!valid && (
        <p className="notice notice-info">
          <FormattedMessage id="elections.approval.incomplete" />
        </p>
      )}
      {advice.map((a) => (
        <p key={a.id} className="notice notice-warning">
          {say.node(a)}
        </p>
      ))}
      {term && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      <NotSaved error={error} />
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
  const intl = useIntl();
  const errorText = useErrorText();
  const say = useDeskText();
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
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage(
        { id: 'elections.casual.title' },
        { ...seatValues(vacancy.term.seat), name: vacancy.name },
      )}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="elections.cancel" />
          </button>
          <button
            type="button"
            className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={!term || !overrideComplete(introduced, draft)}
            onClick={() => void save()}
          >
            <FormattedMessage id={hasErrors ? 'elections.saveWithOverride' : 'elections.casual.fill'} />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage id="elections.casual.lead" values={{ date: say.date(vacancy.remainingUntil) }} />
      </p>
      <div className="form-grid">
        <label className="field">
          <FormattedMessage id="elections.column.person" />
          <small>
            <FormattedMessage id="elections.casual.person.hint" />
          </small>
          <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{intl.formatMessage({ id: 'elections.choose' })}</option>
            {willing.length > 0 && (
              <optgroup
                label={intl.formatMessage({ id: 'elections.casual.reserveGroup' }, { cycle: String(reserve?.cycle) })}
              >
                {willing.map((e) => (
                  <option key={e.personId} value={e.personId}>
                    {intl.formatMessage({ id: 'elections.reserve.rankedName' }, { rank: e.rank, name: e.name })}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={intl.formatMessage({ id: 'elections.casual.chairGroup' })}>
              {people
                .filter((p) => !willing.some((e) => e.personId === p.id))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {intl.formatMessage({ id: 'elections.personWithId' }, { name: p.name, id: p.id })}
                  </option>
                ))}
            </optgroup>
          </select>
        </label>
        <label className="field">
          <FormattedMessage id="elections.startsOn" />
          <input type="date" value={start} aria-invalid={!valid} onChange={(e) => setStart(e.target.value)} />
        </label>
      </div>
      {!valid && (
        <p className="notice notice-warning">
          <FormattedMessage
            id="elections.casual.badStart"
            values={{ from: say.date(vacancy.vacatedOn), to: say.date(vacancy.remainingUntil) }}
          />
        </p>
      )}
      {personId && skipped.length > 0 && (
        <p className="notice notice-warning">
          <FormattedMessage
            id="elections.casual.skipped"
            values={{ names: say.names(skipped.map((e) => e.name)), count: skipped.length }}
          />
        </p>
      )}
      {isIsoDate(start) && eraOn(start) !== 'pre2021' && !committee.ruleSet && (
        <p className="notice notice-warning">
          <FormattedMessage id="elections.casual.after2021" values={{ date: say.date(RULES_2021_FROM) }} />
        </p>
      )}
      {term && <PreSaveCheck findings={introduced} draft={draft} onDraft={setDraft} />}
      <NotSaved error={error} />
    </Dialog>
  );
}
