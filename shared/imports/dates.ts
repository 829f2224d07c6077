import { fromDayNumber, isIsoDate, isoFromParts, type IsoDate } from '../domain/dates';

/**
 * Date formats found in committee spreadsheets. The day-first and month-first forms are told
 * apart by the column's values (a day above 12); when every value fits both, day-first is
 * assumed (IFLA's members write dates that way more often than not) and the preview says so.
 */
export const DATE_FORMATS = ['iso', 'dmy', 'mdy', 'ymd', 'text-month', 'excel-serial'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const MONTHS: Record<string, number> = {};
(
  [
    ['jan', 'january', 'ene', 'enero', 'janv', 'janvier'],
    ['feb', 'february', 'febrero', 'fev', 'fevr', 'fevrier'],
    ['mar', 'march', 'marzo', 'mars'],
    ['apr', 'april', 'abr', 'abril', 'avr', 'avril'],
    ['may', 'mayo', 'mai'],
    ['jun', 'june', 'junio', 'juin'],
    ['jul', 'july', 'julio', 'juil', 'juillet'],
    ['aug', 'august', 'ago', 'agosto', 'aout'],
    ['sep', 'sept', 'september', 'septiembre', 'setiembre', 'septembre'],
    ['oct', 'october', 'octubre', 'octobre'],
    ['nov', 'november', 'noviembre', 'novembre'],
    ['dec', 'december', 'dic', 'diciembre', 'decembre'],
  ] as const
).forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function fullYear(year: string): number {
  const n = Number(year);
  // Two-digit years: committee terms run from the 1970s on, so 70–99 are 19xx and the rest 20xx.
  return year.length === 2 ? (n >= 70 ? 1900 + n : 2000 + n) : n;
}

function checked(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1000 || year > 9999) return undefined;
  const iso = isoFromParts(year, month, day);
  return isIsoDate(iso) ? iso : undefined;
}

const NUMERIC = /^(\d{1,4})[/.\-\s](\d{1,2})[/.\-\s](\d{1,4})$/;

/** The ISO date `text` names in `format`, or undefined when it does not fit. */
export function parseDate(text: string, format: DateFormat): IsoDate | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  switch (format) {
    case 'iso': {
      const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
      return iso ? checked(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
    }
    case 'excel-serial': {
      if (!/^\d{1,6}(\.\d+)?$/.test(value)) return undefined;
      const serial = Math.floor(Number(value));
      // Day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was; day 25569 is 1970-01-01.
      if (serial < 61 || serial > 2_958_465) return undefined;
      return fromDayNumber(serial - 25569);
    }
    case 'text-month': {
      const dayFirst = /^(\d{1,2})(?:st|nd|rd|th|er)?[\s\-.]+(?:de\s+)?([\p{L}.]+)[\s\-.,]+(?:de\s+)?(\d{2,4})$/u.exec(
        value,
      );
      const monthFirst = /^([\p{L}.]+)[\s\-.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-.]+(\d{2,4})$/u.exec(value);
      const parts = dayFirst
        ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] }
        : monthFirst
          ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3] }
          : undefined;
      if (!parts) return undefined;
      const month = MONTHS[fold(parts.month as string).replace(/\.$/, '')];
      return month ? checked(fullYear(parts.year as string), month, Number(parts.day)) : undefined;
    }
    default: {
      const match = NUMERIC.exec(value);
      if (!match) return undefined;
      const [a, b, c] = [match[1] as string, match[2] as string, match[3] as string];
      if (format === 'ymd') return a.length === 4 ? checked(Number(a), Number(b), Number(c)) : undefined;
      if (a.length > 2 || (c.length !== 4 && c.length !== 2)) return undefined;
      return format === 'dmy' ? checked(fullYear(c), Number(b), Number(a)) : checked(fullYear(c), Number(a), Number(b));
    }
  }
}

export type DateDetection = {
  format: DateFormat;
  /** Values of the column that fit no format: each such row will be refused with its reason. */
  unreadable: number;
  /** True when day-first and month-first both fit every value: the user should check. */
  ambiguous: boolean;
  /** A value from the column and the date it was read as, to show in the preview. */
  example?: { text: string; date: IsoDate };
};

/** The format that reads the most values of a column; ties go to the order of DATE_FORMATS. */
export function detectDateFormat(values: readonly string[]): DateDetection {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  let best: DateFormat = 'iso';
  let bestCount = -1;
  const counts = {} as Record<DateFormat, number>;
  for (const format of DATE_FORMATS) {
    counts[format] = filled.filter((v) => parseDate(v, format) !== undefined).length;
    if (counts[format] > bestCount) {
      best = format;
      bestCount = counts[format];
    }
  }
  const sample = filled.find((v) => parseDate(v, best) !== undefined);
  return {
    format: best,
    unreadable: filled.length - Math.max(0, bestCount),
    ambiguous: (best === 'dmy' || best === 'mdy') && counts.dmy === counts.mdy,
    ...(sample ? { example: { text: sample, date: parseDate(sample, best) as IsoDate } } : {}),
  };
}
