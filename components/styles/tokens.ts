import { css } from 'lit';

/**
 * Public tokens (`--perseverance-*`, DSFR-like CONTEXT-USAGE names) read with fallbacks into
 * private ones, so a host can theme from any ancestor. Never assign the public names here.
 * Sizes default to `medium` (the reader's chosen text size) and `em`, never `rem`: a host's
 * `html { font-size: 62.5% }` would otherwise shrink the widget to 10 px.
 */
export const tokens = css`
  :host {
    --_font: var(
      --perseverance-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      Arial,
      sans-serif
    );
    --_font-size: var(--perseverance-font-size, medium);
    --_text: var(--perseverance-text-default, #1e1e1e);
    --_text-mention: var(--perseverance-text-mention, #595959);
    --_text-action: var(--perseverance-text-action-high, #1f3f8f);
    --_text-inverted: var(--perseverance-text-inverted, #ffffff);
    --_bg: var(--perseverance-background-default, #ffffff);
    --_bg-alt: var(--perseverance-background-alt, #f4f5f7);
    --_bg-action: var(--perseverance-background-action-high, #1f3f8f);
    --_bg-action-hover: var(--perseverance-background-action-high-hover, #152c66);
    --_bg-contrast: var(--perseverance-background-contrast, #e8ecf6);
    --_border: var(--perseverance-border-default, #8a8a8a);
    --_border-light: var(--perseverance-border-light, #d6d6d6);
    --_focus: var(--perseverance-focus-ring, #0a76f6);
    --_error: var(--perseverance-text-error, #b3261e);
    --_bg-error: var(--perseverance-background-error, #fdecea);
    --_success: var(--perseverance-text-success, #1b6e3a);
    --_warning-bg: var(--perseverance-background-warning, #fff4d6);
    --_radius: var(--perseverance-radius, 0.25em);
    --_space: var(--perseverance-spacing, 1em);
    --_key-accueillir: var(--perseverance-key-accueillir, #1f5fa8);
    --_key-accrocher: var(--perseverance-key-accrocher, #a13d00);
    --_key-accompagner: var(--perseverance-key-accompagner, #2d7232);
    --_key-raccrocher: var(--perseverance-key-raccrocher, #7a3a96);
  }
`;
