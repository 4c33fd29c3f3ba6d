export * from './attendance.schemas';
export * from './board.schemas';
export * from './errors';
export * from './study-group.schemas';
