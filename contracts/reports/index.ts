export * from './errors';
export * from './figures';
export * from './report.schemas';
export * from './template-grammar';
export * from './template-messages';
