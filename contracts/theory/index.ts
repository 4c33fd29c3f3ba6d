export * from './attendance.schemas';
export * from './errors';
export * from './study-group.schemas';
