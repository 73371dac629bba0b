import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ScoreDelta } from '../../src/session/compare.js';
import type { RoleGroup, ScoreSpread } from '../../src/session/types.js';
import { defineElement } from '../app/define.js';
import { roleName } from './session-context.js';
import type { SessionView } from './session-context.js';
import { sessionStyles } from './session-styles.js';
import { userText } from '../styles/user-text.js';

/** The name of a group that may be drawn: its role, or « Autres » for the merged one. */
export function groupName(view: SessionView, group: RoleGroup): string {
  return group.merged ? view.t.profile.others : roleName(view, group.role);
}

/**
 * @summary The session's profile as a data table — mean and middle half per clé and axis, the groups
 * drawn on the radar, last year and the change: the radar's text alternative, with its values.
 * @tagname perseverance-session-table
 * @internal
 */
export class PerseveranceSessionTable extends LitElement {
  static override styles = [
    sessionStyles,
    css`
      :host {
        display: block;
      }
      .scroll {
        overflow-x: auto;
      }
    `,
  ];

  @property({ attribute: false }) view?: SessionView;
  /** Roles drawn on the radar: one column each. */
  @property({ attribute: false }) roles: readonly RoleGroup[] = [];

  private cells(
    spread: Pick<ScoreSpread, 'score' | 'q1' | 'q3'>,
    roles: readonly (number | null)[],
    delta: ScoreDelta | undefined,
  ) {
    const { m, t, comparison } = this.view!;
    const score = (value: number | null) => (value === null ? '—' : m.score(value));
    return html`<td class="n">${m.score(spread.score)}</td>
      <td class="n">
        ${spread.q1 === null || spread.q3 === null ? '—' : t.profile.range(score(spread.q1), score(spread.q3))}
      </td>
      ${roles.map((value) => html`<td class="n">${m.score(value)}</td>`)}
      ${
        comparison
          ? html`<td class="n">${score(delta?.before ?? null)}</td>
              <td class="n">${score(delta?.after ?? null)}</td>
              <td class="n">${t.profile.points(delta?.delta ?? null)}</td>`
          : nothing
      }`;
  }

  override render() {
    const view = this.view;
    const summary = view?.summary;
    if (!view || !summary) return nothing;
    const { t, comparison, acted } = view;
    const p = t.profile;
    const roleScores = (pick: (role: RoleGroup) => number | null) => this.roles.map(pick);
    // Wider than a phone: it scrolls within itself, focusable and named for the keyboard.
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${p.caption}>
      <table>
        <caption>
          ${p.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${p.item}</th>
            <th scope="col">${p.mean}</th>
            <th scope="col">${p.middle}</th>
            ${this.roles.map((role) => html`<th scope="col">${userText(groupName(view, role))}</th>`)}
            ${
              comparison
                ? html`<th scope="col">${p.lastYear}</th>
                    <th scope="col">${p.sameBasis}</th>
                    <th scope="col">${p.delta}</th>`
                : nothing
            }
          </tr>
        </thead>
        ${summary.keys.map(
          (key) =>
            html`<tbody>
              <tr class="key">
                <th scope="row">${key.label}</th>
                ${this.cells(
                  key,
                  roleScores(
                    (role) => role.profile.keys.find((k) => k.keyId === key.keyId)?.score ?? null,
                  ),
                  comparison?.keys.find((k) => k.keyId === key.keyId),
                )}
              </tr>
              ${summary.axes
                .filter((axis) => axis.keyId === key.keyId)
                .map((axis) => {
                  const titles = acted.get(axis.axisId);
                  return html`<tr data-axis=${axis.axisId}>
                    <th scope="row">
                      ${axis.label}
                      ${
                        titles
                          ? html`<br /><span class="mention acted"
                                >${p.acted(titles.join(', '))}</span
                              >`
                          : nothing
                      }
                    </th>
                    ${this.cells(
                      axis,
                      roleScores(
                        (role) =>
                          role.profile.axes.find((a) => a.axisId === axis.axisId)?.score ?? null,
                      ),
                      comparison?.axes.find((a) => a.axisId === axis.axisId),
                    )}
                  </tr>`;
                })}
            </tbody>`,
        )}
        <tfoot>
          <tr class="key">
            <th scope="row">${view.m.profile.overall}</th>
            ${this.cells(
              { score: summary.profile.overall.score, q1: null, q3: null },
              roleScores((role) => role.profile.overall.score),
              comparison?.overall,
            )}
          </tr>
        </tfoot>
      </table>
    </div>`;
  }
}

defineElement('perseverance-session-table', PerseveranceSessionTable);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-session-table': PerseveranceSessionTable;
  }
}
