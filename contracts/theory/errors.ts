import type { ErrorSpec } from '../common/errors';

/** Error codes of theory study with status and message. */
export const THEORY_ERRORS = {
  THEORY_GROUP_NAME_TAKEN: {
    status: 409,
    message: { 'zh-CN': '本单位已有名为“{name}”的理论学习中心组', en: 'This org already has a study group named “{name}”' },
  },
  THEORY_GROUP_VERSION_CONFLICT: {
    status: 409,
    message: {
      'zh-CN': '该中心组已被他人修改（当前版本 {current}），请刷新后再改',
      en: 'Someone else changed this study group (now version {current}); reload and try again',
    },
  },
  THEORY_GROUP_INACTIVE: {
    status: 409,
    message: { 'zh-CN': '该中心组已停用，不能再修改成员和计划', en: 'This study group is inactive; its members and plans cannot change' },
  },
  THEORY_MEMBER_NOT_FOUND: { status: 404, message: { 'zh-CN': '该中心组没有这名成员', en: 'This study group has no such member' } },
  THEORY_MEMBER_USER_OUT_OF_SCOPE: {
    status: 400,
    message: { 'zh-CN': '关联的账号不在您的数据范围内', en: 'The linked account is outside your scope' },
  },
  THEORY_LEVEL_REPEATED: { status: 400, message: { 'zh-CN': '“{level}”出现了不止一次', en: '“{level}” appears more than once' } },
  THEORY_PLAN_MONTH_REPEATED: { status: 400, message: { 'zh-CN': '{month} 月出现了不止一次', en: 'Month {month} appears more than once' } },
  THEORY_NOT_A_SESSION: {
    status: 400,
    message: { 'zh-CN': '该记录不是中心组学习，或未选择中心组', en: 'This record is not a study group session, or names no study group' },
  },
  THEORY_NOT_A_MEMBER: {
    status: 400,
    message: { 'zh-CN': '“{member}”不是该中心组的成员，不能登记出勤', en: '“{member}” is not a member of this study group; attendance is for members' },
  },
  THEORY_ABSENCE_REASON: { status: 400, message: { 'zh-CN': '缺席须写明原因', en: 'An absence needs its reason' } },
  THEORY_ABSENT_SPEAKER: { status: 400, message: { 'zh-CN': '缺席的成员不能登记为研讨发言', en: 'An absent member cannot be recorded as speaking' } },
  THEORY_MEMBER_REPEATED: { status: 400, message: { 'zh-CN': '同一成员出现了不止一次', en: 'A member appears more than once' } },
  THEORY_AGENDA_DEADLINE_PAST: {
    status: 400,
    message: {
      'zh-CN': '按工作日计算，学习期限将是 {dueOn}，已经过去；请调整发布日期或期限',
      en: 'Counted in working days the deadline would be {dueOn}, which has passed; change the issue date or the deadline',
    },
  },
  THEORY_AGENDA_DELIVERED_LATER: {
    status: 400,
    message: { 'zh-CN': '讲话（指示）日期不能晚于发布日期', en: 'The speech or instruction cannot be dated after the item is issued' },
  },
  THEORY_AGENDA_VERSION_CONFLICT: {
    status: 409,
    message: {
      'zh-CN': '该“第一议题”已被他人修改（当前版本 {current}），请刷新后再改',
      en: 'Someone else changed this first-agenda item (now version {current}); reload and try again',
    },
  },
  THEORY_AGENDA_WITHDRAWN: { status: 409, message: { 'zh-CN': '该“第一议题”已撤回，不能再修改', en: 'This first-agenda item was withdrawn and cannot change' } },
} as const satisfies Record<string, ErrorSpec>;
