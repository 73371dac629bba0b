/** Bidi controls that open an embedding, override or isolate, and what closes each kind. */
const EMBEDDINGS = /[\u202A\u202B\u202D\u202E]/u;
const ISOLATES = /[\u2066\u2067\u2068]/u;
const PDF = '\u202C';
const PDI = '\u2069';

/**
 * User text with every bidi embedding, override and isolate it opens closed at its end, so that an
 * unterminated U+202E (RIGHT-TO-LEFT OVERRIDE) in a name cannot reverse the widget's own text
 * around it wherever the name is shown. Text without such controls is returned as is.
 */
export function closeBidi(text: string): string {
  if (!EMBEDDINGS.test(text) && !ISOLATES.test(text)) return text;
  let embeddings = 0;
  let isolates = 0;
  for (const char of text) {
    if (EMBEDDINGS.test(char)) embeddings += 1;
    else if (char === PDF) embeddings = Math.max(0, embeddings - 1);
    else if (ISOLATES.test(char)) isolates += 1;
    else if (char === PDI) isolates = Math.max(0, isolates - 1);
  }
  return text + PDF.repeat(embeddings) + PDI.repeat(isolates);
}

/**
 * User text as saved: at most `max` characters (what the reader accepts), bidi controls closed
 * (`closeBidi`), or removed when closing them would not fit.
 */
export function boundedUserText(text: string, max: number): string {
  const bounded = text.slice(0, max);
  const closed = closeBidi(bounded);
  return closed.length <= max ? closed : bounded.replace(/[\u202A-\u202E\u2066-\u2069]/gu, '');
}
