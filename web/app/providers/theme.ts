import type { ThemeConfig } from 'antd';

/** Brand red of the header bar; buttons keep a blue primary so that red stays for danger. */
export const BRAND_RED = '#a61b1f';

/** The antd theme: CJK-first fonts and a slightly denser, squarer office look. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1b5fb5',
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: BRAND_RED, headerPadding: '0 16px', headerHeight: 56, siderBg: '#ffffff' },
  },
};
