import type { ErrorSpec } from '../common/errors';

/** Error codes of the volunteers module with status and message. */
export const VOLUNTEERS_ERRORS = {
  VOLUNTEERS_ID_FORMAT: {
    status: 400,
    message: {
      'zh-CN': '证件号码格式不正确（居民身份证号码为 18 位，末位可为 X）',
      en: 'The ID number is malformed (a resident ID number has 18 characters, the last may be X)',
    },
  },
  VOLUNTEERS_ID_CHECKSUM: {
    status: 400,
    message: { 'zh-CN': '身份证号码校验位不正确，请核对后重新输入', en: 'The resident ID number’s check digit is wrong; please check it' },
  },
  VOLUNTEERS_ID_BIRTH_DATE: {
    status: 400,
    message: { 'zh-CN': '身份证号码中的出生日期无效', en: 'The birth date in the resident ID number is not valid' },
  },
  VOLUNTEERS_BIRTH_SEX_REQUIRED: {
    status: 400,
    message: { 'zh-CN': '该证件类型需填写出生日期和性别', en: 'Birth date and sex are required for this ID type' },
  },
  VOLUNTEERS_BIRTH_SEX_DERIVED: {
    status: 400,
    message: {
      'zh-CN': '居民身份证的出生日期和性别由号码得出，无需另行填写',
      en: 'Birth date and sex follow from a resident ID number; leave them out',
    },
  },
  VOLUNTEERS_BIRTH_DATE_FUTURE: { status: 400, message: { 'zh-CN': '出生日期不能晚于今天', en: 'The birth date cannot be after today' } },
  VOLUNTEERS_CONSENT_REQUIRED: {
    status: 400,
    message: {
      'zh-CN': '须经本人同意《志愿者个人信息处理规则》方可注册',
      en: 'Registration needs the volunteer’s consent to the personal information rules',
    },
  },
  VOLUNTEERS_GUARDIAN_REQUIRED: {
    status: 400,
    message: {
      'zh-CN': '未满 14 周岁的志愿者须填写监护人姓名、联系电话并取得监护人同意',
      en: 'A volunteer under 14 needs a guardian’s name, phone and consent',
    },
  },
  VOLUNTEERS_DUPLICATE_ID: {
    status: 409,
    message: {
      'zh-CN': '该证件号码已注册为志愿者（志愿者编号 {volunteerNo}，登记手机 {phoneMasked}），请用该账号登录或联系其所在社区找回，无需重复注册',
      en: 'This ID number is already registered (volunteer no. {volunteerNo}, phone {phoneMasked}); sign in with that account or ask its community to recover it',
    },
  },
  VOLUNTEERS_HOME_NOT_VILLAGE: {
    status: 400,
    message: { 'zh-CN': '所属社区须为村（社区）一级单位', en: 'The home community must be a village or community' },
  },
  VOLUNTEERS_TEAM_NAME_TAKEN: {
    status: 409,
    message: { 'zh-CN': '本单位已有名为“{name}”的志愿服务队', en: 'This org already has a volunteer team named “{name}”' },
  },
  VOLUNTEERS_TEAM_DISSOLVED: { status: 409, message: { 'zh-CN': '该志愿服务队已解散', en: 'The team has been dissolved' } },
  VOLUNTEERS_DISSOLVED_BEFORE_FOUNDED: {
    status: 400,
    message: { 'zh-CN': '解散日期不能早于成立日期（{foundedOn}）', en: 'A team cannot be dissolved before it was founded ({foundedOn})' },
  },
  VOLUNTEERS_TEAM_VERSION_CONFLICT: {
    status: 409,
    message: {
      'zh-CN': '服务队信息已被他人修改（当前版本 {current}），请刷新后重试',
      en: 'Someone changed the team (now version {current}); reload and try again',
    },
  },
  VOLUNTEERS_ALREADY_MEMBER: {
    status: 409,
    message: { 'zh-CN': '该志愿者已是本队队员或申请正在审核中', en: 'The volunteer is already a member or has a request pending' },
  },
  VOLUNTEERS_NOT_PENDING: {
    status: 409,
    message: { 'zh-CN': '该入队申请已处理，无需重复审核', en: 'The join request has already been decided' },
  },
  VOLUNTEERS_NOT_MEMBER: { status: 404, message: { 'zh-CN': '该志愿者不是本队队员', en: 'The volunteer is not a member of this team' } },
  VOLUNTEERS_NOT_TEAM_LEADER: {
    status: 403,
    message: { 'zh-CN': '只能审核本人担任队长的服务队的入队申请', en: 'You can decide join requests only for teams you lead' },
  },
  VOLUNTEERS_NOT_SELF: {
    status: 403,
    message: { 'zh-CN': '只能为本人或您负责范围内的志愿者申请入队', en: 'You can request to join only for yourself or for volunteers in your scope' },
  },
  VOLUNTEERS_SLOT_TIMES: { status: 400, message: { 'zh-CN': '时段的结束时间须晚于开始时间', en: 'A slot must end after it starts' } },
  VOLUNTEERS_VENUE_NOT_FOUND: {
    status: 400,
    message: { 'zh-CN': '服务地点不存在、已关闭或不在您的查看范围内', en: 'The venue does not exist, is closed, or is outside your view' },
  },
  VOLUNTEERS_PROJECT_CLOSED: { status: 409, message: { 'zh-CN': '该项目已结束，不再接受报名', en: 'The project has ended and takes no more sign-ups' } },
  VOLUNTEERS_PROJECT_STATUS: {
    status: 409,
    message: { 'zh-CN': '项目状态不能从“{from}”改为“{to}”', en: 'A project cannot go from “{from}” to “{to}”' },
  },
  VOLUNTEERS_SLOT_STARTED: {
    status: 409,
    message: { 'zh-CN': '该时段已开始，不能再报名或取消', en: 'The slot has begun; sign-ups and cancellations are closed' },
  },
  VOLUNTEERS_SLOT_FULL: {
    status: 409,
    message: {
      'zh-CN': '该时段已满员（{headcount} 人），可选择进入候补名单，有人取消时按顺序递补',
      en: 'The slot is full ({headcount} people); join the waiting list to move up when someone cancels',
    },
  },
  VOLUNTEERS_SLOT_CLASH: {
    status: 409,
    message: {
      'zh-CN': '与已报名的“{title}”（{startsAt} 至 {endsAt}）时间冲突',
      en: 'It clashes with “{title}” ({startsAt} to {endsAt}), already signed up for',
    },
  },
  VOLUNTEERS_ALREADY_SIGNED_UP: { status: 409, message: { 'zh-CN': '已报名该时段，无需重复报名', en: 'Already signed up for this slot' } },
  VOLUNTEERS_NOT_SIGNED_UP: { status: 404, message: { 'zh-CN': '该志愿者未报名此时段', en: 'The volunteer is not signed up for this slot' } },
  VOLUNTEERS_REQUIREMENT_AGE: { status: 409, message: { 'zh-CN': '该项目要求年满 {minAge} 周岁', en: 'The project requires an age of at least {minAge}' } },
  VOLUNTEERS_REQUIREMENT_SKILLS: { status: 409, message: { 'zh-CN': '该项目要求具备以下技能：{skills}', en: 'The project requires these skills: {skills}' } },
  VOLUNTEERS_INACTIVE: { status: 409, message: { 'zh-CN': '该志愿者账号已停用', en: 'The volunteer is not active' } },
} as const satisfies Record<string, ErrorSpec>;
