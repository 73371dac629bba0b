import type { Plugin } from 'vite';

/**
 * Lit's css\`\` templates ship as written; collapsing their whitespace and comments is the
 * CSS minification the bundler cannot do inside template literals.
 */

/** Templates without `${…}` (the widget's styles interpolate nothing) nor escaped backticks. */
const CSS_TEMPLATE = /css`([^`$]*)`/g;

/** `text` (a style sheet's body) without comments and without the whitespace CSS ignores. */
export function minifyCss(text: string): string {
  return (
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
      .trim()
  );
}

/** `code` (a module's source) with each static css\`\` template minified. */
export function minifyCssTemplates(code: string): string {
  return code.replace(CSS_TEMPLATE, (_, body: string) => `css\`${minifyCss(body)}\``);
}

/** The Vite plugin: components' modules only. */
export function minifyLitCss(): Plugin {
  return {
    name: 'perseverance-minify-lit-css',
    transform(code, id) {
      if (!/\/components\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
