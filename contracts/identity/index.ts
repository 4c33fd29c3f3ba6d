export * from './audit-labels';
export * from './audit.schemas';
export * from './errors';
export * from './org-code';
export * from './org.schemas';
export * from './password-policy';
export * from './permissions';
export * from './user.schemas';
