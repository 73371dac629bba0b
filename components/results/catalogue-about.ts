import { html, nothing } from 'lit';
import type { Catalogue } from '../../src/catalogue/schema.js';
import type { Messages } from '../i18n/index.js';
import { safeHttpUrl } from './resource-link.js';

/** An address fit for `mailto:`; anything else is shown as text, never as a link. */
const EMAIL = /^[^\s@<>"?&]+@[^\s@<>"?&]+\.[a-z]{2,}$/i;

/**
 * What the catalogue says of itself and whom to ask: its title, its description and its contact,
 * as the académie wrote them. Shown where a team looks for help (the resources, the plan); each
 * part only when the catalogue gives it.
 */
export function catalogueAbout(
  catalogue: Pick<Catalogue, 'title' | 'description' | 'contact'>,
  m: Messages,
) {
  const { contact } = catalogue;
  const url = safeHttpUrl(contact?.url);
  const email = contact?.email && EMAIL.test(contact.email) ? contact.email : null;
  return html`<aside class="catalogue-about" aria-labelledby="catalogue-about-title">
    <h3 id="catalogue-about-title">${m.about.title}</h3>
    <p><cite>${catalogue.title}</cite></p>
    ${catalogue.description ? html`<p>${catalogue.description}</p>` : nothing}
    ${
      contact
        ? html`<p>
            ${m.about.contact} ${contact.label}
            ${email ? html`— <a href=${`mailto:${email}`}>${email}</a>` : nothing}
            ${
              url
                ? html`—
                    <a href=${url} target="_blank" rel="noopener noreferrer"
                      >${m.about.site}<span class="visually-hidden"> ${m.resources.newTab}</span></a
                    >`
                : nothing
            }
          </p>`
        : nothing
    }
  </aside>`;
}
