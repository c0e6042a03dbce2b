import { createContext, useCallback, useContext, useMemo } from 'react';
import { useState, type ReactNode } from 'react';
import {
  defaultLocale,
  isLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageValues,
} from './translate';

const storageKey = 'tierline.locale';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, values?: MessageValues): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  const stored = window.localStorage.getItem(storageKey);
  return isLocale(stored) ? stored : defaultLocale;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);

  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(storageKey, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, values) => translate(locale, key, values),
    }),
    [locale, setLocale],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');

  return i18n;
}

/** The locale the API should answer in, outside React (the API client). */
export function currentLocale(): Locale {
  return storedLocale();
}
