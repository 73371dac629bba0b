import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

/**
 * The built-in catalogue feeds two chunks: its questionnaire (first view) and its fiches, actions
 * and resources (loaded later). A JSON module imported from both would stay whole in a shared
 * chunk, so each importer gets only the fields it names, inlined.
 */
function splitDefaultCatalogue(): Plugin {
  const catalogue = JSON.parse(
    readFileSync(new URL('./data/catalogue.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const namedImport = /import\s*\{([^}]+)\}\s*from\s*'\.\.\/data\/catalogue\.json';/;
  return {
    name: 'perseverance-split-default-catalogue',
    enforce: 'pre',
    transform(code, id) {
      if (!/components\/default-catalogue(-content)?\.ts$/.test(id)) return null;
      const match = namedImport.exec(code);
      if (!match) return null;
      const names = match[1]!
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const subset = Object.fromEntries(names.map((name) => [name, catalogue[name]]));
      const inlined = `const { ${names.join(', ')} } = JSON.parse(${JSON.stringify(JSON.stringify(subset))});`;
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

// Library build: one ES module that defines the element, with late parts (chart.js, the profile
// view) as chunks that load relative to the module's own URL, so the file works from any folder.
export default defineConfig({
  plugins: [splitDefaultCatalogue(), minifyLitCss()],
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
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Lib mode keeps whitespace for downstream bundlers; this file goes straight to browsers.
        minify: process.env.NO_MINIFY ? false : true,
        // What the first view needs goes in one chunk: small shared chunks each cost a request
        // and compress worse than one file.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit|zod)[\\/]|[\\/]src[\\/](storage|diagnostic|share|catalogue[\\/](constants|zod-config))[\\/]|[\\/]src[\\/]exchange[\\/](errors|export)\.ts|[\\/]components[\\/](styles[\\/]|define|events|context)/,
            },
          ],
        },
      },
    },
  },
  define: {
    __PERSEVERANCE_VERSION__: JSON.stringify(version),
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
});
