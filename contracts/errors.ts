import { COMMON_ERRORS, type ErrorSpec } from './common/errors';
import { ACTIVITIES_ERRORS } from './activities/errors';
import { CALENDAR_ERRORS } from './calendar/errors';
import { IDENTITY_ERRORS } from './identity/errors';
import { REPORTS_ERRORS } from './reports/errors';
import { STATS_ERRORS } from './stats/errors';
import { THEORY_ERRORS } from './theory/errors';
import { HONOURS_ERRORS } from './honours/errors';
import { INQUIRIES_ERRORS } from './inquiries/errors';
import { VENUES_ERRORS } from './venues/errors';
import { VOLUNTEERS_ERRORS } from './volunteers/errors';
import { VOLUNTEER_ORDER_ERRORS } from './volunteers/order-errors';
import { VOLUNTEER_CHECKIN_ERRORS } from './volunteers/checkin-errors';
import { VOLUNTEER_CERTIFICATE_ERRORS } from './volunteers/certificate-errors';

/** Every error code of the platform, one table, so status and message never disagree. */
export const ERRORS = {
  ...COMMON_ERRORS,
  ...IDENTITY_ERRORS,
  ...ACTIVITIES_ERRORS,
  ...STATS_ERRORS,
  ...REPORTS_ERRORS,
  ...VENUES_ERRORS,
  ...CALENDAR_ERRORS,
  ...VOLUNTEERS_ERRORS,
  ...VOLUNTEER_ORDER_ERRORS,
  ...VOLUNTEER_CHECKIN_ERRORS,
  ...VOLUNTEER_CERTIFICATE_ERRORS,
  ...THEORY_ERRORS,
  ...HONOURS_ERRORS,
  ...INQUIRIES_ERRORS,
} as const satisfies Record<string, ErrorSpec>;
/** One of the platform's error codes. */
export type ErrorCode = keyof typeof ERRORS;

/** Whether a string is a known error code. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}
