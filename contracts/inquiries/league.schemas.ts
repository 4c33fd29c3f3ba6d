import { z } from 'zod';
import { pageOf, PageQuerySchema } from '../common/pagination';
import { INQUIRY_RATINGS } from './case.schemas';

/** The period and area a league or the public list reads. */
export const LeagueQuerySchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});
/** Parsed league query. */
export type LeagueQuery = z.infer<typeof LeagueQuerySchema>;

/**
 * A responsible unit's handling in a period: ranked by on-time rate, then satisfaction, never by how many cases it
 * had; a unit with fewer cases than the minimum is listed but not ranked.
 */
export const LeagueRowSchema = z.object({
  rank: z.number().int().nullable(),
  handler: z.object({ id: z.number().int(), name: z.string() }),
  dispatched: z.number().int(),
  signed: z.number().int(),
  replied: z.number().int(),
  repliedOnTime: z.number().int(),
  ratings: z.number().int(),
  satisfied: z.number().int(),
  redos: z.number().int(),
  onTimeRate: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
});
/** A league row. */
export type LeagueRow = z.infer<typeof LeagueRowSchema>;

/** The league and the fewest cases that earn a rank. */
export const LeagueSchema = z.object({ minCases: z.number().int(), rows: z.array(LeagueRowSchema) });
/** A league. */
export type League = z.infer<typeof LeagueSchema>;

/** Which answered cases the public list shows. */
export const PublicCaseQuerySchema = PageQuerySchema.extend({
  categoryId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  q: z.string().trim().max(50).optional(),
});

/** An answered case on the public list, with names, phones and ID numbers taken out of its text. */
export const PublicCaseSchema = z.object({
  caseNo: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.object({ nameZh: z.string(), nameEn: z.string() }),
  areaName: z.string(),
  handlerName: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
  repliedAt: z.iso.datetime({ offset: true }),
  reply: z.string(),
  rating: z.enum(INQUIRY_RATINGS).nullable(),
});
/** A public case. */
export type PublicCase = z.infer<typeof PublicCaseSchema>;

/** A page of public cases. */
export const PublicCasePageSchema = pageOf(PublicCaseSchema);
