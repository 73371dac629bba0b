import type { Catalogue } from '../../src/catalogue/schema.js';
// Named imports let the bundler keep only the questionnaire's part of the JSON in the first chunk.
import {
  axes,
  description,
  id,
  keys,
  language,
  questions,
  scale,
  title,
  version,
} from '../../data/catalogue.json';

/** The parts of a catalogue that only the views after the questionnaire need. */
export type CatalogueContent = Pick<
  Catalogue,
  'fiches' | 'actions' | 'resources' | 'guides' | 'calendar' | 'ficheTemplate' | 'contact'
>;

/**
 * The built-in catalogue's questionnaire, with empty content lists until `loadDefaultContent`
 * resolves: the welcome view and the questionnaire can start without the fiches' text.
 * The JSON is validated by the test suite, not at run time.
 */
export const defaultQuestionnaire = {
  id,
  version,
  language,
  title,
  description,
  scale,
  keys,
  axes,
  questions,
  fiches: [],
  actions: [],
  resources: [],
  guides: [],
} as unknown as Catalogue;

export async function loadDefaultContent(): Promise<CatalogueContent> {
  return (await import('./default-catalogue-content.js')).defaultContent;
}
