import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../contracts/common/locale';

// The server reads the same cookie to answer error messages in the chosen language.
const COOKIE_NAME = 'xw_locale';
const STORAGE_KEY = 'xw_locale';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

function isLocale(value: string | null | undefined): value is Locale {
  return LOCALES.some((l) => l === value);
}

function readCookie(): string | null {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${COOKIE_NAME}=`));
  return entry ? decodeURIComponent(entry.slice(COOKIE_NAME.length + 1)) : null;
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The stored language choice; Chinese unless the user picked English, whatever the browser's language. */
export function readLocalePreference(): Locale {
  const stored = readStorage();
  if (isLocale(stored)) return stored;
  const cookie = readCookie();
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}

/** Stores the language choice in the cookie the server reads and in localStorage. */
export function saveLocalePreference(locale: Locale): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from Firefox and older office browsers.
  document.cookie = `${COOKIE_NAME}=${encodeURIComponent(locale)}; path=/; max-age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private modes may refuse storage; the cookie still carries the choice.
  }
}
