import { IntlMessageFormat } from 'intl-messageformat';
import ar from './messages/ar.json';
import cliAr from './messages/cli.ar.json';
import cliEn from './messages/cli.en.json';
import cliEs from './messages/cli.es.json';
import cliFr from './messages/cli.fr.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';

/**
 * Sentences the engine, the CLI and the exports produce, in four languages. A finding carries its
 * message id and language-neutral values (names, dates, numbers, references to other messages),
 * so each reader formats it in their own language; `message` in the JSON stays English.
 */
export const SHARED_LOCALES = ['en', 'es', 'fr', 'ar'] as const;
export type SharedLocale = (typeof SHARED_LOCALES)[number];

export type JoinStyle = 'names' | 'comma' | 'and' | 'semicolonAnd';
export type MessageRef = { id: string; values?: MessageValues };
export type MessageValue = string | number | MessageRef | { join: JoinStyle; items: MessageValue[] };
export type MessageValues = { [name: string]: MessageValue };

/** The engine's and exports' messages, and the command line's (kept apart for whoever edits each). */
const CATALOGUES: Record<SharedLocale, Record<string, string>> = {
  en: { ...en, ...cliEn },
  es: { ...es, ...cliEs },
  fr: { ...fr, ...cliFr },
  ar: { ...ar, ...cliAr },
};
const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: SharedLocale, id: string): IntlMessageFormat {
  const key = `${locale}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    const source = CATALOGUES[locale][id] ?? CATALOGUES.en[id];
    if (source === undefined) throw new Error(`No message ${id}`);
    format = new IntlMessageFormat(source, locale === 'en' ? 'en-GB' : locale);
    compiled.set(key, format);
  }
  return format;
}

export type TranslateOptions = {
  /**
   * Wrap each text value in a first-strong isolate, so a name or a date written left to right
   * keeps its own order inside a right-to-left sentence. For screens; files keep plain text.
   */
  isolateValues?: boolean;
};

function resolve(locale: SharedLocale, value: MessageValue, options: TranslateOptions): string | number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return options.isolateValues ? `\u2068${value}\u2069` : value;
  if ('id' in value) return translate(locale, value, options);
  const items = value.items.map((item) => String(resolve(locale, item, options)));
  if (value.join === 'names') {
    return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(items);
  }
  return items.join(translate(locale, { id: `list.${value.join}` }));
}

export function translate(locale: SharedLocale, message: MessageRef, options: TranslateOptions = {}): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = resolve(locale, value, options);
  return String(compile(locale, message.id).format(values));
}

/** The language of a terminal: LC_ALL, then LC_MESSAGES, then LANG ("fr_FR.UTF-8" → fr); English otherwise. */
export function localeFromEnvironment(env: Record<string, string | undefined>): SharedLocale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const base = value.toLowerCase().split(/[_.@-]/)[0] ?? '';
    return (SHARED_LOCALES as readonly string[]).includes(base) ? (base as SharedLocale) : 'en';
  }
  return 'en';
}

/** The shared locale of a UI language tag ("es", "fr-CA" → fr); English for a language Tenure does not ship. */
export function sharedLocaleOf(tag: string): SharedLocale {
  const base = tag.toLowerCase().split(/[_-]/)[0] ?? '';
  return (SHARED_LOCALES as readonly string[]).includes(base) ? (base as SharedLocale) : 'en';
}
