import { expect } from '@open-wc/testing';
import type { PerseveranceRadar } from '../../components/results/perseverance-radar.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import {
  answerAllVisible,
  click,
  deepQuery,
  deepQueryAll,
  mountWidget,
  settle,
  until,
} from '../journeys/helpers.js';
import { openView } from './helpers.js';

function radiosOf(widget: Element, questionIndex = 0): HTMLInputElement[] {
  const question = deepQueryAll(widget, 'perseverance-question')[questionIndex]!;
  return [...question.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function labelsOf(widget: Element, questionIndex = 0): HTMLLabelElement[] {
  const question = deepQueryAll(widget, 'perseverance-question')[questionIndex]!;
  return [...question.querySelectorAll<HTMLLabelElement>('label')];
}

async function radarOf(widget: Element): Promise<PerseveranceRadar> {
  await until(() => deepQueryAll(widget, 'perseverance-radar').length === 1, 'the radar');
  const radar = deepQuery<PerseveranceRadar>(widget, 'perseverance-radar');
  await until(() => radar.chartInstance !== null, 'chart.js');
  return radar;
}

describe('hardening 8 — two instances on one page', () => {
  let a: PerseveranceDiagnostic;
  let b: PerseveranceDiagnostic;

  beforeEach(async () => {
    a = await mountWidget();
    b = await mountWidget();
    await click(a, 'Commencer');
    await click(b, 'Commencer');
  });

  afterEach(() => {
    for (const widget of [a, b]) {
      localStorage.removeItem(widget.storageKey!);
      widget.remove();
    }
  });

  it('keeps answers, radio groups, events and saved state apart', async () => {
    const changes = { a: 0, b: 0 };
    a.addEventListener('perseverance-change', () => (changes.a += 1));
    b.addEventListener('perseverance-change', () => (changes.b += 1));
    // Same question, same radio name in both: choosing in one must not uncheck the other.
    labelsOf(a)[0]!.click();
    await settle(a);
    labelsOf(b)[3]!.click();
    await settle(b);
    expect(radiosOf(a).map((radio) => radio.checked)).to.deep.equal([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(radiosOf(b).map((radio) => radio.checked)).to.deep.equal([
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(changes).to.deep.equal({ a: 1, b: 1 });
    await answerAllVisible(a, () => 1);
    await answerAllVisible(b, () => 2);
    expect(new Set(Object.values(a.answers))).to.deep.equal(new Set([1]));
    expect(new Set(Object.values(b.answers))).to.deep.equal(new Set([2]));
    const saved = (widget: PerseveranceDiagnostic) =>
      JSON.parse(localStorage.getItem(widget.storageKey!)!).answers;
    expect(saved(a)).to.deep.equal(a.answers);
    expect(saved(b)).to.deep.equal(b.answers);
    // Focus and step navigation in one leave the other where it was.
    await click(a, 'Clé suivante');
    expect(
      deepQuery(b, 'perseverance-questionnaire').shadowRoot!.querySelector('h2')!.textContent,
    ).to.include('Étape 1');
  });

  it('draws one chart per instance, each with its own profile', async () => {
    await answerAllVisible(a, () => 0);
    await answerAllVisible(b, () => 3);
    await openView(a, 'Profil', 'perseverance-profile');
    await openView(b, 'Profil', 'perseverance-profile');
    const radarA = await radarOf(a);
    const radarB = await radarOf(b);
    // Compared as booleans: chai must never try to print a Chart.
    expect(radarA.chartInstance === radarB.chartInstance).to.equal(false);
    const drawn = (radar: PerseveranceRadar) =>
      (radar.chartInstance!.data.datasets[0]!.data as number[]).map((value) =>
        Number.isNaN(value) ? null : value,
      );
    // The radar draws the four clés (the axes are bars beside it).
    const scores = (widget: PerseveranceDiagnostic) => widget.profile!.keys.map((key) => key.score);
    expect(drawn(radarA)).to.deep.equal(scores(a));
    expect(drawn(radarB)).to.deep.equal(scores(b));
    expect(scores(a)).not.to.deep.equal(scores(b));
    // Removing one keeps the other's chart alive.
    a.remove();
    await settle(b);
    expect(radarA.chartInstance === null).to.equal(true);
    expect(radarB.chartInstance === null).to.equal(false);
    document.body.append(a);
  });
});

const HOSTILE_CSS = `
  * { box-sizing: content-box; }
  html { font-size: 62.5%; }
  input { display: none; }
  button { all: unset; }
  body { color: red; line-height: 3; }
`;

describe('hardening 9 — a hostile host stylesheet', () => {
  let style: HTMLStyleElement;
  let widget: PerseveranceDiagnostic;

  beforeEach(async () => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    widget = await mountWidget();
  });

  afterEach(() => {
    style.remove();
    localStorage.removeItem(widget.storageKey!);
    widget.remove();
  });

  it('keeps the widget’s own type scale, colour and line height', () => {
    const root = widget.shadowRoot!.querySelector<HTMLElement>('.root')!;
    const computed = getComputedStyle(root);
    expect(parseFloat(getComputedStyle(widget).fontSize)).to.be.at.least(16);
    expect(parseFloat(computed.fontSize)).to.be.at.least(16);
    expect(computed.color).not.to.equal('rgb(255, 0, 0)');
    expect(parseFloat(computed.lineHeight) / parseFloat(computed.fontSize)).to.be.below(2);
    expect(computed.boxSizing).to.equal('border-box');
    // Corners and spacing follow the widget's size, not the host's rem.
    expect(parseFloat(computed.paddingTop)).to.be.at.least(16);
    expect(parseFloat(computed.borderTopLeftRadius)).to.be.at.least(4);
    const heading = deepQuery(widget, 'perseverance-welcome').shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(heading).color).not.to.equal('rgb(255, 0, 0)');
  });

  it('keeps buttons styled and radios usable, with targets of 24 px at least', async () => {
    for (const button of deepQueryAll<HTMLButtonElement>(widget, 'button')) {
      const css = getComputedStyle(button);
      const box = button.getBoundingClientRect();
      if (box.width === 0) continue; // Hidden ones (a closed panel).
      expect(css.display, button.textContent!).not.to.equal('inline');
      expect(box.height, button.textContent!).to.be.at.least(24);
      expect(box.width, button.textContent!).to.be.at.least(24);
      const link = button.classList.contains('link');
      if (!link) {
        expect(parseFloat(css.borderTopWidth), button.textContent!).to.be.at.least(1);
        expect(parseFloat(css.paddingLeft), button.textContent!).to.be.greaterThan(4);
      }
    }
    await click(widget, 'Commencer');
    const radios = radiosOf(widget);
    for (const radio of radios) expect(getComputedStyle(radio).display).not.to.equal('none');
    for (const label of labelsOf(widget)) {
      const box = label.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
    labelsOf(widget)[2]!.click();
    await settle(widget);
    expect(radios[2]!.checked).to.equal(true);
    expect(Object.values(widget.answers)).to.deep.equal([2]);
  });

  it('does not overflow its container', async () => {
    await click(widget, 'Commencer');
    const host = widget.getBoundingClientRect();
    const root = widget.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
    expect(root.left).to.be.at.least(host.left - 0.5);
    expect(root.right).to.be.at.most(host.right + 0.5);
    for (const question of deepQueryAll(widget, 'perseverance-question')) {
      const box = question.getBoundingClientRect();
      expect(box.right).to.be.at.most(root.right + 0.5);
    }
  });
});
