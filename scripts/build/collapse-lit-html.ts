import type { Plugin } from 'vite';

/**
 * Lit's html\`\` templates keep their source indentation. Whitespace that contains a line break
 * renders as one space in HTML (the elements use no `<pre>`, `<textarea>` or `white-space: pre`),
 * so each such run becomes one space. A small scanner finds the templates, nested ones included;
 * it throws if anything but whitespace would change.
 */

const collapse = (text: string) => text.replace(/[ \t]*\n\s*/g, ' ');
const squeezeAll = (text: string) => text.replace(/\s+/g, '');

/** `code` (a module's source) with the static parts of its html\`\` templates collapsed. */
export function collapseLitHtml(code: string, where = 'the module'): string {
  const out: string[] = [];
  let copied = 0;
  for (const match of code.matchAll(/\bhtml`/g)) {
    const start = match.index + 4;
    if (start < copied) continue; // nested in a template already handled
    out.push(code.slice(copied, start));
    copied = template(code, start, out);
  }
  out.push(code.slice(copied));
  const result = out.join('');
  if (squeezeAll(result) !== squeezeAll(code))
    throw new Error(`collapse-lit-html changed more than whitespace in ${where}`);
  return result;
}

/** Copies a quoted string or a plain template literal starting at `start`; returns its end. */
function skipLiteral(code: string, start: number, out: string[]): number {
  const quote = code[start]!;
  let i = start + 1;
  while (i < code.length && code[i] !== quote) {
    if (code[i] === '\\') i += 2;
    else if (quote === '`' && code[i] === '$' && code[i + 1] === '{') {
      out.push(code.slice(start, i + 2));
      i = expression(code, i + 2, out);
      start = i;
      continue;
    } else i += 1;
  }
  out.push(code.slice(start, i + 1));
  return i + 1;
}

/** Copies a `${…}` expression (its opening already copied) up to its closing brace. */
function expression(code: string, start: number, out: string[]): number {
  let depth = 0;
  let i = start;
  let copied = start;
  while (i < code.length) {
    const char = code[i]!;
    if (char === '}' && depth === 0) {
      out.push(code.slice(copied, i + 1));
      return i + 1;
    }
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    if (char === '"' || char === "'" || char === '`') {
      out.push(code.slice(copied, i));
      i =
        char === '`' && /\bhtml\s*$/.test(code.slice(Math.max(0, i - 8), i))
          ? template(code, i, out)
          : skipLiteral(code, i, out);
      copied = i;
      continue;
    }
    i += 1;
  }
  throw new Error('unterminated template expression');
}

/** Copies an html template starting at its backtick, collapsing its static parts. */
function template(code: string, start: number, out: string[]): number {
  out.push('`');
  let i = start + 1;
  let text = '';
  while (i < code.length) {
    const char = code[i]!;
    if (char === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      out.push(collapse(text), '`');
      return i + 1;
    } else if (char === '$' && code[i + 1] === '{') {
      out.push(collapse(text), '${');
      text = '';
      i = expression(code, i + 2, out);
    } else {
      text += char;
      i += 1;
    }
  }
  throw new Error('unterminated html template');
}

/** The Vite plugin: components' modules only. */
export function collapseLitHtmlWhitespace(): Plugin {
  return {
    name: 'perseverance-collapse-lit-html',
    transform(code, id) {
      if (!/\/components\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      return { code: collapseLitHtml(code, id), map: null };
    },
  };
}
