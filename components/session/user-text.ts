import { html } from 'lit';

/**
 * Text someone typed (a session name, a label, a role, a note) inside `<bdi>`: whatever
 * direction marks it holds — an unterminated U+202E included — end with it and never turn the
 * widget's own words around it. Long words wrap through the shared `overflow-wrap: anywhere`.
 */
export const userText = (text: string) => html`<bdi>${text}</bdi>`;

/** A character no message contains: where the user's text goes in a formatted message. */
const SLOT = '\uE000';

/**
 * A message that quotes user text (« “Mme D.” ne fait plus partie de la séance ») with that text
 * isolated: `format` is the message's function given the text; it is called with a placeholder
 * and the text goes in a `<bdi>` at its place, so the translation keeps its own word order.
 */
export function withUserText(format: (text: string) => string, text: string) {
  return format(SLOT)
    .split(SLOT)
    .map((part, i) => (i === 0 ? part : html`${userText(text)}${part}`));
}
