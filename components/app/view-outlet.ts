import type { DiagnosticController } from './diagnostic-controller.js';
import { viewEntry } from './views.js';
import type { ViewId } from './views.js';

/**
 * The element of the view shown, from the registry's tag: kept while the view stays the same (its
 * own state survives a re-render), a new one when the view or the diagnostic changes.
 */
export class ViewOutlet {
  private shown: { view: ViewId; owner: DiagnosticController; element: HTMLElement } | null = null;

  elementFor(view: ViewId, owner: DiagnosticController): HTMLElement {
    if (this.shown?.view !== view || this.shown.owner !== owner) {
      const element = document.createElement(viewEntry(view).tag);
      // What the root looks for to wait for the view's render and to focus its heading.
      element.setAttribute('data-view', '');
      this.shown = { view, owner, element };
    }
    return this.shown.element;
  }
}
