import type { Person } from '@shared/workspace/schema';
import { countryLabel, regionLabelOf } from '../../components/person-labels';
import { foldText, type DirectoryEntry } from '../../db/repositories/people-repo';

/** One line of the directory, with its display text and search text worked out once, not per keystroke. */
export type DirectoryRow = {
  person: Person;
  country: string;
  region: string;
  /** Whether the region was recorded rather than following from the country. */
  regionRecorded: boolean;
  committees: number;
  terms: number;
  /** Name, institution, country, region, e-mail and id, folded (see `foldText`). */
  searchText: string;
};

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The directory in name order (ties by id, so the order is the same every time). */
export function toDirectoryRows(entries: readonly DirectoryEntry[]): DirectoryRow[] {
  const rows = entries.map(({ person, committees, terms }): DirectoryRow => {
    const country = countryLabel(person.country);
    const region = regionLabelOf(person);
    return {
      person,
      country,
      region: region.label,
      regionRecorded: region.source === 'recorded',
      committees,
      terms,
      searchText: foldText(
        [person.name, person.institution, country, region.label, person.email, person.id].filter(Boolean).join(' | '),
      ),
    };
  });
  return rows.sort((a, b) => byName.compare(a.person.name, b.person.name) || (a.person.id < b.person.id ? -1 : 1));
}

/**
 * The rows matching every word of the query, accents and case ignored: "lopez mex" finds
 * "José López, Biblioteca Vasconcelos, Mexico (MX)". An empty query matches everyone.
 */
export function filterDirectory(rows: readonly DirectoryRow[], query: string): readonly DirectoryRow[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((word) => row.searchText.includes(word)));
}
