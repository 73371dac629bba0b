export * from './schema.js';
export { parseCatalogue } from './parse.js';
export { CatalogueError, formatIssues, type CatalogueIssue } from './errors.js';
export { defaultCatalogue } from './default.js';
export {
  splitCatalogue,
  joinCatalogue,
  type Questionnaire,
  type CatalogueContent,
  type CatalogueParts,
  type ContentField,
} from './split.js';
