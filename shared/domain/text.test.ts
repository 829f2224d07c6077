import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from './text';

describe('accent-insensitive search', () => {
  it.each([
    ['Kadesjö', 'kadesjo'],
    ['Čano Tomić', 'cano tomic'],
    ['Nguyễn Thị Lan', 'nguyen thi lan'],
    ['Søren  Łukasz', 'soren lukasz'],
    ['Straße', 'strasse'],
  ])('%s folds to %s', (name, folded) => {
    expect(foldForSearch(name)).toBe(folded);
  });

  it('matches every word in any order', () => {
    expect(matchesSearch('María Loretto Puga', 'puga maria')).toBe(true);
    expect(matchesSearch('María Loretto Puga', 'puga mario')).toBe(false);
  });

  it('leaves scripts without case or accents searchable', () => {
    expect(matchesSearch('فرح حداد', 'حداد')).toBe(true);
    expect(matchesSearch('张建勇', '建勇')).toBe(true);
  });
});
