import { html, nothing } from 'lit';
import type { ChecklistItem, Guide } from '../../src/catalogue/schema.js';
import type { PlanMessages } from '../i18n/plan-fr.js';

/**
 * Lit does not sanitise URLs: only absolute http(s) addresses become links, whatever got past the
 * schema (a catalogue object handed over directly). `http://` stays as the source gives it.
 */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url === '' || url !== url.trim()) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * What a fiche méthode's point adds under its words: the text that follows it in the source, the
 * address the source gives (shown as written, so a reader can compare), and the tool's note,
 * labelled as such.
 */
export function pointExtras(point: ChecklistItem, t: PlanMessages) {
  const href = safeHttpUrl(point.url);
  const g = t.guides;
  return html`${point.detail ? html`<span class="detail" lang="fr">${point.detail}</span>` : nothing}
  ${
    href
      ? html`<span class="detail"
          >${g.link} :
          <a href=${href} target="_blank" rel="noopener noreferrer" lang="fr">${point.url}</a>
          <span class="visually-hidden">${g.newTab}</span></span
        >`
      : nothing
  }
  ${point.note ? html`<span class="detail note">${g.note(point.note)}</span>` : nothing}`;
}

/** A whole fiche méthode, read-only: its own sections, then its avant / pendant / après lists. */
export function guideContent(guide: Guide, t: PlanMessages) {
  const list = (items: readonly ChecklistItem[]) =>
    html`<ul class="points">
      ${items.map(
        (point) => html`<li><span lang="fr">${point.label}</span>${pointExtras(point, t)}</li>`,
      )}
    </ul>`;
  return html`<article class="guide" aria-labelledby=${`guide-${guide.id}`}>
    <h4 id=${`guide-${guide.id}`} lang="fr">${guide.title}</h4>
    <p class="source">${t.guides.source(guide.source)}</p>
    <p lang="fr">${guide.summary}</p>
    ${(guide.sections ?? []).map(
      (section) =>
        html`<h5 lang="fr">${section.heading}</h5>
          ${list(section.items)}`,
    )}
    ${(['avant', 'pendant', 'apres'] as const).map((phase) =>
      guide.checklists[phase].length
        ? html`<h5>${t.action.phases[phase]}</h5>
            ${list(guide.checklists[phase])}`
        : nothing,
    )}
  </article>`;
}
