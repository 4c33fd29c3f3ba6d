export * from './errors';
export * from './title.schemas';
export * from './nomination.schemas';
export * from './notice.schemas';
export * from './role-model.schemas';
export * from './register.schemas';
export * from './household.schemas';
export * from './pairing.schemas';
