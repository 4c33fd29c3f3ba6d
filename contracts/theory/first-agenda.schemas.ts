import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../common/pagination';
import { STUDY_GROUP_LEVELS } from './study-group.schemas';

/** What a first-agenda item (第一议题) carries: an important speech, or an instruction. */
export const FIRST_AGENDA_SOURCES = ['speech', 'instruction'] as const;
/** One of FIRST_AGENDA_SOURCES. */
export type FirstAgendaSource = (typeof FIRST_AGENDA_SOURCES)[number];

/** How a group stands on an item: studied by the deadline, studied after it, or not yet. */
export const FOLLOW_UP_STATES = ['on_time', 'late', 'not_yet'] as const;
/** One of FOLLOW_UP_STATES. */
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

const isoDate = z.iso.date();
const ref = z.object({ id: z.number().int(), name: z.string() });

/** A document of an item: the speech or instruction's text, by its title and, where published, its address. */
export const FirstAgendaDocumentSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  url: z.url({ protocol: /^https?$/ }).max(300).optional(),
});
/** A document of an item. */
export type FirstAgendaDocument = z.infer<typeof FirstAgendaDocumentSchema>;

/** How far the groups below have got with an item. */
export const FollowUpTotalsSchema = z.object({
  groups: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  notYet: z.number().int(),
});
/** Follow-up totals. */
export type FollowUpTotals = z.infer<typeof FollowUpTotalsSchema>;

/** A first-agenda item as lists show it, with its follow-up among the groups in the caller's view. */
export const FirstAgendaItemSchema = z.object({
  id: z.number().int(),
  org: ref,
  title: z.string(),
  source: z.enum(FIRST_AGENDA_SOURCES),
  /** When the speech was made or the instruction given. */
  deliveredOn: isoDate,
  /** When the item was published to the groups; the deadline counts from here. */
  issuedOn: isoDate,
  deadlineWorkingDays: z.number().int(),
  /** The last day to study it, `deadlineWorkingDays` working days after `issuedOn` on the work calendar. */
  dueOn: isoDate,
  documents: z.array(FirstAgendaDocumentSchema),
  withdrawn: z.boolean(),
  withdrawnReason: z.string().nullable(),
  followUp: FollowUpTotalsSchema,
  version: z.number().int(),
});
/** A first-agenda item. */
export type FirstAgendaItem = z.infer<typeof FirstAgendaItemSchema>;

/** A page of first-agenda items. */
export const FirstAgendaItemPageSchema = pageOf(FirstAgendaItemSchema);

/** Filters of the item list: by year of issue, source, a word of the title, and whether withdrawn ones show. */
export const FirstAgendaListQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  source: z.enum(FIRST_AGENDA_SOURCES).optional(),
  q: z.string().trim().max(60).optional(),
  withdrawn: z.enum(['true', 'false']).optional(),
});
/** Parsed item filters. */
export type FirstAgendaListQuery = z.infer<typeof FirstAgendaListQuerySchema>;

/** A new item, published by an org in the caller's entry scope to every group beneath it. */
export const FirstAgendaCreateSchema = z.strictObject({
  orgId: z.number().int().positive(),
  title: z.string().trim().min(1).max(120),
  source: z.enum(FIRST_AGENDA_SOURCES),
  deliveredOn: isoDate,
  /** Today when left out. */
  issuedOn: isoDate.optional(),
  deadlineWorkingDays: z.number().int().min(1).max(60),
  documents: z.array(FirstAgendaDocumentSchema).max(10).default([]),
});
/** A new item. */
export type FirstAgendaCreate = z.infer<typeof FirstAgendaCreateSchema>;

/** A change of an item: its wording, documents or deadline; or its withdrawal with a reason. */
export const FirstAgendaUpdateSchema = z.strictObject({
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(120).optional(),
  documents: z.array(FirstAgendaDocumentSchema).max(10).optional(),
  deadlineWorkingDays: z.number().int().min(1).max(60).optional(),
  withdrawnReason: z.string().trim().min(1).max(200).optional(),
});
/** A change of an item. */
export type FirstAgendaUpdate = z.infer<typeof FirstAgendaUpdateSchema>;

/** Path parameter naming an item. */
export const FirstAgendaParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** Narrows an item's follow-up to the groups beneath one org, or to one state. */
export const FollowUpQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  state: z.enum(FOLLOW_UP_STATES).optional(),
});
/** Parsed follow-up filters. */
export type FollowUpQuery = z.infer<typeof FollowUpQuerySchema>;

/** One group's follow-up of an item: the first meeting that studied it, and the working days past the deadline. */
export const FollowUpRowSchema = z.object({
  group: ref.extend({ level: z.enum(STUDY_GROUP_LEVELS) }),
  org: ref,
  state: z.enum(FOLLOW_UP_STATES),
  /** The first record studying the item: its id, local date, and whether it is approved yet. */
  studied: z.object({ activityId: z.number().int(), on: isoDate, approved: z.boolean() }).nullable(),
  /** Working days after the deadline it was studied on, or that have passed without it; 0 when on time or not yet due. */
  daysOverdue: z.number().int(),
});
/** A follow-up row. */
export type FollowUpRow = z.infer<typeof FollowUpRowSchema>;

/** The follow-up board of one item: not-yet groups first (longest overdue first), then late ones, then on time. */
export const FollowUpBoardSchema = z.object({
  item: FirstAgendaItemSchema,
  asOf: isoDate,
  rows: z.array(FollowUpRowSchema),
});
/** The follow-up board of an item. */
export type FollowUpBoard = z.infer<typeof FollowUpBoardSchema>;
