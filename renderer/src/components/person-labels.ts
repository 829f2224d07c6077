import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { DEFAULT_COUNTRY_REGIONS, regionOf } from '@shared/domain/regions';
import { REGION_LABELS, type Region } from '@shared/domain/vocabulary';
import type { Person } from '@shared/workspace/schema';
import { useVocabulary } from './vocabulary';

/**
 * How a person's country, region and languages read to people: "Spain (ES)", "Europe",
 * "Spanish, English" — or "España (ES)", "Europa", "español, inglés" for a Spanish reader. Names
 * come from the platform's locale data (no table to keep), remembered because a directory of
 * 10,000 people asks for the same few names over and over.
 */
export type PersonLabels = {
  /** The name of an ISO 3166-1 alpha-2 code, or undefined when the code names no country. */
  countryName: (code: string | undefined) => string | undefined;
  /** "Spain (ES)", or just the code when it names no country. */
  countryLabel: (code: string | undefined) => string;
  /** The region label, and whether it was recorded or follows from the country. */
  regionLabelOf: (person: Pick<Person, 'region' | 'country'>) => {
    label: string;
    source: 'recorded' | 'country' | 'none';
  };
  /** "Spanish" for "es"; the code itself for one the locale data does not know. */
  languageName: (code: string) => string;
};

export function personLabels(locale: string, regionName: (region: Region) => string): PersonLabels {
  const countryNames = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  const languageNames = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
  const countryCache = new Map<string, string | undefined>();

  const countryName = (code: string | undefined): string | undefined => {
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
  };

  return {
    countryName,
    countryLabel: (code) => {
      if (!code) return '';
      const upper = code.toUpperCase();
      const name = countryName(upper);
      return name ? `${name} (${upper})` : upper;
    },
    regionLabelOf: (person) => {
      const region = regionOf(person);
      if (!region) return { label: '', source: 'none' };
      return { label: regionName(region), source: person.region ? 'recorded' : 'country' };
    },
    languageName: (code) => {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** The labels in English: for code outside React, and the fallback where no language is chosen. */
export const ENGLISH_LABELS: PersonLabels = personLabels('en', (region) => REGION_LABELS[region]);

/** The labels in the reader's language. */
export function usePersonLabels(): PersonLabels {
  const { locale } = useIntl();
  const vocabulary = useVocabulary();
  return useMemo(() => personLabels(locale, vocabulary.region), [locale, vocabulary]);
}

/** The English name of an ISO 3166-1 alpha-2 code, or undefined when the code names no country. */
export function countryName(code: string | undefined): string | undefined {
  return ENGLISH_LABELS.countryName(code);
}

/** A code Tenure can place: the region table knows it, or the locale data names it. */
export function isKnownCountry(code: string): boolean {
  const upper = code.toUpperCase();
  return DEFAULT_COUNTRY_REGIONS.has(upper) || countryName(upper) !== undefined;
}

/** "Spain (ES)", or just the code when it names no country (in English; see `usePersonLabels`). */
export function countryLabel(code: string | undefined): string {
  return ENGLISH_LABELS.countryLabel(code);
}

/** The region label in English, and whether it was recorded or follows from the country. */
export function regionLabelOf(person: Pick<Person, 'region' | 'country'>): {
  label: string;
  source: 'recorded' | 'country' | 'none';
} {
  return ENGLISH_LABELS.regionLabelOf(person);
}

/** "Spanish" for "es" (in English; see `usePersonLabels`); the code itself for one not known. */
export function languageName(code: string): string {
  return ENGLISH_LABELS.languageName(code);
}
