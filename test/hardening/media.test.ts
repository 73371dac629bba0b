import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { PerseveranceRadar } from '../../components/results/perseverance-radar.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import {
  answerAllVisible,
  click,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  mountWidget,
  until,
  within,
} from '../journeys/helpers.js';
import { openView } from './helpers.js';

type Media = Parameters<typeof emulateMedia>[0] & { forcedColors?: 'active' | 'none' };
const emulate = (media: Media) => emulateMedia(media as Parameters<typeof emulateMedia>[0]);

/** Whether chart.js animates (read as a boolean: chai must never print chart.js's option proxies). */
function animates(radar: PerseveranceRadar): boolean {
  return radar.chartInstance!.options.animation !== false;
}

async function profileWithChart(widget: PerseveranceDiagnostic): Promise<PerseveranceRadar> {
  await click(widget, 'Commencer');
  await answerAllVisible(widget, (i) => i % 4);
  await openView(widget, 'Profil', 'perseverance-profile');
  await until(() => deepQueryAll(widget, 'perseverance-radar').length === 1, 'the radar');
  const radar = deepQuery<PerseveranceRadar>(widget, 'perseverance-radar');
  await until(() => radar.chartInstance !== null, 'chart.js');
  return radar;
}

describe('hardening 16 — reduced motion and forced colours', () => {
  let widget: PerseveranceDiagnostic;

  afterEach(async () => {
    await emulate({ reducedMotion: 'no-preference', forcedColors: 'none' });
    localStorage.removeItem(widget.storageKey!);
    widget.remove();
  });

  it('draws the chart without animation and has no transition under prefers-reduced-motion', async () => {
    await emulate({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    widget = await mountWidget();
    const radar = await profileWithChart(widget);
    expect(animates(radar)).to.equal(false);
    for (const element of deepQueryAll(widget, '*')) {
      const css = getComputedStyle(element);
      expect(
        css.transitionDuration.split(',').every((d) => parseFloat(d) === 0),
        element.localName,
      ).to.equal(true);
      expect(css.animationName, element.localName).to.equal('none');
    }
  });

  it('stops animating when the preference changes after the chart was drawn, and back', async () => {
    widget = await mountWidget();
    const radar = await profileWithChart(widget);
    expect(animates(radar)).to.equal(true);
    // A change of language redraws the chart (its labels' scores are written the language's way):
    // each draw reads the preference again.
    const labels = () => JSON.stringify(radar.chartInstance!.data.labels);
    const redrawnIn = async (lang: string) => {
      const before = labels();
      widget.lang = lang;
      await until(() => labels() !== before, `the chart redrawn in ${lang}`);
    };
    await emulate({ reducedMotion: 'reduce' });
    await redrawnIn('en');
    expect(animates(radar)).to.equal(false);
    await emulate({ reducedMotion: 'no-preference' });
    await redrawnIn('fr');
    expect(animates(radar)).to.equal(true);
  });

  it('keeps a visible focus ring and a readable score table in forced colours', async () => {
    await emulate({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    widget = await mountWidget();
    await profileWithChart(widget);
    await click(widget, 'Afficher le tableau');
    const table = within(widget, 'perseverance-score-table', 'table')[0]!;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
    for (const cell of table.querySelectorAll('caption, th, td')) {
      const css = getComputedStyle(cell);
      expect(css.forcedColorAdjust, cell.textContent!).not.to.equal('none');
      expect(css.visibility).to.equal('visible');
      expect(css.color).not.to.equal(css.backgroundColor);
      expect(css.color).not.to.match(/rgba\(.*, 0\)$/);
    }
    // Keyboard focus: buttons and radios show a ring of 2 px or more.
    const toggle = deepQueryAll<HTMLButtonElement>(widget, 'button').find((b) =>
      /Masquer le tableau/.test(b.textContent ?? ''),
    )!;
    toggle.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement()!;
    expect(active === toggle, 'focus back on the table toggle').to.equal(true);
    const ring = getComputedStyle(active);
    expect(ring.outlineStyle).not.to.equal('none');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    await openView(widget, 'Questionnaire', 'perseverance-questionnaire');
    const radio = deepQueryAll(widget, 'perseverance-question')[0]!.querySelector('input')!;
    radio.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    const label =
      radio.getRootNode() instanceof ShadowRoot
        ? (radio.getRootNode() as ShadowRoot).querySelector(`label[for="${radio.id}"]`)!
        : null;
    expect(deepActiveElement()?.localName).to.equal('input');
    const labelRing = getComputedStyle(label!);
    expect(labelRing.outlineStyle).not.to.equal('none');
    expect(parseFloat(labelRing.outlineWidth)).to.be.at.least(2);
    // The radio's drawn circle stays visible against the background.
    const circle = getComputedStyle(label!, '::before');
    expect(circle.borderTopColor).not.to.equal(circle.backgroundColor);
  });
});
