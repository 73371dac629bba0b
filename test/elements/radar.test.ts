import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/results/perseverance-radar.js';
import type { PerseveranceRadar } from '../../components/results/perseverance-radar.js';

const WAIT = { timeout: 10_000 };

/** The profile's radar of the four clés, `width` px wide (its box in the page). */
async function radarAt(width: number): Promise<PerseveranceRadar> {
  const box = await fixture<HTMLDivElement>(
    html`<div .style=${`width: ${width}px`}>
      <perseverance-radar
        .labels=${['ACCUEILLIR\n71 %', 'ACCROCHER\n65 %', 'ACCOMPAGNER\n72 %', 'RACCROCHER\n58 %']}
        .labelColors=${['#1f5fa6', '#9c3b00', '#2e6b30', '#73408c']}
        .datasets=${[{ label: 'Score', data: [71, 65, 72, 58], color: '#1f3f8f', fill: true }]}
        label="Radar des quatre clés"
      ></perseverance-radar>
    </div>`,
  );
  const radar = box.querySelector('perseverance-radar')!;
  // chart.js is imported on first use: under load that can take longer than waitUntil's 1 s.
  await waitUntil(() => radar.chartInstance !== null, 'chart.js draws the radar', WAIT);
  return radar;
}

/** Whether the radial scale draws its tick labels, as chart.js resolved the option. */
function ticksShown(radar: PerseveranceRadar): boolean {
  const options = radar.chartInstance!.scales['r']!.options as unknown as {
    ticks: { display: boolean };
  };
  return options.ticks.display;
}

/** The ring numbers chart.js will draw: none when the scale's tick labels are off. */
function ringNumbers(radar: PerseveranceRadar): number[] {
  const scale = radar.chartInstance!.scales['r']!;
  if (!ticksShown(radar)) return [];
  // The centre's 0 is never labelled by a radial scale.
  return scale.ticks.map((tick) => tick.value).filter((value) => value > 0);
}

describe('<perseverance-radar>: the rings’ numbers never crowd the chart', () => {
  it('on a 320 px phone (a chart about 240 px wide, radius ≈ 35 px) they are not drawn', async () => {
    const radar = await radarAt(238);
    expect(radar.chartInstance!.width).to.be.below(260);
    expect(ticksShown(radar)).to.equal(false);
    expect(ringNumbers(radar)).to.deep.equal([]);
  });

  it('on a 375 px phone only 50 and 100 are drawn', async () => {
    const radar = await radarAt(293);
    expect(ringNumbers(radar)).to.deep.equal([50, 100]);
  });

  it('on a wide screen every 25, and they go when the same chart narrows to a phone’s', async () => {
    const radar = await radarAt(420);
    expect(ringNumbers(radar)).to.deep.equal([25, 50, 75, 100]);
    (radar.parentElement as HTMLElement).style.width = '238px';
    await waitUntil(() => radar.chartInstance!.width < 260, 'the chart follows its box', WAIT);
    await waitUntil(() => ringNumbers(radar).length === 0, 'the numbers go', WAIT);
  });

  it('on a 320 px phone the clés’ labels leave the chart a radius of over a fifth of its width', async () => {
    // Labels beside the chart (3 and 9 o'clock) took the width: a 35 px radius at 238 px.
    const radar = await radarAt(238);
    const chart = radar.chartInstance!;
    const scale = chart.scales['r'] as unknown as {
      drawingArea: number;
      _pointLabelItems: { left: number; right: number; top: number; bottom: number }[];
    };
    expect(scale.drawingArea).to.be.above(chart.width / 5);
    for (const box of scale._pointLabelItems) {
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(chart.width);
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(chart.height);
    }
  });
});
