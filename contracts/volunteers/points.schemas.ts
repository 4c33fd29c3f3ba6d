import { z } from 'zod';

/** Why a balance changed. */
export const LEDGER_REASONS = ['service', 'correction', 'redeem', 'refund'] as const;
/** One of LEDGER_REASONS. */
export type LedgerReason = (typeof LEDGER_REASONS)[number];

/** Where a redemption stands. */
export const REDEMPTION_STATUSES = ['redeemed', 'cancelled'] as const;
/** One of REDEMPTION_STATUSES. */
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

const instant = z.iso.datetime({ offset: true });
const id = z.number().int().positive().max(2_147_483_647);

/** One line of a volunteer's points ledger. */
export const LedgerEntrySchema = z.object({
  id: z.number().int(),
  delta: z.number().int(),
  balanceAfter: z.number().int(),
  reason: z.enum(LEDGER_REASONS),
  slotId: z.number().int().nullable(),
  redemptionId: z.number().int().nullable(),
  createdAt: instant,
});
/** A ledger line. */
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/** A volunteer's balance with their ledger, newest first. */
export const PointsAccountSchema = z.object({
  volunteerId: z.number().int(),
  balance: z.number().int(),
  ledger: z.array(LedgerEntrySchema),
});
/** A points account. */
export type PointsAccount = z.infer<typeof PointsAccountSchema>;

/** The city's points per hour of service. */
export const PointsRateSchema = z.strictObject({ pointsPerHour: z.number().min(0).max(1000).multipleOf(0.01) });
/** The points rate. */
export type PointsRate = z.infer<typeof PointsRateSchema>;

/** Adding an item to an org's rewards store. */
export const RewardCreateSchema = z.strictObject({
  orgId: id,
  name: z.string().trim().min(1).max(100),
  pointsPrice: z.number().int().min(1).max(1_000_000),
  stock: z.number().int().min(0).max(1_000_000),
  active: z.boolean().default(true),
});
/** Input of a new item. */
export type RewardCreate = z.infer<typeof RewardCreateSchema>;

/** Changing an item: any of its name, price, stock or whether it is offered. */
export const RewardUpdateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  pointsPrice: z.number().int().min(1).max(1_000_000).optional(),
  stock: z.number().int().min(0).max(1_000_000).optional(),
  active: z.boolean().optional(),
});
/** Input of an item change. */
export type RewardUpdate = z.infer<typeof RewardUpdateSchema>;

/** An item of a rewards store. */
export const RewardSchema = z.object({
  id: z.number().int(),
  org: z.object({ id: z.number().int(), name: z.string() }),
  name: z.string(),
  pointsPrice: z.number().int(),
  stock: z.number().int(),
  active: z.boolean(),
});
/** An item. */
export type Reward = z.infer<typeof RewardSchema>;

/** Filtering the staff list of items. */
export const RewardListQuerySchema = z.object({ orgId: z.coerce.number().int().positive().max(2_147_483_647).optional() });
/** Parsed item list query. */
export type RewardListQuery = z.infer<typeof RewardListQuerySchema>;

/** A redemption. */
export const RedemptionSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  itemName: z.string(),
  volunteerId: z.number().int(),
  points: z.number().int(),
  status: z.enum(REDEMPTION_STATUSES),
  redeemedAt: instant,
  cancelledAt: instant.nullable(),
  cancelReason: z.string().nullable(),
});
/** A redemption. */
export type Redemption = z.infer<typeof RedemptionSchema>;

/** Cancelling a redemption: the reason is kept. */
export const RedemptionCancelSchema = z.strictObject({ reason: z.string().trim().min(2).max(200) });
/** Input of a cancellation. */
export type RedemptionCancel = z.infer<typeof RedemptionCancelSchema>;
