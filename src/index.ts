/**
 * The domain's public API (`perseverance-diagnostic/core`): catalogue, scoring, recommendations,
 * sessions, share codes, saved state and exports. Pure TypeScript: runs in browsers and in Node.
 */
// First: zod's CSP-safe setting must apply before any schema is built.
import './catalogue/zod-config.js';

export * from './catalogue/index.js';
export * from './diagnostic/index.js';
export * from './recommend/index.js';
export * from './session/index.js';
export * from './share/index.js';
export * from './storage/index.js';
export * from './exchange/index.js';
export * from './plan/index.js';
