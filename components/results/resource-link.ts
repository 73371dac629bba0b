import { html, nothing } from 'lit';
import type { CatalogueSource, Resource } from '../../src/catalogue/schema.js';
import type { Messages } from '../i18n/index.js';

/**
 * Lit does not sanitise URLs: only absolute http(s) addresses become links, whatever got past
 * the schema (a catalogue object handed over directly, a tampered import).
 */
export function safeHttpUrl(url: unknown): string | null {
  // Typed as a string, but an object handed over past the schema may hold anything.
  if (typeof url !== 'string' || url === '' || url !== url.trim()) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** « Fiche mutualisation n° 1 », « Fiche méthode »; null when the source does not say its kind. */
export function sourceUnitText(source: CatalogueSource, m: Messages): string | null {
  if (!source.kind) return null;
  const kind = m.sources.kinds[source.kind];
  return source.number === undefined ? kind : m.sources.numbered(kind, source.number);
}

/**
 * A cited document as it names itself: its kind and number, its title, its académie and its year,
 * each only when the catalogue gives it (it never fills in what the source does not state).
 */
export function sourceText(source: CatalogueSource, m: Messages): string {
  const text = [sourceUnitText(source, m), source.document, source.academie ?? null]
    .filter((part): part is string => part !== null)
    .join(', ');
  return source.year === undefined ? text : m.sources.year(text, source.year);
}

/**
 * A resource's title, as a new-tab link when its address is safe, as plain text otherwise; then
 * its description, what the source says about its link, and the document that cites it.
 */
export function resourceLink(resource: Resource, m: Messages) {
  const href = safeHttpUrl(resource.url);
  const kind = m.resources.kinds[resource.kind] ?? resource.kind;
  return html`
    <span class="kind">${kind}</span>
    ${
      href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
            >${resource.title} <span class="visually-hidden">${m.resources.newTab}</span></a
          >`
        : html`<span>${resource.title}</span> <span class="mention">— ${m.resources.noLink}</span>`
    }
    ${resource.description ? html`<br /><span class="mention">${resource.description}</span>` : nothing}
    ${resource.linkNote ? html`<br /><span class="mention">${resource.linkNote}</span>` : nothing}
    ${
      resource.source
        ? html`<br /><span class="mention"
              >${m.resources.citedIn(sourceText(resource.source, m))}</span
            >`
        : nothing
    }
  `;
}
