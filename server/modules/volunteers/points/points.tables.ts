import type { ColumnType, Generated } from 'kysely';
import type { LedgerReason, RedemptionStatus } from '../../../../contracts/volunteers/points.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** points_settings: the one row holding the city's points per hour of service. */
export interface PointsSettingsTable {
  id: Generated<number>;
  pointsPerHour: ColumnType<string, string | number, string | number>;
  updatedBy: number | null;
  updatedAt: Timestamp;
}

/** points_balances: a volunteer's points, the row locked by every change so two spends cannot both pass. */
export interface PointsBalanceTable {
  volunteerId: number;
  balance: Generated<number>;
}

/** points_ledger: every change of a balance, with what caused it. */
export interface PointsLedgerTable {
  id: Generated<number>;
  volunteerId: number;
  delta: number;
  balanceAfter: number;
  reason: LedgerReason;
  slotId: number | null;
  redemptionId: number | null;
  createdBy: number;
  createdAt: Timestamp;
}

/** reward_items: what an org's rewards store offers for points. */
export interface RewardItemTable {
  id: Generated<number>;
  orgId: number;
  name: string;
  pointsPrice: number;
  stock: number;
  active: Generated<boolean>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** reward_redemptions: an item taken for points, until staff cancel it and the points go back. */
export interface RewardRedemptionTable {
  id: Generated<number>;
  itemId: number;
  volunteerId: number;
  points: number;
  status: Generated<RedemptionStatus>;
  redeemedBy: number;
  redeemedAt: Timestamp;
  cancelledBy: number | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

declare module '../../../platform/db/database' {
  interface Database {
    pointsSettings: PointsSettingsTable;
    pointsBalances: PointsBalanceTable;
    pointsLedger: PointsLedgerTable;
    rewardItems: RewardItemTable;
    rewardRedemptions: RewardRedemptionTable;
  }
}
