export * from './errors';
export * from './project.schemas';
export * from './resident-id';
export * from './team.schemas';
export * from './volunteer.schemas';
export * from './self.schemas';
export * from './my-service.schemas';
export * from './certificate.schemas';
