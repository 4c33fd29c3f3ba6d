import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';

/** Whose theory study group (理论学习中心组) it is: the level of the Party committee or Party group it belongs to. */
export const STUDY_GROUP_LEVELS = ['city_committee', 'publicity_department', 'county_committee', 'township_committee', 'agency'] as const;
/** One of STUDY_GROUP_LEVELS. */
export type StudyGroupLevel = (typeof STUDY_GROUP_LEVELS)[number];

const name = z.string().trim().min(1).max(60);
const minimum = z.number().int().min(0).max(200);

/** A member of a study group: a leader who attends its collective sessions; a user account only if they have one. */
export const StudyGroupMemberSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  post: z.string(),
  userId: z.number().int().nullable(),
  isSecretary: z.boolean(),
  active: z.boolean(),
});
/** A study group member. */
export type StudyGroupMember = z.infer<typeof StudyGroupMemberSchema>;

/** A study group as lists show it: its org, level, yearly minimum of collective sessions and secretary. */
export const StudyGroupSchema = z.object({
  id: z.number().int(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  level: z.enum(STUDY_GROUP_LEVELS),
  name: z.string(),
  /** The minimum in force: the group's own, else its level's. */
  yearlyMinimum: z.number().int(),
  minimumOverride: z.number().int().nullable(),
  secretary: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  memberCount: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
/** A study group. */
export type StudyGroup = z.infer<typeof StudyGroupSchema>;

/** One study group with its members. */
export const StudyGroupDetailSchema = StudyGroupSchema.extend({ members: z.array(StudyGroupMemberSchema) });
/** A study group with its members. */
export type StudyGroupDetail = z.infer<typeof StudyGroupDetailSchema>;

/** A page of study groups. */
export const StudyGroupPageSchema = pageOf(StudyGroupSchema);

/** Filters of the study group list. */
export const StudyGroupListQuerySchema = PageQuerySchema.extend({
  orgId: z.coerce.number().int().positive().optional(),
  level: z.enum(STUDY_GROUP_LEVELS).optional(),
  q: z.string().trim().max(60).optional(),
  active: z.enum(['true', 'false']).optional(),
});
/** Parsed study group filters. */
export type StudyGroupListQuery = z.infer<typeof StudyGroupListQuerySchema>;

/** A new study group of an org in the caller's entry scope. */
export const StudyGroupCreateSchema = z.strictObject({
  orgId: z.number().int().positive(),
  level: z.enum(STUDY_GROUP_LEVELS),
  name,
  minimumOverride: minimum.nullable().optional(),
});
/** Input of a new study group. */
export type StudyGroupCreate = z.infer<typeof StudyGroupCreateSchema>;

/** Changes to a study group, against the version the editor saw. */
export const StudyGroupUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  level: z.enum(STUDY_GROUP_LEVELS).optional(),
  name: name.optional(),
  minimumOverride: minimum.nullable().optional(),
  active: z.boolean().optional(),
});
/** Input of a study group change. */
export type StudyGroupUpdate = z.infer<typeof StudyGroupUpdateSchema>;

/** A member added to a group; at most one secretary, so naming a new one replaces the old. */
export const StudyGroupMemberWriteSchema = z.strictObject({
  name,
  post: z.string().trim().max(60).default(''),
  userId: z.number().int().positive().nullable().optional(),
  isSecretary: z.boolean().default(false),
});
/** Input of a new member. */
export type StudyGroupMemberWrite = z.infer<typeof StudyGroupMemberWriteSchema>;

/** Changes to a member; a member who leaves stays on past attendance, marked inactive. */
export const StudyGroupMemberUpdateSchema = z.strictObject({
  name: name.optional(),
  post: z.string().trim().max(60).optional(),
  userId: z.number().int().positive().nullable().optional(),
  isSecretary: z.boolean().optional(),
  active: z.boolean().optional(),
});
/** Input of a member change. */
export type StudyGroupMemberUpdate = z.infer<typeof StudyGroupMemberUpdateSchema>;

/** Path of one study group. */
export const StudyGroupParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Path of one member. */
export const StudyGroupMemberParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  memberId: z.coerce.number().int().positive().max(2_147_483_647),
});

/** A group's yearly plan: the topics it means to study, by month. */
export const StudyPlanSchema = z.object({
  groupId: z.number().int(),
  year: z.number().int(),
  months: z.array(z.object({ month: z.number().int().min(1).max(12), topics: z.array(z.string()) })),
});
/** A yearly study plan. */
export type StudyPlan = z.infer<typeof StudyPlanSchema>;

/** A yearly plan written as a whole: months without topics are left out. */
export const StudyPlanWriteSchema = z.strictObject({
  months: z
    .array(
      z.strictObject({
        month: z.number().int().min(1).max(12),
        topics: z.array(z.string().trim().min(1).max(100)).min(1).max(20),
      }),
    )
    .max(12),
});
/** Input of a yearly plan. */
export type StudyPlanWrite = z.infer<typeof StudyPlanWriteSchema>;

/** Path of a group's plan for a year. */
export const StudyPlanParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647), year: z.coerce.number().int().min(2000).max(2100) });

/** The yearly minimum of collective sessions by level, for groups without their own. */
export const LevelMinimumsSchema = z.object({ minimums: z.array(z.object({ level: z.enum(STUDY_GROUP_LEVELS), minimum: z.number().int() })) });
/** Minimums by level. */
export type LevelMinimums = z.infer<typeof LevelMinimumsSchema>;

/** Minimums by level written as a whole. */
export const LevelMinimumsWriteSchema = z.strictObject({
  minimums: z
    .array(z.strictObject({ level: z.enum(STUDY_GROUP_LEVELS), minimum }))
    .min(1)
    .max(STUDY_GROUP_LEVELS.length),
});
/** Input of minimums by level. */
export type LevelMinimumsWrite = z.infer<typeof LevelMinimumsWriteSchema>;
