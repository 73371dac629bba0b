import type { Catalogue } from '../../src/catalogue/schema.js';
import type { CatalogueContent } from '../../src/catalogue/split.js';
import { questionnaire } from './generated/questionnaire.js';

/**
 * The built-in catalogue's questionnaire, with empty content lists until `loadDefaultContent`
 * resolves: the welcome view and the questionnaire can start without the fiches' text.
 * The generated parts are checked with `parseCatalogue` when generated, not at run time.
 */
export const defaultQuestionnaire: Catalogue = {
  ...questionnaire,
  fiches: [],
  actions: [],
  resources: [],
  guides: [],
};

export async function loadDefaultContent(): Promise<CatalogueContent> {
  return (await import('./default-catalogue-content.js')).defaultContent;
}
