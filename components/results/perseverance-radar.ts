import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Chart as ChartType, ScriptableScaleContext } from 'chart.js';
import { defineElement } from '../app/define.js';
import { INTERNAL_EVENT } from '../app/internal-event.js';

export interface RadarDataset {
  readonly label: string;
  /** One value per label, 0–100; null where nothing is known. */
  readonly data: readonly (number | null)[];
  /** A CSS colour. */
  readonly color: string;
  /** Drawn as a dashed outline (targets, last year). */
  readonly dashed?: boolean;
  /** Filled area under the line. */
  readonly fill?: boolean;
}

/** Internal event: the chart could not be drawn; the view says so and keeps the table. */
export class RadarFailedEvent extends Event {
  static readonly eventName = 'perseverance-radar-failed';
  constructor() {
    super(RadarFailedEvent.eventName, INTERNAL_EVENT);
  }
}

/** Loads chart.js once, registering only what a radar needs. */
let chartModule: Promise<typeof ChartType> | null = null;
function loadChart(): Promise<typeof ChartType> {
  chartModule ??= import('chart.js').then(
    ({ Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler }) => {
      // No tooltip or legend plugins: the view shows its own legend and the table gives every value.
      Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
      return Chart;
    },
  );
  return chartModule;
}

/**
 * @summary A radar chart on a canvas. It is an image: `label` names it, and the owner renders the
 * same values as a table next to it.
 * @tagname perseverance-radar
 * @internal
 */
