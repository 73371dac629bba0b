import type { Catalogue } from '../../src/catalogue/schema.js';
import { makeValidCatalogue } from '../catalogue/fixtures.js';

/** Set by any payload that manages to run; must stay undefined. */
export const PWNED_FLAG = '__perseverancePwned';

/** Markup that would create elements and run code if a string ever reached `innerHTML`. */
export const PAYLOAD = `<img src=x onerror="window.${PWNED_FLAG}=1"><script>window.${PWNED_FLAG}=1</script>`;
/** What fits the 40-character `version` field. */
export const SHORT_PAYLOAD = '<img src=x onerror=alert(1)>';
/** A valid http(s) address that still carries markup (percent-encoded by the URL parser). */
export const HOSTILE_URL = `https://example.fr/?q="><img/src=x/onerror=window.${PWNED_FLAG}=1>`;

/**
 * Fields whose strings are identifiers, references, enums or addresses: the schema constrains them
 * (slugs, enums, http(s) patterns), so they cannot carry markup. Every other string is free text.
 */
const CONSTRAINED = new Set([
  'id',
  'axis',
  'key',
  'color',
  'kind',
  'keys',
  'axes',
  'publics',
  'levels',
  'scale',
  'language',
  'url',
  'email',
  '$schema',
]);

export function isFreeText(name: string | undefined): boolean {
  return name === undefined || !CONSTRAINED.has(name);
}

/** Every optional text field filled in, so each has a chance to be rendered. */
export function fullCatalogue(): Catalogue {
  const c = makeValidCatalogue();
  c.description = 'Description du catalogue.';
  c.scale.levels[0]!.description = 'Rien n’est en place.';
  for (const key of c.keys) key.tagline = `Devise ${key.label}.`;
  for (const question of c.questions) question.help ??= `Aide : ${question.text}`;
  c.actions[0]!.description = 'Une journée pour se connaître.';
  for (const resource of c.resources) resource.description = `À propos de ${resource.title}.`;
  c.calendar!.milestones[1]!.description = 'La semaine elle-même.';
  return c;
}

/** Appends `PAYLOAD` to every free-text string (and a short one to `version`), recursively. */
export function hostilize(value: unknown, name?: string): unknown {
  if (typeof value === 'string') {
    if (name === 'version') return `1${SHORT_PAYLOAD}`;
    return isFreeText(name) ? `${value} ${PAYLOAD}` : value;
  }
  if (Array.isArray(value)) return value.map((item) => hostilize(item, name));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, hostilize(item, key)]),
    );
  }
  return value;
}

/** The catalogue written to `test/fixtures/hostile-catalogue.json`. */
export function hostileCatalogue(): Catalogue {
  const c = hostilize(fullCatalogue()) as Catalogue;
  c.resources[0]!.url = HOSTILE_URL;
  return c;
}

/** Every string leaf with the name of the property (or list) holding it. */
export function stringLeaves(value: unknown, name?: string): { name?: string; text: string }[] {
  if (typeof value === 'string') return [{ ...(name === undefined ? {} : { name }), text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => stringLeaves(item, name));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, key));
  return [];
}
