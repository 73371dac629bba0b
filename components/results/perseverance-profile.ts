import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { tiedHighlights, type TiedAxes } from '../../src/diagnostic/tied-highlights.js';
import type { AxisScore, Profile } from '../../src/diagnostic/profile.js';
import { defineElement } from '../app/define.js';
import { printWidget } from '../app/print.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import type { Messages } from '../i18n/index.js';
import './perseverance-radar.js';
import type { RadarDataset } from './perseverance-radar.js';
import './perseverance-glossary.js';
import './perseverance-profile-bars.js';
import { byScore, type BarGroup } from './perseverance-profile-bars.js';
import './perseverance-score-table.js';
import { sharedStyles } from '../styles/shared.js';
import { userText } from '../styles/user-text.js';
import { profileLayoutStyles } from './profile-layout-styles.js';

// « Mon code à transmettre » loads apart: the share-code encoder is not needed to show the profile.
void import('./perseverance-share-code.js').catch(() => undefined);

/**
 * @summary The establishment's profile, read at a glance: the overall score explained, a headline
 * per clé and its axes as sorted bars with their values, the four clés on a radar with their
 * scores, points d'appui and axes de progrès with their ties; the scores as a table. Printed, one
 * A4 page (radar, clés, highlights, catalogue version); the axes and the table as an annex.
 * @tagname perseverance-profile
 * @internal
 */
export class PerseveranceProfile extends DiagnosticView {
  static override styles = [
    sharedStyles,
    profileLayoutStyles,
    css`
      :host {
        display: block;
      }
      .mention {
        color: var(--_text-mention);
      }
      .summary {
        font-size: 1.25em;
        margin-bottom: 0.25em;
      }
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
        gap: 1em 2em;
        margin: 1.5em 0;
      }
      .columns ul {
        padding-left: 1.25em;
      }
      .table-wrap.collapsed {
        display: none;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        margin: 1em 0;
      }
      .print {
        align-items: center;
      }
      .print p {
        flex-basis: 100%;
        margin: 0;
      }
      .warning {
        padding: 0.5em 1em;
        background: var(--_warning-bg);
        border-left: 4px solid #8a5a00;
      }
      .print-only {
        display: none;
      }
      .source cite {
        font-style: normal;
      }
      /*
       * On paper, one A4 page (the page's size and margins come from print.ts): the radar beside
       * the axes de progrès and points d'appui, under the establishment's name and the date (the
       * widget's context line) and above the catalogue's version. The clés' axes and the score
       * table are the annex, printed from a new page only when asked for.
       */
      @media print {
        :host {
          font-size: 10pt;
        }
        .actions,
        perseverance-share-code {
          display: none !important;
        }
        .summary {
          font-size: 1.2em;
        }
        /*
         * The radar beside the four clés' headlines (in words and numbers), then the axes de
         * progrès and points d'appui flowing in two columns across the page: even a tie of
         * every axis (28 names) fits.
         */
        .top {
          grid-template-columns: 95mm 1fr;
          grid-template-areas: 'radar keys' 'lists lists';
          gap: 0.5em 1.5em;
          align-items: center;
        }
        .top perseverance-radar {
          grid-area: radar;
          width: 95mm;
          max-width: 95mm;
        }
        .print-only {
          display: block;
          grid-area: keys;
        }
        .columns {
          grid-area: lists;
          display: block;
          columns: 2;
          column-gap: 1.5em;
          align-self: start;
          margin: 0;
        }
        .columns h3 {
          break-after: avoid;
        }
        .source {
          margin-top: 1em;
        }
        section:not(.with-annex) .annex {
          display: none !important;
        }
        .annex-start {
          break-before: page;
        }
        .table-wrap.collapsed {
          display: block;
        }
      }
    `,
  ];

  @state() private tableOpen = false;
  /** The clés' axes and the score table print too, as an annex from page 2. */
  @state() private annex = false;
  @state() private chartFailed = false;

  private keyColor(color: string): string {
    return getComputedStyle(this).getPropertyValue(`--_key-${color}`).trim() || '#1e1e1e';
  }

  /** The four clés, each named with its score on the chart: nothing to look up in a legend. */
  private radarData(profile: Profile, m: Messages) {
    const catalogue = this.snapshot!.catalogue;
    const colorOf = (keyId: string) =>
      this.keyColor(catalogue.keys.find((key) => key.id === keyId)?.color ?? '');
    const action = getComputedStyle(this).getPropertyValue('--_bg-action').trim() || '#1f3f8f';
    const labels = profile.keys.map((key) => `${key.label}\n${m.score(key.score)}`);
    const labelColors = profile.keys.map((key) => colorOf(key.keyId));
    const datasets: RadarDataset[] = [
      {
        label: m.profile.colScore,
        data: profile.keys.map((key) => key.score),
        color: action,
        fill: true,
      },
    ];
    return { labels, labelColors, datasets };
  }

  /** The value in words: the scale's nearest level (« proche de « En place » »). */
  private words(score: number | null, m: Messages): string {
    if (score === null) return '';
    const levels = this.snapshot!.catalogue.scale.levels;
    const level = levels[Math.round((score / 100) * (levels.length - 1))];
    return level ? m.profile.near(level.label) : '';
  }

