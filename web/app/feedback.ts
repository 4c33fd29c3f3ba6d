import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client';
import { type Translate, useT } from './i18n/useT';

/** The text to show for any error: the server's own message, or ours when there was no usable answer. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === 'CLIENT_NETWORK') return t('error.network');
    if (error.isClientSide) return t('error.unexpected', { status: error.status });
    return error.message;
  }
  return t('error.unknown');
}

/** A function that turns an error into display text in the current language. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  return useCallback((error: unknown) => errorText(error, t), [t]);
}

/** A function that shows an error as a message toast; a 401 is left to the session handler, which already told the user. */
export function useNotifyError(): (error: unknown) => void {
  const t = useT();
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && (error.status === 401 || error.code === 'COMMON_PASSWORD_CHANGE_REQUIRED')) return;
      void message.error(errorText(error, t));
    },
    [message, t],
  );
}
