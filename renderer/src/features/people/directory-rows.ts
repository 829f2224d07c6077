import type { Person } from '@shared/workspace/schema';
import { foldForSearch } from '@shared/domain/text';
import { ENGLISH_LABELS, type PersonLabels } from '../../components/person-labels';
import type { DirectoryEntry } from '../../db/repositories/people-repo';

/** One line of the directory, with its display text and search text worked out once, not per keystroke. */
export type DirectoryRow = {
  person: Person;
  country: string;
  region: string;
  /** Whether the region was recorded rather than following from the country. */
  regionRecorded: boolean;
  committees: number;
  terms: number;
  /** Name, institution, country, region, e-mail and id, folded (see `foldForSearch`). */
  searchText: string;
};

/**
 * The directory in the reader's name order (ties by id, so the order is the same every time),
 * with countries and regions named in the reader's language.
 */
export function toDirectoryRows(
  entries: readonly DirectoryEntry[],
  labels: PersonLabels = ENGLISH_LABELS,
  locale = 'en',
): DirectoryRow[] {
  const byName = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const rows = entries.map(({ person, committees, terms }): DirectoryRow => {
    const country = labels.countryLabel(person.country);
    const region = labels.regionLabelOf(person);
    return {
      person,
      country,
      region: region.label,
      regionRecorded: region.source === 'recorded',
      committees,
      terms,
      searchText: foldForSearch(
        [person.name, person.institution, country, region.label, person.email, person.id].filter(Boolean).join(' | '),
      ),
    };
  });
  return rows.sort((a, b) => byName.compare(a.person.name, b.person.name) || (a.person.id < b.person.id ? -1 : 1));
}

/**
 * The rows matching every word of the query, accents and case ignored: "lopez mex" finds
 * "José López, Biblioteca Vasconcelos, Mexico (MX)", "kadesjo" finds "Kadesjö". An empty query
 * matches everyone.
 */
export function filterDirectory(rows: readonly DirectoryRow[], query: string): readonly DirectoryRow[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((word) => row.searchText.includes(word)));
}
