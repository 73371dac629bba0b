import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { collapseLitHtmlWhitespace } from './scripts/build/collapse-lit-html.js';
import { minifyLitCss } from './scripts/build/minify-lit-css.js';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

/**
 * The release's one-file builds (scripts/release.mjs), classic scripts with everything inlined:
 * - default mode: the widget in one `.js` that a CMS media library takes like an image (no chunk
 *   beside it; loads with or without `type="module"`, from another site without CORS, and from a
 *   page opened with `file://`);
 * - `--mode validator`: the catalogue validator, inlined by the release script into an HTML page
 *   that works when opened by double-click.
 * The split build (vite.config.ts, dist/) stays the one measured by `npm run size`.
 */
/** The radar's `import('chart.js')` → release/chart-radar.ts (see there why). */
function radarOnlyChart(): Plugin {
  const target = fileURLToPath(new URL('./release/chart-radar.ts', import.meta.url));
  return {
    name: 'perseverance-radar-only-chart',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'chart.js' && importer?.includes('perseverance-radar') ? target : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const validator = mode === 'validator';
  return {
    plugins: [radarOnlyChart(), minifyLitCss(), collapseLitHtmlWhitespace()],
    publicDir: false,
    json: { stringify: false },
    build: {
      target: 'es2022',
      outDir: 'dist-release/build',
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      reportCompressedSize: false,
      lib: validator
        ? {
            entry: 'release/validator.ts',
            formats: ['iife'],
            name: 'perseveranceValidator',
            fileName: () => 'valider-catalogue.js',
          }
        : {
            entry: 'components/index.ts',
            formats: ['iife'],
            name: 'perseveranceDiagnostic',
            fileName: () => 'perseverance-diagnostic-fichier-unique.js',
          },
      rolldownOptions: {
        treeshake: { propertyReadSideEffects: false },
        output: { minify: true, codeSplitting: false },
      },
    },
    define: {
      __PERSEVERANCE_VERSION__: JSON.stringify(version),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
  };
});
