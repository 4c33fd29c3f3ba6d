import type { ErrorSpec } from '../common/errors';

/** Error codes of the working-day calendar with status and message. */
export const CALENDAR_ERRORS = {
  CALENDAR_HOLIDAY_ON_WEEKEND: {
    status: 400,
    message: {
      'zh-CN': '{date} 是周末，本来就休息，不能设为节假日；只有周一至周五可以设为节假日',
      en: '{date} falls on a weekend and is a rest day already; only a weekday can be made a holiday',
    },
  },
  CALENDAR_WORKDAY_ON_WEEKDAY: {
    status: 400,
    message: {
      'zh-CN': '{date} 是工作日，不能设为调休上班；只有周六、周日可以设为调休上班',
      en: '{date} is a weekday; only a Saturday or Sunday can be made a worked day',
    },
  },
  CALENDAR_OUTSIDE_YEAR: { status: 400, message: { 'zh-CN': '{date} 不在 {year} 年内', en: '{date} is not in {year}' } },
  CALENDAR_CITY_ONLY: {
    status: 403,
    message: {
      'zh-CN': '工作日历由全市统一维护，只有数据范围覆盖全市的管理员可以修改',
      en: 'The calendar is kept for the whole city; only an admin whose scope covers the city can change it',
    },
  },
  CALENDAR_DUPLICATE_DAY: { status: 400, message: { 'zh-CN': '{date} 重复出现', en: '{date} appears more than once' } },
} as const satisfies Record<string, ErrorSpec>;
