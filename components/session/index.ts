// The session view and what only it needs: a chunk of its own.
import './perseverance-session.js';
import './perseverance-session-start.js';
import './perseverance-session-collect.js';
import './perseverance-session-respondents.js';
import './perseverance-session-profile.js';
import './perseverance-session-previous.js';
import './perseverance-session-table.js';
import './perseverance-session-agenda.js';
import './perseverance-session-decide.js';
import './perseverance-session-report.js';
export { createSessionActions } from './session-actions.js';
