import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Person } from '@shared/workspace/schema';
import { newId } from '../lib/ids';
import { RICH } from './rich-text';

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
  label,
  unavailable,
}: {
  people: readonly Person[];
  /** The select's label; "Person" in the reader's language by default. */
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
  const intl = useIntl();
  // Names in the reader's alphabetical order, whatever script they are written in.
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(intl.locale, { numeric: true });
    return [...people].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }, [people, intl.locale]);

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
        {label ?? <FormattedMessage id="components.personPicker.person" />}
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value={NEW_PERSON}>{intl.formatMessage({ id: 'components.personPicker.newPerson' })}</option>
          {sorted.map((p) => {
            const why = unavailable?.(p);
            return (
              <option key={p.id} value={p.id} disabled={why !== undefined}>
                {why === undefined
                  ? intl.formatMessage({ id: 'components.personPicker.option' }, { name: p.name, id: p.id })
                  : intl.formatMessage(
                      { id: 'components.personPicker.optionUnavailable' },
                      { name: p.name, id: p.id, why },
                    )}
              </option>
            );
          })}
        </select>
      </label>
      {isNew && (
        <>
          <label className="field">
            <FormattedMessage id="components.personPicker.fullName" />
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <FormattedMessage id="components.personPicker.country" values={RICH} />
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
