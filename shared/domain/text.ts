/**
 * Text a person can search without typing accents or matching case: "kadesjo" finds "Kadesjö",
 * "cano tomic" finds "Čano Tomić". Letters without a decomposition (ø, ł, ß) are mapped by hand.
 */
const EXTRA_FOLDS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđßæœı]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, ignoring accents, case and extra spaces. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = foldForSearch(text);
  return foldForSearch(query)
    .split(' ')
    .every((word) => haystack.includes(word));
}
