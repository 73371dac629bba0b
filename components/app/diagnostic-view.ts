import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { actionsContext, diagnosticContext, messagesContext } from './context.js';
import type { DiagnosticActions, DiagnosticSnapshot } from './context.js';
import type { Messages } from '../i18n/index.js';

/**
 * What every view of the widget shares: the diagnostic's snapshot, its actions and the interface
 * strings, all from the root's context, and the heading the root focuses after a navigation.
 * @internal
 */
export class DiagnosticView extends LitElement {
  @consume({ context: diagnosticContext, subscribe: true })
  @state()
  protected snapshot?: DiagnosticSnapshot;
  @consume({ context: actionsContext, subscribe: true })
  @state()
  protected actions?: DiagnosticActions;
  @consume({ context: messagesContext, subscribe: true })
  @state()
  protected messages?: Messages;

  /**
   * Moves focus to the view's heading (`tabindex="-1"`), so screen readers announce the new view.
   * `returningFrom`: the fiche the user just closed, for views that list it.
   */
  focusHeading(_returningFrom?: string | null) {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}
