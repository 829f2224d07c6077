import { useDeferredValue, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useIntl, type IntlShape } from 'react-intl';
import { DEFAULT_COUNTRY_REGIONS } from '@shared/domain/regions';
import { REGIONS, type Region } from '@shared/domain/vocabulary';
import type { Person } from '@shared/workspace/schema';
import { db } from '../db/db';
import { findPeopleNamedLike, savePerson } from '../db/repositories/people-repo';
import { useWriteContext } from '../hooks/use-write-context';
import { newId } from '../lib/ids';
import { Dialog } from './ui/dialog';
import { isKnownCountry, usePersonLabels } from './person-labels';
import { commaList, useVocabulary } from './vocabulary';
import { useErrorText } from '../i18n/use-error-text';
import './person-form-dialog.css';

type Draft = {
  name: string;
  country: string;
  region: Region | '';
  institution: string;
  email: string;
  languages: string;
  notes: string;
};

type Problems = Partial<Record<'name' | 'country' | 'email' | 'languages', string>>;

function draftOf(person: Person | undefined): Draft {
  return {
    name: person?.name ?? '',
    country: person?.country ?? '',
    region: person?.region ?? '',
    institution: person?.institution ?? '',
    email: person?.email ?? '',
    languages: (person?.languages ?? []).join(', '),
    notes: person?.notes ?? '',
  };
}

/** Language codes as typed ("es, EN-gb fr"), split; each canonical form, or the code that is not one. */
function parseLanguages(text: string): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    try {
      const [canonical] = Intl.getCanonicalLocales(part);
      if (canonical && !codes.includes(canonical)) codes.push(canonical);
    } catch {
      invalid.push(part);
    }
  }
  return { codes, invalid };
}

function problemsOf(intl: IntlShape, draft: Draft): Problems {
  const problems: Problems = {};
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `components.personForm.problem.${id}` }, values);
  if (draft.name.trim() === '') problems.name = say('name');
  const country = draft.country.trim();
  if (country !== '' && !/^[A-Za-z]{2}$/.test(country)) {
    problems.country = say('countryFormat');
  } else if (country !== '' && !isKnownCountry(country)) {
    problems.country = say('countryUnknown', { code: country.toUpperCase() });
  }
  const email = draft.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    problems.email = say('email');
  }
  const { invalid } = parseLanguages(draft.languages);
  if (invalid.length > 0) {
    problems.languages = say('languages', {
      count: invalid.length,
      codes: commaList(
        intl,
        invalid.map((code) => say('quoted', { code })),
      ),
    });
  }
  return problems;
}

/** The record to save: the original with every field the form edits replaced, so fields it does not show survive. */
function personFrom(original: Person | undefined, id: string, draft: Draft): Person {
  const person: Person = { ...original, id, name: draft.name.trim().replace(/\s+/g, ' ') };
  const set = (field: 'country' | 'institution' | 'email' | 'notes', value: string) => {
    if (value) person[field] = value;
    else delete person[field];
  };
  set('country', draft.country.trim().toUpperCase());
  set('institution', draft.institution.trim());
  set('email', draft.email.trim());
  set('notes', draft.notes.trim());
  if (draft.region) person.region = draft.region;
  else delete person.region;
  const { codes } = parseLanguages(draft.languages);
  if (codes.length > 0) person.languages = codes;
  else delete person.languages;
  return person;
}

/** A label, its control, a hint and an error, tied together for screen readers. */
function FormField({
  label,
  hint,
  error,
  wide = false,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  wide?: boolean;
  children: (props: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // An error says what to type instead, so it takes the hint's place rather than adding to it.
  const showHint = hint !== undefined && !error;
  return (
    <div className={wide ? 'field person-form-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': showHint ? hintId : error ? errorId : undefined,
        'aria-invalid': Boolean(error),
      })}
      {showHint && (
        <small id={hintId} className="person-form-hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId} className="person-form-error">
          {error}
        </small>
      )}
    </div>
  );
}

/**
 * Adds a person or edits one: name required, country as a checked ISO code (which gives the
 * region unless one is chosen), institution, e-mail, languages, notes. Warns, without blocking,
 * when someone with the same name is already recorded.
 */
