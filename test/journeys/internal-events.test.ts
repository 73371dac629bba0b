import { expect } from '@open-wc/testing';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import {
  answerAllVisible,
  click,
  currentView,
  deepQueryAll,
  JOURNEY_TIMEOUT,
  mountWidget,
  settle,
  until,
} from './helpers.js';

const PUBLIC_EVENTS = [
  'perseverance-ready',
  'perseverance-change',
  'perseverance-complete',
  'perseverance-selection-change',
  'perseverance-error',
];

/**
 * Records every `perseverance-*` event dispatched anywhere, and which of them reached `document`:
 * a listener for each new type is added on `document` before the event is dispatched.
 */
function watchEvents() {
  const dispatched = new Set<string>();
  const reachedDocument = new Set<string>();
  /** Internal events that could cross a shadow root, whether or not a listener stops them. */
  const composedInternal = new Set<string>();
  const original = EventTarget.prototype.dispatchEvent;
  const heard = (event: Event) => reachedDocument.add(event.type);
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    const internal = event.type.startsWith('perseverance-') && !PUBLIC_EVENTS.includes(event.type);
    if (internal && event.composed) composedInternal.add(event.type);
    if (event.type.startsWith('perseverance-') && !dispatched.has(event.type)) {
      dispatched.add(event.type);
      document.addEventListener(event.type, heard);
    }
    return original.call(this, event);
  };
  return {
    dispatched,
    reachedDocument,
    composedInternal,
    stop() {
      EventTarget.prototype.dispatchEvent = original;
      for (const type of dispatched) document.removeEventListener(type, heard);
    },
  };
}

describe('events between the widget and its host page', function () {
  this.timeout(JOURNEY_TIMEOUT);

  it('lets only the public events reach the document, through a whole journey', async () => {
    const watch = watchEvents();
    try {
      const widget = await mountWidget({ levels: 'college' });
      await click(widget, 'Commencer');
      for (let step = 0; step < defaultCatalogue.keys.length; step += 1) {
        await answerAllVisible(widget, (index) => index % 4);
        await click(
          widget,
          step === defaultCatalogue.keys.length - 1 ? 'Voir le profil' : 'Clé suivante',
        );
      }
      await until(() => currentView(widget)?.localName === 'perseverance-profile', 'the profile');
      await click(widget, 'Voir les recommandations');
      await until(
        () => deepQueryAll(widget, 'perseverance-recommendation-card').length > 0,
        'the recommendation cards',
      );
      // A card's internal event: keep the first fiche for this year.
      const card = deepQueryAll(widget, 'perseverance-recommendation-card')[0]!;
      card.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(widget);
      await click(widget, 'Séance GPDS');
      await until(() => currentView(widget)?.localName === 'perseverance-session', 'the session');
      await settle(widget);

      const internal = [...watch.dispatched].filter((type) => !PUBLIC_EVENTS.includes(type));
      // The journey did fire internal events (answers, a card's action): the check is not empty.
      expect(internal).to.include.members([
        'perseverance-answer-change',
        'perseverance-card-action',
      ]);
      expect([...watch.composedInternal]).to.deep.equal([]);
      expect([...watch.reachedDocument].sort()).to.deep.equal([
        'perseverance-change',
        'perseverance-complete',
        'perseverance-ready',
        'perseverance-selection-change',
      ]);
    } finally {
      watch.stop();
    }
  });
});
