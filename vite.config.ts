import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { CHUNKS } from './scripts/build/chunks.js';
import { collapseLitHtmlWhitespace } from './scripts/build/collapse-lit-html.js';
import { minifyLitCss } from './scripts/build/minify-lit-css.js';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

// Library build: one ES module that defines the element, with late parts (chart.js, the profile
// view) as chunks that load relative to the module's own URL, so the file works from any folder.
// The built-in catalogue's split into a first-view part and a lazy part is plain source
// (components/catalogue/generated/, from scripts/build/split-catalogue.ts): no plugin for it.
export default defineConfig({
  plugins: [minifyLitCss(), collapseLitHtmlWhitespace()],
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
        // A folder per version: an upgrade adds `chunks-<new>/` beside `chunks-<old>/`, so a page
        // that cached the previous entry still finds its chunks (README, « Mettre à jour »).
        chunkFileNames: `chunks-${version}/[name]-[hash].js`,
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