export function PersonFormDialog({
  person,
  onClose,
  onSaved,
}: {
  /** The person to edit; absent to add a new one. */
  person?: Person;
  onClose: () => void;
  onSaved?: (person: Person) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(person));
  // A record being edited shows at once what is wrong with what it already holds (an imported bad code).
  const [touched, setTouched] = useState<Partial<Record<keyof Draft, boolean>>>(() =>
    person ? { name: true, country: true, email: true, languages: true } : {},
  );
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  // Made at the first save from the name typed, then kept, so a retried save cannot add a second record.
  const newPersonId = useRef('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const labels = usePersonLabels();
  const vocabulary = useVocabulary();
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `components.personForm.${id}` }, values);
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);

  const problems = problemsOf(intl, draft);
  const shown = (field: keyof Problems) => (submitted || touched[field] ? problems[field] : undefined);
  const update = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const blur = (field: keyof Draft) => () => setTouched((t) => ({ ...t, [field]: true }));

  const deferredName = useDeferredValue(draft.name);
  const sameName =
    useLiveQuery(
      () =>
        deferredName.trim() === '' || deferredName.trim() === person?.name
          ? Promise.resolve([])
          : findPeopleNamedLike(db, deferredName, person?.id),
      [deferredName, person?.id, person?.name],
    ) ?? [];

  const country = draft.country.trim().toUpperCase();
  const countryRegion = /^[A-Z]{2}$/.test(country) ? DEFAULT_COUNTRY_REGIONS.get(country) : undefined;
  const languages = parseLanguages(draft.languages).codes;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) {
      // Take the keyboard to the first field to fix, once its error is on screen.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (!person && !newPersonId.current) newPersonId.current = newId('p', draft.name);
    const id = person?.id ?? newPersonId.current;
    const saved = personFrom(person, id, draft);
    setSaving(true);
    try {
      await savePerson(db, saved, context());
      onSaved?.(saved);
      onClose();
    } catch (e) {
      setError(errorText(e));
      setSaving(false);
    }
  }

  const problemCount = Object.keys(problems).length;
  return (
    <Dialog
      title={person ? say('titleEdit', { name: person.name }) : say('titleAdd')}
      onClose={onClose}
      wide
      footer={
        <>
          {submitted && problemCount > 0 && (
            <p className="person-form-summary" role="alert">
              {say('summary', { count: problemCount })}
            </p>
          )}
          <button type="button" className="btn" onClick={onClose}>
            {say('cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={saving}>
            {person ? say('saveChanges') : say('add')}
          </button>
        </>
      }
    >
      <form ref={form} id={formId} className="form-grid person-form" noValidate onSubmit={(e) => void save(e)}>
        <FormField label={say('fullName')} hint={say('required')} error={shown('name')} wide>
          {(props) => (
            <input
              {...props}
              value={draft.name}
              required
              autoComplete="off"
              onChange={(e) => update('name')(e.target.value)}
              onBlur={blur('name')}
            />
          )}
        </FormField>
        {sameName.length > 0 && (
          <div className="notice notice-warning person-form-wide" role="status">
            <p>
              {say('sameName', {
                people: sameName
                  .slice(0, 3)
                  .map((p) =>
                    say('sameNamePerson', {
                      name: p.name,
                      details: commaList(
                        intl,
                        [p.id, p.country, p.institution].filter((x): x is string => !!x),
                      ),
                    }),
                  )
                  .join(say('sameNameSeparator')),
                more: Math.max(0, sameName.length - 3),
              })}
            </p>
          </div>
        )}
        <FormField
          label={say('country')}
          hint={
            country && !problems.country
              ? countryRegion
                ? say('countryHintRegion', {
                    country: labels.countryLabel(country),
                    region: vocabulary.region(countryRegion),
                  })
                : say('countryHintNoRegion', { country: labels.countryLabel(country) })
              : say('countryHint')
          }
          error={shown('country')}
        >
          {(props) => (
            <input
              {...props}
              className="person-form-country"
              value={draft.country}
              maxLength={2}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => update('country')(e.target.value.toUpperCase())}
              onBlur={blur('country')}
            />
          )}
        </FormField>
        <FormField label={say('region')} hint={say('regionHint')}>
          {(props) => (
            <select {...props} value={draft.region} onChange={(e) => update('region')(e.target.value)}>
              <option value="">
                {countryRegion
                  ? say('regionFromCountry', { region: vocabulary.region(countryRegion) })
                  : say('regionFromCountryNone')}
              </option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {vocabulary.region(r)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={say('institution')}>
          {(props) => (
            <input {...props} value={draft.institution} onChange={(e) => update('institution')(e.target.value)} />
          )}
        </FormField>
        <FormField label={say('email')} error={shown('email')}>
          {(props) => (
            <input
              {...props}
              type="email"
              value={draft.email}
              autoComplete="off"
              onChange={(e) => update('email')(e.target.value)}
              onBlur={blur('email')}
            />
          )}
        </FormField>
        <FormField
          label={say('languages')}
          wide
          hint={
            languages.length > 0 && !problems.languages
              ? commaList(
                  intl,
                  languages.map((code) => labels.languageName(code)),
                )
              : say('languagesHint')
          }
          error={shown('languages')}
        >
          {(props) => (
            <input
              {...props}
              value={draft.languages}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => update('languages')(e.target.value)}
              onBlur={blur('languages')}
            />
          )}
        </FormField>
        <FormField label={say('notes')} wide>
          {(props) => (
            <textarea {...props} rows={2} value={draft.notes} onChange={(e) => update('notes')(e.target.value)} />
          )}
        </FormField>
      </form>
      {error && (
        <p role="alert" className="notice notice-error">
          {say('notSaved', { error })}
        </p>
      )}
    </Dialog>
  );
}
