import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Library build: one ES module that defines the element, with late parts (chart.js, the profile
// view) as chunks that load relative to the module's own URL, so the file works from any folder.
export default defineConfig({
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
      },
    },
  },
  define: {
    __PERSEVERANCE_VERSION__: JSON.stringify(version),
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
});
