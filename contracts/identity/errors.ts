import type { ErrorSpec } from '../common/errors';

/** Error codes of the identity module with status and message. */
export const IDENTITY_ERRORS = {
  IDENTITY_BAD_CREDENTIALS: { status: 401, message: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' } },
  IDENTITY_ACCOUNT_LOCKED: {
    status: 423,
    message: {
      'zh-CN': '连续登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试',
      en: 'Too many failed sign-ins; the account is locked for {minutes} more minutes',
    },
  },
  IDENTITY_ACCOUNT_DISABLED: { status: 403, message: { 'zh-CN': '账号已被管理员停用', en: 'This account has been disabled by an administrator' } },
  IDENTITY_PASSWORD_POLICY: {
    status: 400,
    message: {
      'zh-CN': '密码至少 8 位，且须包含大写字母、小写字母、数字、符号中的 3 类',
      en: 'Passwords need at least 8 characters from 3 of: upper case, lower case, digits, symbols',
    },
  },
  IDENTITY_PASSWORD_REUSED: { status: 400, message: { 'zh-CN': '新密码不能与当前密码相同', en: 'The new password must differ from the current one' } },
  IDENTITY_WRONG_CURRENT_PASSWORD: { status: 400, message: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' } },
  IDENTITY_USERNAME_CHARS: {
    status: 400,
    message: { 'zh-CN': '用户名只能包含字母、数字和 _ . -', en: 'Usernames may contain letters, digits and _ . - only' },
  },
  IDENTITY_USERNAME_TAKEN: { status: 409, message: { 'zh-CN': '用户名“{username}”已被使用', en: 'The username “{username}” is taken' } },
  IDENTITY_PHONE_SHAPE: { status: 400, message: { 'zh-CN': '手机号应为 11 位数字', en: 'A mobile number has 11 digits' } },
  IDENTITY_ORG_CODE_SHAPE: {
    status: 400,
    message: {
      'zh-CN': '代码格式不正确：县级及以上为 6 位行政区划代码，乡镇、村为 12 位统计用区划代码，机构为 18 位统一社会信用代码',
      en: 'Malformed code: 6 digits for county and above, 12 digits for townships and villages, an 18-character credit code for agencies',
    },
  },
  IDENTITY_ORG_CODE_LEVEL: { status: 400, message: { 'zh-CN': '代码“{code}”与层级“{level}”不符', en: 'The code “{code}” does not fit the level “{level}”' } },
  IDENTITY_ORG_CODE_PARENT: {
    status: 400,
    message: { 'zh-CN': '代码“{code}”不在上级单位代码“{parentCode}”之下', en: 'The code “{code}” is not under the parent’s code “{parentCode}”' },
  },
  IDENTITY_ORG_CODE_TAKEN: { status: 409, message: { 'zh-CN': '代码“{code}”已被“{name}”使用', en: 'The code “{code}” is already used by “{name}”' } },
  IDENTITY_ORG_CODE_REQUIRED: { status: 400, message: { 'zh-CN': '行政区划单位必须填写代码', en: 'A region needs a code' } },
  IDENTITY_ORG_LEVEL_MISMATCH: {
    status: 400,
    message: { 'zh-CN': '“{parent}”之下只能建立{expected}级单位', en: 'Under “{parent}” only {expected}-level units can be created' },
  },
  IDENTITY_ORG_AGENCY_TYPE: {
    status: 400,
    message: {
      'zh-CN': '机构须选择类型（部门、学校、媒体、其他），行政区划不填类型',
      en: 'Agencies need a type (department, school, media, other); regions take none',
    },
  },
  IDENTITY_ORG_PARENT_AGENCY: { status: 400, message: { 'zh-CN': '机构之下不能再挂单位', en: 'Nothing can be placed under an agency' } },
  IDENTITY_ORG_MOVE_INTO_SELF: {
    status: 400,
    message: { 'zh-CN': '不能把单位移到它自己或它的下级单位之下', en: 'A unit cannot be moved under itself or one of its descendants' },
  },
  IDENTITY_ORG_MOVE_LEVEL: {
    status: 400,
    message: { 'zh-CN': '{level}级单位只能移到{expected}级单位之下', en: 'A {level}-level unit can only move under a {expected}-level unit' },
  },
  IDENTITY_ORG_MOVE_DATE: {
    status: 400,
    message: { 'zh-CN': '调整生效日期不能早于该单位现隶属关系的开始日期 {since}', en: 'The move cannot take effect before the current link began ({since})' },
  },
  IDENTITY_ORG_CLOSED: { status: 409, message: { 'zh-CN': '单位“{name}”已撤销', en: 'The unit “{name}” is closed' } },
  IDENTITY_ORG_HAS_OPEN_CHILDREN: {
    status: 409,
    message: { 'zh-CN': '单位下还有 {count} 个未撤销的下级单位，请先调整或撤销', en: 'The unit still has {count} open child units; move or close them first' },
  },
  IDENTITY_ORG_CLOSE_DATE: {
    status: 400,
    message: { 'zh-CN': '撤销日期不能早于设立日期 {openedOn}', en: 'The closing date cannot precede the opening date {openedOn}' },
  },
  IDENTITY_ORG_PARENT_NOT_OPEN: {
    status: 400,
    message: { 'zh-CN': '上级单位“{name}”于 {openedOn} 设立，日期不能早于此日', en: 'The parent “{name}” opened on {openedOn}; the date cannot be earlier' },
  },
  IDENTITY_ORG_VILLAGE_LEAF: {
    status: 400,
    message: { 'zh-CN': '“{parent}”是村（社区），其下不能再设行政区划，只能挂机构', en: '“{parent}” is a village: only agencies can be placed under it' },
  },
  IDENTITY_ORG_IS_ROOT: { status: 400, message: { 'zh-CN': '不能移动或撤销您数据范围的根单位', en: 'The root of your data scope cannot be moved or closed' } },
  IDENTITY_GRANT_OUT_OF_SCOPE: {
    status: 403,
    message: { 'zh-CN': '只能在自己的数据范围内授权：“{name}”超出了您的范围', en: 'You can grant only within your own scope: “{name}” is outside it' },
  },
  IDENTITY_GRANT_ROLE: {
    status: 403,
    message: { 'zh-CN': '不能授予超出自己权限的角色“{role}”', en: 'You cannot grant the role “{role}”, which exceeds your own permissions' },
  },
  IDENTITY_SELF_LOCK: { status: 400, message: { 'zh-CN': '不能停用自己的账号', en: 'You cannot disable your own account' } },
  IDENTITY_EXPORT_TOO_LARGE: {
    status: 400,
    message: { 'zh-CN': '导出条数超过 {max} 条，请缩小查询范围', en: 'More than {max} rows; narrow the search first' },
  },
} as const satisfies Record<string, ErrorSpec>;
