import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { isDesktop, platform } from '../platform/bridge';
import { ENGLISH, loadMessages, type Messages } from './catalogues';
import { directionOf, type Locale } from './locales';
import { useLocaleStore } from './locale-store';

/**
 * Formats every message, date and number in the chosen language, and sets the page's `lang` and
 * `dir` so Arabic lays out right to left (the CSS uses logical properties).
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useLocaleStore((s) => s.locale);
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages }>({ locale: 'en', messages: ENGLISH });

  useEffect(() => {
    let current = true;
    void loadMessages(locale).then((messages) => {
      if (current) setLoaded({ locale, messages });
    });
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    document.documentElement.lang = loaded.locale;
    document.documentElement.dir = directionOf(loaded.locale);
    // The desktop shell's native menu and About box follow the page's language; a failure there
    // leaves them in the language they had, which is no reason to trouble the page.
    if (isDesktop())
      void platform()
        .localeSet({ locale: loaded.locale })
        .catch(() => undefined);
  }, [loaded.locale]);

  return (
    <IntlProvider locale={loaded.locale} defaultLocale="en" messages={loaded.messages}>
      {children}
    </IntlProvider>
  );
}
