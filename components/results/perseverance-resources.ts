import { css, html, nothing } from 'lit';
import { assessReadiness, recommendResources } from '../../src/recommend/index.js';
import type { ResourceSuggestion } from '../../src/recommend/index.js';
import { catalogueAbout } from './catalogue-about.js';
import { defineElement } from '../app/define.js';
import { DiagnosticView } from '../app/diagnostic-view.js';
import { resourceTargetText, resourceWhyText } from './reason-text.js';
import { resourceLink } from './resource-link.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * @summary Resources for the weakest axes, grouped by axis, opened in a new tab.
 * @tagname perseverance-resources
 * @internal
 */
export class PerseveranceResources extends DiagnosticView {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .kind {
        font-size: 0.8125em;
        font-weight: 600;
        text-transform: uppercase;
        margin-right: 0.5em;
      }
      .mention {
        color: var(--_text-mention);
      }
      li {
        margin-bottom: 0.5em;
      }
      .why {
        display: block;
        font-size: 0.875em;
        color: var(--_text-mention);
      }
    `,
  ];

  override render() {
    const { snapshot, messages: m } = this;
    if (!snapshot || !m) return nothing;
    const suggestions = recommendResources(snapshot.catalogue, snapshot.profile, {
      limit: 30,
      axes: 4,
      levels: snapshot.establishment.levels,
    });
    const readiness = assessReadiness(snapshot.profile);
    const groups = new Map<string, ResourceSuggestion[]>();
    for (const suggestion of suggestions) {
      const heading = resourceTargetText(suggestion, m);
      const group = groups.get(heading) ?? [];
      group.push(suggestion);
      groups.set(heading, group);
    }
    return html`
      <section aria-labelledby="resources-title">
        <h2 id="resources-title" tabindex="-1">${m.resources.title}</h2>
        <p>${m.resources.intro}</p>
        ${
          groups.size === 0
            ? html`<p>
                ${
                  readiness.sufficient
                    ? m.resources.none
                    : m.resources.insufficient(readiness.required - readiness.known)
                }
              </p>`
            : nothing
        }
        ${[...groups].map(
          ([reason, items]) => html`
            <h3>${reason}</h3>
            <ul>
              ${items.map(
                (item) =>
                  html`<li>
                    ${resourceLink(item.resource, m)}
                    <span class="why">${resourceWhyText(item, m)}</span>
                  </li>`,
              )}
            </ul>
          `,
        )}
        ${catalogueAbout(snapshot.catalogue, m)}
      </section>
    `;
  }
}

defineElement('perseverance-resources', PerseveranceResources);

declare global {
  interface HTMLElementTagNameMap {
    'perseverance-resources': PerseveranceResources;
  }
}
