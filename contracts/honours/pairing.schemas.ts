import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const day = z.iso.date();

/** A role model paired with a school (先进典型进课堂) for a period; the school records the class events under it. */
export const PairingSchema = z.object({
  id: z.number().int(),
  roleModelId: z.number().int(),
  personName: z.string(),
  titleName: z.string(),
  schoolOrgId: z.number().int(),
  schoolName: z.string(),
  startsOn: day,
  endsOn: day.nullable(),
  note: z.string(),
  /** Class events recorded under the pairing (approved or not), from the activity ledger. */
  events: z.number().int(),
});
/** A pairing. */
export type Pairing = z.infer<typeof PairingSchema>;

/** Pairing a role model with a school (an agency org in the caller's entry scope). */
export const PairingInputSchema = z.strictObject({
  roleModelId: z.number().int().positive(),
  schoolOrgId: z.number().int().positive(),
  startsOn: day,
  endsOn: day.nullable().default(null),
  note: z.string().trim().max(300).default(''),
});
/** Input of a pairing. */
export type PairingInput = z.infer<typeof PairingInputSchema>;

/** Filters of the pairing list. */
export const PairingQuerySchema = PageQuerySchema.extend({ orgId: idParam.optional() });
/** A page of pairings. */
export const PairingPageSchema = pageOf(PairingSchema);
