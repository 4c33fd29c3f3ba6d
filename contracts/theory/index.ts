export * from './errors';
export * from './study-group.schemas';
