import { IntlMessageFormat } from 'intl-messageformat';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import english from './messages/en.json';
import spanish from './messages/es.json';
import { englishText, RepositoryError } from './repository-error';
import { DISK_FULL_MESSAGE, DiskFullError, isQuotaExceeded } from './write-errors';

const DB = import.meta.dirname;
const ENGLISH: Record<string, string> = english;
const SPANISH: Record<string, string> = spanish;

/** The non-test TypeScript sources of the db folder and its sub-folders. */
function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' ? [] : sources(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [{ path, text: readFileSync(path, 'utf8') }];
  });
}

const REPOSITORIES = sources(resolve(DB, 'repositories'));
const THROWN = [
  ...new Set(
    REPOSITORIES.flatMap(({ text }) => [...text.matchAll(/new RepositoryError\(\s*'([^']+)'/g)].map((m) => m[1]!)),
  ),
];

describe('RepositoryError', () => {
  it('says the English sentence, and carries its message id and values', () => {
    const error = new RepositoryError('db.term.notFound', { id: 't-p05-2017' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RepositoryError');
    expect(error.message).toBe('No term with id t-p05-2017.');
    expect(error.messageId).toBe('db.term.notFound');
    expect(error.values).toEqual({ id: 't-p05-2017' });
    expect(new RepositoryError('db.merge.samePerson').message).toBe('Choose two different people to merge.');
  });

  it('keeps apostrophes, quotes and plurals as the English always said them', () => {
    expect(new RepositoryError('db.term.endOutsideTerm', { start: '2017-08-25', end: '2021-08-24' }).message).toBe(
      "The early end must fall between the term's start (2017-08-25) and its planned end (2021-08-24).",
    );
    expect(new RepositoryError('db.action.noneInFocusArea', { name: 'Advocacy' }).message).toBe(
      'No activity is filed under the focus area "Advocacy".',
    );
    expect(new RepositoryError('db.spreadsheetImport.stale', { count: 2, id: 'p01' }).message).toBe(
      '2 of the records to import changed since the preview (p01); nothing was imported. Preview the file again.',
    );
    expect(new RepositoryError('db.election.finalisedMeanwhile', { cycle: '2021' }).message).toBe(
      'The 2021 election was finalised meanwhile.',
    );
  });

  it('refuses a message id the English catalogue lacks', () => {
    expect(() => new RepositoryError('db.no.such.message')).toThrow(/db\.no\.such\.message/);
  });

  it('a full disk is a RepositoryError with the sentence the screens and e2e tests expect', () => {
    const error = new DiskFullError(new DOMException('quota', 'QuotaExceededError'));
    expect(error).toBeInstanceOf(RepositoryError);
    expect(error.name).toBe('DiskFullError');
    expect(error.messageId).toBe('db.diskFull');
    expect(error.message).toBe(DISK_FULL_MESSAGE);
    expect(DISK_FULL_MESSAGE).toBe(
      'The disk is full: nothing was saved. Free some space on this computer (or delete old backups), then try again.',
    );
    expect(englishText('db.diskFull')).toBe(DISK_FULL_MESSAGE);
    expect(isQuotaExceeded(error)).toBe(true);
  });
});

describe('the db catalogue', () => {
  it('has every message id the repositories throw', () => {
    expect(THROWN.length).toBeGreaterThan(30);
    expect(THROWN.filter((id) => !(id in ENGLISH))).toEqual([]);
  });

  it('uses every message it has (no stale sentence left behind)', () => {
    const used = new Set(sources(DB).flatMap(({ text }) => [...text.matchAll(/'(db\.[\w.]+)'/g)].map((m) => m[1]!)));
    expect(Object.keys(ENGLISH).filter((id) => !used.has(id))).toEqual([]);
  });

  it('leaves no repository throwing a bare English Error', () => {
    const bare = REPOSITORIES.filter(({ text }) => /throw new Error\(/.test(text)).map(({ path }) => path);
    expect(bare).toEqual([]);
  });

  it('formats a RepositoryError in Spanish from its id and values', () => {
    const spanishOf = (error: RepositoryError) =>
      String(new IntlMessageFormat(SPANISH[error.messageId]!, 'es').format(error.values));
    expect(spanishOf(new RepositoryError('db.term.notFound', { id: 't1' }))).toBe(
      'No hay ningún mandato con el identificador t1.',
    );
    expect(spanishOf(new RepositoryError('db.inactivity.deemFuture', { on: '2021-06-25', today: '2021-06-22' }))).toBe(
      'No se puede considerar que un miembro ha renunciado en una fecha futura (2021-06-25; hoy es 2021-06-22).',
    );
    expect(spanishOf(new RepositoryError('db.spreadsheetImport.stale', { count: 1, id: 'p01' }))).toMatch(
      /^1 de los registros por importar cambió desde la vista previa \(p01\)/,
    );
    expect(spanishOf(new DiskFullError())).toBe(
      'El disco está lleno: no se guardó nada. Libere espacio en este equipo (o elimine copias de seguridad antiguas) e inténtelo de nuevo.',
    );
  });
});
