import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { COMMITTEE_KINDS, type CommitteeKind } from '@shared/domain/vocabulary';
import { canonicalJson } from '@shared/history/change-log';
import { findingsIntroduced } from '@shared/rules/what-if';
import type { Committee, Workspace } from '@shared/workspace/schema';
import { PreSaveCheck, overrideComplete, overrideRequests, type OverrideDraft } from '../../components/pre-save-check';
import { db } from '../../db/db';
import { createCommittee, saveCommittee } from '../../db/repositories/committees-repo';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useWriteContext } from '../../hooks/use-write-context';
import {
  cohortRow,
  committeeFromDraft,
  defaultNote,
  draftFromCommittee,
  effectiveRuleSet,
  idFromName,
  KIND_LABELS,
  PARAM_GROUPS,
  RULE_SET_CHOICES,
  totalCohortSeats,
  validateDraft,
  type CommitteeDraft,
  type FieldError,
  type ParamField,
  type RuleSetChoice,
} from './committee-draft';

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
  onSaved: (message: string) => void;
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
      onSaved(isNew ? `Created ${committee.name}.` : `Saved the changes to ${committee.name}.`);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
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
            ← All committees
          </button>
          <h1 id="committee-form-title">{isNew ? 'New committee' : `Edit ${original.name}`}</h1>
          <p>
            {isNew
              ? 'A Section, Division, Special Interest Group or other committee whose records Tenure keeps.'
              : `Record id “${original.id}”. Changes are checked against the rules before they are saved.`}
          </p>
        </div>
      </div>

      {attempted && errors.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="notice notice-error committees-error-summary">
          <p>
            <strong>
              {errors.length === 1
                ? 'One thing to fix before saving:'
                : `${errors.length} things to fix before saving:`}
            </strong>
          </p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.field}|${e.message}`}>
                <button type="button" className="link-button" onClick={() => focusField(e)}>
                  {e.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <section className="card committees-card" aria-labelledby="committee-identity-title">
        <h2 id="committee-identity-title">The committee</h2>
        <div className="form-grid">
          <TextField
            field="name"
            label="Name"
            value={draft.name}
            error={errorFor('name')}
            onChange={(name) => update(isNew && !idEdited ? { name, id: idFromName(name) } : { name })}
          />
          {isNew ? (
            <TextField
              field="id"
              label="Id"
              hint="short, used in links and in the file; cannot be changed later"
              value={draft.id}
              error={errorFor('id')}
              onChange={(id) => {
                setIdEdited(true);
                update({ id });
              }}
            />
          ) : (
            <div className="field">
              Id
              <span className="committees-readonly-value">{original.id}</span>
            </div>
          )}
          <label className="field" htmlFor={fieldId('kind')}>
            Kind
            <select
              id={fieldId('kind')}
              value={draft.kind}
              onChange={(e) => update({ kind: e.target.value as CommitteeKind })}
            >
              {COMMITTEE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={fieldId('parentId')}>
            Parent Division
            <select
              id={fieldId('parentId')}
              value={draft.parentId}
              aria-invalid={errorFor('parentId') ? true : undefined}
              onChange={(e) => update({ parentId: e.target.value })}
            >
              <option value="">None</option>
              {parentOptions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.kind !== 'division' ? ` (${KIND_LABELS[c.kind ?? 'section']})` : ''}
                </option>
              ))}
            </select>
            {divisions.length === 0 && <small>No committee of kind Division yet.</small>}
            {errorFor('parentId') && <FieldMessage error={errorFor('parentId')!} />}
          </label>
          <label className="field committees-field-wide" htmlFor={fieldId('ruleSet')}>
            Rule set
            <select
              id={fieldId('ruleSet')}
              value={draft.ruleSet}
              aria-describedby={`${fieldId('ruleSet')}-hint`}
              onChange={(e) => update({ ruleSet: e.target.value as RuleSetChoice })}
            >
              {RULE_SET_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
            <small id={`${fieldId('ruleSet')}-hint`}>
              {draft.ruleSet === 'automatic'
                ? `Each event is judged by the rules in force on its date; on ${asOf} that is ${ruleSet}. The 2021 election cycle uses ifla2021 throughout.`
                : `Every event is judged by ${ruleSet}, whatever its date.`}
            </small>
          </label>
          <label className="field committees-field-wide" htmlFor={fieldId('notes')}>
            Notes <small>optional</small>
            <textarea
              id={fieldId('notes')}
              rows={2}
              value={draft.notes}
              onChange={(e) => update({ notes: e.target.value })}
            />
          </label>
        </div>
      </section>

      <section className="card committees-card" aria-labelledby="committee-cohorts-title">
        <h2 id="committee-cohorts-title">Seat cohorts</h2>
        <p className="committees-lead">
          The seat ledger (R-02, R-05): the election of year Y fills the seats of every cohort whose first year is Y, Y
          − 4, Y − 8 … Leave the list empty to count each election’s places from the terms ending at its boundary.
        </p>
        {draft.seatCohorts.length > 0 && (
          <table className="plain-table committees-cohort-editor">
            <caption className="visually-hidden">Seat cohorts</caption>
            <thead>
              <tr>
                <th scope="col">First year</th>
                <th scope="col">Seats</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
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
                        aria-label={`Seat cohort ${i + 1}, first year`}
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
                        aria-label={`Seat cohort ${i + 1}, seats`}
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
                        aria-label={`Remove seat cohort ${i + 1}${row.firstYear ? ` (${row.firstYear})` : ''}`}
                        onClick={() => update({ seatCohorts: draft.seatCohorts.filter((r) => r.key !== row.key) })}
                      >
                        Remove
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
            Add a seat cohort
          </button>
          <span id={fieldId('seatCohorts')} tabIndex={-1} className="committees-cohort-total" role="status">
            {draft.seatCohorts.length === 0
              ? 'No cohorts: places are counted from the terms.'
              : `${totalSeats} ${totalSeats === 1 ? 'seat' : 'seats'} in all.`}
          </span>
        </div>
        {errorFor('seatCohorts') && <FieldMessage error={errorFor('seatCohorts')!} />}
      </section>

      <section className="card committees-card" aria-labelledby="committee-params-title">
        <h2 id="committee-params-title">Rule parameters</h2>
        <p className="committees-lead">
          Leave a field blank to follow the rulebook. Beside each is its default under <strong>{ruleSet}</strong>
          {draft.ruleSet === 'automatic' ? `, the rule set in force on ${asOf}` : ''}. An override applies in every era.
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
                {group.title}
                {changed > 0 && <span className="badge">{changed} overridden</span>}
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
      {unchanged && <p className="notice notice-info">Nothing has changed yet.</p>}
      {saveError && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {saveError}
        </p>
      )}

      <div className="committees-form-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={hasErrors ? 'btn btn-danger' : 'btn btn-primary'} disabled={!canSave}>
          {hasErrors ? 'Save with override' : isNew ? 'Create committee' : 'Save changes'}
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
  return (
    <span className="committees-field-error" id={id}>
      {error.message}
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
      {label} {hint && <small>{hint}</small>}
      <input
        id={id}
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
  const id = fieldId(field.key);
  const note = defaultNote(field.key, choice, asOf);
  const describedBy = [`${id}-default`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={value !== '' ? 'committees-param-row committees-param-row-overridden' : 'committees-param-row'}>
      <label htmlFor={id} className="committees-param-label">
        {field.label}
        <span className="committees-param-key">
          {field.key} · {field.rule}
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
            <option value="">Default ({note.value})</option>
            <option value="true">Yes</option>
            <option value="false">No</option>
          </select>
        ) : (
          <input
            id={id}
            type="text"
            inputMode={field.input === 'number' ? 'decimal' : 'numeric'}
            value={value}
            placeholder={note.value}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {value !== '' && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            aria-label={`Use the default for ${field.label}`}
            onClick={() => onChange('')}
          >
            Use default
          </button>
        )}
      </div>
      <div className="committees-param-default" id={`${id}-default`}>
        Default <strong>{note.value}</strong> ({note.ruleSet})
        {note.byEra && <span className="committees-param-by-era">by era: {note.byEra}</span>}
      </div>
      {error && <FieldMessage error={error} id={`${id}-error`} />}
    </div>
  );
}
