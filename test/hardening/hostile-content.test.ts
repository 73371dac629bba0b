import { expect } from '@open-wc/testing';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import {
  answerAllVisible,
  click,
  currentView,
  deepQueryAll,
  settle,
  until,
} from '../journeys/helpers.js';
import {
  HOSTILE_URL,
  PAYLOAD,
  PWNED_FLAG,
  fullCatalogue,
  hostilize,
  isFreeText,
  stringLeaves,
} from './hostile-catalogue.js';
import {
  catalogueUrl,
  deepText,
  expectNoInjectedMarkup,
  mountSettled,
  openView,
} from './helpers.js';

const FIXTURE = '/test/fixtures/hostile-catalogue.json?raw';
const pwned = () => (window as unknown as Record<string, unknown>)[PWNED_FLAG];

/** Text as the user reads it: the payload must show up verbatim, as characters. */
function expectLiteral(root: Element, what: string) {
  const text = deepText(root);
  expect(text, `payload shown as text in ${what}`).to.include('<img src=x onerror=');
  expect(text, `payload shown as text in ${what}`).to.include('<script>window.');
}

describe('hardening 1 — catalogue strings carrying markup', () => {
  let fixture: Catalogue;

  before(async () => {
    fixture = (await (await fetch(FIXTURE)).json()) as Catalogue;
  });

  afterEach(() => {
    expect(pwned(), 'a payload ran').to.equal(undefined);
    for (const widget of document.querySelectorAll('perseverance-diagnostic')) widget.remove();
  });

  it('the fixture is a valid catalogue with the payload in every free-text field', () => {
    expect(() => parseCatalogue(fixture)).not.to.throw();
    const leaves = stringLeaves(fixture).filter((leaf) => isFreeText(leaf.name));
    expect(leaves.length).to.be.greaterThan(60);
    for (const leaf of leaves) {
      if (leaf.name === 'version') continue;
      expect(leaf.text, `${leaf.name}`).to.include(PAYLOAD);
    }
    // Regenerate with `npx tsx test/hardening/generate-hostile-catalogue.ts` if this fails.
    expect(fixture.resources[0]!.url).to.equal(HOSTILE_URL);
    expect(stringLeaves(hostilize(fullCatalogue())).length).to.equal(stringLeaves(fixture).length);
  });

  it('renders every string as literal text in every view, creating no element', async function () {
    this.timeout(30_000);
    const { widget, outcome } = await mountSettled({ 'catalogue-src': FIXTURE, levels: 'college' });
    expect(outcome).to.equal('ready');
    expectNoInjectedMarkup(widget);

    await click(widget, 'Commencer');
    expect(currentView(widget)?.localName).to.equal('perseverance-questionnaire');
    for (let step = 0; step < fixture.keys.length; step += 1) {
      // Help texts are hidden until asked for: open them so they render too.
      for (const question of deepQueryAll(widget, 'perseverance-question')) {
        question.querySelector<HTMLButtonElement>('.help-toggle')?.click();
      }
      for (const details of deepQueryAll<HTMLDetailsElement>(widget, 'details'))
        details.open = true;
      await answerAllVisible(widget, () => 0);
      expectLiteral(widget, `step ${step + 1}`);
      const text = deepText(widget);
      for (const question of fixture.questions.filter((q) =>
        fixture.axes.some((a) => a.id === q.axis && a.key === fixture.keys[step]!.id),
      )) {
        expect(text).to.include(question.text);
        expect(text).to.include(question.help!);
      }
      expectNoInjectedMarkup(widget);
      await click(widget, step === fixture.keys.length - 1 ? 'Voir le profil' : 'Clé suivante');
    }

    await until(() => currentView(widget)?.localName === 'perseverance-profile', 'profile');
    await settle(widget);
    await click(widget, 'Afficher le tableau');
    expectLiteral(widget, 'profile');
    expect(deepText(widget)).to.include(fixture.axes[0]!.label);
    expectNoInjectedMarkup(widget);

    await openView(widget, 'Recommandations', 'perseverance-recommendations');
    await until(
      () => deepQueryAll(widget, 'perseverance-recommendation-card').length > 0,
      'recommendation cards',
    );
    await settle(widget);
    expectLiteral(widget, 'recommendations');
    expect(deepText(widget)).to.include(fixture.fiches[0]!.title);
    expectNoInjectedMarkup(widget);

    const card = deepQueryAll(widget, 'perseverance-recommendation-card').find((c) =>
      c.shadowRoot!.textContent!.includes(fixture.fiches[0]!.title),
    )!;
    [...card.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Voir la fiche'))!
      .click();
    await until(() => currentView(widget)?.localName === 'perseverance-fiche', 'fiche');
    await settle(widget);
    const ficheText = deepText(widget);
    const fiche = fixture.fiches[0]!;
    for (const item of [
      fiche.title,
      fiche.summary,
      ...fiche.organisation,
      ...fiche.objectifs,
      ...fiche.pilotage,
      ...fiche.reussite,
      ...fiche.valoriser,
      fiche.source.document,
    ]) {
      expect(ficheText).to.include(item);
    }
    expectNoInjectedMarkup(widget);

    await openView(widget, 'Ressources', 'perseverance-resources');
    expectLiteral(widget, 'resources');
    expect(deepText(widget)).to.include(fixture.resources[0]!.title);
    expectNoInjectedMarkup(widget);
    const links = deepQueryAll<HTMLAnchorElement>(widget, 'a[href]');
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      // The catalogue's contact is the one mailto: link, its address checked before it is one.
      if (link.protocol === 'mailto:')
        expect(link.getAttribute('href')).to.match(/^mailto:[^\s<>"?&]+@[^\s<>"?&]+\.[a-z]{2,}$/i);
      else expect(link.protocol).to.match(/^https?:$/);
      expect(link.getAttribute('href')).not.to.match(/[<>"\s]/);
    }

    // The views still to come (session, plan…) are covered as they land in the nav bar.
    const nav = widget.shadowRoot!.querySelector('nav')!;
    for (const button of [...nav.querySelectorAll('button')]) {
      button.click();
      await settle(widget);
      await until(
        () => !widget.shadowRoot!.querySelector('.loading'),
        `view ${button.textContent?.trim()}`,
      );
      await settle(widget);
      expectNoInjectedMarkup(widget);
    }
    await openView(widget, 'Accueil', 'perseverance-welcome');
    expectNoInjectedMarkup(widget);
    expect(pwned()).to.equal(undefined);
  });

  it('shows problems quoting hostile values and keys as text in the error panel', async () => {
    const bad = structuredClone(fixture) as unknown as Record<string, unknown>;
    bad[PAYLOAD] = PAYLOAD;
    (bad['resources'] as Record<string, unknown>[])[0]!['url'] = `javascript:${PAYLOAD}`;
    (bad['questions'] as Record<string, unknown>[])[0]!['axis'] = PAYLOAD;
    const { widget, outcome } = await mountSettled({ 'catalogue-src': catalogueUrl(bad) });
    expect(outcome).to.equal('error');
    const panel = widget.shadowRoot!.querySelector('perseverance-error-panel')!;
    expect(panel.shadowRoot!.textContent).to.include('<img src=x onerror=');
    expectNoInjectedMarkup(widget);
  });

  it('shows a hostile establishment name and imported texts as text', async () => {
    const { widget } = await mountSettled({});
    const name = widget
      .shadowRoot!.querySelector('perseverance-welcome')!
      .shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    name.value = PAYLOAD.slice(0, 110);
    name.dispatchEvent(new Event('change'));
    await settle(widget);
    await widget.importDiagnostic(`{"format":"${PAYLOAD.replaceAll('"', '\\"')}"}`).catch(() => {});
    await settle(widget);
    expectNoInjectedMarkup(widget);
    expect(currentView(widget)?.localName).to.equal('perseverance-welcome');
  });
});
