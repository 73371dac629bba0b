import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import { currentView, deepActiveElement, mountWidget, settle, until } from '../journeys/helpers.js';

/** A readable name for the focused element, for failure messages. */
function describe_(element: Element | null): string {
  if (!element) return 'nothing';
  const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const id = element.id ? `#${element.id}` : '';
  return `${element.localName}${id}${(element as HTMLInputElement).type ? `[${(element as HTMLInputElement).type}]` : ''} « ${text} »`;
}

/** The host of the shadow root holding `element` (the view or leaf it belongs to). */
function hostOf(element: Element | null): string | null {
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root.host.localName : null;
}

describe('hardening 14 — keyboard only, from the welcome to a fiche', () => {
  let widget: PerseveranceDiagnostic;

  afterEach(() => {
    localStorage.removeItem(widget.storageKey!);
    widget.remove();
  });

  /** Presses Tab until `match` holds for the focused element; focus must stay in the widget. */
  async function tabTo(
    match: (element: Element) => boolean,
    what: string,
    max = 200,
    key: 'Tab' | 'Shift+Tab' = 'Tab',
  ) {
    const path: string[] = [];
    for (let i = 0; i < max; i += 1) {
      await sendKeys({ press: key });
      const active = deepActiveElement();
      path.push(describe_(active));
      expect(
        widget.contains(document.activeElement),
        `focus left the widget after ${path.join(' → ')}`,
      ).to.equal(true);
      if (active && match(active)) {
        expect(
          getComputedStyle(active).outlineStyle,
          `focus ring on ${describe_(active)}`,
        ).not.to.equal('none');
        return active as HTMLElement;
      }
    }
    throw new Error(`Tab never reached ${what}: ${path.slice(-20).join(' → ')}`);
  }

  const isButton = (text: RegExp) => (element: Element) =>
    element instanceof HTMLButtonElement && text.test(element.textContent ?? '');

  async function press(key: string) {
    await sendKeys({ press: key });
    await settle(widget);
  }

  function expectFocusOnHeading(view: string, text: RegExp) {
    const active = deepActiveElement();
    expect(hostOf(active), `focus after opening ${view}: ${describe_(active)}`).to.equal(view);
    expect(active?.localName).to.equal('h2');
    expect(active?.textContent).to.match(text);
  }

  it('reaches every view, with focus on each new view’s heading', async function () {
    this.timeout(60_000);
    widget = await mountWidget({ version: 'court', levels: 'college' });
    (document.activeElement as HTMLElement | null)?.blur();

    // Welcome: the nav first, then the form, then « Commencer ».
    const first = await tabTo(() => true, 'anything');
    expect(describe_(first)).to.include('Accueil');
    await tabTo((e) => e.id === 'level-college', 'the first level checkbox');
    await tabTo((e) => e.id === 'name', 'the establishment name');
    await sendKeys({ type: 'Collège Test' });
    await tabTo(isButton(/Commencer/), 'the start button');
    await press('Enter');
    await until(
      () => currentView(widget)?.localName === 'perseverance-questionnaire',
      'questionnaire',
    );
    await settle(widget);
    expectFocusOnHeading('perseverance-questionnaire', /Étape 1 sur 4/);
    expect(widget.shadowRoot!.querySelector('perseverance-welcome')).to.equal(null);

    // Questionnaire: Tab into each radio group, Space picks, arrows change the pick.
    const core = defaultCatalogue.questions.filter((q) => q.core).length;
    for (let step = 1; step <= 4; step += 1) {
      let guard = 0;
      for (;;) {
        guard += 1;
        expect(guard).to.be.below(100);
        const active = await tabTo(
          (e) =>
            (e instanceof HTMLInputElement && e.type === 'radio') ||
            isButton(/Clé suivante|Voir le profil/)(e),
          'a radio or the next step',
        );
        if (active instanceof HTMLInputElement) {
          await press('Space');
          expect(active.checked).to.equal(true);
          await press('ArrowRight');
          const checked = [
            ...(active.getRootNode() as ShadowRoot).querySelectorAll<HTMLInputElement>(
              `input[name="${active.name}"]:checked`,
            ),
          ];
          expect(checked).to.have.length(1);
          expect(checked[0]!.dataset.index).to.equal('1');
          continue;
        }
        await press('Enter');
        break;
      }
      if (step < 4)
        expectFocusOnHeading('perseverance-questionnaire', new RegExp(`Étape ${step + 1} sur 4`));
    }
    await until(() => currentView(widget)?.localName === 'perseverance-profile', 'profile');
    await settle(widget);
    expectFocusOnHeading('perseverance-profile', /Profil/);
    expect(Object.keys(widget.answers)).to.have.length(core);
    expect(new Set(Object.values(widget.answers))).to.deep.equal(new Set([1]));
    expect(widget.shadowRoot!.querySelector('perseverance-welcome')).to.equal(null);

    // Profile → recommendations, with the view's own button.
    await tabTo(isButton(/Afficher le tableau/), 'the table toggle');
    await press('Enter');
    const toggle = deepActiveElement()!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await tabTo(isButton(/recommandations/i), 'the recommendations button');
    await press('Enter');
    await until(
      () => currentView(widget)?.localName === 'perseverance-recommendations',
      'recommendations',
    );
    await settle(widget);
    expectFocusOnHeading('perseverance-recommendations', /.+/);

    // A card's « Voir la fiche » → the fiche, focus on its title.
    const open = await tabTo(isButton(/Voir la fiche/), 'a card’s « Voir la fiche »');
    const cardTitle = (open.getRootNode() as ShadowRoot).querySelector('h3')!.textContent!.trim();
    await press('Enter');
    await until(() => currentView(widget)?.localName === 'perseverance-fiche', 'fiche');
    await settle(widget);
    expectFocusOnHeading(
      'perseverance-fiche',
      new RegExp(cardTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );

    // Keep it for this year with Space, then back to the list (the button before, Shift+Tab).
    const retain = await tabTo((e) => e.id === 'retain', 'the « retain » checkbox');
    await press('Space');
    expect((retain as HTMLInputElement).checked).to.equal(true);
    await tabTo(isButton(/←/), 'the back button', 20, 'Shift+Tab');
    await press('Enter');
    await until(
      () => currentView(widget)?.localName === 'perseverance-recommendations',
      'back to the list',
    );
    await settle(widget);
    // Focus is back where the user left the list: the same card's « Voir la fiche ».
    const back = deepActiveElement();
    expect(hostOf(back), describe_(back)).to.equal('perseverance-recommendation-card');
    expect(back?.textContent).to.match(/Voir la fiche/);
    const backCard = (back!.getRootNode() as ShadowRoot).querySelector('h3')!.textContent!.trim();
    expect(backCard).to.equal(cardTitle);
  });
});
