/**
 * French typography the domain still uses (the agenda's answer counts quote the catalogue's scale
 * labels). Sentences are the interface's: see `components/i18n/`.
 */

/** Space used inside « »; plain, like the widget's i18n strings. */
const SPACE = ' ';

/** « text », French quotation marks. */
export function quote(text: string): string {
  return `«${SPACE}${text}${SPACE}»`;
}
