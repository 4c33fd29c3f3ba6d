import type { ErrorSpec } from '../common/errors';

/** Error codes of the reports module with status and message. */
export const REPORTS_ERRORS = {
  REPORTS_TEMPLATE_INVALID: {
    status: 400,
    message: { 'zh-CN': '模板有 {count} 处错误，首处：{first}', en: 'The template has {count} problem(s); the first: {first}' },
  },
  REPORTS_TEMPLATE_CHANGED: {
    status: 409,
    message: {
      'zh-CN': '模板已被他人保存为第 {current} 版，请刷新后在新版本上修改',
      en: 'Someone saved version {current} of this template meanwhile; reload and edit that version',
    },
  },
  REPORTS_JOB_NOT_DONE: { status: 409, message: { 'zh-CN': '报告尚未生成完成', en: 'The report is not ready yet' } },
  REPORTS_JOB_FAILED: { status: 409, message: { 'zh-CN': '报告生成失败：{error}', en: 'The report could not be generated: {error}' } },
} as const satisfies Record<string, ErrorSpec>;
