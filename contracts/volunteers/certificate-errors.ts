import type { ErrorSpec } from '../common/errors';

/** Error codes of volunteer service certificates. */
export const VOLUNTEER_CERTIFICATE_ERRORS = {
  VOLUNTEERS_CERT_NO_SERVICE: {
    status: 409,
    message: { 'zh-CN': '该时段内没有已完成并计入时长的志愿服务，无法出具证明', en: 'No completed service with hours lies in that period; nothing to certify' },
  },
  VOLUNTEERS_CERT_PERIOD: {
    status: 400,
    message: {
      'zh-CN': '证明的起止日期有误：开始不能晚于结束，结束不能晚于今天',
      en: 'The period is wrong: it must not start after it ends or end after today',
    },
  },
  VOLUNTEERS_CERT_REVOKED: { status: 409, message: { 'zh-CN': '该证明已作废', en: 'The certificate has been withdrawn' } },
} as const satisfies Record<string, ErrorSpec>;
