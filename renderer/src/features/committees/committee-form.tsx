import { useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { COMMITTEE_KINDS, type CommitteeKind } from '@shared/domain/vocabulary';
import { canonicalJson } from '@shared/history/change-log';
import { findingsIntroduced } from '@shared/rules/what-if';
import type { Committee, Workspace } from '@shared/workspace/schema';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { createCommittee, saveCommittee } from '../../db/repositories/committees-repo';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useWriteContext } from '../../hooks/use-write-context';
import { useFormat } from '../../i18n/use-format';
import {
  cohortRow,
  committeeFromDraft,
  defaultNote,
  draftFromCommittee,
  effectiveRuleSet,
  fieldErrorText,
  formatByEra,
  formatParamValue,
  idFromName,
  kindLabelId,
  PARAM_GROUPS,
  paramGroupId,
  paramLabelId,
  ruleSetChoiceId,
  RULE_SET_CHOICES,
  totalCohortSeats,
  validateDraft,
  type CommitteeDraft,
  type FieldError,
  type ParamField,
  type RuleSetChoice,
} from './committee-draft';
import { useErrorText } from '../../i18n/use-error-text';

const EMPTY_WORKSPACE: Workspace = {
  format: 'tenure',
  version: 1,
  committees: [],
  people: [],
  terms: [],
  offices: [],
  elections: [],
  meetings: [],
  actions: [],
};

const fieldId = (field: string) => `committee-field-${field}`;

/** What the committees screen says once a committee is saved, as a message. */
export type SavedNotice = { id: string; values: Record<string, string> };

/**
 * Create or edit a committee: its identity, the rule set it follows, overrides of the rulebook's
 * parameters (each beside its default) and its seat cohorts. Before saving, the rules engine runs
 * on the committee's records with the new settings and shows what the change would raise.
 */
