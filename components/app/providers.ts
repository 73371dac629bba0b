import type { ReactiveElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { messagesFor } from '../i18n/index.js';
import { actionsContext, diagnosticContext, messagesContext } from './context.js';

/** The three contexts the root provides to every view: snapshot, actions and strings. */
export class WidgetProviders {
  readonly snapshot;
  readonly actions;
  readonly messages;

  constructor(host: ReactiveElement) {
    this.snapshot = new ContextProvider(host, { context: diagnosticContext });
    this.actions = new ContextProvider(host, { context: actionsContext });
    this.messages = new ContextProvider(host, {
      context: messagesContext,
      initialValue: messagesFor('fr'),
    });
  }
}
