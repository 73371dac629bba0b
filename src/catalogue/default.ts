import raw from '../../data/catalogue.json';
import type { Catalogue } from './schema.js';

/**
 * The catalogue shipped with the widget. Not parsed at runtime: the tests parse this very file, and
 * skipping zod here keeps it out of the first view's work. The cast is needed because a JSON import
 * types strings as `string`, not as the schema's literal unions.
 */
export const defaultCatalogue: Catalogue = raw as unknown as Catalogue;
