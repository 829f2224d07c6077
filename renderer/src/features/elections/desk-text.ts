import { Children, createElement, useMemo, type ReactNode } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { IsoDate } from '@shared/domain/dates';

/**
 * A sentence the pure helpers of the desk hand to the screen: a message id of the `elections.`
 * catalogue and its values. Dates stay ISO and names stay data until the sentence is shown, so
 * each language formats them its own way (and names are isolated for right-to-left text).
 */
export type DeskText = { id: string; values?: Record<string, DeskValue> };
export type DeskValue =
  string | number | { date: IsoDate } | { person: string } | { list: readonly string[] } | DeskText;

export function deskText(id: string, values?: Record<string, DeskValue>): DeskText {
  return values ? { id, values } : { id };
}

/** A calendar date, shown in the reader's format. */
export const isoDate = (date: IsoDate): { date: IsoDate } => ({ date });
/** A person's name, shown as it is written, isolated from the sentence's direction. */
export const personName = (name: string): { person: string } => ({ person: name });
/** Items shown as a plain list, "2013–2017, 2017–2021", with the reader's separators. */
export const plainList = (items: readonly string[]): { list: readonly string[] } => ({ list: items });

/** A calendar date in the reader's language, in UTC so it never shifts by a day (as `useFormat().date`). */
export function formatIsoDate(intl: IntlShape, iso: IsoDate): string {
  return intl.formatDate(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
}

/** Names (or any items) as a plain list: "A, B, C" in English, with each language's separators. */
export function formatPlainList(intl: IntlShape, items: readonly string[]): string {
  return intl.formatList(items, { type: 'unit', style: 'short' }) as string;
}

function plainValue(intl: IntlShape, value: DeskValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) return formatIsoDate(intl, value.date);
  if ('person' in value) return value.person;
  if ('list' in value) return formatPlainList(intl, value.list);
  return formatDeskText(intl, value);
}

/** The sentence as plain text: for labels, options and anything that cannot hold markup. */
export function formatDeskText(intl: IntlShape, text: DeskText): string {
  const values = Object.fromEntries(Object.entries(text.values ?? {}).map(([k, v]) => [k, plainValue(intl, v)]));
  return intl.formatMessage({ id: text.id }, values);
}

function nodeValue(intl: IntlShape, value: DeskValue): ReactNode {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) return formatIsoDate(intl, value.date);
  if ('person' in value) return createElement('bdi', null, value.person);
  if ('list' in value) return formatPlainList(intl, value.list);
  return formatDeskNode(intl, value);
}

/** The sentence for the page: names inside it wrapped in `<bdi>`. */
export function formatDeskNode(intl: IntlShape, text: DeskText): ReactNode {
  const values = Object.entries(text.values ?? {});
  if (!values.some(([, v]) => typeof v === 'object' && ('person' in v || 'id' in v))) return formatDeskText(intl, text);
  return intl.formatMessage({ id: text.id }, Object.fromEntries(values.map(([k, v]) => [k, nodeValue(intl, v)])));
}

/**
 * Names as a list for the page, each isolated in `<bdi>`: "A and B" (`and`) or "A, B, C"
 * (`plain`), with the reader's conjunction and separators.
 */
export function formatNameList(intl: IntlShape, names: readonly string[], style: 'and' | 'plain'): ReactNode {
  const items = names.map((name) => createElement('bdi', null, name));
  const options =
    style === 'and' ? { type: 'conjunction' as const } : { type: 'unit' as const, style: 'short' as const };
  return Children.toArray(intl.formatList(items, options));
}

/** The desk's sentences in the reader's language: `text` for attributes, `node` for the page. */
export function useDeskText() {
  const intl = useIntl();
  return useMemo(
    () => ({
      text: (t: DeskText) => formatDeskText(intl, t),
      node: (t: DeskText) => formatDeskNode(intl, t),
      date: (iso: IsoDate) => formatIsoDate(intl, iso),
      plainList: (items: readonly string[]) => formatPlainList(intl, items),
      names: (names: readonly string[], style: 'and' | 'plain' = 'plain') => formatNameList(intl, names, style),
    }),
    [intl],
  );
}
