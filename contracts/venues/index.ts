export * from './errors';
export * from './venue.schemas';
