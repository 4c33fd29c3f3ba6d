export * from './attendance.schemas';
export * from './board.schemas';
export * from './errors';
export * from './first-agenda.schemas';
export * from './study-group.schemas';
export * from './lecture.schemas';
export * from './lecture-request.schemas';
