// The views needed only after the questionnaire: loaded on demand to keep the first view light.
import './perseverance-profile.js';
import './perseverance-recommendations.js';
import './perseverance-fiche.js';
import './perseverance-resources.js';

export { recommend } from '../../src/recommend/index.js';
export { createDecisionActions } from './decision-actions.js';
