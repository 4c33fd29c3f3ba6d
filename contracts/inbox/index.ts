export * from './notice.schemas';
