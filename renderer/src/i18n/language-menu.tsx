import { FormattedMessage } from 'react-intl';
import { LOCALES, LOCALE_NAMES, type Locale } from './locales';
import { useLocaleStore } from './locale-store';

/** Languages are listed by their own names, so anyone can find theirs whatever is shown now. */
export function LanguageMenu() {
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  return (
    <label className="header-field">
      <FormattedMessage id="app.language" />
      <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
