import { expect } from '@open-wc/testing';
import { deepQuery, settle, JOURNEY_TIMEOUT } from './helpers.js';
import type { PerseveranceErrorEvent } from '../../components/app/events.js';

// A host's catalogue with a JSON syntax error: the widget says where, as the validator page and
// `npx perseverance-diagnostic valider` do (same words, from src/catalogue/json-text.ts).
describe('<perseverance-diagnostic> with a catalogue that is not JSON', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('names the line, the column and the text around a trailing comma', async () => {
    const text = '{\n  "id": "academie",\n  "title": "Catalogue de l’académie",\n}\n';
    const src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const element = document.createElement('perseverance-diagnostic');
    element.setAttribute('catalogue-src', src);
    const error = new Promise<PerseveranceErrorEvent>((resolve) =>
      element.addEventListener('perseverance-error', (event) => resolve(event), { once: true }),
    );
    document.body.append(element);
    const event = await error;
    await settle(element);
    expect(event.detail.kind).to.equal('catalogue');
    expect(event.detail.message).to.include('n’est pas un JSON valide');
    const [issue] = event.detail.issues ?? [];
    expect(issue?.message).to.equal(
      'JSON invalide, ligne 3, colonne 37 : virgule en trop avant « } » ; texte autour : « e", "title": "Catalogue de l’académie", } »',
    );
    const panel = deepQuery(element, 'perseverance-error-panel');
    expect(panel.shadowRoot!.textContent).to.include('ligne 3, colonne 37');
    await expect(element).to.be.accessible();
    element.remove();
    URL.revokeObjectURL(src);
  });
});
