import { formatMessage, type Locale, type Localized } from '../common/locale';
import type { FigureMissingReason } from './report.schemas';
import type { TemplateProblem, TemplateProblemCode } from './template-grammar';

/** What each template problem means, in both locales; {name} and {expected} come from the problem. */
export const TEMPLATE_PROBLEM_MESSAGES: Record<TemplateProblemCode, Localized> = {
  EMPTY_TEMPLATE: { 'zh-CN': '模板是空的：至少需要标题和一段正文', en: 'The template is empty: it needs a title and at least one paragraph' },
  TOO_LONG: { 'zh-CN': '模板过长（不能超过 10 万字）', en: 'The template is too long (100,000 characters at most)' },
  NO_TITLE: { 'zh-CN': '第一行应为标题（以“= ”开头）', en: 'The first line must be the title (starting with “= ”)' },
  TITLE_NOT_FIRST: { 'zh-CN': '标题只能有一个，且必须在最前面', en: 'There is one title and it comes first' },
  EMPTY_HEADING: { 'zh-CN': '标题内容为空', en: 'The heading is empty' },
  SUBHEADING_OUTSIDE_PART: { 'zh-CN': '二级标题（## ）须在某个一级标题（# ）之下', en: 'A sub-heading (## ) must follow a part heading (# )' },
  UNCLOSED_BRACE: { 'zh-CN': '“{”没有对应的“}”', en: 'This “{” is never closed by “}”' },
  UNOPENED_BRACE: { 'zh-CN': '“}”前面没有对应的“{”', en: 'This “}” has no “{” before it' },
  EMPTY_PLACEHOLDER: { 'zh-CN': '“{}”中没有写数据项名称', en: 'The placeholder “{}” names no figure' },
  BAD_PLACEHOLDER: {
    'zh-CN': '占位符“{{name}}”格式有误，应为 {名称} 或 {名称|样式}',
    en: 'The placeholder “{{name}}” is malformed; write {name} or {name|style}',
  },
  UNKNOWN_FIGURE: { 'zh-CN': '没有名为“{name}”的数据项', en: 'There is no figure named “{name}”' },
  UNKNOWN_STYLE: { 'zh-CN': '没有名为“{name}”的表述样式', en: 'There is no phrase style named “{name}”' },
  STYLE_NOT_ALLOWED: { 'zh-CN': '“{name}”：该数据项不能使用这种表述样式', en: '“{name}”: this figure cannot be worded in that style' },
  STYLE_CONFLICT: {
    'zh-CN': '数据项“{name}”前文已用“{expected}”样式表述，同一报告中应保持一致',
    en: 'Figure “{name}” is worded as “{expected}” earlier; one figure reads the same way throughout a report',
  },
};

/** A problem as a sentence with its place: "第3行第5列：没有名为“x”的数据项". */
export function describeProblem(p: TemplateProblem, locale: Locale): string {
  const what = formatMessage(TEMPLATE_PROBLEM_MESSAGES[p.code][locale], { name: p.name ?? '', expected: p.expected ?? '' });
  return locale === 'zh-CN' ? `第${p.line}行第${p.column}列：${what}` : `Line ${p.line}, column ${p.column}: ${what}`;
}

/** Why a figure is missing, as a report warning says it; {label} names the figure. */
export const FIGURE_MISSING_MESSAGES: Record<FigureMissingReason, Localized> = {
  no_provider: {
    'zh-CN': '“{label}”尚无业务模块提供数据，预览中已标出，Word 文档略去所在句子',
    en: '“{label}” has no module providing it yet; it is marked in the preview and its sentence is left out of the Word file',
  },
  no_records: {
    'zh-CN': '“{label}”在本期间没有已审核的记录，预览中已标出，Word 文档略去所在句子',
    en: '“{label}” has no approved records in this period; it is marked in the preview and its sentence is left out of the Word file',
  },
  zero_denominator: {
    'zh-CN': '“{label}”的基数为零，无法计算比例，Word 文档略去所在句子',
    en: '“{label}” has a zero base, so no share can be given; its sentence is left out of the Word file',
  },
  minimum_not_met: {
    'zh-CN': '“{label}”在本期间并非每年都达到年度下限，不能写作“以上”，预览中已标出，Word 文档略去所在句子',
    en: '“{label}” did not reach its yearly minimum in every year of the period, so it cannot be stated as “at least”; its sentence is left out of the Word file',
  },
  no_previous: {
    'zh-CN': '“{label}”上一期间没有数据，无法比较增减，Word 文档略去所在句子',
    en: '“{label}” has no figure for the previous period to compare with; its sentence is left out of the Word file',
  },
};

/** The warning of a period with no approved records at all. */
export const NO_DATA_MESSAGE: Localized = {
  'zh-CN': '{org}{period}没有已审核的工作记录，报告中的统计数据均无法生成',
  en: '{org} has no approved records for {period}; none of the report’s counted figures can be stated',
};
