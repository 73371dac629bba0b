/**
 * The widget's entry: importing it defines `<perseverance-diagnostic>` (once, even if loaded twice).
 */
export { PerseveranceDiagnostic } from './app/perseverance-diagnostic.js';
export * from './app/events.js';
export { WIDGET_VERSION } from './app/define.js';
