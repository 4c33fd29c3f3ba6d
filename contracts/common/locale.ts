/** The UI and message locales; zh-CN is the default. */
export const LOCALES = ['zh-CN', 'en'] as const;
/** One of LOCALES. */
export type Locale = (typeof LOCALES)[number];
/** The locale used when a request names none. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A text in every locale. */
export type Localized = Record<Locale, string>;

/** Picks the best supported locale from an Accept-Language header or a stored preference. */
export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

/** Fills `{name}` placeholders of a message with params. */
export function formatMessage(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
