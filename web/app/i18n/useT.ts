import { useCallback } from 'react';
import { formatMessage, type Locale } from '../../../contracts/common/locale';
import { en } from './en';
import { useLocale } from './locale-context';
import { type MessageKey, zhCN } from './zh-CN';

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** Translates a message key, filling `{name}` placeholders from params. */
export type Translate = (key: MessageKey, params?: Record<string, unknown>) => string;

/** The translate function of the current UI language. */
export function useT(): Translate {
  const { locale } = useLocale();
  return useCallback((key, params) => formatMessage(DICTIONARIES[locale][key], params), [locale]);
}
