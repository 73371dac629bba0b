// First: the probe must wrap addEventListener before the widget and chart.js load.
import { liveListeners } from './listener-probe.js';
import { expect } from '@open-wc/testing';
import { Chart } from 'chart.js';
import type { PerseveranceRadar } from '../../components/results/perseverance-radar.js';
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

const ROUNDS = 20;

function liveCharts(): number {
  return Object.keys(Chart.instances).length;
}

async function chartDrawn(widget: Element): Promise<PerseveranceRadar> {
  await until(() => deepQueryAll(widget, 'perseverance-radar').length === 1, 'the radar');
  const radar = deepQuery<PerseveranceRadar>(widget, 'perseverance-radar');
  await until(() => radar.chartInstance !== null, 'chart.js to draw');
  return radar;
}

describe('hardening 13 — removing and re-adding the element', () => {
  it(`keeps one live chart and a stable set of listeners over ${ROUNDS} rounds`, async function () {
    this.timeout(60_000);
    const crashes: unknown[] = [];
    const onError = (event: ErrorEvent) => crashes.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => crashes.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const widget = await mountWidget();
    const parent = widget.parentElement!;
    await click(widget, 'Commencer');
    await answerAllVisible(widget, (i) => i % 4);
    await openView(widget, 'Profil', 'perseverance-profile');
    await chartDrawn(widget);
    expect(liveCharts()).to.equal(1);
    const baseline = liveListeners();

    for (let round = 0; round < ROUNDS; round += 1) {
      widget.remove();
      await settle(widget);
      expect(liveCharts(), `round ${round}, detached`).to.equal(0);
      parent.append(widget);
      await settle(widget);
      await chartDrawn(widget);
      expect(liveCharts(), `round ${round}, attached`).to.equal(1);
    }
    // Synchronous detach and re-attach, which races the chart's asynchronous drawing.
    for (let round = 0; round < ROUNDS; round += 1) {
      widget.remove();
      parent.append(widget);
    }
    await settle(widget);
    const radar = await chartDrawn(widget);
    // A stray draw from an earlier attach would land within the next renders and frames.
    await settle(widget);
    expect(liveCharts()).to.equal(1);
    // Compared as a boolean: chai must never try to print a Chart.
    expect(Object.values(Chart.instances)[0] === radar.chartInstance).to.equal(true);
    expect(liveListeners()).to.deep.equal(baseline);

    // The widget still works after all this.
    await openView(widget, 'Questionnaire', 'perseverance-questionnaire');
    await answerAllVisible(widget, () => 3);
    await openView(widget, 'Profil', 'perseverance-profile');
    await chartDrawn(widget);
    expect(liveCharts()).to.equal(1);
    widget.remove();
    await settle(widget);
    expect(liveCharts()).to.equal(0);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(crashes).to.deep.equal([]);
    localStorage.removeItem(widget.storageKey!);
  });

  it('leaves no chart and no listener behind once every widget is gone', async () => {
    const before = liveListeners();
    const widgets = [await mountWidget(), await mountWidget()];
    for (const widget of widgets) {
      await click(widget, 'Commencer');
      await answerAllVisible(widget, () => 1);
      await openView(widget, 'Profil', 'perseverance-profile');
      await chartDrawn(widget);
    }
    expect(liveCharts()).to.equal(2);
    for (const widget of widgets) {
      widget.remove();
      localStorage.removeItem(widget.storageKey!);
    }
    await settle(document.body);
    expect(liveCharts()).to.equal(0);
    const after = liveListeners();
    for (const [name, count] of Object.entries(after))
      expect(count, name).to.be.at.most(before[name] ?? 0);
  });
});
