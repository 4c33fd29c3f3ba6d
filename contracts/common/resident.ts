import { z } from 'zod';

/** A mainland mobile number a resident leaves with a request; the message names the rule in the caller's language. */
export const ResidentPhoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: 'COMMON_RESIDENT_PHONE' });

/** The alphabet of tracking codes: letters and digits that cannot be mistaken for one another over the phone (no 0/O, 1/I). */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A tracking code handed to a resident who requested something without an account: twelve characters of that alphabet. */
export const TrackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$/, { message: 'COMMON_TRACKING_CODE_FORMAT' });

/** A tracking code in a path. */
export const TrackingParamsSchema = z.object({ code: TrackingCodeSchema });
