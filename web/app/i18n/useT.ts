import { useCallback } from 'react';
import { formatMessage } from '../../../contracts/common/locale';
import { useLocale } from './locale-context';
import { DICTIONARIES, type MessageKey } from './messages';

/** Translates a message key, filling `{name}` placeholders from params. */
export type Translate = (key: MessageKey, params?: Record<string, unknown>) => string;

/** The translate function of the current UI language. */
export function useT(): Translate {
  const { locale } = useLocale();
  return useCallback((key, params) => formatMessage(DICTIONARIES[locale][key], params), [locale]);
}