export class PerseveranceRadar extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      max-width: 34em;
      margin-inline: auto;
      container-type: inline-size;
    }
    /*
     * Wider than tall: the clés' labels sit in the corners, left and right of the chart, so its
     * radius is bound by the width; a square box only added empty bands above and below. On the
     * narrowest (a 320 px phone) the height binds first, so the box is square again.
     */
    .box {
      position: relative;
      width: 100%;
      aspect-ratio: 4 / 3;
      /* Its height from its width only, never from the canvas drawn at an earlier size. */
      overflow: hidden;
    }
    @container (max-width: 260px) {
      .box {
        aspect-ratio: 1;
      }
    }
    /* A canvas keeps its last drawn width as its minimum: in a grid it would not shrink. */
    :host {
      min-width: 0;
    }
    canvas {
      display: block;
      max-width: 100%;
    }
    /* On paper the box may differ from the screen's: the drawing scales to fit it, undistorted. */
    @media print {
      canvas {
        width: 100% !important;
        height: 100% !important;
        object-fit: contain;
      }
    }
  `;

  @property({ attribute: false }) labels: readonly string[] = [];
  /** Colour of each label (per clé). */
  @property({ attribute: false }) labelColors: readonly string[] = [];
  @property({ attribute: false }) datasets: readonly RadarDataset[] = [];
  /** The accessible name of the chart: a summary of what it shows. */
  @property() label = '';
  /** The labels' size in px on a chart 360 px wide or more (projected, they are read from afar). */
  @property({ type: Number, attribute: false }) labelSize = 13;

  private chart: ChartType | null = null;

  /** The live chart, for tests and printing. */
  get chartInstance(): ChartType | null {
    return this.chart;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a move: draw again.
    if (this.hasUpdated && !this.chart) void this.draw();
  }

  protected override updated(): void {
    void this.draw();
  }

  private async draw(): Promise<void> {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    let Chart: typeof ChartType;
    try {
      Chart = await loadChart();
    } catch {
      this.dispatchEvent(new RadarFailedEvent());
      return;
    }
    if (!this.isConnected) return;
    // Read at every draw: the reader may turn reduced motion on while the page is open.
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const animation = reduced ? (false as const) : { duration: 300 };
    const background = getComputedStyle(this).getPropertyValue('--_bg').trim() || '#ffffff';
    const data = {
      labels: this.labels.map((label) => wrap(label, 22)),
      datasets: this.datasets.map((set) => ({
        label: set.label,
        data: set.data.map((value) => value ?? Number.NaN),
        borderColor: set.color,
        backgroundColor: set.fill ? withAlpha(set.color) : 'transparent',
        pointBackgroundColor: set.color,
        borderDash: set.dashed ? [6, 4] : [],
        fill: set.fill ?? false,
        spanGaps: false,
      })),
    };
    if (this.chart) {
      this.chart.data = data;
      this.chart.options.animation = animation;
      this.chart.update(reduced ? 'none' : undefined);
      return;
    }
    this.chart = new Chart(canvas, {
      type: 'radar',
      data,
      options: {
        animation,
        maintainAspectRatio: false,
        responsive: true,
        // A small margin inside the canvas: chart.js fits the labels to it, so none is cut.
        layout: { padding: { left: 8, right: 8 } },
        scales: {
          r: {
            min: 0,
            max: 100,
            // The clés on the diagonals, their labels in the corners: a label beside the chart
            // (« RACCROCHER 58 % » at 3 o'clock) took the width from the radius, which fell to 35
            // px on a 320 px phone. In the corners it is 55 px there, 107 px on a desktop (was 90).
            startAngle: 45,
            // The rings' numbers: at a phone's width the radius is about 35 px and five numbers
            // pile up on it; the values are on the chart and beside it, so they go (or thin out).
            ticks: {
              display: scriptable((context) => radialTicks(context.chart.width).display),
              stepSize: scriptable((context) => radialTicks(context.chart.width).stepSize),
              // Above the clés' line, on the widget's background: a number stays legible where
              // the line crosses it.
              z: 1,
              backdropColor: withAlpha(background, 'cc'),
              color: '#595959',
            },
            pointLabels: {
              // Read when drawn, not captured: the labels change with the view (axes or clés).
              color: (context) => this.labelColors[context.index] ?? '#1e1e1e',
              // Smaller on a phone: the side labels (« RACCROCHER ») would reach the canvas's edge.
              font: (context) => ({
                size: context.chart.width < 360 ? 10 : this.labelSize,
                weight: 'bold' as const,
              }),
            },
          },
        },
      },
    });
  }

  override render() {
    // chart.js sizes the canvas from its parent: a real box, not the shadow root.
    return html`<div class="box"><canvas role="img" aria-label=${this.label}></canvas></div>`;
  }
}

/**
 * The radial scale's numbers for a chart `width` px wide, drawn along the first clé's axis: once
 * the clés' labels are placed the radius is 55 px at 238 px (a 320 px phone), 66 at 293, 107 at
 * 400, and the numbers cross the clés' line. None on a phone, where the radius is smallest; only
 * 50 and 100 under 340 px; every 25 above. The values are on the chart's labels and in the bars.
 */
export function radialTicks(width: number): { display: boolean; stepSize: number } {
  if (width < 260) return { display: false, stepSize: 50 };
  return { display: true, stepSize: width < 340 ? 50 : 25 };
}

/**
 * A scale option computed when the chart lays out (so again at each resize). chart.js resolves
 * every scale option given as a function of the scale's context (its defaults describe them all
 * as scriptable), though its types declare some, like `ticks.display`, as plain values.
 */
function scriptable<T>(option: (context: ScriptableScaleContext) => T): T {
  return option as unknown as T;
}

/** Splits a label into lines: at each « \n », then a long name at word boundaries. */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const part of label.split('\n')) lines.push(...wrapLine(part, width));
  return lines;
}

function wrapLine(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/[^\S\u202f\u00a0]+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function withAlpha(color: string, alpha = '33'): string {
  return color.startsWith('#') && color.length === 7 ? `${color}${alpha}` : color;
}

defineElement('perseverance-radar', PerseveranceRadar);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-radar': PerseveranceRadar;
  }
  interface GlobalEventHandlersEventMap {
    'perseverance-radar-failed': RadarFailedEvent;
  }
}
