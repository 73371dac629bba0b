import { css } from 'lit';

/** Data tables (the radar's text alternatives): collapsed borders, left-aligned caption and cells. */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.5em;
  }
  th,
  td {
    border: 1px solid var(--_border-light);
    padding: 0.35em 0.6em;
    text-align: left;
    vertical-align: top;
  }
  /* A phone: tighter cells, and a range (« 33 % – 83 % ») may wrap rather than widen the page. */
  @container (max-width: 30em) {
    th,
    td {
      padding: 0.3em 0.4em;
    }
    table td.n {
      white-space: normal;
    }
  }
  @media (forced-colors: active) {
    th,
    td {
      border-color: CanvasText;
    }
  }
`;
