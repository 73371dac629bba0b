import { css } from 'lit';
import { sharedStyles } from '../styles/shared.js';
import { footerStyles } from './perseverance-footer.js';
import { navStyles } from './perseverance-nav.js';

/** The root element's styles, with those of the nav and footer it renders in its shadow root. */
export const rootStyles = [
  sharedStyles,
  navStyles,
  footerStyles,
  css`
    :host {
      display: block;
      font-size: var(--_font-size);
      container-type: inline-size;
    }
    .root {
      background: var(--_bg);
      color: var(--_text);
      border: 1px solid var(--_border-light);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    /* Projector: the session's own previous/next replace the widget's navigation. */
    .projector perseverance-nav nav {
      display: none;
    }
    /* Projector: the widget fills the screen, whatever the host page's column. */
    .root.projector {
      position: fixed;
      inset: 0;
      z-index: 2147483000;
      overflow: auto;
      border-radius: 0;
    }
    .loading {
      padding: 2em 0;
    }
    @media print {
      nav,
      footer,
      .no-print {
        display: none !important;
      }
      .root {
        border: none;
        padding: 0;
      }
    }
  `,
];
