import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { CHUNKS } from './scripts/build/chunks.js';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

/**
 * Fields of the built-in catalogue that no element or domain function reads (checked with
 * `grep` over components/ and src/): the chunks ship without them. The whole file stays the
 * downloadable catalogue (`perseverance-diagnostic/catalogue.json`) and the npm `defaultCatalogue`.
 * A view that starts showing one of them must take it off this list (the e2e tests run the build).
 * `[]` walks every item of a list.
 */
const UNREAD_FIELDS = [
  'title', // the catalogue's own title, description and language: never shown
  'description',
  'language',
  'contact',
  'actions[].description',
  'actions[].source',
  'guides[].title',
  'guides[].summary',
  'guides[].source.document', // planGuide compares source.year only
  'calendar.source',
  'ficheTemplate.number',
  'ficheTemplate.title',
  'ficheTemplate.source',
  'ficheTemplate.fields[].label', // the draft form's labels are interface strings
];

function dropUnread(value: Record<string, unknown>, paths: readonly string[]) {
  const drop = (target: unknown, steps: string[]): void => {
    if (target === null || typeof target !== 'object') return;
    const [step, ...rest] = steps;
    const list = step!.endsWith('[]');
    const name = list ? step!.slice(0, -2) : step!;
    const record = target as Record<string, unknown>;
    if (!rest.length && !list) {
      delete record[name];
      return;
    }
    const child = record[name];
    if (list) for (const item of (child as unknown[] | undefined) ?? []) drop(item, rest);
    else drop(child, rest);
  };
  const copy = structuredClone(value);
  for (const path of paths) drop(copy, path.split('.'));
  return copy;
}

/**
 * The built-in catalogue feeds two chunks: its questionnaire (first view) and its fiches, actions
 * and resources (loaded later). A JSON module imported from both would stay whole in a shared
 * chunk, so each importer gets only the fields it names, inlined as an object literal.
 */
function splitDefaultCatalogue(): Plugin {
  const catalogue = JSON.parse(
    readFileSync(new URL('./data/catalogue.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const namedImport = /import\s*\{([^}]+)\}\s*from\s*'\.\.\/\.\.\/data\/catalogue\.json';/;
  return {
    name: 'perseverance-split-default-catalogue',
    enforce: 'pre',
    transform(code, id) {
      if (!/components\/catalogue\/default-catalogue(-content)?\.ts$/.test(id)) return null;
      const match = namedImport.exec(code);
      if (!match) return null;
      const names = match[1]!
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const subset = dropUnread(
        Object.fromEntries(names.map((name) => [name, catalogue[name]])),
        UNREAD_FIELDS,
      );
      // An object literal, not JSON.parse('…'): a module's top-level bytecode lives as long as the
      // page, so the JSON text would stay in the heap as a string constant (two bytes per
      // character: the text has non-Latin-1 characters) beside the objects parsed from it.
      const literal = JSON.stringify(subset);
      if (literal.includes('"__proto__":'))
        throw new Error('data/catalogue.json: a "__proto__" key cannot be inlined as a literal');
      const inlined = `const { ${names.join(', ')} } = ${literal};`;
      return { code: code.replace(namedImport, inlined), map: null };
    },
  };
}

/**
 * Lit's css\`\` templates ship as written; collapsing their whitespace and comments is the
 * CSS minification the bundler cannot do inside template literals.
 */
function minifyLitCss(): Plugin {
  const cssTemplate = /css`([^`$]*)`/g;
  const squeeze = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/,\s+/g, ',')
      // Inside a declaration block (an innermost {…}): no space after a property's colon or
      // before !important, no last semicolon, no leading zero.
      .replace(
        /\{([^{}]*)\}/g,
        (_, body: string) =>
          `{${body
            .replace(/:\s+/g, ':')
            .replace(/\s+!important/g, '!important')
            .replace(/(^|[\s:(,-])0\.(\d)/g, '$1.$2')
            .replace(/;$/, '')}}`,
      )
      .trim();
  return {
    name: 'perseverance-minify-lit-css',
    transform(code, id) {
      if (!/\/components\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(cssTemplate, (_, body: string) => `css\`${squeeze(body)}\``),
        map: null,
      };
    },
  };
}

/**
 * Lit's html\`\` templates keep their source indentation. Whitespace that contains a line break
 * renders as one space in HTML (the elements use no `<pre>`, `<textarea>` or `white-space: pre`),
 * so each such run becomes one space. A small scanner finds the templates, nested ones included;
 * the build fails if anything but whitespace would change.
 */
function collapseLitHtmlWhitespace(): Plugin {
  const collapse = (text: string) => text.replace(/[ \t]*\n\s*/g, ' ');
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
  const squeezeAll = (text: string) => text.replace(/\s+/g, '');
  return {
    name: 'perseverance-collapse-lit-html',
    transform(code, id) {
      if (!/\/components\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
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
        throw new Error(`collapse-lit-html changed more than whitespace in ${id}`);
      return { code: result, map: null };
    },
  };
}

// Library build: one ES module that defines the element, with late parts (chart.js, the profile
// view) as chunks that load relative to the module's own URL, so the file works from any folder.
export default defineConfig({
  plugins: [splitDefaultCatalogue(), minifyLitCss(), collapseLitHtmlWhitespace()],
  publicDir: false,
  json: { stringify: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    reportCompressedSize: false,
    lib: {
      entry: 'components/index.ts',
      formats: ['es'],
      fileName: () => 'perseverance-diagnostic.js',
    },
    rolldownOptions: {
      // chart.js's scales read `Ticks.formatters.numeric` and `TimeScale.defaults` in static
      // fields: with reads counted as side effects, the linear, logarithmic, time and timeseries
      // scales (never registered: only the radial one is) stayed in the chart chunk (3.7 KB gzip).
      // Getters with side effects at module level would be dropped too: none in this code.
      treeshake: { propertyReadSideEffects: false },
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Lib mode keeps whitespace for downstream bundlers; this file goes straight to browsers.
        minify: process.env.NO_MINIFY ? false : true,
        // What the first view needs goes in one chunk: small shared chunks each cost a request
        // and compress worse than one file.
        codeSplitting: { groups: CHUNKS },
      },
    },
  },
  define: {
    __PERSEVERANCE_VERSION__: JSON.stringify(version),
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
});
