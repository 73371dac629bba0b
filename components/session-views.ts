// The session view and what only it needs: a chunk of its own.
import './perseverance-session.js';
