import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import arabic from '../db/messages/ar.json';
import english from '../db/messages/en.json';
import french from '../db/messages/fr.json';
import spanish from '../db/messages/es.json';
import { RepositoryError } from '../db/repository-error';
import { DISK_FULL_MESSAGE, DiskFullError } from '../db/write-errors';
import { useErrorText } from './use-error-text';

const CATALOGUES: Record<string, Record<string, string>> = { en: english, es: spanish, fr: french, ar: arabic };

function Probe({ error, onText }: { error: unknown; onText: (text: string) => void }) {
  onText(useErrorText()(error));
  return null;
}

/** What `useErrorText` says for `error` in `locale`, with the db catalogue over English (as the app loads it). */
function textOf(locale: string, error: unknown): string {
  let text = '';
  renderToStaticMarkup(
    <IntlProvider locale={locale} defaultLocale="en" messages={{ ...english, ...CATALOGUES[locale] }}>
      <Probe error={error} onText={(t) => (text = t)} />
    </IntlProvider>,
  );
  return text;
}

describe('useErrorText', () => {
  it('says a repository error in the reader’s language, and in English as its message', () => {
    const error = new RepositoryError('db.meeting.notFound', { id: 'm1' });
    expect(textOf('en', error)).toBe('No meeting with id m1.');
    expect(textOf('es', error)).toBe('No hay ninguna reunión con el identificador m1.');
    expect(textOf('fr', error)).toBe('Aucune réunion avec l’identifiant m1.');
    expect(textOf('ar', error)).toBe('لا يوجد اجتماع بالمعرّف \u2068m1\u2069.');
  });

  it('says a full disk in the reader’s language, however the browser reported it', () => {
    expect(textOf('en', new DiskFullError())).toBe(DISK_FULL_MESSAGE);
    expect(textOf('fr', new DiskFullError())).toMatch(/^Le disque est plein/);
    expect(textOf('es', new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toMatch(
      /^El disco está lleno/,
    );
  });

  it('falls back to the error’s own message, or the value itself', () => {
    expect(textOf('es', new Error('The file is not JSON.'))).toBe('The file is not JSON.');
    expect(textOf('es', 'offline')).toBe('offline');
  });
});
