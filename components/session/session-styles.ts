import { css } from 'lit';
import { sharedStyles } from '../styles/shared.js';
import { tableStyles } from '../styles/table.js';

/**
 * What the session's sections share on top of the widget's styles: form fields, tables, status
 * lines, projector mode (`.projector .secondary` hidden) and print (`.no-print` hidden).
 */
export const sessionStyles = [
  sharedStyles,
  tableStyles,
  css`
    :host {
      display: block;
    }
    fieldset {
      border: 1px solid var(--_border-light);
      border-radius: var(--_radius);
      margin: 0 0 1em;
      padding: 0.5em 1em 1em;
    }
    legend,
    .field > label {
      font-weight: 600;
    }
    .field {
      margin-bottom: 1em;
    }
    .field > label {
      display: block;
      margin-bottom: 0.25em;
    }
    .hint,
    .mention {
      color: var(--_text-mention);
      font-size: 0.9375em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75em;
      margin: 1em 0;
    }
    .panel {
      margin: 1.5em 0;
      padding: 1em;
      border: 1px solid var(--_border-light);
      border-radius: var(--_radius);
    }
    .warning,
    .confirm {
      padding: 0.5em 1em;
      background: var(--_warning-bg);
      border-left: 4px solid #8a5a00;
    }
    .error {
      color: var(--_error);
    }
    .ok {
      color: var(--_success);
    }
    th,
    td {
      padding: 0.3em 0.6em;
    }
    td.n {
      text-align: right;
      white-space: nowrap;
    }
    tr.key th,
    tr.key td {
      font-weight: 700;
      background: var(--_bg-alt);
    }
    textarea {
      max-width: 100%;
      min-height: 6em;
    }
    .projector .secondary {
      display: none !important;
    }
    @media print {
      .no-print,
      .actions,
      .secondary {
        display: none !important;
      }
    }
  `,
];
