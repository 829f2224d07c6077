import { DEFAULT_COUNTRY_REGIONS, regionOf } from '@shared/domain/regions';
import { REGION_LABELS } from '@shared/domain/vocabulary';
import type { Person } from '@shared/workspace/schema';

/**
 * How a person's country, region and languages read to people: "Spain (ES)", "Europe",
 * "Spanish, English". Names come from the platform's locale data (no table to keep), remembered
 * because a directory of 10,000 people asks for the same few names over and over.
 */
const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const countryCache = new Map<string, string | undefined>();

/** The English name of an ISO 3166-1 alpha-2 code, or undefined when the code names no country. */
export function countryName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const upper = code.toUpperCase();
  if (countryCache.has(upper)) return countryCache.get(upper);
  let name: string | undefined;
  try {
    const found = countryNames.of(upper);
    // The locale data answers unknown codes with the code itself, and ZZ with "Unknown Region".
    name = found && found !== upper && upper !== 'ZZ' ? found : undefined;
  } catch {
    name = undefined;
  }
  countryCache.set(upper, name);
  return name;
}

/** A code Tenure can place: the region table knows it, or the locale data names it. */
export function isKnownCountry(code: string): boolean {
  const upper = code.toUpperCase();
  return DEFAULT_COUNTRY_REGIONS.has(upper) || countryName(upper) !== undefined;
}

/** "Spain (ES)", or just the code when it names no country. */
export function countryLabel(code: string | undefined): string {
  if (!code) return '';
  const upper = code.toUpperCase();
  const name = countryName(upper);
  return name ? `${name} (${upper})` : upper;
}

/** The region label, and whether it was recorded or follows from the country. */
export function regionLabelOf(person: Pick<Person, 'region' | 'country'>): {
  label: string;
  source: 'recorded' | 'country' | 'none';
} {
  const region = regionOf(person);
  if (!region) return { label: '', source: 'none' };
  return { label: REGION_LABELS[region], source: person.region ? 'recorded' : 'country' };
}

/** "Spanish" for "es"; the code itself for one the locale data does not know. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
