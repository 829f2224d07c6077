import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import cliAr from './messages/cli.ar.json';
import cliEn from './messages/cli.en.json';
import cliEs from './messages/cli.es.json';
import cliFr from './messages/cli.fr.json';
import engineAr from './messages/ar.json';
import engineEn from './messages/en.json';
import engineEs from './messages/es.json';
import engineFr from './messages/fr.json';
import { SHARED_LOCALES, translate, type MessageValues, type SharedLocale } from './translate';

const en: Record<string, string> = { ...engineEn, ...cliEn };
const CATALOGUES: Record<SharedLocale, Record<string, string>> = {
  en,
  es: { ...engineEs, ...cliEs },
  fr: { ...engineFr, ...cliFr },
  ar: { ...engineAr, ...cliAr },
};

/** Each argument a message uses, with the kind of value it needs (a number for plural and selectordinal). */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, 'number' | 'text'>()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    const numeric = element.type === TYPE.plural || element.type === TYPE.number;
    if (numeric || !into.has(element.value)) into.set(element.value, numeric ? 'number' : 'text');
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const names = (text: string) => [...argumentsOf(parse(text)).keys()].sort();

describe('shared message catalogues', () => {
  it('English messages are valid ICU', () => {
    for (const [key, text] of Object.entries(en)) expect(() => parse(text), key).not.toThrow();
  });

  it.each(SHARED_LOCALES.filter((l) => l !== 'en'))(
    '%s has every message English has, with the same arguments, and no other',
    (locale) => {
      const translated = CATALOGUES[locale];
      expect(Object.keys(en).filter((key) => !(key in translated))).toEqual([]);
      expect(Object.keys(translated).filter((key) => !(key in en))).toEqual([]);
      for (const [key, text] of Object.entries(translated)) {
        expect(names(text), `${locale} ${key}`).toEqual(names(en[key] as string));
      }
    },
  );

  it.each(SHARED_LOCALES)('translate finds and formats every message in %s', (locale) => {
    const keys = Object.keys(en);
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      const text = CATALOGUES[locale][key];
      expect(text, `${locale} ${key}`).toBeTypeOf('string');
      const values: MessageValues = {};
      for (const [name, kind] of argumentsOf(parse(text as string))) values[name] = kind === 'number' ? 2 : 'x';
      const formatted = translate(locale, { id: key, values });
      expect(formatted, `${locale} ${key}`).not.toBe('');
      expect(formatted, `${locale} ${key}`).not.toMatch(/[{}]/);
    }
  });
});
