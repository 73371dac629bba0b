import type { CatalogueContent } from '../../src/catalogue/split.js';
import { content } from './generated/content.js';

/** The built-in catalogue's fiches, actions, resources and guides: a chunk of its own. */
export const defaultContent: CatalogueContent = content;
