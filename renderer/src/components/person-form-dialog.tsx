import { useDeferredValue, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_COUNTRY_REGIONS } from '@shared/domain/regions';
import { REGIONS, REGION_LABELS, type Region } from '@shared/domain/vocabulary';
import type { Person } from '@shared/workspace/schema';
import { db } from '../db/db';
import { findPeopleNamedLike, savePerson } from '../db/repositories/people-repo';
import { useWriteContext } from '../hooks/use-write-context';
import { newId } from '../lib/ids';
import { Dialog } from './ui/dialog';
import { countryLabel, isKnownCountry, languageName } from './person-labels';
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

function problemsOf(draft: Draft): Problems {
  const problems: Problems = {};
  if (draft.name.trim() === '') problems.name = 'Enter the person’s name.';
  const country = draft.country.trim();
  if (country !== '' && !/^[A-Za-z]{2}$/.test(country)) {
    problems.country = 'Use the two-letter ISO country code, for example KE for Kenya or ES for Spain.';
  } else if (country !== '' && !isKnownCountry(country)) {
    problems.country = `“${country.toUpperCase()}” is not a country code. Use the two-letter ISO code, for example KE for Kenya.`;
  }
  const email = draft.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    problems.email = 'This does not look like an e-mail address; it needs an @, as in name@library.org.';
  }
  const { invalid } = parseLanguages(draft.languages);
  if (invalid.length > 0) {
    problems.languages = `${invalid.map((c) => `“${c}”`).join(', ')} ${invalid.length === 1 ? 'is not a language code' : 'are not language codes'}. Use codes such as en, fr or es-AR.`;
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
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);

  const problems = problemsOf(draft);
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
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  }

  const problemCount = Object.keys(problems).length;
  return (
    <Dialog
      title={person ? `Edit ${person.name}` : 'Add a person'}
      onClose={onClose}
      wide
      footer={
        <>
          {submitted && problemCount > 0 && (
            <p className="person-form-summary" role="alert">
              {problemCount === 1 ? 'One field needs attention.' : `${problemCount} fields need attention.`}
            </p>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={saving}>
            {person ? 'Save changes' : 'Add person'}
          </button>
        </>
      }
    >
      <form ref={form} id={formId} className="form-grid person-form" noValidate onSubmit={(e) => void save(e)}>
        <FormField label="Full name" hint="Required" error={shown('name')} wide>
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
              Already recorded under this name:{' '}
              {sameName
                .slice(0, 3)
                .map((p) => `${p.name} (${[p.id, p.country, p.institution].filter(Boolean).join(', ')})`)
                .join('; ')}
              {sameName.length > 3 ? ` and ${sameName.length - 3} more` : ''}. Check this is not the same person;
              duplicates can be merged from the People screen.
            </p>
          </div>
        )}
        <FormField
          label="Country"
          hint={
            country && !problems.country
              ? `${countryLabel(country)}${countryRegion ? ` · ${REGION_LABELS[countryRegion]}` : ' · no region known, choose one'}`
              : 'Two-letter ISO code, for example KE or ES'
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
        <FormField label="Region" hint="Leave as it is unless the country’s region does not fit (R-46)">
          {(props) => (
            <select {...props} value={draft.region} onChange={(e) => update('region')(e.target.value)}>
              <option value="">
                {countryRegion ? `From the country: ${REGION_LABELS[countryRegion]}` : 'From the country (none known)'}
              </option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {REGION_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Institution">
          {(props) => (
            <input {...props} value={draft.institution} onChange={(e) => update('institution')(e.target.value)} />
          )}
        </FormField>
        <FormField label="E-mail" error={shown('email')}>
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
          label="Languages"
          wide
          hint={
            languages.length > 0 && !problems.languages
              ? languages.map(languageName).join(', ')
              : 'Language codes separated by commas, for example es, en, fr-CA'
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
        <FormField label="Notes" wide>
          {(props) => (
            <textarea {...props} rows={2} value={draft.notes} onChange={(e) => update('notes')(e.target.value)} />
          )}
        </FormField>
      </form>
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}
