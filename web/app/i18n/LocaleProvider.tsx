import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { Locale } from '../../../contracts/common/locale';
import { LocaleContext } from './locale-context';
import { readLocalePreference, saveLocalePreference } from './locale-preference';

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

// dayjs is global: switched before the render that uses it, not in an effect after.
function applyDayjsLocale(locale: Locale): Locale {
  dayjs.locale(DAYJS_LOCALE[locale]);
  return locale;
}

/** Holds the UI language and keeps dayjs, <html lang> and the stored preference in step with it. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => applyDayjsLocale(readLocalePreference()));

  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    // Written on first load too, so the server answers in the UI's language before any switch.
    saveLocalePreference(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => setLocaleState(applyDayjsLocale(next)), []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
