export * from './breakdown.schemas';
export * from './errors';
export * from './measure.schemas';
export * from './query.schemas';
export * from './indicator.schemas';
