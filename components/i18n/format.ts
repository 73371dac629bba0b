/**
 * Numbers, percents, plurals and lists in the widget's language, through `Intl`: no hand-written
 * plural rule, and each language's own typography (« 25 % » with a non-breaking space in French,
 * « 25% » in English). Pure functions of a locale (`fr-FR`, `en-GB`): no DOM, testable in Node.
 */

/** The plural forms a string provides: `one` and `other`, plus any other category of a language. */
export type PluralForms = { readonly one: string; readonly other: string } & Partial<
  Readonly<Record<Intl.LDMLPluralRule, string>>
>;

const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat>();

/** One formatter per locale and kind: building them is what costs. */
function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/** The form of `forms` that `count` takes in `locale` (French: 0 and 1 singular; English: 1 only). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const rules = cached(`plural:${locale}`, () => new Intl.PluralRules(locale));
  return forms[rules.select(count)] ?? forms.other;
}

/** `count` and its noun: « 0 semaine », « 2 semaines »; « 0 weeks », « 1 week ». */
export function countOf(locale: string, count: number, forms: PluralForms): string {
  return `${formatNumber(locale, count)} ${plural(locale, count, forms)}`;
}

/** A number as `locale` writes it (« 100 000 », « 100,000 »); at most one decimal. */
export function formatNumber(locale: string, value: number): string {
  const format = cached(
    `number:${locale}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
  );
  return format.format(value);
}

/** A 0–100 score as a whole percent: « 25 % » (non-breaking space) in French, « 25% » in English. */
export function formatPercent(locale: string, score: number): string {
  const format = cached(
    `percent:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  return format.format(Math.round(score) / 100);
}

/** « a, b et c », « a, b and c ». */
export function joinList(locale: string, items: readonly string[]): string {
  const format = cached(
    `list:${locale}`,
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  );
  return format.format(items);
}
