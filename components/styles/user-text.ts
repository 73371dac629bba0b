import { html } from 'lit';

/** Stands for the user's text while a message is built: a private-use character no string has. */
const MARK = '\uE000';

/**
 * Text someone typed (an establishment's or a session's name, a draft's title, a label, a note),
 * isolated from the widget's text around it: an unterminated bidi override in it (U+202E) cannot
 * reverse the widget's words, and its direction is its own (`<bdi>`). It wraps anywhere, even in
 * a table (`sharedStyles`).
 */
export const userText = (text: string) => html`<bdi>${text}</bdi>`;

/**
 * A message that quotes the user's text (`message(text)`), built with the text isolated
 * (`userText`) wherever the message puts it, so a translation keeps its own word order; a message
 * that does not quote it is given as is.
 */
export function withUserText(message: (text: string) => string, text: string) {
  const parts = message(MARK).split(MARK);
  if (parts.length === 1) return message(text);
  return parts.flatMap((part, index) => (index ? [userText(text), part] : [part]));
}
