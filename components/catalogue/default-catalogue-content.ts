import {
  actions,
  calendar,
  contact,
  ficheTemplate,
  fiches,
  guides,
  resources,
} from '../../data/catalogue.json';
import type { CatalogueContent } from './default-catalogue.js';

/** The built-in catalogue's fiches, actions, resources and guides: a chunk of its own. */
export const defaultContent = {
  fiches,
  actions,
  resources,
  guides,
  calendar,
  ficheTemplate,
  contact,
} as unknown as CatalogueContent;
