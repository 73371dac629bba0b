import * as z from 'zod/mini';
import { FIELD_DESCRIPTIONS } from './field-descriptions.js';
import { catalogueSchema } from './schema.js';

/** A URN, not a URL: no address is promised for the schema; a catalogue points at its copy via `$schema`. */
export const CATALOGUE_SCHEMA_ID = 'urn:perseverance-diagnostic:catalogue-schema';

type JsonObject = { [key: string]: unknown };

/**
 * VS Code shows `patternErrorMessage` instead of the bare regex, which means little to an author.
 * Keyed by the start of the pattern so a tweak of the regex's tail keeps its message.
 */
const PATTERN_MESSAGES: readonly (readonly [string, string])[] = [
  [
    '^[a-z0-9]',
    'Identifiant attendu : minuscules sans accents, chiffres et tirets (ex. « climat-scolaire »).',
  ],
  ['^https?:', 'Adresse complète attendue, commençant par http:// ou https://.'],
  ['^[^\\s@', 'Adresse électronique attendue.'],
];

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets each field's French description; throws on a field without one so none is forgotten. */
function describeFields(node: JsonObject, path: string, used: Set<string>): void {
  if (path !== '') {
    const description = FIELD_DESCRIPTIONS[path];
    if (description === undefined) throw new Error(`No description for catalogue field ${path}`);
    node.description = description;
    used.add(path);
  }
  if (typeof node.pattern === 'string') {
    const pattern = node.pattern;
    const message = PATTERN_MESSAGES.find(([start]) => pattern.startsWith(start))?.[1];
    if (message) node.patternErrorMessage = message;
  }
  if (isObject(node.properties)) {
    for (const [name, child] of Object.entries(node.properties)) {
      if (isObject(child)) describeFields(child, path === '' ? name : `${path}.${name}`, used);
    }
  }
  if (isObject(node.items)) describeFields(node.items, `${path}[]`, used);
}

/**
 * The catalogue's JSON Schema, for editors' completion and checks. Draft-07, the draft VS Code's
 * JSON service fully supports. Cross-references (unknown axis, duplicate id) are not expressible in
 * it: only `parseCatalogue` sees those.
 */
export function buildCatalogueJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(catalogueSchema, { target: 'draft-07', io: 'input' });
  // The round trip drops `undefined` members and unshares inlined sub-schemas, so each field gets its own description.
  const body = JSON.parse(JSON.stringify(generated)) as JsonObject;
  const used = new Set<string>();
  describeFields(body, '', used);
  const stale = Object.keys(FIELD_DESCRIPTIONS).filter((path) => !used.has(path));
  if (stale.length > 0)
    throw new Error(`Descriptions for unknown catalogue fields: ${stale.join(', ')}`);
  const { $schema, ...rest } = body;
  return {
    $schema,
    $id: CATALOGUE_SCHEMA_ID,
    title: 'Catalogue du widget perseverance-diagnostic',
    description:
      'Contenu du diagnostic des clés de la persévérance scolaire : clés, axes, questions, fiches actions, ressources. Les renvois entre parties (axe inconnu, identifiant en double) sont vérifiés par le widget, pas par ce schéma.',
    ...rest,
  };
}
