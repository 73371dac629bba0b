import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { AxisScore, Profile } from '../../src/diagnostic/profile.js';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import type { Messages } from '../i18n/index.js';
import './perseverance-radar.js';
import type { RadarDataset } from './perseverance-radar.js';
import './perseverance-score-table.js';
import { sharedStyles } from '../styles/shared.js';

type RadarMode = 'axes' | 'keys';

// « Mon code à transmettre » loads apart: the share-code encoder is not needed to show the profile.
void import('./perseverance-share-code.js').catch(() => undefined);

/**
 * @summary The establishment's profile: radar by axis or by clé, scores, strengths and axes de progrès.
 * @tagname perseverance-profile
 * @internal
 */
export class PerseveranceProfile extends DiagnosticView {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .summary {
        font-size: 1.125em;
      }
      .modes {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0.5em 0 1em;
      }
      .modes button[aria-pressed='true'] {
        background: var(--_bg-action);
        color: var(--_text-inverted);
      }
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
        gap: 1em 2em;
        margin: 1.5em 0;
      }
      .columns ul {
        padding-left: 1.25em;
      }
      .table-wrap.collapsed {
        display: none;
      }
      .legend {
        display: flex;
        align-items: center;
        gap: 0.5em;
        justify-content: center;
        color: var(--_text-mention);
      }
      .swatch {
        display: inline-block;
        width: 2em;
        border-top: 3px solid var(--_bg-action);
      }
      .swatch.dashed {
        border-top: 3px dashed #595959;
      }
      .axis-legend {
        columns: 2 18em;
        column-gap: 2em;
        font-size: 0.875em;
        margin: 0.5em 0 1em;
      }
      .axis-legend li {
        break-inside: avoid;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        margin: 1em 0;
      }
      .warning {
        padding: 0.5em 1em;
        background: var(--_warning-bg);
        border-left: 4px solid #8a5a00;
      }
      @media print {
        .modes,
        .actions {
          display: none !important;
        }
        .table-wrap.collapsed {
          display: block;
        }
      }
    `,
  ];

  @state() private mode: RadarMode = 'axes';
  @state() private tableOpen = false;
  @state() private chartFailed = false;

  private keyColor(color: string): string {
    return getComputedStyle(this).getPropertyValue(`--_key-${color}`).trim() || '#1e1e1e';
  }

  private radarData(profile: Profile, m: Messages) {
    const catalogue = this.snapshot!.catalogue;
    const colorOf = (keyId: string) =>
      this.keyColor(catalogue.keys.find((key) => key.id === keyId)?.color ?? '');
    const action = getComputedStyle(this).getPropertyValue('--_bg-action').trim() || '#1f3f8f';
    const items = this.mode === 'axes' ? profile.axes : profile.keys;
    // 28 axis names cannot sit around a radar: number them and list the names below.
    const labels = items.map((item, index) =>
      this.mode === 'axes' ? String(index + 1) : item.label,
    );
    const labelColors = items.map((item) => colorOf(item.keyId));
    const datasets: RadarDataset[] = [
      {
        label: m.profile.colScore,
        data: items.map((item) => item.score),
        color: action,
        fill: true,
      },
      {
        label: m.profile.colTarget,
        data: items.map((item) => item.target),
        color: '#595959',
        dashed: true,
      },
    ];
    return { labels, labelColors, datasets };
  }

  private summary(profile: Profile, m: Messages): string {
    const describe = (axis: AxisScore | undefined) =>
      axis ? `${axis.label} (${m.score(axis.score)})` : m.profile.none;
    return m.profile.chartSummary(
      m.score(profile.overall.score),
      describe(profile.strengths[0]),
      describe(profile.weaknesses[0]),
    );
  }

  private async toggleTable() {
    this.tableOpen = !this.tableOpen;
  }

  private renderAxisList(axes: readonly AxisScore[], m: Messages) {
    if (axes.length === 0) return html`<p>${m.profile.none}</p>`;
    const keys = this.snapshot!.catalogue.keys;
    return html`<ul>
      ${axes.map(
        (axis) =>
          html`<li>
            <strong>${axis.label}</strong> — ${keys.find((key) => key.id === axis.keyId)?.label} :
            ${m.score(axis.score)} ${axis.tentative ? m.profile.tentative : nothing}
          </li>`,
      )}
    </ul>`;
  }

  /** The numbered axes of the radar, by name and score, coloured by clé. */
  private renderAxisLegend(profile: Profile, m: Messages) {
    const keys = this.snapshot!.catalogue.keys;
    return html`<ol class="axis-legend">
      ${profile.axes.map(
        (axis) =>
          html`<li class=${`key-${keys.find((key) => key.id === axis.keyId)?.color ?? ''}`}>
            ${axis.label} : ${m.score(axis.score)}
          </li>`,
      )}
    </ol>`;
  }

  override render() {
    const { snapshot, messages: m } = this;
    if (!snapshot || !m) return nothing;
    const profile = snapshot.profile;
    const p = m.profile;
    const overall = profile.overall;
    const unknownPercent =
      overall.answered > 0 ? Math.round((overall.unknown / overall.answered) * 100) : 0;
    const { labels, labelColors, datasets } = this.radarData(profile, m);
    const summary = this.summary(profile, m);
    return html`
      <section aria-labelledby="profile-title">
        <h2 id="profile-title" tabindex="-1">${p.title}</h2>
        ${
          profile.status === 'empty'
            ? html`<p>${p.empty}</p>`
            : html`
                <p class="summary">${p.overall} : <strong>${m.score(overall.score)}</strong></p>
                <p>${p.completion(overall.answered, overall.total, overall.unknown)}</p>
                ${unknownPercent >= 20 ? html`<p class="warning">${p.unknownShare(unknownPercent)}</p>` : nothing}
              `
        }
        <div class="modes" role="group" aria-label=${p.viewLabel}>
          <button
            type="button"
            aria-pressed=${this.mode === 'axes' ? 'true' : 'false'}
            @click=${() => (this.mode = 'axes')}
          >
            ${p.byAxis}
          </button>
          <button
            type="button"
            aria-pressed=${this.mode === 'keys' ? 'true' : 'false'}
            @click=${() => (this.mode = 'keys')}
          >
            ${p.byKey}
          </button>
        </div>
        ${
          this.chartFailed
            ? html`<p class="warning">${p.chartUnavailable}</p>`
            : html`<perseverance-radar
                .labels=${labels}
                .labelColors=${labelColors}
                .datasets=${datasets}
                label=${p.chartLabel(summary)}
                @perseverance-radar-failed=${() => {
                  this.chartFailed = true;
                  this.tableOpen = true;
                }}
              ></perseverance-radar>`
        }
        <p class="legend" aria-hidden="true">
          <span class="swatch"></span> ${p.colScore}
          <span class="swatch dashed"></span> ${p.colTarget}
        </p>
        ${this.mode === 'axes' ? this.renderAxisLegend(profile, m) : nothing}
        <div class="actions">
          <button
            type="button"
            aria-expanded=${this.tableOpen ? 'true' : 'false'}
            aria-controls="scores"
            @click=${this.toggleTable}
          >
            ${this.tableOpen ? p.tableToggleHide : p.tableToggleShow}
          </button>
          <button type="button" @click=${() => window.print()}>${p.print}</button>
        </div>
        <div id="scores" class=${this.tableOpen ? 'table-wrap' : 'table-wrap collapsed'}>
          <perseverance-score-table .profile=${profile} .messages=${m}></perseverance-score-table>
        </div>
        <div class="columns">
          <div>
            <h3>${p.strengths}</h3>
            ${this.renderAxisList(profile.strengths, m)}
          </div>
          <div>
            <h3>${p.weaknesses}</h3>
            ${this.renderAxisList(profile.weaknesses, m)}
          </div>
        </div>
        ${
          profile.status === 'empty'
            ? nothing
            : html`<perseverance-share-code></perseverance-share-code>`
        }
        <div class="actions">
          <button
            type="button"
            class="primary"
            @click=${() => this.actions?.goTo('recommendations')}
          >
            ${p.toRecommendations} →
          </button>
        </div>
      </section>
    `;
  }
}

defineElement('perseverance-profile', PerseveranceProfile);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-profile': PerseveranceProfile;
  }
}
