import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { SHARED_LOCALES, translate, type SharedLocale } from '@shared/i18n/translate';
import type { Finding } from '@shared/rules/findings';

/** A finding's sentence in the reader's language; every screen that shows findings goes through it. */
export function useFindingText(): (finding: Finding) => string {
  const { locale } = useIntl();
  return useCallback(
    (finding: Finding) => {
      const language = (SHARED_LOCALES as readonly string[]).includes(locale) ? (locale as SharedLocale) : 'en';
      return language === 'en'
        ? finding.message
        : translate(language, { id: finding.messageId, values: finding.values }, { isolateValues: language === 'ar' });
    },
    [locale],
  );
}
