import { z } from 'zod';
import { pageOf } from '../common/pagination';

/** The identity documents a volunteer may register with. */
export const ID_TYPES = ['resident_id', 'passport', 'hk_macao_pass', 'taiwan_pass', 'foreign_permit'] as const;
/** One of ID_TYPES. */
export type IdType = (typeof ID_TYPES)[number];

/** Sexes as recorded on identity documents. */
export const SEXES = ['male', 'female'] as const;
/** One of SEXES. */
export type Sex = (typeof SEXES)[number];

/** Where a volunteer's registration stands. */
export const VOLUNTEER_STATUSES = ['active', 'suspended'] as const;
/** One of VOLUNTEER_STATUSES. */
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** Below this age a guardian's consent is required (PIPL art. 31). */
export const GUARDIAN_AGE = 14;

const mobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/);
const instant = z.iso.datetime({ offset: true });
const id = z.number().int().positive().max(2_147_483_647);

/** A guardian's details, recorded when the volunteer is under 14 at registration. */
export const GuardianInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(50),
  phone: mobile,
  /** The guardian has agreed to the personal information rules on the minor's behalf. */
  consent: z.boolean(),
});

/**
 * Staff registering a volunteer whose home community lies in their entry scope. For a resident ID the birth date and
 * sex come from the number and are not asked; other ID types need both.
 */
export const VolunteerCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(50),
  idType: z.enum(ID_TYPES),
  idNumber: z.string().trim().min(1).max(30),
  sex: z.enum(SEXES).optional(),
  birthDate: z.iso.date().optional(),
  phone: mobile,
  skills: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  /** The village or community the volunteer belongs to; it owns the record for scope. */
  homeOrgId: id,
  /** The volunteer has agreed to the personal information rules of `consentVersion`. */
  consent: z.boolean(),
  consentVersion: z.string().trim().min(1).max(20),
  guardian: GuardianInputSchema.optional(),
});
/** Input of volunteer registration. */
export type VolunteerCreate = z.infer<typeof VolunteerCreateSchema>;

/** A volunteer as staff see one: ID number and phones masked, age instead of the birth date. */
export const VolunteerSchema = z.object({
  id: z.number().int(),
  volunteerNo: z.string(),
  name: z.string(),
  sex: z.enum(SEXES),
  age: z.number().int(),
  idType: z.enum(ID_TYPES),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  skills: z.array(z.string()),
  homeOrg: z.object({ id: z.number().int(), name: z.string() }),
  status: z.enum(VOLUNTEER_STATUSES),
  consentAt: instant,
  consentVersion: z.string(),
  guardian: z.object({ name: z.string(), phoneMasked: z.string(), consentAt: instant }).nullable(),
  deletionRequestedAt: instant.nullable(),
  hasAccount: z.boolean(),
  createdAt: instant,
});
/** A volunteer. */
export type Volunteer = z.infer<typeof VolunteerSchema>;
/** A page of volunteers. */
export const VolunteerPageSchema = pageOf(VolunteerSchema);

/** Filtering the volunteer list; an ID number or phone is matched exactly through its keyed hash. */
export const VolunteerListQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Volunteers whose home is in this org subtree'),
  q: z.string().trim().max(50).optional().describe('Part of a name, or a volunteer number'),
  skill: z.string().trim().max(20).optional(),
  status: z.enum(VOLUNTEER_STATUSES).optional(),
  idType: z.enum(ID_TYPES).default('resident_id'),
  idNumber: z.string().trim().max(30).optional(),
  phone: z.string().trim().max(20).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
/** Parsed volunteer list query. */
export type VolunteerListQuery = z.infer<typeof VolunteerListQuerySchema>;

/** The id in a volunteer's or a team's path. */
export const IdParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** The personal data that can be revealed in full. */
export const REVEALABLE_FIELDS = ['idNumber', 'phone', 'guardianPhone'] as const;

/** Asking to see one masked value in full; the reason is kept in the audit log. */
export const VolunteerRevealSchema = z.strictObject({
  field: z.enum(REVEALABLE_FIELDS),
  reason: z.string().trim().min(4).max(200),
});
/** Input of a reveal. */
export type VolunteerReveal = z.infer<typeof VolunteerRevealSchema>;

/** A revealed value. */
export const RevealAnswerSchema = z.object({ field: z.enum(REVEALABLE_FIELDS), value: z.string() });
