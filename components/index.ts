/**
 * The widget's entry: importing it defines `<perseverance-diagnostic>` (once, even if loaded twice).
 */
// First in the bundle on purpose: the questionnaire's text is a 27 KB literal, and code on both
// sides of it would compress apart (gzip looks back 32 KB): 1 KB more for the first view.
import './catalogue/default-catalogue.js';

export { PerseveranceDiagnostic } from './app/perseverance-diagnostic.js';
export * from './app/events.js';
export { WIDGET_VERSION } from './app/define.js';
