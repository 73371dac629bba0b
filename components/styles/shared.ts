import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * The host reset every element shares: the widget lives on sites it does not control, so it sets
 * its own box model, type scale (in px-independent `em` off its own font size, not the host's
 * `rem`), focus ring and visibility rules instead of inheriting them.
 */
export const sharedStyles = [
  tokens,
  css`
    :host {
      box-sizing: border-box;
      font-family: var(--_font);
      color: var(--_text);
      line-height: 1.5;
      /*
       * A long URL or word breaks rather than pushing a phone's page sideways; “break-word”, not
       * “anywhere”, so that the widget's own words keep whole (« Consolidée », never « Consolidé
       * / e ») and a grid or flex column widens to its longest word instead.
       */
      overflow-wrap: break-word;
    }
    /*
     * The user's own text wraps anywhere, even in a table cell (user-text.ts): a 300-character
     * word typed as a name cannot widen its column, and so the page, since its column cannot know
     * it in advance.
     */
    bdi,
    [dir='auto'] {
      overflow-wrap: anywhere;
    }
    input[type='file'],
    select,
    img {
      max-width: 100%;
    }
    :host([hidden]) {
      display: none !important;
    }
    /* Not inherit: a host's rule on every element beats :host on the widget's own element. */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    h2,
    h3,
    h4 {
      line-height: 1.25;
      margin: 0 0 0.5em;
    }
    p {
      margin: 0 0 0.75em;
    }
    a {
      color: var(--_text-action);
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_focus);
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      padding: 0 !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip: rect(0, 0, 0, 0) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
    button,
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.4em;
      min-height: 2.75em;
      min-width: 2.75em;
      padding: 0.5em 1em;
      border: 1px solid var(--_bg-action);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text-action);
      font: inherit;
      font-weight: 600;
      line-height: 1.2;
      cursor: pointer;
      text-decoration: none;
    }
    button.primary,
    .button.primary {
      background: var(--_bg-action);
      color: var(--_text-inverted);
    }
    button.primary:hover {
      background: var(--_bg-action-hover);
    }
    button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    button.link {
      border-color: transparent;
      background: transparent;
      padding-inline: 0.25em;
      text-decoration: underline;
    }
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
    }
    input[type='text'],
    input[type='date'],
    input[type='number'],
    select,
    textarea {
      display: block;
      min-height: 2.75em;
      width: 100%;
      max-width: 32em;
      padding: 0.4em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    /* A checkbox with its label (fiches kept, fiches done). */
    .check {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.5em;
    }
    .check input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      display: inline-block !important;
    }
    .chip {
      display: inline-block;
      padding: 0.1em 0.6em;
      border-radius: 1em;
      border: 1px solid currentColor;
      font-size: 0.875em;
      font-weight: 600;
    }
    .key-accueillir {
      color: var(--_key-accueillir);
    }
    .key-accrocher {
      color: var(--_key-accrocher);
    }
    .key-accompagner {
      color: var(--_key-accompagner);
    }
    .key-raccrocher {
      color: var(--_key-raccrocher);
    }
    /* A checkbox or radio with its label: the whole row is a 44 px target. */
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.75em;
    }
    .choice input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      flex: none;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
      button.primary {
        border-color: ButtonText;
      }
    }
  `,
];
