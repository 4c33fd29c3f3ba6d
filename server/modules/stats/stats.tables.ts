import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Aggregation } from '../../../contracts/stats/measure.schemas';
import type { Grain } from '../../../contracts/stats/query.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** stat_measures: what can be counted; rows are data, seeded by migrations and extended later. */
export interface StatMeasureTable {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  aggregation: Aggregation;
  description: string;
}

/** stat_facts: one measured value of one source record, dated by its local day and owned by one org. */
export interface StatFactTable {
  id: Generated<number>;
  sourceModule: string;
  sourceType: string;
  sourceId: string;
  orgId: number;
  factDate: string;
  measure: string;
  value: number;
  createdAt: Timestamp;
}

/** stat_rollups: sums of 'sum' facts per ancestor org, measure and period; maintained with the facts. */
export interface StatRollupTable {
  orgId: number;
  measure: string;
  grain: Grain;
  periodStart: string;
  value: number;
  factCount: number;
}

declare module '../../platform/db/database' {
  interface Database {
    statMeasures: StatMeasureTable;
    statFacts: StatFactTable;
    statRollups: StatRollupTable;
  }
}

/** A selected measure row. */
export type StatMeasureRow = Selectable<StatMeasureTable>;
/** A selected rollup row. */
export type StatRollupRow = Selectable<StatRollupTable>;
