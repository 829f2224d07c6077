import { useMemo, useState, type ReactNode } from 'react';
import type { Person } from '@shared/workspace/schema';
import { newId } from '../lib/ids';

const NEW_PERSON = '__new__';

export type PersonPick = {
  /** The chosen person's id, or the new person's; undefined while a new person has no name yet. */
  personId: string | undefined;
  /** The person to create together with the record, when "A new person…" is chosen. */
  newPerson: Person | undefined;
  isNew: boolean;
  /** False while a new person's country code is malformed. */
  valid: boolean;
  reset: () => void;
  /** The "Person" select and, for a new person, name and country: form-grid cells. */
  fields: ReactNode;
};

/**
 * Choose someone already in the records, or type a new person's name and country, in every form
 * that records a term, a nomination or a co-option. The new person's id stays fixed while typing,
 * so rule checks refer to the same record throughout.
 */
export function usePersonPicker({
  people,
  label = 'Person',
  unavailable,
}: {
  people: readonly Person[];
  label?: string;
  /** Why an existing person cannot be chosen here, if they cannot ("already nominated"). */
  unavailable?: (person: Person) => string | undefined;
}): PersonPick {
  const [choice, setChoice] = useState(NEW_PERSON);
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [newPersonId, setNewPersonId] = useState(() => newId('p'));
  const isNew = choice === NEW_PERSON;
  const countryValid = country.trim() === '' || /^[A-Za-z]{2}$/.test(country.trim());

  const newPerson = useMemo<Person | undefined>(
    () =>
      isNew && name.trim()
        ? { id: newPersonId, name: name.trim(), ...(country.trim() ? { country: country.trim().toUpperCase() } : {}) }
        : undefined,
    [isNew, name, country, newPersonId],
  );

  const fields = (
    <>
      <label className="field">
        {label}
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value={NEW_PERSON}>A new person…</option>
          {people.map((p) => {
            const why = unavailable?.(p);
            return (
              <option key={p.id} value={p.id} disabled={why !== undefined}>
                {p.name} ({p.id}){why ? ` — ${why}` : ''}
              </option>
            );
          })}
        </select>
      </label>
      {isNew && (
        <>
          <label className="field">
            Full name
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            Country <small>ISO code, e.g. KE; gives the region</small>
            <input
              value={country}
              maxLength={2}
              aria-invalid={!countryValid}
              onChange={(e) => setCountry(e.target.value)}
            />
          </label>
        </>
      )}
    </>
  );

  return {
    personId: isNew ? newPerson?.id : choice,
    newPerson,
    isNew,
    valid: isNew ? name.trim() !== '' && countryValid : true,
    reset: () => {
      setNewPersonId(newId('p'));
      setChoice(NEW_PERSON);
      setName('');
      setCountry('');
    },
    fields,
  };
}
