import type { ErrorSpec } from '../common/errors';

/** Error codes of service orders (点单-派单-接单-评单) with status and message. */
export const VOLUNTEER_ORDER_ERRORS = {
  VOLUNTEERS_ORDER_NOTHING_TO_CHANGE: { status: 400, message: { 'zh-CN': '请至少修改一项内容', en: 'Change at least one field' } },
  VOLUNTEERS_ORDER_VENUE_KIND: {
    status: 400,
    message: {
      'zh-CN': '服务菜单只能设在开放中的新时代文明实践中心、所、站',
      en: 'A service menu belongs to an open civilization practice center, post or station',
    },
  },
  VOLUNTEERS_ORDER_ITEM_NAME_TAKEN: {
    status: 409,
    message: { 'zh-CN': '本阵地的服务菜单已有“{name}”', en: 'This venue’s menu already has “{name}”' },
  },
  VOLUNTEERS_ORDER_ITEM_NOT_FOUND: {
    status: 404,
    message: { 'zh-CN': '该服务项目不存在或已下架', en: 'The service item does not exist or is no longer offered' },
  },
  VOLUNTEERS_ORDER_WISHED_DATE_PAST: {
    status: 400,
    message: { 'zh-CN': '期望服务日期不能早于今天', en: 'The wished date cannot be before today' },
  },
  VOLUNTEERS_ORDER_TOO_MANY_OPEN: {
    status: 409,
    message: {
      'zh-CN': '该手机号已有 {max} 个服务需求正在办理，请办结后再提交新的需求',
      en: 'This phone already has {max} requests in progress; submit a new one when one is done',
    },
  },
  VOLUNTEERS_ORDER_CODE_NOT_FOUND: {
    status: 404,
    message: { 'zh-CN': '未找到该查询码对应的服务需求，请核对', en: 'No request has this tracking code; please check it' },
  },
  VOLUNTEERS_ORDER_NOT_IN_REVIEW: {
    status: 409,
    message: { 'zh-CN': '该服务单已审核，不能再次审核派单', en: 'The order has already been reviewed' },
  },
  VOLUNTEERS_ORDER_NOT_OFFERED: {
    status: 409,
    message: { 'zh-CN': '该服务单尚未派单或抢单，不能接单', en: 'The order has not been dispatched or opened to teams' },
  },
  VOLUNTEERS_ORDER_ALREADY_ACCEPTED: {
    status: 409,
    message: { 'zh-CN': '该服务单已被接单，不能重复接单', en: 'The order has already been accepted' },
  },
  VOLUNTEERS_ORDER_NOT_ACCEPTED: {
    status: 409,
    message: { 'zh-CN': '该服务单须先接单，才能办结', en: 'The order must be accepted before it is completed' },
  },
  VOLUNTEERS_ORDER_CLOSED: {
    status: 409,
    message: { 'zh-CN': '该服务单已办结或已退回，不能再办理', en: 'The order is completed or rejected and takes no further steps' },
  },
  VOLUNTEERS_ORDER_NOT_DISPATCHED_TO_TEAM: {
    status: 409,
    message: { 'zh-CN': '该服务单未派给本队，不能接单或退单', en: 'The order was not dispatched to this team' },
  },
  VOLUNTEERS_ORDER_NOT_LEADER: {
    status: 403,
    message: { 'zh-CN': '只有该服务队的队长才能接单、退单或办结', en: 'Only a leader of the team can accept, decline or complete for it' },
  },
  VOLUNTEERS_ORDER_OUTSIDE_AREA: {
    status: 403,
    message: { 'zh-CN': '只有本县（区）的服务队才能抢该服务单', en: 'Only teams of the order’s county can take it' },
  },
  VOLUNTEERS_ORDER_TEAM_UNAVAILABLE: {
    status: 400,
    message: {
      'zh-CN': '所选服务队不存在、已解散或不在您的负责范围内',
      en: 'The team does not exist, has been dissolved, or is outside your scope',
    },
  },
  VOLUNTEERS_ORDER_NOT_COMPLETED: {
    status: 409,
    message: { 'zh-CN': '服务办结后才能评价', en: 'An order can be rated once it is completed' },
  },
  VOLUNTEERS_ORDER_ALREADY_RATED: {
    status: 409,
    message: { 'zh-CN': '该服务已评价，每单只能评价一次', en: 'The order has been rated; each order is rated once' },
  },
} as const satisfies Record<string, ErrorSpec>;
