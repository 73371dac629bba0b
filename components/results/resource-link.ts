import { html, nothing } from 'lit';
import type { Resource } from '../../src/catalogue/schema.js';
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

/** A resource's title, as a new-tab link when its address is safe, as plain text otherwise. */
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
  `;
}
