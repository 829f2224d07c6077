import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';

const SRC = resolve(import.meta.dirname, '..');

function catalogueFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    return entry.name === 'messages' ? [path] : catalogueFolders(path);
  });
}

const read = (folder: string, locale: string): Record<string, string> | undefined => {
  try {
    return JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8'));
  } catch {
    return undefined;
  }
};

/** The argument names a message uses, so a translation cannot drop or rename one. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const folders = catalogueFolders(SRC);

describe('message catalogues', () => {
  it('exist', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  describe.each(folders.map((f) => [relative(SRC, f), f]))('%s', (_name, folder) => {
    const english = read(folder, 'en') ?? {};

    it.each(LOCALES.filter((l) => l !== 'en'))(
      '%s has every message English has, with the same arguments',
      (locale) => {
        const translated = read(folder, locale) ?? {};
        expect(Object.keys(english).filter((key) => !(key in translated))).toEqual([]);
        expect(Object.keys(translated).filter((key) => !(key in english))).toEqual([]);
        for (const [key, text] of Object.entries(translated)) {
          expect([...argumentsOf(parse(text))].sort(), `${locale} ${key}`).toEqual(
            [...argumentsOf(parse(english[key] ?? ''))].sort(),
          );
        }
      },
    );

    it('English messages are valid ICU', () => {
      for (const [key, text] of Object.entries(english)) expect(() => parse(text), key).not.toThrow();
    });
  });
});
