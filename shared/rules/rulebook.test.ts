import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from './findings';
import { RULEBOOK, rulebookEntry } from './rulebook';

const citedRules = [...new Set(Object.values(FINDING_CODES).flatMap((spec) => spec.rules))].sort();

describe('rulebook text for the findings', () => {
  it('cites the 22 rules the finding codes name', () => {
    expect(citedRules).toEqual([
      'R-01',
      'R-02',
      'R-03',
      'R-05',
      'R-08',
      'R-09',
      'R-12',
      'R-13',
      'R-14',
      'R-16',
      'R-23',
      'R-24',
      'R-25',
      'R-26',
      'R-28',
      'R-29',
      'R-31',
      'R-33',
      'R-35',
      'R-38',
      'R-39',
      'R-45',
    ]);
  });

  it.each(citedRules)('%s has an entry with a title, era, summary, confidence and source', (id) => {
    const entry = rulebookEntry(id);
    expect(entry, `no rulebook entry for ${id}`).toBeDefined();
    expect(entry!.id).toBe(id);
    expect(entry!.title.trim()).not.toBe('');
    expect(entry!.era.trim()).not.toBe('');
    expect(entry!.summary.length).toBeGreaterThan(40);
    expect(['HIGH', 'MEDIUM', 'LOW', 'ASSUMPTION']).toContain(entry!.confidence);
    // Every rule points somewhere: an IFLA page, or a note saying what it rests on instead.
    if (entry!.sourceUrl === null) expect(entry!.sourceNote?.trim()).toBeTruthy();
    else expect(entry!.sourceUrl).toMatch(/^https?:\/\/[^\s]+ifla\.org\//);
  });

  it('keys every entry by its own id and holds no rule the findings do not cite', () => {
    for (const [id, entry] of RULEBOOK) expect(entry.id).toBe(id);
    expect([...RULEBOOK.keys()].sort()).toEqual(citedRules);
  });
});
