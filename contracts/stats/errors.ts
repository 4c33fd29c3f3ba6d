import type { ErrorSpec } from '../common/errors';

/** Error codes of the stats module with status and message. */
export const STATS_ERRORS = {
  STATS_UNKNOWN_MEASURE: { status: 400, message: { 'zh-CN': '没有名为“{measure}”的统计指标', en: 'There is no measure named “{measure}”' } },
  STATS_BAD_RANGE: { status: 400, message: { 'zh-CN': '开始日期 {from} 晚于结束日期 {to}', en: 'The start date {from} is after the end date {to}' } },
  STATS_TOO_MANY_PERIODS: {
    status: 400,
    message: {
      'zh-CN': '所选时间段包含 {count} 个统计周期，超过上限 {max} 个，请选择更大的时间粒度',
      en: 'The range holds {count} periods, more than the {max} allowed; choose a coarser grain',
    },
  },
  STATS_BAD_VALUE: {
    status: 400,
    message: {
      'zh-CN': '统计数值须为不小于 0 的数字（指标“{measure}”的值为 {value}）',
      en: 'A figure must be a number of at least 0 (measure “{measure}” has {value})',
    },
  },
  STATS_FACT_DUPLICATE: {
    status: 409,
    message: { 'zh-CN': '该记录的统计数据已计入，不能重复计入', en: 'This record is already counted in the figures and cannot be counted twice' },
  },
  STATS_ORG_NOT_ON_DATE: {
    status: 400,
    message: { 'zh-CN': '单位在 {date} 不在组织架构中，无法计入统计', en: 'The org unit was not part of the tree on {date}, so it cannot be counted' },
  },
  STATS_KIND_FILTER_ON_STOCK: {
    status: 400,
    message: { 'zh-CN': '存量指标“{measure}”不能按单位类别筛选', en: 'The stock measure “{measure}” cannot be filtered by org kind' },
  },
  STATS_UNKNOWN_INDICATOR: { status: 400, message: { 'zh-CN': '没有名为“{code}”的统计指标', en: 'There is no indicator named “{code}”' } },
} as const satisfies Record<string, ErrorSpec>;