  private barGroups(profile: Profile, m: Messages): BarGroup[] {
    const catalogue = this.snapshot!.catalogue;
    return profile.keys.map((key) => ({
      keyId: key.keyId,
      color: catalogue.keys.find((k) => k.id === key.keyId)?.color ?? '',
      label: key.label,
      value: key.score,
      words: this.words(key.score, m),
      rows: byScore(profile.axes.filter((axis) => axis.keyId === key.keyId)).map((axis) => ({
        id: axis.axisId,
        label: axis.label,
        value: axis.score,
        ...(axis.tentative ? { note: m.profile.tentative } : {}),
      })),
    }));
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

  private toggleTable() {
    this.tableOpen = !this.tableOpen;
  }

  /** Groups of axes sharing a score: a tie is listed whole (« 83 % : 8 axes à égalité »). */
  private renderGroups(groups: readonly TiedAxes[], m: Messages, empty = m.profile.none) {
    if (groups.length === 0) return html`<p>${empty}</p>`;
    return html`<ul>
      ${groups.map(
        (group) =>
          html`<li>
            <strong>${m.score(group.score)}</strong>
            ${group.axes.length > 1 ? html` — ${m.profile.tie(group.axes.length)}` : nothing} :
            ${group.axes.map(
              (axis, i) =>
                html`${i > 0 ? ' ; ' : ''}${axis.label}${
                  axis.tentative
                    ? html` <span class="mention">${m.profile.tentative}</span>`
                    : nothing
                }`,
            )}
          </li>`,
      )}
    </ul>`;
  }

  /** Nothing answered: no empty chart and no « non évalué » list, a way to start. */
  private renderEmpty(m: Messages) {
    const p = m.profile;
    return html`<section aria-labelledby="profile-title">
      <h2 id="profile-title" tabindex="-1">${p.title}</h2>
      <h3>${p.emptyTitle}</h3>
      <p>${p.empty}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.actions?.goTo('questionnaire')}>
          ${p.start} →
        </button>
      </div>
    </section>`;
  }

  override render() {
    const { snapshot, messages: m } = this;
    if (!snapshot || !m) return nothing;
    const profile = snapshot.profile;
    const p = m.profile;
    if (profile.status === 'empty') return this.renderEmpty(m);
    const overall = profile.overall;
    const unknownPercent =
      overall.answered > 0 ? Math.round((overall.unknown / overall.answered) * 100) : 0;
    const { labels, labelColors, datasets } = this.radarData(profile, m);
    const summary = this.summary(profile, m);
    const levels = snapshot.catalogue.scale.levels;
    const weak = tiedHighlights(profile.axes, profile.weaknesses);
    const strong = tiedHighlights(
      profile.axes,
      profile.strengths,
      weak.flatMap((g) => g.axes),
    );
    const catalogue = snapshot.catalogue;
    const groups = this.barGroups(profile, m);
    return html`
      <section
        aria-labelledby="profile-title"
        class=${this.annex || this.chartFailed ? 'with-annex' : ''}
      >
        <h2 id="profile-title" tabindex="-1">${p.title}</h2>
        <p class="summary">
          ${p.overall} : <strong>${m.score(overall.score)}</strong> ${this.words(overall.score, m)}
        </p>
        <p class="mention">
          ${p.overallExplained(levels[0]?.label ?? '', levels[levels.length - 1]?.label ?? '')}
          ${p.completion(overall.answered, overall.total, overall.unknown)}
        </p>
        ${unknownPercent >= 20 ? html`<p class="warning">${p.unknownShare(unknownPercent)}</p>` : nothing}
        <div class="top">
          ${
            this.chartFailed
              ? html`<p class="warning">${p.chartUnavailable}</p>`
              : html`<perseverance-radar
                  .labels=${labels}
                  .labelColors=${labelColors}
                  .datasets=${datasets}
                  label=${p.keysChartLabel(summary)}
                  @perseverance-radar-failed=${() => {
                    this.chartFailed = true;
                    this.tableOpen = true;
                  }}
                ></perseverance-radar>`
          }
          <perseverance-profile-bars
            class="print-only"
            .groups=${groups.map((group) => ({ ...group, rows: [] }))}
            .format=${(v: number) => m.score(v)}
            notScored=${p.notScored}
            level="3"
          ></perseverance-profile-bars>
          <div class="columns">
            <div>
              <h3>${p.weaknesses}</h3>
              ${this.renderGroups(weak, m)}
            </div>
            <div>
              <h3>${p.strengths}</h3>
              ${this.renderGroups(strong, m, weak.length ? p.allInWeaknesses : p.none)}
            </div>
          </div>
        </div>
        <p class="mention source">
          ${p.catalogue} <cite>${userText(catalogue.title)}</cite>
          ${p.catalogueVersion(catalogue.version, profile.version === 'court', overall.total)}
        </p>
        <div class="annex">
          <h3 class="annex-start">${p.keysTitle}</h3>
          <p class="mention">${p.keysIntro}</p>
          <perseverance-profile-bars
            .groups=${groups}
            .format=${(v: number) => m.score(v)}
            notScored=${p.notScored}
            level="4"
          ></perseverance-profile-bars>
          <div class="actions">
            <button
              type="button"
              aria-expanded=${this.tableOpen ? 'true' : 'false'}
              aria-controls="scores"
              @click=${this.toggleTable}
            >
              ${this.tableOpen ? p.tableToggleHide : p.tableToggleShow}
            </button>
          </div>
          <div id="scores" class=${this.tableOpen ? 'table-wrap' : 'table-wrap collapsed'}>
            <perseverance-score-table .profile=${profile} .messages=${m}></perseverance-score-table>
          </div>
          <perseverance-glossary .text=${p.glossary}></perseverance-glossary>
        </div>
        <div class="actions print">
          <button type="button" aria-describedby="print-hint" @click=${() => printWidget(this)}>
            ${p.print}
          </button>
          <div class="choice">
            <input
              type="checkbox"
              id="print-annex"
              .checked=${this.annex}
              @change=${(e: Event) => (this.annex = (e.target as HTMLInputElement).checked)}
            />
            <label for="print-annex">${p.printAnnex}</label>
          </div>
          <p class="mention" id="print-hint">${p.printHint}</p>
        </div>
        <perseverance-share-code></perseverance-share-code>
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
