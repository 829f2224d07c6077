import type { Locale } from './locales';

export type Messages = Record<string, string>;

/**
 * Every feature keeps its own catalogue beside it, in `messages/<locale>.json`, with keys
 * prefixed by the feature ("roster.title"). English is bundled; the other languages load when
 * chosen, and any message they lack falls back to English.
 */
const english = import.meta.glob<Messages>('../**/messages/en.json', { eager: true, import: 'default' });
const others = import.meta.glob<Messages>(['../**/messages/*.json', '!../**/messages/en.json'], { import: 'default' });

function merge(parts: readonly Messages[]): Messages {
  return Object.assign({}, ...parts) as Messages;
}

export const ENGLISH: Messages = merge(Object.values(english));

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return ENGLISH;
  const loaders = Object.entries(others).filter(([path]) => path.endsWith(`/messages/${locale}.json`));
  const parts = await Promise.all(loaders.map(([, load]) => load()));
  return { ...ENGLISH, ...merge(parts) };
}
