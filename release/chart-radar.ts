/*
 * The one-file build's chart.js: only what the radar registers. Inlined, `import('chart.js')`
 * would keep the whole namespace (every scale and controller, 17 KB gzip); vite.single.config.ts
 * points the radar's dynamic import here instead, so the bundler keeps these names only.
 */
export {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
} from 'chart.js';
