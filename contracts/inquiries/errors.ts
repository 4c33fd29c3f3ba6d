import type { ErrorSpec } from '../common/errors';

const e = (status: number, zh: string, en: string): ErrorSpec => ({ status, message: { 'zh-CN': zh, en } });

/** Error codes of inquiries (问政) with status and message. */
export const INQUIRIES_ERRORS = {
  INQUIRIES_CATEGORY_NOT_FOUND: e(404, '问政类别不存在或已停用', 'The inquiry category does not exist or is inactive'),
  INQUIRIES_CATEGORY_CODE_TAKEN: e(409, '类别代码“{code}”已存在', 'The category code “{code}” is taken'),
  INQUIRIES_ATTRIBUTE_REQUIRED: e(400, '请填写“{name}”', 'Please answer “{name}”'),
  INQUIRIES_ATTRIBUTE_VALUE: e(400, '“{name}”的取值不在可选范围内', 'The answer to “{name}” is not one of its choices'),
  INQUIRIES_LOCATION_REQUIRED: e(400, '请填写地点：地址或经纬度', 'Give the place: an address or a latitude and longitude'),
  INQUIRIES_AREA_NOT_FOUND: e(400, '请选择问题发生的村（社区）、乡镇或县区', 'Choose the village, township or county the case is about'),
  INQUIRIES_OUTSIDE_CITY: e(400, '该位置不在本市范围内', 'That place is outside the city'),
  INQUIRIES_CONTACT_REQUIRED: e(400, '实名反映须留下姓名和手机号；也可选择匿名', 'A named case needs a name and a mobile number; or choose to stay anonymous'),
  INQUIRIES_PROGRAMME_NOT_FOUND: e(404, '问政栏目不存在或已停用', 'The programme does not exist or is inactive'),
  INQUIRIES_PROGRAMME_NAME_TAKEN: e(409, '该单位已有名为“{name}”的栏目', 'This unit already has a programme named “{name}”'),
  INQUIRIES_NOT_FOUND: e(404, '问政事项不存在', 'The case does not exist'),
  INQUIRIES_LOOKUP_NOT_FOUND: e(404, '编号或查询码不正确', 'The case number or lookup code is not right'),
  INQUIRIES_WRONG_STATUS: e(409, '该事项当前所处环节不能进行此操作，请刷新后查看', 'The case is not at a step that allows this; reload to see where it is'),
  INQUIRIES_CLOSED: e(409, '该事项已办结，不能再办理或答复', 'The case is closed and takes no more handling or answers'),
  INQUIRIES_REJECTED: e(409, '该事项已不予受理', 'The case was not taken'),
  INQUIRIES_NOT_ROUTED_TO_YOU: e(403, '该事项未派给您所在单位，由“{handler}”办理', 'This case is not routed to your unit; “{handler}” handles it'),
  INQUIRIES_NOT_DISPATCHER: e(
    403,
    '只有受理该事项的县区或市级能派单、督办和办结',
    'Only the county or city that took the case may dispatch, supervise and close it',
  ),
  INQUIRIES_HANDLER_NOT_IN_AREA: e(400, '承办单位须在本市范围内', 'The responsible unit must be in the city'),
  INQUIRIES_NO_ROUTE: e(400, '本地区没有此类事项的承办规则，请选择承办单位', 'No routing rule covers this area and category; choose the responsible unit'),
  INQUIRIES_SAME_HANDLER: e(400, '该事项已由“{handler}”承办', '“{handler}” already handles this case'),
  INQUIRIES_EXTENSION_PENDING: e(409, '已有待审批的延期申请', 'An extension request is already waiting'),
  INQUIRIES_EXTENSION_TOO_LONG: e(
    400,
    '此类事项最多可延期 {max} 个工作日，已延期 {used} 个工作日',
    'A case of this kind may be extended by at most {max} working days; {used} are used',
  ),
  INQUIRIES_EXTENSION_NOT_FOUND: e(404, '延期申请不存在或已处理', 'The extension request does not exist or is decided'),
  INQUIRIES_RATING_BEFORE_REPLY: e(409, '答复办结后才能评价', 'A case can be rated once it is answered and closed'),
  INQUIRIES_ALREADY_RATED: e(409, '该事项已评价', 'This case is already rated'),
  INQUIRIES_REDO_NEEDS_UNSATISFIED: e(409, '群众表示不满意的事项才能重办', 'Only a case rated unsatisfied is sent back for redo'),
  INQUIRIES_ROUTE_TAKEN: e(409, '该地区此类别已有承办规则', 'That area already has a rule for this category'),
  INQUIRIES_ROUTE_NOT_FOUND: e(404, '承办规则不存在', 'The routing rule does not exist'),
  INQUIRIES_MEDIA_TYPE: e(400, '图片只能是 JPG 或 PNG', 'A photo must be JPG or PNG'),
  INQUIRIES_MEDIA_TOO_LARGE: e(413, '图片不能超过 {maxMb} MB', 'A photo may be at most {maxMb} MB'),
  INQUIRIES_API_KEY_INVALID: e(403, 'api_key 无效或已吊销', 'The api_key is not valid or is revoked'),
  INQUIRIES_API_KEY_REQUIRED: e(400, '提交事项须提供 api_key', 'Filing a request needs an api_key'),
  INQUIRIES_API_RATE: e(429, '该接口密钥提交过于频繁，请稍后再试', 'Too many requests with this api_key; try again shortly'),
  INQUIRIES_API_CLIENT_NOT_FOUND: e(404, '接口密钥不存在或已吊销', 'The API key does not exist or is revoked'),
} as const satisfies Record<string, ErrorSpec>;
