import { z } from 'zod';

/** Star levels of volunteers by hours of service, as commonly awarded: one star from 100 hours up to five at 1,500. */
export const STAR_HOURS = [100, 300, 600, 1000, 1500] as const;

/** The star level (0–5) of a total of service hours. */
export function starLevel(hours: number): number {
  return STAR_HOURS.filter((h) => hours >= h).length;
}

/** Issuing a service certificate: the issuing org with its person in charge, the handler and a contact, over a period. */
export const CertificateCreateSchema = z.strictObject({
  issuerOrgId: z.number().int().positive(),
  personInCharge: z.string().trim().min(1).max(30),
  handler: z.string().trim().min(1).max(30),
  contact: z.string().trim().min(5).max(30),
  /** Service on or after this day; the whole record when absent. */
  from: z.iso.date().optional(),
  /** Service on or before this day; up to today when absent. */
  to: z.iso.date().optional(),
});
/** Input of a certificate. */
export type CertificateCreate = z.infer<typeof CertificateCreateSchema>;

/** One line of service on a certificate: what, when, where and the hours. */
export const CertificateLineSchema = z.object({ date: z.iso.date(), activity: z.string(), place: z.string().nullable(), hours: z.number() });

/** A volunteer service certificate as issued (志愿服务记录证明): the fields the 2020 rules ask for, its number and its verification code. */
export const CertificateSchema = z.object({
  id: z.number().int(),
  certNo: z.string(),
  volunteerId: z.number().int(),
  volunteerName: z.string(),
  volunteerNo: z.string(),
  idType: z.string(),
  idNumberMasked: z.string(),
  from: z.iso.date().nullable(),
  to: z.iso.date(),
  hours: z.number(),
  starLevel: z.number().int(),
  lines: z.array(CertificateLineSchema),
  issuer: z.string(),
  personInCharge: z.string(),
  handler: z.string(),
  contact: z.string(),
  issuedOn: z.iso.date(),
  verifyUrl: z.string(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
/** A certificate. */
export type Certificate = z.infer<typeof CertificateSchema>;

/** Withdrawing a certificate issued in error; the verification page then says so. */
export const CertificateRevokeSchema = z.strictObject({ reason: z.string().trim().min(4).max(200) });

/** What the public verification page shows: enough to tell a genuine certificate, nothing more. */
export const CertificateCheckSchema = z.object({
  certNo: z.string(),
  volunteerName: z.string().describe('masked except the first character'),
  hours: z.number(),
  from: z.iso.date().nullable(),
  to: z.iso.date(),
  issuer: z.string(),
  issuedOn: z.iso.date(),
  status: z.enum(['valid', 'revoked']),
});
/** A certificate check. */
export type CertificateCheck = z.infer<typeof CertificateCheckSchema>;
