import { createContext, useContext } from 'react';
import type { Locale } from '../../../contracts/common/locale';

/** The current UI language and the way to change it. */
export interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

/** Filled by LocaleProvider. */
export const LocaleContext = createContext<LocaleState | null>(null);

/** The current UI language. */
export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale needs LocaleProvider');
  return state;
}
