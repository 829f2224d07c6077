import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { CooptionReason, EndReason, OfficeRole, Region, TermKind } from '@shared/domain/vocabulary';

/**
 * The workspace's closed vocabularies (term kinds, regions, offices, reasons) in the reader's
 * language. The codes stay as data; only what people read is translated.
 */
export type Vocabulary = {
  /** "Elected", "Casual vacancy": a term kind as a label, a filter or a table cell. */
  termKind: (kind: TermKind) => string;
  /** "elected term", "casual-vacancy term": a term kind inside a sentence. */
  termKindInSentence: (kind: TermKind) => string;
  region: (region: Region) => string;
  /** "Chair", "Secretary", "Information Coordinator". */
  officeRole: (role: OfficeRole) => string;
  /** "resigned", "deceased": why a term ended early, inside a sentence. */
  endReason: (reason: EndReason) => string;
  /** Why someone is co-opted, as the co-option form offers it. */
  cooptionReason: (reason: CooptionReason) => string;
};

export function vocabulary(intl: IntlShape): Vocabulary {
  const say = (id: string) => intl.formatMessage({ id });
  return {
    termKind: (kind) => say(`components.termKind.${kind}`),
    termKindInSentence: (kind) => say(`components.termKindInSentence.${kind}`),
    region: (region) => say(`components.region.${region}`),
    officeRole: (role) => say(`components.officeRole.${role}`),
    endReason: (reason) => say(`components.endReason.${reason}`),
    cooptionReason: (reason) => say(`components.cooptionReason.${reason}`),
  };
}

export function useVocabulary(): Vocabulary {
  const intl = useIntl();
  return useMemo(() => vocabulary(intl), [intl]);
}

/**
 * A list joined the way the reader's language joins one ("A, B and C", "A, B y C", "أ وب وج").
 * English lists keep no comma before the last item, as Tenure's English texts always have.
 */
export function formatList(intl: IntlShape, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  if (items.length === 0) return '';
  const locale = intl.locale === 'en' ? 'en-GB' : intl.locale;
  return new Intl.ListFormat(locale, { type }).format(items);
}

/** Items separated by commas, in the reader's script: "2013–2017, 2017–2021", "2013–2017، 2017–2021". */
export function commaList(intl: IntlShape, items: readonly string[]): string {
  return items.join(intl.formatMessage({ id: 'components.list.comma' }));
}
