/**
 * The widget's entry: importing it defines `<perseverance-diagnostic>` (once, even if loaded twice).
 */
export { PerseveranceDiagnostic } from './perseverance-diagnostic.js';
export * from './events.js';
export { WIDGET_VERSION } from './define.js';
