import { describe, expect, it } from 'vitest';
import { personLabels } from '../../components/person-labels';
import type { DirectoryEntry } from '../../db/repositories/people-repo';
import { filterDirectory, toDirectoryRows } from './directory-rows';

const entry = (person: DirectoryEntry['person'], terms = 0, committees = 0): DirectoryEntry => ({
  person,
  terms,
  committees,
});

const ENTRIES = [
  entry({ id: 'p3', name: 'Zoë Ålund', country: 'SE', institution: 'Uppsala University Library' }, 2, 1),
  entry({ id: 'p1', name: 'José López', country: 'MX', institution: 'Biblioteca Vasconcelos' }, 1, 1),
  entry({ id: 'p2', name: 'Amara Okafor', country: 'NG', region: 'Europe', email: 'amara@nln.gov.ng' }),
  entry({ id: 'p4', name: 'Li Wei' }),
];

describe('toDirectoryRows', () => {
  it('sorts by name, ignoring accents and case, and spells out country and region', () => {
    const rows = toDirectoryRows(ENTRIES);
    expect(rows.map((r) => r.person.id)).toEqual(['p2', 'p1', 'p4', 'p3']);
    expect(rows[1]).toMatchObject({
      country: 'Mexico (MX)',
      region: 'Latin America and the Caribbean',
      regionRecorded: false,
      terms: 1,
      committees: 1,
    });
    expect(rows[0]).toMatchObject({ country: 'Nigeria (NG)', region: 'Europe', regionRecorded: true });
    expect(rows[2]).toMatchObject({ country: '', region: '' });
  });
});

describe('filterDirectory', () => {
  const rows = toDirectoryRows(ENTRIES);
  const ids = (query: string) => filterDirectory(rows, query).map((r) => r.person.id);

  it('matches every word anywhere, without regard to accents, case or spacing', () => {
    expect(ids('lopez')).toEqual(['p1']);
    expect(ids('  LÓPEZ   mexico ')).toEqual(['p1']);
    expect(ids('zoe alund')).toEqual(['p3']);
    expect(ids('uppsala')).toEqual(['p3']);
    expect(ids('latin america')).toEqual(['p1']);
    expect(ids('amara@nln')).toEqual(['p2']);
    expect(ids('p4')).toEqual(['p4']);
    expect(ids('lopez uppsala')).toEqual([]);
  });

  it('gives everyone for an empty query, in the same order', () => {
    expect(filterDirectory(rows, '   ')).toBe(rows);
  });

  it('stays quick on a directory of 10,000 people', () => {
    const many = toDirectoryRows(
      Array.from({ length: 10_000 }, (_, i) =>
        entry({ id: `p${i}`, name: `Person ${i} Ñúñez`, country: i % 2 ? 'ES' : 'KE', institution: `Library ${i}` }),
      ),
    );
    const started = performance.now();
    const found = filterDirectory(many, 'nunez 9999');
    expect(found.map((r) => r.person.id)).toEqual(['p9999']);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('the directory in the reader’s language', () => {
  const regions = { LatinAmericaCaribbean: 'América Latina y el Caribe' } as Record<string, string>;
  const spanish = personLabels('es', (region) => regions[region] ?? region);

  it('names countries and regions in that language, and still finds them without accents', () => {
    const rows = toDirectoryRows(ENTRIES, spanish, 'es');
    expect(rows.find((r) => r.person.id === 'p1')).toMatchObject({
      country: 'México (MX)',
      region: 'América Latina y el Caribe',
    });
    expect(filterDirectory(rows, 'mexico').map((r) => r.person.id)).toEqual(['p1']);
  });

  it('finds a name however its accents and special letters are typed', () => {
    const rows = toDirectoryRows([
      ...ENTRIES,
      entry({ id: 'p5', name: 'Eva Kadesjö' }),
      entry({ id: 'p6', name: 'Søren Łukasiewicz' }),
    ]);
    expect(filterDirectory(rows, 'kadesjo').map((r) => r.person.id)).toEqual(['p5']);
    expect(filterDirectory(rows, 'soren lukasiewicz').map((r) => r.person.id)).toEqual(['p6']);
  });

  it('sorts names of every script in the reader’s alphabetical order', () => {
    const names = ['يوسف', 'أحمد', 'سارة', 'Zoë', 'Ana'];
    const rows = toDirectoryRows(
      names.map((name, i) => entry({ id: `a${i}`, name })),
      undefined,
      'ar',
    );
    const arabic = rows.map((r) => r.person.name).filter((name) => /\p{Script=Arabic}/u.test(name));
    expect(arabic).toEqual(['أحمد', 'سارة', 'يوسف']);
  });
});
