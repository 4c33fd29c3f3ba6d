export * from './errors';
export * from './category.schemas';
export * from './case.schemas';
export * from './api-client.schemas';
export * from './league.schemas';