export function CommitteeForm({
  original,
  committees,
  asOf,
  onSaved,
  onCancel,
}: {
  original?: Committee;
  committees: readonly Committee[];
  asOf: string;
  onSaved: (notice: SavedNotice) => void;
  onCancel: () => void;
}) {
  const isNew = original === undefined;
  const [draft, setDraft] = useState<CommitteeDraft>(() => draftFromCommittee(original));
  const [idEdited, setIdEdited] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [override, setOverride] = useState<OverrideDraft>({ why: '', hqReference: '' });
  const [saveError, setSaveError] = useState('');
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(() => initiallyOpen(draft));
  const [focusRow, setFocusRow] = useState<string | undefined>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const slice = useCommitteeSlice(original?.id);
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const format = useFormat();

  const takenIds = useMemo(() => new Set(committees.map((c) => c.id)), [committees]);
  const errors = useMemo(
    () => validateDraft(draft, { isNew, takenIds, asOf, ...(original ? { original } : {}) }),
    [draft, isNew, takenIds, asOf, original],
  );
  // Empty required fields are only pointed out once the secretary tries to save.
  const shown = attempted
    ? errors
    : errors.filter((e) => !((e.field === 'name' && !draft.name.trim()) || (e.field === 'id' && !draft.id.trim())));
  const errorFor = (field: string) => shown.find((e) => e.field === field);

  const deferredDraft = useDeferredValue(draft);
  const before = isNew ? EMPTY_WORKSPACE : slice;
  const introduced = useMemo(() => {
    if (!before) return [];
    const valid = validateDraft(deferredDraft, { isNew, takenIds, asOf, ...(original ? { original } : {}) });
    if (valid.length > 0) return [];
    const committee = committeeFromDraft(deferredDraft, original);
    const after: Workspace = { ...before, committees: [committee] };
    return findingsIntroduced(before, after, asOf);
  }, [before, deferredDraft, isNew, takenIds, asOf, original]);

  const divisions = committees.filter((c) => c.kind === 'division' && c.id !== (original?.id ?? draft.id.trim()));
  const currentParent = committees.find((c) => c.id === draft.parentId);
  const parentOptions = currentParent && !divisions.includes(currentParent) ? [...divisions, currentParent] : divisions;
  const ruleSet = effectiveRuleSet(draft.ruleSet, asOf);
  const hasErrors = introduced.some((f) => f.severity === 'error');
  const ready = before !== undefined && before !== null;
  // Saving an untouched form would only add a change-log entry that changes nothing.
  const unchanged =
    original !== undefined &&
    errors.length === 0 &&
    canonicalJson(committeeFromDraft(draft, original)) === canonicalJson(original);
  const canSave = ready && !unchanged && overrideComplete(introduced, override);

  const update = (patch: Partial<CommitteeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setParam = (key: string, value: string) => setDraft((d) => ({ ...d, params: { ...d.params, [key]: value } }));
  const setRow = (key: string, patch: { firstYear?: string; seats?: string }) =>
    setDraft((d) => ({ ...d, seatCohorts: d.seatCohorts.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));

  function addCohort() {
    const years = draft.seatCohorts.map((r) => Number(r.firstYear)).filter((y) => Number.isInteger(y) && y > 0);
    const next = years.length > 0 ? Math.max(...years) + 2 : oddYearFrom(Number(asOf.slice(0, 4)));
    const row = cohortRow(String(next), '');
    setFocusRow(row.key);
    update({ seatCohorts: [...draft.seatCohorts, row] });
  }

  function focusField(error: FieldError) {
    const group = PARAM_GROUPS.find((g) => g.fields.some((f) => f.key === error.field));
    if (group) setOpenGroups((open) => new Set([...open, group.id]));
    // After the group has opened.
    requestAnimationFrame(() => document.getElementById(fieldId(error.field))?.focus());
  }

  async function save() {
    setAttempted(true);
    setSaveError('');
    if (errors.length > 0) {
      const groups = PARAM_GROUPS.filter((g) => g.fields.some((f) => errors.some((e) => e.field === f.key)));
      setOpenGroups((open) => new Set([...open, ...groups.map((g) => g.id)]));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (!canSave) return;
    const committee = committeeFromDraft(draft, original);
    const overrides = overrideRequests(introduced, override);
    try {
      if (isNew) await createCommittee(db, committee, context(), overrides);
      else await saveCommittee(db, committee, context(), overrides);
      onSaved({
        id: isNew ? 'committees.saved.created' : 'committees.saved.changed',
        values: { name: committee.name },
      });
    } catch (e) {
      setSaveError(errorText(e));
    }
  }

  const totalSeats = totalCohortSeats(draft.seatCohorts);
  return (
    <form
      className="committees-form"
      aria-labelledby="committee-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="screen-header">
        <div>
          <button type="button" className="link-button committees-back-link" onClick={onCancel}>
            <FormattedMessage id="committees.backToList" />
          </button>
          <h1 id="committee-form-title">
            {isNew ? (
              <FormattedMessage id="committees.form.new" />
            ) : (
              <FormattedMessage id="committees.form.edit" values={{ name: <bdi>{original.name}</bdi> }} />
            )}
          </h1>
          <p>
            {isNew ? (
              <FormattedMessage id="committees.form.new.lead" />
            ) : (
              <FormattedMessage id="committees.form.edit.lead" values={{ id: original.id }} />
            )}
          </p>
        </div>
      </div>

      {attempted && errors.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="notice notice-error committees-error-summary">
          <p>
            <strong>
              <FormattedMessage id="committees.form.errorSummary" values={{ count: errors.length }} />
            </strong>
          </p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.field}|${e.message.id}`}>
                <button type="button" className="link-button" onClick={() => focusField(e)}>
                  {fieldErrorText(e, intl.formatMessage)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <section className="card committees-card" aria-labelledby="committee-identity-title">
        <h2 id="committee-identity-title">
          <FormattedMessage id="committees.form.identity" />
        </h2>
        <div className="form-grid">
          <TextField
            field="name"
            label={intl.formatMessage({ id: 'committees.form.name' })}
            value={draft.name}
            error={errorFor('name')}
            onChange={(name) => update(isNew && !idEdited ? { name, id: idFromName(name) } : { name })}
          />
          {isNew ? (
            <TextField
              field="id"
              label={intl.formatMessage({ id: 'committees.form.id' })}
              hint={intl.formatMessage({ id: 'committees.form.id.hint' })}
              value={draft.id}
              error={errorFor('id')}
              onChange={(id) => {
                setIdEdited(true);
                update({ id });
              }}
            />
          ) : (
            <div className="field">
              <FormattedMessage id="committees.form.id" />
              <span className="committees-readonly-value">{original.id}</span>
            </div>
          )}
          <label className="field" htmlFor={fieldId('kind')}>
            <FormattedMessage id="committees.form.kind" />
            <select
              id={fieldId('kind')}
              value={draft.kind}
              onChange={(e) => update({ kind: e.target.value as CommitteeKind })}
            >
              {COMMITTEE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {intl.formatMessage({ id: kindLabelId(k) })}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={fieldId('parentId')}>
            <FormattedMessage id="committees.form.parent" />
            <select
              id={fieldId('parentId')}
              value={draft.parentId}
              aria-invalid={errorFor('parentId') ? true : undefined}
              onChange={(e) => update({ parentId: e.target.value })}
            >
              <option value="">{intl.formatMessage({ id: 'committees.form.parent.none' })}</option>
              {parentOptions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.kind !== 'division'
                    ? intl.formatMessage(
                        { id: 'committees.form.parent.notDivision' },
                        { name: c.name, kind: intl.formatMessage({ id: kindLabelId(c.kind ?? 'section') }) },
                      )
                    : c.name}
                </option>
              ))}
            </select>
            {divisions.length === 0 && (
              <small>
                <FormattedMessage id="committees.form.parent.noDivision" />
              </small>
            )}
            {errorFor('parentId') && <FieldMessage error={errorFor('parentId')!} />}
          </label>
          <label className="field committees-field-wide" htmlFor={fieldId('ruleSet')}>
            <FormattedMessage id="committees.form.ruleSet" />
            <select
              id={fieldId('ruleSet')}
              value={draft.ruleSet}
              aria-describedby={`${fieldId('ruleSet')}-hint`}
              onChange={(e) => update({ ruleSet: e.target.value as RuleSetChoice })}
            >
              {RULE_SET_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {intl.formatMessage({ id: ruleSetChoiceId(c) })}
                </option>
              ))}
            </select>
            <small id={`${fieldId('ruleSet')}-hint`}>
              <FormattedMessage
                id={
                  draft.ruleSet === 'automatic' ? 'committees.form.ruleSet.automatic' : 'committees.form.ruleSet.pinned'
                }
                values={{ date: format.date(asOf), ruleSet }}
              />
            </small>
          </label>
          <label className="field committees-field-wide" htmlFor={fieldId('notes')}>
            <FormattedMessage id="committees.form.notes" values={{ small: (chunks) => <small>{chunks}</small> }} />
            <textarea
              id={fieldId('notes')}
              dir="auto"
              rows={2}
              value={draft.notes}
              onChange={(e) => update({ notes: e.target.value })}
            />
          </label>
        </div>
      </section>

      <section className="card committees-card" aria-labelledby="committee-cohorts-title">
        <h2 id="committee-cohorts-title">
          <FormattedMessage id="committees.cohorts.title" />
        </h2>
        <p className="committees-lead">
          <FormattedMessage id="committees.cohorts.lead" />
        </p>
        {draft.seatCohorts.length > 0 && (
          <table className="plain-table committees-cohort-editor">
            <caption className="visually-hidden">
              <FormattedMessage id="committees.cohorts.title" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="committees.cohorts.firstYear" />
                </th>
                <th scope="col">
                  <FormattedMessage id="committees.cohorts.seats" />
                </th>
                <th scope="col">
                  <span className="visually-hidden">
                    <FormattedMessage id="committees.cohorts.remove" />
                  </span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.seatCohorts.map((row, i) => {
                const yearError = errorFor(`${row.key}-firstYear`);
                const seatsError = errorFor(`${row.key}-seats`);
                return (
                  <tr key={row.key}>
                    <td>
                      <input
                        id={fieldId(`${row.key}-firstYear`)}
                        type="number"
                        inputMode="numeric"
                        step={2}
                        value={row.firstYear}
                        aria-label={intl.formatMessage({ id: 'committees.cohorts.firstYear.label' }, { cohort: i + 1 })}
                        aria-invalid={yearError ? true : undefined}
                        aria-describedby={yearError ? `${fieldId(`${row.key}-firstYear`)}-error` : undefined}
                        autoFocus={row.key === focusRow}
                        onChange={(e) => setRow(row.key, { firstYear: e.target.value })}
                      />
                      {yearError && <FieldMessage error={yearError} id={`${fieldId(`${row.key}-firstYear`)}-error`} />}
                    </td>
                    <td>
                      <input
                        id={fieldId(`${row.key}-seats`)}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        value={row.seats}
                        aria-label={intl.formatMessage({ id: 'committees.cohorts.seats.label' }, { cohort: i + 1 })}
                        aria-invalid={seatsError ? true : undefined}
                        aria-describedby={seatsError ? `${fieldId(`${row.key}-seats`)}-error` : undefined}
                        onChange={(e) => setRow(row.key, { seats: e.target.value })}
                      />
                      {seatsError && <FieldMessage error={seatsError} id={`${fieldId(`${row.key}-seats`)}-error`} />}
                    </td>
                    <td className="committees-cohort-remove">
                      <button
                        type="button"
                        className="btn btn-small btn-quiet"
                        aria-label={intl.formatMessage(
                          {
                            id: row.firstYear
                              ? 'committees.cohorts.remove.labelYear'
                              : 'committees.cohorts.remove.label',
                          },
                          { cohort: i + 1, year: row.firstYear },
                        )}
                        onClick={() => update({ seatCohorts: draft.seatCohorts.filter((r) => r.key !== row.key) })}
                      >
                        <FormattedMessage id="committees.cohorts.remove" />
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div className="committees-cohort-footer">
          <button type="button" className="btn" onClick={addCohort}>
            <FormattedMessage id="committees.cohorts.add" />
          </button>
          <span id={fieldId('seatCohorts')} tabIndex={-1} className="committees-cohort-total" role="status">
            {draft.seatCohorts.length === 0 ? (
              <FormattedMessage id="committees.cohorts.none" />
            ) : (
              <FormattedMessage id="committees.cohorts.total" values={{ total: totalSeats }} />
            )}
          </span>
        </div>
        {errorFor('seatCohorts') && <FieldMessage error={errorFor('seatCohorts')!} />}
      </section>

      <section className="card committees-card" aria-labelledby="committee-params-title">
        <h2 id="committee-params-title">
          <FormattedMessage id="committees.params.title" />
        </h2>
        <p className="committees-lead">
          <FormattedMessage
            id={draft.ruleSet === 'automatic' ? 'committees.params.lead.automatic' : 'committees.params.lead.pinned'}
            values={{ ruleSet, date: format.date(asOf), strong: (chunks: ReactNode[]) => <strong>{chunks}</strong> }}
          />
        </p>
        {PARAM_GROUPS.map((group) => {
          const changed = group.fields.filter((f) => (draft.params[f.key] ?? '') !== '').length;
          return (
            <details
              key={group.id}
              className="committees-param-group"
              open={openGroups.has(group.id)}
              onToggle={(e) => {
                const isOpen = e.currentTarget.open;
                setOpenGroups((open) => {
                  if (open.has(group.id) === isOpen) return open;
                  const next = new Set(open);
                  if (isOpen) next.add(group.id);
                  else next.delete(group.id);
                  return next;
                });
              }}
            >
              <summary>
                <FormattedMessage id={paramGroupId(group.id)} />
                {changed > 0 && (
                  <span className="badge">
                    <FormattedMessage id="committees.params.overridden" values={{ count: changed }} />
                  </span>
                )}
              </summary>
              <div className="committees-param-rows">
                {group.fields.map((field) => (
                  <ParamRow
                    key={field.key}
                    field={field}
                    value={draft.params[field.key] ?? ''}
                    choice={draft.ruleSet}
                    asOf={asOf}
                    error={errorFor(field.key)}
                    onChange={(value) => setParam(field.key, value)}
                  />
                ))}
              </div>
            </details>
          );
        })}
      </section>

      {errors.length === 0 && ready && !unchanged && (
        <PreSaveCheck findings={introduced} draft={override} onDraft={setOverride} />
      )}
      {unchanged && (
        <p className="notice notice-info">
          <FormattedMessage id="committees.form.unchanged" />
        </p>
      )}
      {saveError && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="committees.form.saveFailed" values={{ error: saveError }} />
        </p>
      )}

      <div className="committees-form-actions">
        <button type="button" className="btn" onClick={onCancel}>
          <FormattedMessage id="committees.form.cancel" />
        </button>
        <button type="submit" className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'} disabled={!canSave}>
          <FormattedMessage
            id={
              hasErrors ? 'committees.form.saveWithOverride' : isNew ? 'committees.form.create' : 'committees.form.save'
            }
          />
        </button>
      </div>
    </form>
  );
}

function oddYearFrom(year: number): number {
  return year % 2 === 0 ? year + 1 : year;
}

/** The first group is open; so is every group with an override already recorded. */
function initiallyOpen(draft: CommitteeDraft): Set<string> {
  const open = new Set<string>([PARAM_GROUPS[0]!.id]);
  for (const group of PARAM_GROUPS) {
    if (group.fields.some((f) => (draft.params[f.key] ?? '') !== '')) open.add(group.id);
  }
  return open;
}

function FieldMessage({ error, id }: { error: FieldError; id?: string }) {
  const intl = useIntl();
  return (
    <span className="committees-field-error" id={id}>
      {fieldErrorText(error, intl.formatMessage)}
    </span>
  );
}

function TextField({
  field,
  label,
  hint,
  value,
  error,
  onChange,
}: {
  field: string;
  label: string;
  hint?: string;
  value: string;
  error: FieldError | undefined;
  onChange: (value: string) => void;
}) {
  const id = fieldId(field);
  return (
    <label className="field" htmlFor={id}>
      {hint ? (
        <FormattedMessage
          id="committees.form.labelWithHint"
          values={{ label, hint, small: (chunks: ReactNode[]) => <small>{chunks}</small> }}
        />
      ) : (
        label
      )}
      <input
        id={id}
        dir="auto"
        value={value}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && <FieldMessage error={error} id={`${id}-error`} />}
    </label>
  );
}

function ParamRow({
  field,
  value,
  choice,
  asOf,
  error,
  onChange,
}: {
  field: ParamField;
  value: string;
  choice: RuleSetChoice;
  asOf: string;
  error: FieldError | undefined;
  onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const id = fieldId(field.key);
  const note = defaultNote(field.key, choice, asOf);
  const noteValue = formatParamValue(note.value, t);
  const label = t({ id: paramLabelId(field.key) });
  const describedBy = [`${id}-default`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={value !== '' ? 'committees-param-row committees-param-row-overridden' : 'committees-param-row'}>
      <label htmlFor={id} className="committees-param-label">
        {label}
        <span className="committees-param-key">
          <FormattedMessage id="committees.param.keyAndRule" values={{ key: field.key, rule: field.rule }} />
        </span>
      </label>
      <div className="committees-param-input">
        {field.input === 'boolean' ? (
          <select
            id={id}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="">{t({ id: 'committees.param.default.option' }, { value: noteValue })}</option>
            <option value="true">{t({ id: 'committees.param.yes' })}</option>
            <option value="false">{t({ id: 'committees.param.no' })}</option>
          </select>
        ) : (
          <input
            id={id}
            type="text"
            inputMode={field.input === 'number' ? 'decimal' : 'numeric'}
            value={value}
            placeholder={noteValue}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {value !== '' && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            aria-label={t({ id: 'committees.param.useDefault.label' }, { label })}
            onClick={() => onChange('')}
          >
            <FormattedMessage id="committees.param.useDefault" />
          </button>
        )}
      </div>
      <div className="committees-param-default" id={`${id}-default`}>
        <FormattedMessage
          id="committees.param.default"
          values={{
            value: noteValue,
            ruleSet: note.ruleSet,
            strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
          }}
        />
        {note.byEra && (
          <span className="committees-param-by-era">
            <FormattedMessage id="committees.param.byEra" values={{ eras: formatByEra(note.byEra, t) }} />
          </span>
        )}
      </div>
      {error && <FieldMessage error={error} id={`${id}-error`} />}
    </div>
  );
}
