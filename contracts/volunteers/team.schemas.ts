import { z } from 'zod';
import { pageOf } from '../common/pagination';

/** Kinds of volunteer team: professional, corps (总队), "10+N", civilization practice, others. */
export const TEAM_KINDS = ['professional', 'corps', 'ten_plus_n', 'practice', 'other'] as const;
/** One of TEAM_KINDS. */
export type TeamKind = (typeof TEAM_KINDS)[number];

/** A team is active until dissolved; dissolved teams stay for the record. */
export const TEAM_STATUSES = ['active', 'dissolved'] as const;
/** One of TEAM_STATUSES. */
export type TeamStatus = (typeof TEAM_STATUSES)[number];

/** A member's role in a team. */
export const MEMBER_ROLES = ['member', 'leader'] as const;
/** One of MEMBER_ROLES. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Where a membership stands: a join request pending, approved, rejected, or the member left. */
export const MEMBER_STATUSES = ['pending', 'approved', 'rejected', 'left'] as const;
/** One of MEMBER_STATUSES. */
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

const instant = z.iso.datetime({ offset: true });
const ref = z.object({ id: z.number().int(), name: z.string() });

/** Founding a team owned by an org in the caller's entry scope. */
export const TeamCreateSchema = z.strictObject({
  kind: z.enum(TEAM_KINDS),
  orgId: z.number().int().positive().max(2_147_483_647),
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).default(''),
  foundedOn: z.iso.date().optional(),
});
/** Input of team creation. */
export type TeamCreate = z.infer<typeof TeamCreateSchema>;

/** Changing a team's kind, name or description; `version` is the one the editor started from. */
export const TeamUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  kind: z.enum(TEAM_KINDS).optional(),
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().trim().max(1000).optional(),
});
/** Input of a team change. */
export type TeamUpdate = z.infer<typeof TeamUpdateSchema>;

/** Dissolving a team on a date. */
export const TeamDissolveSchema = z.strictObject({ version: z.number().int().min(1), dissolvedOn: z.iso.date() });

/** A team with its owner org, leaders and number of approved members. */
export const TeamSchema = z.object({
  id: z.number().int(),
  kind: z.enum(TEAM_KINDS),
  org: ref,
  name: z.string(),
  description: z.string(),
  status: z.enum(TEAM_STATUSES),
  foundedOn: z.iso.date(),
  dissolvedOn: z.iso.date().nullable(),
  memberCount: z.number().int(),
  leaders: z.array(z.object({ volunteerId: z.number().int(), name: z.string(), volunteerNo: z.string() })),
  version: z.number().int(),
  updatedAt: instant,
});
/** A team. */
export type Team = z.infer<typeof TeamSchema>;
/** A page of teams. */
export const TeamPageSchema = pageOf(TeamSchema);

/** Filtering the team list. */
export const TeamListQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Teams owned within this org subtree'),
  kind: z.enum(TEAM_KINDS).optional(),
  status: z.enum(TEAM_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
/** Parsed team list query. */
export type TeamListQuery = z.infer<typeof TeamListQuerySchema>;

/** A team's member or applicant; nothing personal beyond name and volunteer number. */
export const TeamMemberSchema = z.object({
  volunteerId: z.number().int(),
  volunteerNo: z.string(),
  name: z.string(),
  role: z.enum(MEMBER_ROLES),
  status: z.enum(MEMBER_STATUSES),
  requestedAt: instant,
  decidedAt: instant.nullable(),
  decisionNote: z.string().nullable(),
});
/** A team member. */
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** Filtering a team's members. */
export const TeamMemberQuerySchema = z.object({ status: z.enum(MEMBER_STATUSES).optional() });

/** Asking to join a team: for oneself, or by staff for a volunteer in their entry scope. */
export const JoinRequestSchema = z.strictObject({ volunteerId: z.number().int().positive().max(2_147_483_647) });

/** A team and a volunteer in a path. */
export const MemberParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  volunteerId: z.coerce.number().int().positive().max(2_147_483_647),
});

/** Deciding a pending join request; a rejection may say why. */
export const JoinDecisionSchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(200).optional(),
});
/** Input of a join decision. */
export type JoinDecision = z.infer<typeof JoinDecisionSchema>;

/** Making an approved member a leader, or a leader a member again. */
export const MemberRoleSchema = z.strictObject({ role: z.enum(MEMBER_ROLES) });
