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
  THEORY_AGENDA_WITHDRAWN: {
    status: 409,
    message: { 'zh-CN': '该“第一议题”已撤回，不能再修改', en: 'This first-agenda item was withdrawn and cannot change' },
  },
  THEORY_NOTHING_TO_CHANGE: { status: 400, message: { 'zh-CN': '请至少修改一项内容', en: 'Change at least one field' } },
  THEORY_TROUPE_NAME_TAKEN: {
    status: 409,
    message: { 'zh-CN': '本单位已有名为“{name}”的宣讲团', en: 'This org already has a troupe named “{name}”' },
  },
  THEORY_LECTURE_VERSION_CONFLICT: {
    status: 409,
    message: {
      'zh-CN': '该条目已被他人修改（当前版本 {current}），请刷新后再改',
      en: 'Someone else changed this entry (now version {current}); reload and try again',
    },
  },
  THEORY_TROUPE_UNAVAILABLE: {
    status: 400,
    message: { 'zh-CN': '所选宣讲团不存在、已停用或不在您的数据范围内', en: 'The troupe does not exist, is inactive, or lies outside your scope' },
  },
  THEORY_LECTURER_UNAVAILABLE: {
    status: 400,
    message: { 'zh-CN': '所选宣讲员不存在、已停用或不在您的数据范围内', en: 'The lecturer does not exist, is inactive, or lies outside your scope' },
  },
  THEORY_TROUPE_OUTSIDE_AREA: {
    status: 400,
    message: {
      'zh-CN': '“{troupe}”属于{owner}，不为{place}宣讲；请选择本县（市、区）或市级的宣讲团',
      en: '“{troupe}” belongs to {owner} and does not lecture in {place}; choose a troupe of this county or of the city',
    },
  },
  THEORY_LECTURER_OUTSIDE_AREA: {
    status: 400,
    message: {
      'zh-CN': '宣讲员“{lecturer}”属于{owner}，不为{place}宣讲',
      en: 'The lecturer “{lecturer}” belongs to {owner} and does not lecture in {place}',
    },
  },
  THEORY_LECTURE_MENU_NOT_OFFERED: {
    status: 400,
    message: {
      'zh-CN': '该宣讲菜单项不存在、已下架，或不向所选地点开放',
      en: 'That menu item does not exist, was taken off, or is not offered to the chosen place',
    },
  },
  THEORY_LECTURE_PLACE: {
    status: 400,
    message: { 'zh-CN': '请选择宣讲所在的村（社区）或乡镇（街道）', en: 'Choose the village, community or township the lecture is wanted in' },
  },
  THEORY_LECTURE_WISHED_PAST: { status: 400, message: { 'zh-CN': '期望日期不能早于今天', en: 'The wished date cannot be before today' } },
  THEORY_LECTURE_TOO_MANY_OPEN: {
    status: 429,
    message: {
      'zh-CN': '该手机号已有 {max} 个尚未完成的点单，请等待办理后再点',
      en: 'This number already has {max} requests in progress; wait for them before ordering more',
    },
  },
  THEORY_LECTURE_CODE_NOT_FOUND: { status: 404, message: { 'zh-CN': '没有找到该查询码对应的点单', en: 'No request has this tracking code' } },
  THEORY_LECTURE_ALREADY_RATED: { status: 409, message: { 'zh-CN': '该宣讲已评价过', en: 'This lecture has been rated already' } },
  THEORY_LECTURE_NOT_DELIVERED: { status: 409, message: { 'zh-CN': '宣讲尚未完成，暂不能评价', en: 'The lecture has not been given yet and cannot be rated' } },
  THEORY_LECTURE_NOT_IN_DISPATCH: {
    status: 409,
    message: { 'zh-CN': '该点单当前为“{status}”，不能派单或退回', en: 'The request is {status}; it cannot be dispatched or refused now' },
  },
  THEORY_LECTURE_CLOSED: { status: 409, message: { 'zh-CN': '该点单已办结', en: 'This request is closed' } },
  THEORY_LECTURE_NOT_YOURS: {
    status: 403,
    message: { 'zh-CN': '该点单不是派给您或您所在宣讲团的', en: 'This request was not dispatched to you or your troupe' },
  },
  THEORY_LECTURE_NOT_ACCEPTED: {
    status: 409,
    message: { 'zh-CN': '该点单尚未由宣讲员接单，不能登记宣讲', en: 'No lecturer has accepted this request yet; the lecture cannot be recorded' },
  },
  THEORY_LECTURE_ONLINE_PLATFORM: { status: 400, message: { 'zh-CN': '网上宣讲须注明平台', en: 'An online lecture names its platform' } },
  THEORY_QUESTION_NOT_FOUND: { status: 404, message: { 'zh-CN': '题库中没有这道题', en: 'The bank has no such question' } },
  THEORY_QUESTION_DUPLICATE: {
    status: 409,
    message: { 'zh-CN': '本单位题库已有相同题干的题目（第 {id} 号）', en: 'This bank already holds a question with the same stem (no. {id})' },
  },
  THEORY_QUESTION_ANSWER_KIND: {
    status: 400,
    message: { 'zh-CN': '答案的题型与题目的题型不一致', en: 'The answer is of another kind than the question' },
  },
  THEORY_QUESTION_OPTIONS: {
    status: 400,
    message: { 'zh-CN': '选择题须有 2 至 8 个选项，且选项不能重复', en: 'A choice question has 2 to 8 options, none repeated' },
  },
  THEORY_QUESTION_NO_OPTIONS: {
    status: 400,
    message: { 'zh-CN': '只有选择题才有选项', en: 'Only choice questions have options' },
  },
  THEORY_QUESTION_ANSWER_NOT_AN_OPTION: {
    status: 400,
    message: { 'zh-CN': '答案不在选项之中', en: 'The answer is not among the options' },
  },
  THEORY_QUESTION_BLANKS: {
    status: 400,
    message: {
      'zh-CN': '题干中的空（＿＿）有 {stem} 处，答案给了 {answer} 处',
      en: 'The stem has {stem} blanks (＿＿) but the answer gives {answer}',
    },
  },
  THEORY_QUESTION_IN_USE: {
    status: 409,
    message: {
      'zh-CN': '该题已被 {exams} 场考试使用，不能再修改，可停用后另录新题',
      en: '{exams} exams have used this question; it cannot change now: retire it and enter a new one',
    },
  },
  THEORY_QUESTION_VERSION_CONFLICT: {
    status: 409,
    message: { 'zh-CN': '该题已被他人修改（当前版本 {current}），请刷新后再改', en: 'Someone else changed this question (now version {current}); reload and try again' },
  },
  THEORY_EXAM_NOT_FOUND: { status: 404, message: { 'zh-CN': '没有这场考试', en: 'No such exam' } },
  THEORY_EXAM_WINDOW: {
    status: 400,
    message: { 'zh-CN': '考试结束时间须晚于开始时间，且不能早于现在', en: 'The exam must close after it opens, and not in the past' },
  },
  THEORY_EXAM_QUESTION_OUTSIDE: {
    status: 400,
    message: {
      'zh-CN': '第 {id} 号题不在本单位题库中或已停用',
      en: 'Question no. {id} is not an active question of this org’s bank',
    },
  },
  THEORY_EXAM_QUESTION_REPEATED: { status: 400, message: { 'zh-CN': '同一道题出现了不止一次', en: 'A question appears more than once' } },
  THEORY_EXAM_DRAW_SHORT: {
    status: 400,
    message: {
      'zh-CN': '抽题规则“{rule}”需要 {count} 道题，题库中只有 {stock} 道',
      en: 'The draw rule “{rule}” needs {count} questions; the bank holds {stock}',
    },
  },
  THEORY_EXAM_PASS_ABOVE_TOTAL: {
    status: 400,
    message: { 'zh-CN': '及格分 {pass} 超过了总分 {total}', en: 'The pass score {pass} is above the total {total}' },
  },
  THEORY_EXAM_CANDIDATE_OUT_OF_SCOPE: {
    status: 400,
    message: { 'zh-CN': '考生账号不在您的数据范围内或已停用', en: 'A candidate account is outside your scope or disabled' },
  },
  THEORY_EXAM_VERSION_CONFLICT: {
    status: 409,
    message: { 'zh-CN': '该考试已被他人修改（当前版本 {current}），请刷新后再改', en: 'Someone else changed this exam (now version {current}); reload and try again' },
  },
  THEORY_EXAM_WITHDRAWN: { status: 409, message: { 'zh-CN': '该考试已撤回', en: 'This exam has been withdrawn' } },
  THEORY_EXAM_NOT_A_CANDIDATE: { status: 404, message: { 'zh-CN': '您不在这场考试的考生名单中', en: 'You are not a candidate of this exam' } },
  THEORY_EXAM_NOT_OPEN: {
    status: 409,
    message: { 'zh-CN': '考试开放时间为 {opens} 至 {closes}，现在不能作答', en: 'The exam is open from {opens} to {closes}; it cannot be taken now' },
  },
  THEORY_EXAM_NO_ATTEMPT_LEFT: {
    status: 409,
    message: {
      'zh-CN': '您已参加过这场考试（{used} 次），如需重考请联系组织单位重新开放',
      en: 'You have taken this exam already ({used} times); ask its organisers to reopen it for another attempt',
    },
  },
  THEORY_EXAM_ATTEMPT_NOT_FOUND: { status: 404, message: { 'zh-CN': '没有这份答卷', en: 'No such attempt' } },
  THEORY_EXAM_TIME_UP: {
    status: 409,
    message: {
      'zh-CN': '作答时间已于 {deadline} 截止，本次答案未保存；答卷已按截止前保存的内容交卷',
      en: 'Time ran out at {deadline}; these answers were not saved and the attempt was handed in with what was saved before',
    },
  },
  THEORY_EXAM_ATTEMPT_CLOSED: { status: 409, message: { 'zh-CN': '该答卷已交卷，不能再修改', en: 'This attempt has been handed in and cannot change' } },
  THEORY_EXAM_POSITION: { status: 400, message: { 'zh-CN': '答卷中没有第 {position} 题', en: 'The attempt has no question {position}' } },
  THEORY_EXAM_RESPONSE_KIND: {
    status: 400,
    message: { 'zh-CN': '第 {position} 题的作答与题型不符', en: 'The response to question {position} does not fit its kind' },
  },
  THEORY_EXAM_NOT_SHORT: { status: 400, message: { 'zh-CN': '只有简答题由阅卷人评分', en: 'Only short answers are marked by a marker' } },
  THEORY_EXAM_NOT_CLOSED: { status: 409, message: { 'zh-CN': '答卷尚未交卷，不能阅卷', en: 'The attempt is still being answered; it cannot be marked yet' } },
  THEORY_EXAM_MARK_ABOVE: {
    status: 400,
    message: { 'zh-CN': '给分 {score} 超过了该题分值 {points}', en: 'The mark {score} is above the question’s {points} points' },
  },
  THEORY_EXAM_NO_CERTIFICATE: {
    status: 409,
    message: { 'zh-CN': '该答卷未合格或本考试不发合格证书', en: 'This attempt did not pass, or this exam gives no certificates' },
  },
  THEORY_EXAM_REOPEN_UNTAKEN: {
    status: 409,
    message: { 'zh-CN': '该考生尚有未用的作答机会，无需重新开放', en: 'This candidate still has an attempt left; there is nothing to reopen' },
  },
} as const satisfies Record<string, ErrorSpec>;
