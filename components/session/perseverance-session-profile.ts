import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { AxisScore } from '../../src/diagnostic/profile.js';
import { defineElement } from '../app/define.js';
import '../results/perseverance-radar.js';
import type { RadarDataset } from '../results/perseverance-radar.js';
import './perseverance-session-previous.js';
import './perseverance-session-table.js';
import { roleName, sessionContext } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';

/** Outline colours of the roles (contrast ≥ 4.5:1 on white), reused in turn. */
const ROLE_COLORS = ['#a13d00', '#2d7232', '#7a3a96', '#b3261e', '#00667a', '#6b5d00'];

/**
 * @summary The session's shared profile: the mean on the radar with the spread (the lowest and
 * highest participant, dashed), roles on demand, last year; the same values as a table.
 * @tagname perseverance-session-profile
 * @internal
 */
export class PerseveranceSessionProfile extends LitElement {
  static override styles = [
    sessionStyles,
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
      .projector perseverance-radar {
        max-width: 56rem;
      }
    `,
  ];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private view?: SessionView;
  /** Roles overlaid on the radar, by `role` (null: without a role). */
  @state() private shown: ReadonlySet<string | null> = new Set();
  @state() private chartFailed = false;

  private toggleRole(role: string | null, on: boolean) {
    const next = new Set(this.shown);
    if (on) next.add(role);
    else next.delete(role);
    this.shown = next;
  }

  override render() {
    const view = this.view;
    const summary = view?.summary;
    if (!view || !summary) return nothing;
    const { t, m, snapshot, before } = view;
    const p = t.profile;
    const heading = html`<h3 tabindex="-1">${t.sections.profile}</h3>`;
    if (summary.respondentCount === 0)
      return html`${heading}
        <p>${p.none}</p>
        <perseverance-session-previous></perseverance-session-previous>`;
    const roles = summary.roles.filter((role) => this.shown.has(role.role));
    const style = getComputedStyle(this);
    const axes = summary.axes;
    const scoresOf = (list: readonly AxisScore[]) =>
      axes.map((axis) => list.find((a) => a.axisId === axis.axisId)?.score ?? null);
    const datasets: RadarDataset[] = [
      {
        label: p.mean,
        data: axes.map((a) => a.score),
        color: style.getPropertyValue('--_bg-action').trim() || '#1f3f8f',
        fill: true,
      },
      { label: p.min, data: axes.map((a) => a.min), color: '#595959', dashed: true },
      { label: p.max, data: axes.map((a) => a.max), color: '#595959', dashed: true },
      ...roles.map((role, i) => ({
        label: roleName(view, role.role),
        data: scoresOf(role.profile.axes),
        color: ROLE_COLORS[i % ROLE_COLORS.length]!,
      })),
      ...(before
        ? [{ label: p.lastYear, data: scoresOf(before.axes), color: '#8a5a00', dashed: true }]
        : []),
    ];
    const profile = summary.profile;
    const describe = (axis: AxisScore | undefined) =>
      axis ? `${axis.label} (${m.score(axis.score)})` : m.profile.none;
    const chartSummary = m.profile.chartSummary(
      m.score(profile.overall.score),
      describe(profile.strengths[0]),
      describe(profile.weaknesses[0]),
    );
    return html`<div class=${view.projector ? 'projector' : ''}>
      ${heading}
      <p><strong>${p.overall(m.score(profile.overall.score), summary.respondentCount)}</strong></p>
      <fieldset class="no-print">
        <legend>${p.roles}</legend>
        <div class="roles">
          ${summary.roles.map(
            (role, i) =>
              html`<div class="choice">
                <input
                  type="checkbox"
                  id=${`role-${i}`}
                  .checked=${this.shown.has(role.role)}
                  @change=${(e: Event) =>
                    this.toggleRole(role.role, (e.target as HTMLInputElement).checked)}
                />
                <label for=${`role-${i}`}
                  >${roleName(view, role.role)} (${role.respondentCount})</label
                >
              </div>`,
          )}
        </div>
      </fieldset>
      <ul class="legend" aria-hidden="true">
        ${datasets.map(
          // A property, not a style attribute: allowed under a strict CSP (style-src 'self').
          (set) =>
            html`<li>
              <span
                class=${set.dashed ? 'swatch dashed' : 'swatch'}
                .style=${`color: ${set.color}`}
              ></span
              >${set.label}
            </li>`,
        )}
      </ul>
      ${
        this.chartFailed
          ? html`<p class="warning">${m.profile.chartUnavailable}</p>`
          : html`<perseverance-radar
              .labels=${axes.map((axis) => axis.label)}
              .labelColors=${axes.map(
                (axis) =>
                  style
                    .getPropertyValue(
                      `--_key-${snapshot.catalogue.keys.find((k) => k.id === axis.keyId)?.color}`,
                    )
                    .trim() || '#1e1e1e',
              )}
              .datasets=${datasets}
              label=${p.chart(chartSummary)}
              @perseverance-radar-failed=${() => (this.chartFailed = true)}
            ></perseverance-radar>`
      }
      <perseverance-session-table .view=${view} .roles=${roles}></perseverance-session-table>
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
