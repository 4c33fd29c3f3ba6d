import type { CSSProperties } from 'react';

// The fonts of GB/T 9704 first, then what a Windows, macOS or Linux desktop has in their place.
const FANGSONG = "'仿宋_GB2312', 'FangSong_GB2312', FangSong, STFangsong, 'Noto Serif CJK SC', 'Noto Serif SC', serif";
const XIAOBIAOSONG = "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Noto Serif SC', SimSun, serif";
const HEITI = "黑体, SimHei, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
const KAITI = "'楷体_GB2312', KaiTi_GB2312, KaiTi, STKaiti, 'Noto Serif CJK SC', serif";

/** The preview of a report as an A4 sheet in the official layout (margins 37/35/28/26 mm, 3号 body). */
export const OFFICIAL: Record<'page' | 'title' | 'heading1' | 'heading2' | 'paragraph' | 'notice', CSSProperties> = {
  page: {
    background: '#fff',
    maxWidth: '210mm',
    minHeight: '297mm',
    margin: '0 auto',
    padding: '37mm 26mm 35mm 28mm',
    boxShadow: '0 2px 12px rgba(0,0,0,0.12)',
    fontFamily: FANGSONG,
    fontSize: '16pt',
    lineHeight: '28.95pt',
    color: '#000',
    textAlign: 'justify',
  },
  title: { fontFamily: XIAOBIAOSONG, fontSize: '22pt', lineHeight: '1.5', textAlign: 'center', fontWeight: 700, margin: '0 0 28.95pt' },
  heading1: { fontFamily: HEITI, textIndent: '2em', margin: 0, fontSize: '16pt', fontWeight: 400 },
  heading2: { fontFamily: KAITI, textIndent: '2em', margin: 0, fontSize: '16pt', fontWeight: 400 },
  paragraph: { textIndent: '2em', margin: 0 },
  notice: { fontFamily: KAITI, textIndent: '2em', margin: 0, color: '#a8071a' },
};

/** A figure that links to its records. */
export const FIGURE_LINK: CSSProperties = {
  color: '#b2000f',
  borderBottom: '1px dotted #b2000f',
  cursor: 'pointer',
  background: 'none',
  border: 'none',
  borderBlockEnd: '1px dotted #b2000f',
  padding: 0,
  font: 'inherit',
};

/** A figure no module or record provides: visibly marked, never filled in. */
export const FIGURE_MISSING: CSSProperties = {
  background: '#fff1f0',
  border: '1px dashed #ff4d4f',
  color: '#cf1322',
  borderRadius: 3,
  padding: '0 3px',
  fontSize: '12pt',
  textIndent: 0,
  cursor: 'help',
};
