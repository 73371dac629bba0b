import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { AxisScore, Profile } from '../../src/diagnostic/profile.js';
import { MIN_ROLE_GROUP } from '../../src/session/aggregate.js';
import '../results/perseverance-profile-bars.js';
import { byScore, type BarGroup } from '../results/perseverance-profile-bars.js';
import { defineElement } from '../app/define.js';
import '../results/perseverance-radar.js';
import type { RadarDataset } from '../results/perseverance-radar.js';
import './perseverance-session-previous.js';
import { groupName } from './perseverance-session-table.js';
import { sessionContext } from './session-context.js';
import { profileLayoutStyles } from '../results/profile-layout-styles.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { userText, withUserText } from '../styles/user-text.js';

/** Line colours of the role groups (dashed): none repeats a clé's, contrast ≥ 4.5:1 on white. */
const ROLE_COLORS = ['#1e1e1e', '#b3261e', '#00667a', '#6b5d00'];

/**
 * @summary The session's shared profile: the four clés on a radar with their means, each clé and
 * its axes as bars with the team's middle half, groups of three people or more on demand, last
 * year's change on the same basis; the same values as a table.
 * @tagname perseverance-session-profile
 * @internal
 */
export class PerseveranceSessionProfile extends LitElement {
  static override styles = [
    sessionStyles,
    profileLayoutStyles,
    css`
      .legend,
      .roles {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5em;
        list-style: none;
        padding: 0;
      }
      .swatch {
        display: inline-block;
        width: 1.75em;
        margin-right: 0.35em;
        vertical-align: middle;
        border-top: 3px solid;
      }
      .dashed {
        border-top-style: dashed;
      }
      /*
       * Projector: the radar beside the overall score and the clés' headlines, on the first
       * screen (1024×768 and wider); the comparison with last year and the axes below. On a wide,
       * low screen (1280×720) the height binds: the radar's 4:3 box is no taller than the screen
       * less the rows above it (about 7em: the widget's context line, the session's row, « Profil
       * commun »).
       */
      @media screen {
        .projector .side {
          font-size: 0.75em;
        }
        .projector .side > p {
          font-size: 1.125em;
        }
      }
      @media screen and (min-width: 40em) {
        .projector .top {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        }
        .projector perseverance-radar {
          max-width: max(12em, calc((100vh - 7em) * 4 / 3));
        }
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;
  /** Groups overlaid on the radar, by label (only groups of `MIN_ROLE_GROUP` or more exist). */
  @state() private shown: ReadonlySet<string> = new Set();
  @state() private chartFailed = false;

  private toggleRole(label: string, on: boolean) {
    const next = new Set(this.shown);
    if (on) next.add(label);
    else next.delete(label);
    this.shown = next;
  }

  private colorOf(keyId: string): string {
    const key = this.view!.snapshot.catalogue.keys.find((k) => k.id === keyId);
    return getComputedStyle(this).getPropertyValue(`--_key-${key?.color}`).trim() || '#1e1e1e';
  }

  /** Each clé and its axes (highest mean first), the team's middle half as a band. */
  private barGroups(): BarGroup[] {
    const view = this.view!;
    const summary = view.summary!;
    const catalogue = view.snapshot.catalogue;
    return summary.keys.map((key) => {
      const axes = byScore(summary.axes.filter((axis) => axis.keyId === key.keyId));
      const band = (q1: number | null, q3: number | null) =>
        q1 === null || q3 === null ? null : ([q1, q3] as const);
      const middle = (q1: number | null, q3: number | null) =>
        q1 === null || q3 === null
          ? ''
          : `${view.t.profile.middle} : ${view.t.profile.range(view.m.score(q1), view.m.score(q3))}`;
      return {
        keyId: key.keyId,
        color: catalogue.keys.find((k) => k.id === key.keyId)?.color ?? '',
        label: key.label,
        value: key.score,
        words: '',
        note: middle(key.q1, key.q3),
        rows: axes.map((axis) => ({
          id: axis.axisId,
          label: axis.label,
          value: axis.score,
          band: band(axis.q1, axis.q3),
          note: middle(axis.q1, axis.q3),
        })),
      };
    });
  }

  /** Last year → this year on the same basis: this year's bar, last year's mark, the change. */
  private compareGroups(before: Profile, after: Profile): BarGroup[] {
    const view = this.view!;
    const comparison = view.comparison!;
    const catalogue = view.snapshot.catalogue;
    const points = view.t.profile.points;
    return after.keys.map((key) => {
      const kd = comparison.keys.find((k) => k.keyId === key.keyId);
      return {
        keyId: key.keyId,
        color: catalogue.keys.find((k) => k.id === key.keyId)?.color ?? '',
        label: key.label,
        value: key.score,
        mark: before.keys.find((k) => k.keyId === key.keyId)?.score ?? null,
        words: '',
        note: `${view.t.profile.lastYear} ${view.m.score(kd?.before ?? null)} · ${points(kd?.delta ?? null)}`,
        rows: after.axes
          .filter((axis) => axis.keyId === key.keyId)
          .map((axis) => {
            const d = comparison.axes.find((a) => a.axisId === axis.axisId);
            const titles = view.acted.get(axis.axisId);
            return {
              id: axis.axisId,
              label: axis.label,
              value: axis.score,
              mark: d?.before ?? null,
              note:
                `${view.t.profile.lastYear} ${view.m.score(d?.before ?? null)} · ${points(d?.delta ?? null)}` +
                (titles ? ` · ${view.t.profile.acted(titles.join(', '))}` : ''),
            };
          }),
      };
    });
  }

  private renderComparison() {
    const view = this.view!;
    const { before, after, comparison } = view;
    const previous = view.snapshot.state.previous;
    if (!before || !after || !comparison || !previous) return nothing;
    const p = view.t.profile;
    return html`<section aria-labelledby="compare-title">
      <h4 id="compare-title">${withUserText(p.compareTitle, previous.label)}</h4>
      <p>
        <strong
          >${p.overallSameBasis} : ${view.m.score(comparison.overall.before)} →
          ${view.m.score(comparison.overall.after)} (${p.points(comparison.overall.delta)})</strong
        >
      </p>
      <p class="hint">${p.compareBasis}</p>
      <perseverance-profile-bars
        class="compare"
        .groups=${this.compareGroups(before, after)}
        .format=${(v: number) => view.m.score(v)}
        notScored=${view.m.profile.notScored}
        level="5"
      ></perseverance-profile-bars>
    </section>`;
  }

  override render() {
    const view = this.view;
    const summary = view?.summary;
    if (!view || !summary) return nothing;
    const { t, m } = view;
    const p = t.profile;
    const heading = html`<h3 tabindex="-1">${t.sections.profile}</h3>`;
    if (summary.respondentCount === 0)
      return html`${heading}
        <p>${p.none}</p>
        <perseverance-session-previous></perseverance-session-previous>`;
    // Only groups of three people or more exist here (`roleGroups`): nobody's line is drawn.
    const groups = summary.roleGroups;
    const shown = groups.filter((group) => this.shown.has(group.label));
    const keys = summary.keys;
    const datasets: RadarDataset[] = [
      {
        label: p.mean,
        data: keys.map((k) => k.score),
        color: getComputedStyle(this).getPropertyValue('--_bg-action').trim() || '#1f3f8f',
        fill: true,
      },
      ...shown.map((group) => {
        const color = ROLE_COLORS[groups.indexOf(group) % ROLE_COLORS.length]!;
        return {
          label: `${groupName(view, group)} (${group.respondentCount})`,
          data: keys.map((k) => group.profile.keys.find((x) => x.keyId === k.keyId)?.score ?? null),
          color,
          dashed: true,
        };
      }),
    ];
    const profile = summary.profile;
    const describe = (axis: AxisScore | undefined) =>
      axis ? `${axis.label} (${m.score(axis.score)})` : m.profile.none;
    const chartSummary = m.profile.chartSummary(
      m.score(profile.overall.score),
      describe(profile.strengths[0]),
      describe(profile.weaknesses[0]),
    );
    const projector = view.projector;
    const overall = html`<p>
      <strong>${p.overall(m.score(profile.overall.score), summary.respondentCount)}</strong>
    </p>`;
    const bars = this.barGroups();
    return html`<div class=${projector ? 'projector' : ''}>
      ${heading} ${projector ? nothing : html`${overall} ${this.renderComparison()}`}
      <div class="top">
        <div>
          ${
            this.chartFailed
              ? html`<p class="warning">${m.profile.chartUnavailable}</p>`
              : html`<perseverance-radar
                  .labels=${keys.map((k) => `${k.label}\n${m.score(k.score)}`)}
                  .labelColors=${keys.map((k) => this.colorOf(k.keyId))}
                  .datasets=${datasets}
                  label=${p.keysChart(chartSummary)}
                  .labelSize=${projector ? 16 : 13}
                  @perseverance-radar-failed=${() => (this.chartFailed = true)}
                ></perseverance-radar>`
          }
          ${
            shown.length > 0
              ? html`<ul class="legend" aria-hidden="true">
                  ${datasets.map(
                    // A property, not a style attribute: allowed under a strict CSP.
                    (set) =>
                      html`<li>
                        <span
                          class=${set.dashed ? 'swatch dashed' : 'swatch'}
                          .style=${`color: ${set.color}`}
                        ></span
                        >${userText(set.label)}
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
        </div>
        <div class="side">
          ${
            projector
              ? html`${overall}
                  <perseverance-profile-bars
                    class="keys no-print"
                    .groups=${bars.map((group) => ({ ...group, rows: [] }))}
                    .format=${(v: number) => m.score(v)}
                    notScored=${m.profile.notScored}
                    level="4"
                  ></perseverance-profile-bars>`
              : nothing
          }
          <fieldset class="no-print">
            <legend>${p.roles}</legend>
            <p class="hint">
              ${groups.length > 0 ? p.rolesPrivacy(MIN_ROLE_GROUP) : p.rolesNone(MIN_ROLE_GROUP)}
            </p>
            <div class="roles">
              ${groups.map(
                (group, i) =>
                  html`<div class="choice">
                    <input
                      type="checkbox"
                      id=${`role-${i}`}
                      .checked=${this.shown.has(group.label)}
                      @change=${(e: Event) =>
                        this.toggleRole(group.label, (e.target as HTMLInputElement).checked)}
                    />
                    <label for=${`role-${i}`}
                      >${userText(groupName(view, group))} (${group.respondentCount})</label
                    >
                  </div>`,
              )}
            </div>
          </fieldset>
        </div>
      </div>
      ${projector ? this.renderComparison() : nothing}
      <h4>${p.barsTitle}</h4>
      <p class="hint">${p.barsLegend}</p>
      <perseverance-profile-bars
        .groups=${bars}
        .format=${(v: number) => m.score(v)}
        notScored=${m.profile.notScored}
        level="5"
      ></perseverance-profile-bars>
      <perseverance-session-table .view=${view} .roles=${shown}></perseverance-session-table>
      <perseverance-session-previous class="secondary"></perseverance-session-previous>
    </div>`;
  }
}

defineElement('perseverance-session-profile', PerseveranceSessionProfile);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-profile': PerseveranceSessionProfile;
  }
}
