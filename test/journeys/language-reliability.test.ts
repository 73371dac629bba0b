import { expect } from '@open-wc/testing';
import {
  buttonByText,
  currentView,
  JOURNEY_TIMEOUT,
  mountWidget,
  settle,
  until,
} from './helpers.js';

/** Uncaught errors and rejections that reach the host page while `run` goes on. */
async function hostErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Late strings and chunks settle after the views show.
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('language changes at any time (reliability)', function () {
  this.timeout(JOURNEY_TIMEOUT);

  let widget: HTMLElement | undefined;
  afterEach(() => widget?.remove());

  it('flipping `lang` while each later view loads raises nothing in the host page', async () => {
    widget = await mountWidget();
    const errors = await hostErrors(async () => {
      for (const [label, tag] of [
        ['Profil', 'perseverance-profile'],
        ['Plan d’action', 'perseverance-plan'],
        ['Séance GPDS', 'perseverance-session'],
      ] as const) {
        buttonByText(widget!, label).click();
        for (const lang of ['en', 'fr', 'en', 'fr']) {
          widget!.setAttribute('lang', lang);
          await pause(5);
        }
        // Generous: chunks load slowly when several test files share the machine.
        await until(() => currentView(widget!)?.localName === tag, tag, 20_000);
        await settle(widget!);
      }
    });
    expect(errors).to.deep.equal([]);
    // Every view rendered with its strings: the session view's heading is there, in French.
    const heading = currentView(widget)!.shadowRoot!.querySelector('h2');
    expect(heading?.textContent ?? '').to.not.equal('');
  });

  it('two quick flips (en, then fr 50 ms later): the last one wins, in the nav and the content', async () => {
    widget = await mountWidget();
    const errors = await hostErrors(async () => {
      buttonByText(widget!, 'Profil').click();
      widget!.setAttribute('lang', 'en');
      await pause(50);
      widget!.setAttribute('lang', 'fr');
      await until(
        () => currentView(widget!)?.localName === 'perseverance-profile',
        'the profile',
        20_000,
      );
      await settle(widget!);
      // Whatever English strings were still on their way arrive now, and must be dropped.
      await pause(500);
      await settle(widget!);
    });
    expect(errors).to.deep.equal([]);
    expect(widget.getAttribute('lang')).to.equal('fr');
    const heading = currentView(widget)!.shadowRoot!.querySelector('h2')!.textContent!;
    expect(heading).to.include('Profil');
    expect(buttonByText(widget, 'Recommandations')).to.not.equal(undefined);
  });
});
