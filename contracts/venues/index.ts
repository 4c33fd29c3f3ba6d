export * from './errors';
export * from './venue.schemas';
export * from './venue-import.schemas';
export * from './venue-admin.schemas';
