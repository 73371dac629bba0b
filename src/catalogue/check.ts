import { CatalogueError, formatIssues } from './errors.js';
import { parseJsonText } from './json-text.js';
import { parseCatalogue } from './parse.js';

export interface CatalogueCheck {
  readonly ok: boolean;
  /** French: the verdict on the first line, then one line per problem (`- chemin : message`). */
  readonly report: string;
}

/**
 * A catalogue file's text checked as the widget checks it, with the report that the command line
 * (`perseverance-diagnostic valider`, `scripts/validate-catalogue.ts`) prints and the validator page
 * shows: the same words everywhere.
 */
export function checkCatalogueText(name: string, text: string): CatalogueCheck {
  try {
    const catalogue = parseCatalogue(parseJsonText(text));
    return {
      ok: true,
      report: `${name} : catalogue valide (${catalogue.questions.length} questions, ${catalogue.fiches.length} fiches).`,
    };
  } catch (error) {
    if (error instanceof CatalogueError)
      return { ok: false, report: `${name} : ${error.message}\n${formatIssues(error.issues)}` };
    return {
      ok: false,
      report: `${name} : ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
