export * from './calendar.schemas';
export * from './errors';
export * from './festivals';
export * from './working-days';
