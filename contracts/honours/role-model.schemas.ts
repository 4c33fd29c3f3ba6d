import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';
import { TITLE_KINDS, TITLE_LEVELS } from './title.schemas';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const day = z.iso.date();

/** A person holding a title: the register the report counts. Personal data never leaves masked. */
export const RoleModelSchema = z.object({
  id: z.number().int(),
  titleId: z.number().int(),
  titleName: z.string(),
  titleKind: z.enum(TITLE_KINDS),
  titleLevel: z.enum(TITLE_LEVELS),
  nomineeAward: z.boolean(),
  cycleName: z.string().nullable(),
  orgId: z.number().int(),
  orgName: z.string(),
  personName: z.string(),
  unit: z.string(),
  awardedOn: day,
  documentNo: z.string(),
  summary: z.string(),
  nominationId: z.number().int().nullable(),
  /** The scanned document conferring the title, when one is on file. */
  documentId: z.number().int().nullable(),
  revokedOn: day.nullable(),
});
/** A role model. */
export type RoleModel = z.infer<typeof RoleModelSchema>;

/** Filters of the role-model register. */
export const RoleModelQuerySchema = PageQuerySchema.extend({
  orgId: idParam.optional(),
  titleId: idParam.optional(),
  kind: z.enum(TITLE_KINDS).optional(),
  level: z.enum(TITLE_LEVELS).optional(),
  /** Held on this day (awarded by then, not revoked); the report's drill-through passes its period's end. */
  at: day.optional(),
  q: z.string().trim().max(30).optional(),
});
/** Parsed filters. */
export type RoleModelQuery = z.infer<typeof RoleModelQuerySchema>;

/** A page of role models. */
export const RoleModelPageSchema = pageOf(RoleModelSchema);

/** The city's role models as the public page lists them: no ID, no phone, no document. */
export const PublicRoleModelSchema = RoleModelSchema.pick({
  id: true,
  titleName: true,
  titleLevel: true,
  orgName: true,
  personName: true,
  unit: true,
  awardedOn: true,
  summary: true,
});
/** A public page of role models. */
export const PublicRoleModelPageSchema = pageOf(PublicRoleModelSchema);
/** Filters of the public register. */
export const PublicRoleModelQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(30).optional(),
  kind: z.enum(TITLE_KINDS).optional(),
  level: z.enum(TITLE_LEVELS).optional(),
});

/** Counts of the register by title, for the register's head and the report's drill-through. */
export const RoleModelCountsSchema = z.array(
  z.object({
    titleId: z.number().int(),
    titleName: z.string(),
    level: z.enum(TITLE_LEVELS),
    kind: z.enum(TITLE_KINDS),
    measureWord: z.string(),
    count: z.number().int(),
  }),
);

/** Entering a title conferred before the platform (or by a body outside the nomination flow), with its document. */
export const RoleModelInputSchema = z.strictObject({
  titleId: z.number().int().positive(),
  orgId: z.number().int().positive(),
  personName: z.string().trim().min(1).max(30),
  unit: z.string().trim().max(60).default(''),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{17}[\dX]$/, { message: 'HONOURS_ID_NUMBER_FORMAT' })
    .optional(),
  awardedOn: day,
  documentNo: z.string().trim().min(1).max(60),
  document: z.uuid(),
  summary: z.string().trim().max(300).default(''),
});
/** Input of a role model. */
export type RoleModelInput = z.infer<typeof RoleModelInputSchema>;

/** Revoking a title, with the reason; the record stays. */
export const RoleModelRevokeSchema = z.strictObject({ revokedOn: day, reason: z.string().trim().min(2).max(300) });
