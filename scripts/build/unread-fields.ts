/**
 * Fields of the built-in catalogue that no element or domain function reads (checked with
 * `grep` over components/ and src/). The whole file stays the downloadable catalogue
 * (`perseverance-diagnostic/catalogue.json`) and the npm `defaultCatalogue`.
 * A view that starts showing one of them must take it off these lists (the e2e tests run the build).
 * `[]` walks every item of a list.
 */

/** Unread, and optional in the schema: the widget's chunks ship without them. */
export const DROPPED_FIELDS = [
  'fiches[].catalogueNote', // the catalogue's notes for its editors: never shown
  'actions[].catalogueNote',
  'resources[].catalogueNote',
  'resources[].urlRepair', // what the source wrote, for a reader checking a repaired link
];

/**
 * Unread too, but the schema requires them: the widget runs on a `Catalogue`, so the chunks keep
 * them rather than ship objects their type lies about (≈ 0.4 KB gzip, all in the lazy content
 * chunk but the title and language). They can move to `DROPPED_FIELDS` once the views take a type
 * without them; a test fails when the schema stops requiring one.
 */
export const UNREAD_REQUIRED_FIELDS = [
  'language', // the catalogue's own language: never shown
  'ficheTemplate.number',
  'ficheTemplate.title',
  'ficheTemplate.source',
  'ficheTemplate.fields[].label', // the draft form's labels are interface strings
];

const STEP = /^[A-Za-z_$][\w$]*(\[\])?$/;

/**
 * A deep copy of `value` (JSON data) without the fields at `paths` (`a.b`, `list[].field`);
 * fields or lists that are absent are skipped. Throws on a malformed path.
 */
export function dropFields(value: unknown, paths: readonly string[]): unknown {
  const copy: unknown = structuredClone(value);
  for (const path of paths) {
    const steps = path.split('.');
    if (!steps.every((step) => STEP.test(step)) || steps.at(-1)!.endsWith('[]'))
      throw new Error(`dropFields : chemin invalide « ${path} »`);
    drop(copy, steps);
  }
  return copy;
}

function drop(target: unknown, [step, ...rest]: string[]): void {
  if (target === null || typeof target !== 'object' || step === undefined) return;
  const list = step.endsWith('[]');
  const name = list ? step.slice(0, -2) : step;
  if (!Object.hasOwn(target, name)) return;
  if (!rest.length) {
    Reflect.deleteProperty(target, name);
    return;
  }
  const child: unknown = Reflect.get(target, name);
  if (!list) drop(child, rest);
  else if (Array.isArray(child)) for (const item of child) drop(item, rest);
}
