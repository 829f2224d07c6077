import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { IsoDate } from '@shared/domain/dates';

/**
 * Dates, numbers and lists in the reader's language. Calendar dates (`YYYY-MM-DD`) are formatted
 * in UTC so a date never shifts by a day with the computer's time zone.
 */
export function useFormat() {
  const intl = useIntl();
  return useMemo(
    () => ({
      date: (iso: IsoDate, style: 'medium' | 'long' | 'short' = 'medium') =>
        intl.formatDate(new Date(`${iso}T00:00:00Z`), { dateStyle: style, timeZone: 'UTC' }),
      number: (value: number) => intl.formatNumber(value),
      list: (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
        intl.formatList(items, { type }) as string,
    }),
    [intl],
  );
}
