import { z } from 'zod';
import { FieldDeclarationSchema, MeasureRuleSchema } from './field-declaration';

/** Broad groups of activity types, for menus and the dashboard. */
export const ACTIVITY_CATEGORIES = ['theory', 'lecture', 'culture', 'reading', 'civility', 'media', 'training', 'service', 'other'] as const;

/** One of ACTIVITY_CATEGORIES. */
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** An activity type: what is recorded and which measures it feeds. */
export const ActivityTypeSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  category: z.enum(ACTIVITY_CATEGORIES),
  fields: z.array(FieldDeclarationSchema),
  measures: z.array(MeasureRuleSchema),
  active: z.boolean(),
  version: z.number().int(),
});
/** An activity type. */
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

/** Creating or replacing an activity type (admins, in the web app). */
export const ActivityTypeWriteSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  nameZh: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(60),
  category: z.enum(ACTIVITY_CATEGORIES),
  fields: z.array(FieldDeclarationSchema).max(40),
  measures: z.array(MeasureRuleSchema).max(20),
  active: z.boolean().default(true),
});
/** Input of activity type write. */
export type ActivityTypeWrite = z.infer<typeof ActivityTypeWriteSchema>;
