export * from './activity.schemas';
export * from './activity-type.schemas';
export * from './errors';
export * from './field-declaration';
export * from './field-values';
export * from './import.schemas';
