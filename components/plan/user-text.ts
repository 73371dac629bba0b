import { css, html } from 'lit';

/** Stands for the user's text while a message is built: a private-use character no string has. */
const MARK = '\uE000';

/**
 * The user's own text (a draft's title, a pilot…), isolated from the widget's text around it: an
 * unterminated bidi override in it (U+202E) cannot reverse the widget's words, and its direction
 * is its own (`<bdi>`).
 */
export const userText = (text: string) => html`<bdi>${text}</bdi>`;

/**
 * A message that quotes the user's text (`message(text)`), built with the text isolated
 * (`userText`) wherever the message puts it; a message that does not quote it is given as is.
 */
export function withUserText(message: (text: string) => string, text: string) {
  const parts = message(MARK).split(MARK);
  if (parts.length === 1) return message(text);
  return parts.flatMap((part, index) => (index ? [userText(text), part] : [part]));
}

/** The user's text wraps anywhere: a long unbroken word never widens the page. */
export const userTextStyles = css`
  bdi,
  [dir='auto'] {
    overflow-wrap: anywhere;
  }
`;
