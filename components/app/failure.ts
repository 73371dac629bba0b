import { html } from 'lit';
import type { CatalogueProblem } from './catalogue-loader.js';

/**
 * Why the diagnostic cannot start, in place of the views: the error panel (its list of problems,
 * a retry or a reload) when its chunk loaded, the message and problems as text when it did not.
 */
export function renderFailure(problem: CatalogueProblem, panel: boolean, retry: () => void) {
  if (!panel)
    return html`<p role="alert">${problem.message}</p>
      ${problem.issues.map((issue) => html`<p>${issue.message}</p>`)}`;
  return html`<perseverance-error-panel
    .problem=${problem}
    @perseverance-retry=${retry}
  ></perseverance-error-panel>`;
}
