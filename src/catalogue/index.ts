export * from './schema.js';
export { parseCatalogue } from './parse.js';
export { CatalogueError, formatIssues, type CatalogueIssue } from './errors.js';
export { defaultCatalogue } from './default.js';
