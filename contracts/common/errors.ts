import type { Localized } from './locale';

/** How an error code is answered: HTTP status and its message in every locale. */
export interface ErrorSpec {
  status: number;
  message: Localized;
}

/** Errors that belong to no module: request shape, auth, scope, unknown failures. */
export const COMMON_ERRORS = {
  COMMON_VALIDATION: { status: 400, message: { 'zh-CN': '提交的数据有误，请检查标出的字段', en: 'Some fields are invalid; please check them' } },
  COMMON_MALFORMED_JSON: { status: 400, message: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' } },
  COMMON_UNSUPPORTED_MEDIA: { status: 415, message: { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type' } },
  COMMON_PAYLOAD_TOO_LARGE: { status: 413, message: { 'zh-CN': '提交的内容过大', en: 'The request is too large' } },
  COMMON_UNAUTHENTICATED: { status: 401, message: { 'zh-CN': '请先登录', en: 'Please sign in' } },
  COMMON_SESSION_EXPIRED: { status: 401, message: { 'zh-CN': '登录已超时，请重新登录', en: 'Your session has expired; please sign in again' } },
  COMMON_CSRF: { status: 403, message: { 'zh-CN': '安全校验失败，请刷新页面后重试', en: 'Security check failed; reload the page and try again' } },
  COMMON_FORBIDDEN: { status: 403, message: { 'zh-CN': '没有执行此操作的权限', en: 'You do not have permission to do this' } },
  COMMON_OUT_OF_SCOPE: { status: 403, message: { 'zh-CN': '该单位不在您的数据范围内', en: 'That org unit is outside your data scope' } },
  COMMON_PASSWORD_CHANGE_REQUIRED: { status: 403, message: { 'zh-CN': '首次登录请先修改密码', en: 'Please change your password first' } },
  COMMON_RESIDENT_PHONE: { status: 400, message: { 'zh-CN': '请填写正确的 11 位手机号码', en: 'Enter a valid 11-digit mobile number' } },
  COMMON_TRACKING_CODE_FORMAT: {
    status: 400,
    message: { 'zh-CN': '查询码为 12 位字母和数字，请核对', en: 'A tracking code has 12 letters and digits; please check it' },
  },
  COMMON_NOT_FOUND: { status: 404, message: { 'zh-CN': '找不到该记录', en: 'Record not found' } },
  COMMON_ROUTE_NOT_FOUND: { status: 404, message: { 'zh-CN': '接口不存在', en: 'No such endpoint' } },
  COMMON_CONFLICT: { status: 409, message: { 'zh-CN': '记录已被修改，请刷新后重试', en: 'The record changed; reload and try again' } },
  COMMON_RATE_LIMITED: { status: 429, message: { 'zh-CN': '操作过于频繁，请稍后再试', en: 'Too many requests; try again later' } },
  COMMON_UNAVAILABLE: {
    status: 503,
    message: { 'zh-CN': '数据库暂时无法访问，请稍后重试', en: 'The database is unavailable for the moment; try again shortly' },
  },
  COMMON_INTERNAL: {
    status: 500,
    message: { 'zh-CN': '系统内部错误（编号 {requestId}），请联系管理员', en: 'Internal error (reference {requestId}); please contact the administrator' },
  },
} as const satisfies Record<string, ErrorSpec>;

/** The JSON body of every error answer. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    requestId: string;
    fields?: { path: string; message: string }[];
    params?: Record<string, unknown>;
  };
}
