// The plan view and what only it needs: a chunk of its own.
import './perseverance-plan.js';
export { createPlanActions } from './plan-actions.js';
