import { z } from 'zod';
import { pageOf } from '../common/pagination';

/** Review states of an activity record. */
export const ACTIVITY_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
/** One of ACTIVITY_STATUSES. */
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
const instant = z.iso.datetime({ offset: true });

/** An evidence file attached to a record. */
export const AttachmentSchema = z.object({
  id: z.number().int(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: instant,
});
/** An evidence file. */
export type Attachment = z.infer<typeof AttachmentSchema>;

/** A reason a reviewer should look twice; never blocks. */
export const IntegritySignalSchema = z.object({
  kind: z.enum(['duplicate_title', 'duplicate_evidence', 'audience_over_capacity', 'audience_outlier']),
  message: z.string().describe('In the caller’s language'),
  relatedIds: z.array(z.number().int()),
});

/** An activity record as the API returns it. */
export const ActivitySchema = z.object({
  id: z.number().int(),
  typeCode: z.string(),
  typeName: z.string(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  venueId: z.number().int().nullable(),
  title: z.string(),
  startsAt: instant,
  endsAt: instant,
  fields: z.record(z.string(), fieldValue),
  refs: z.record(z.string(), z.object({ id: z.number().int(), label: z.string() })).describe('What each reference field pointed at, by field key'),
  measures: z.array(z.object({ measure: z.string(), value: z.number() })),
  status: z.enum(ACTIVITY_STATUSES),
  returnReason: z.string().nullable(),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: instant,
  updatedAt: instant,
  submittedAt: instant.nullable(),
  reviewedAt: instant.nullable(),
  reviewedBy: z.string().nullable(),
  attachments: z.array(AttachmentSchema),
  signals: z.array(IntegritySignalSchema),
});
/** An activity record. */
export type Activity = z.infer<typeof ActivitySchema>;
/** A page of activity records. */
export const ActivityPageSchema = pageOf(ActivitySchema.omit({ attachments: true }));

const title = z.string().trim().min(1).max(200);

/** Recording an activity (a draft until submitted). */
export const ActivityCreateSchema = z.strictObject({
  typeCode: z.string().min(1).max(40),
  orgId: z.number().int().positive(),
  venueId: z.number().int().positive().optional(),
  title,
  startsAt: instant,
  endsAt: instant,
  fields: z.record(z.string(), fieldValue),
});
/** Input of activity creation. */
export type ActivityCreate = z.infer<typeof ActivityCreateSchema>;

/** Editing a draft or returned record; `version` guards against lost updates. */
export const ActivityUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  venueId: z.number().int().positive().nullable().optional(),
  title: title.optional(),
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  fields: z.record(z.string(), fieldValue).optional(),
});
/** Input of activity edit. */
export type ActivityUpdate = z.infer<typeof ActivityUpdateSchema>;

/** A review decision or state change that needs the version seen. */
export const ActivityTransitionSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(500).optional(),
});

/** Filtering activity lists and exports. */
export const ActivityListQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional().describe('Records of this org subtree'),
  typeCode: z.string().max(40).optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  q: z.string().trim().max(50).optional(),
  /** Only records with at least one integrity signal (the review queue's "look twice" filter). */
  flagged: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
/** Parsed activity list query. */
export type ActivityListQuery = z.infer<typeof ActivityListQuerySchema>;

/** One entry of a record's history. */
export const ActivityHistoryEntrySchema = z.object({
  version: z.number().int(),
  at: instant,
  username: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()),
});

/** An activity record with its history, oldest first. */
export const ActivityDetailSchema = ActivitySchema.extend({ history: z.array(ActivityHistoryEntrySchema) });
/** An activity record with its history. */
export type ActivityDetail = z.infer<typeof ActivityDetailSchema>;

/** The id in an activity's path. */
export const ActivityIdParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** A record a reference field may point at, as the form and the import offer it. */
export const ReferenceChoiceSchema = z.object({ id: z.number().int(), label: z.string() });
/** A reference choice. */
export type ReferenceChoice = z.infer<typeof ReferenceChoiceSchema>;
/** Whose records a reference field may point at: the org the record is for. */
export const ReferenceChoicesQuerySchema = z.object({ orgId: z.coerce.number().int().positive() });
