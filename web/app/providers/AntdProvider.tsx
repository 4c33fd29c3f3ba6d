import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import type { Locale } from '../../../contracts/common/locale';
import { useLocale } from '../i18n/locale-context';
import { theme } from './theme';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } satisfies Record<Locale, typeof zhCN>;

/** antd in the current language and theme; AntdApp gives message and modal the same context. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
