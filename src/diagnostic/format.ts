/**
 * French formatting shared by the sentences the UI shows as-is (reasons, summaries, agenda).
 * One place, so typography (e.g. non-breaking spaces) can change everywhere at once.
 */

/** Space used inside « » and before %; plain, like the widget's i18n strings. */
const SPACE = ' ';

/** « text », French quotation marks. */
export function quote(text: string): string {
  return `«${SPACE}${text}${SPACE}»`;
}

/** A 0–100 score rounded to a whole percent: `25 %`. */
export function percent(score: number): string {
  return `${Math.round(score)}${SPACE}%`;
}

/** A key label in capitals, as the clés are written in the source documents (ACCUEILLIR). */
export function keyName(label: string): string {
  return label.toLocaleUpperCase('fr');
}

/** `a`, `a et b`, `a, b et c`. */
export function joinFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** `1 réponse`, `2 réponses`: French plural (0 and 1 are singular). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count <= 1 ? singular : pluralForm}`;
}
