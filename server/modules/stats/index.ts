export { type FactInput, type FactSourceRef, reverseFacts, writeFacts } from './fact.writer';
export { findMeasures, getMeasures } from './measure.repository';
export { type RollupDifference, rebuildRollups, type VerifyResult, verifyRollups } from './rollup.verify';
export { drillThrough, MAX_PERIODS, querySeries } from './stats.query';
export type { StatFactTable, StatMeasureTable, StatRollupTable } from './stats.tables';
export { detachSubtreeFacts, reattachSubtreeFacts, type SubtreeMove } from './subtree.reattribute';
export { runStatsVerify } from './verify.cli';
export { createStatsModule } from './stats.module';
