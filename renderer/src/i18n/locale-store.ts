import { create } from 'zustand';
import { DEFAULT_LOCALE, LOCALES, preferredLocale, type Locale } from './locales';

const STORAGE_KEY = 'tenure.locale';

/** The language choice is a preference of this computer's user, not committee data: it lives in localStorage. */
function initialLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  return typeof navigator === 'undefined'
    ? DEFAULT_LOCALE
    : preferredLocale(navigator.languages ?? [navigator.language]);
}

export const useLocaleStore = create<{ locale: Locale; setLocale: (locale: Locale) => void }>()((set) => ({
  locale: initialLocale(),
  setLocale: (locale) => {
    localStorage.setItem(STORAGE_KEY, locale);
    set({ locale });
  },
}));
