import { Segmented } from 'antd';
import type { Locale } from '../../../contracts/common/locale';
import { useLocale } from '../i18n/locale-context';

const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** 中文 / English switch; the choice is kept in the xw_locale cookie and in localStorage. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { locale, setLocale } = useLocale();
  return <Segmented<Locale> size={size} options={OPTIONS} value={locale} onChange={setLocale} data-testid="language-switch" />;
}
