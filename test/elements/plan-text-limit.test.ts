import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { DRAFT_FIELDS, planItems, type DraftValues } from '../../src/plan/index.js';
import { createEmptyState } from '../../src/storage/index.js';
import type { PlanMessages } from '../../components/i18n/plan-fr.js';
import '../../components/plan/perseverance-plan-draft.js';
import '../../components/plan/perseverance-plan-action.js';
import type {
  PerseverancePlanAction,
  PlanEntryChangeEvent,
} from '../../components/plan/perseverance-plan-action.js';
import type {
  PerseverancePlanDraft,
  PlanDraftInputEvent,
} from '../../components/plan/perseverance-plan-draft.js';
import { messagesIn } from './context-fixture.js';

const empty = Object.fromEntries(DRAFT_FIELDS.map((field) => [field, ''])) as DraftValues;

async function editor(lang: 'fr' | 'en' = 'fr', initial: Partial<DraftValues> = {}) {
  const messages = await messagesIn(lang);
  return fixture<PerseverancePlanDraft>(
    html`<perseverance-plan-draft
      .draftId=${'brouillon-1'}
      .initial=${{ ...empty, ...initial }}
      .t=${messages.plan as PlanMessages}
    ></perseverance-plan-draft>`,
  );
}

/** Copies `text` to the clipboard and pastes it at the end of `field`, with the keyboard. */
async function paste(
  el: PerseverancePlanDraft | PerseverancePlanAction,
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) {
  const source = document.createElement('textarea');
  source.value = text;
  document.body.append(source);
  source.select();
  await sendKeys({ press: 'Control+C' });
  source.remove();
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
  await sendKeys({ press: 'Control+V' });
  await el.updateComplete;
}

const limitOf = (el: Element, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`#${id}-limit`)!;
/** Visible text, spaces (narrow no-break ones included) made plain for comparison. */
const plain = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<perseverance-plan-draft>: the size of what is typed', () => {
  it('says, politely and at the field, that a long paste was cut, and how much', async () => {
    const el = await editor('fr', { organisation: 'a'.repeat(1990) });
    const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#draft-organisation')!;
    const typed: DraftValues[] = [];
    el.addEventListener('perseverance-plan-draft-input', (e: PlanDraftInputEvent) =>
      typed.push(e.values),
    );
    await paste(el, field, 'b'.repeat(100));
    // The browser kept 2,000 characters; the field says so, and what was not kept.
    expect(field.value).to.have.length(2000);
    const limit = limitOf(el, 'draft-organisation');
    const live = limit.querySelector('[aria-live="polite"]')!;
    expect(plain(live)).to.equal(
      'Texte coupé à 2 000 caractères, le maximum de ce champ : 90 caractères n’ont pas été gardés.',
    );
    expect(plain(limit.querySelector('.count')!)).to.equal('2 000 / 2 000 caractères');
    expect(field.getAttribute('aria-describedby')).to.include('draft-organisation-limit');
    // What was kept is saved as typed.
    expect(typed.at(-1)!.organisation).to.have.length(2000);
    await expect(el).to.be.accessible();

    // Back under the limit, the message goes; the count stays while near it.
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(plain(live)).to.equal('');
    expect(plain(limit.querySelector('.count')!)).to.equal('1 999 / 2 000 caractères');
  });

  it('counts the characters only near the limit, and cuts a title too, in English', async () => {
    const el = await editor('en', { organisation: 'short' });
    expect(limitOf(el, 'draft-organisation').querySelector('.count')).to.equal(null);
    expect(
      el.shadowRoot!.querySelector('#draft-organisation')!.getAttribute('aria-describedby'),
    ).to.equal(null);
    const title = el.shadowRoot!.querySelector<HTMLInputElement>('#draft-titre')!;
    await paste(el, title, 'T'.repeat(201));
    expect(title.value).to.have.length(200);
    expect(plain(limitOf(el, 'draft-titre'))).to.equal(
      '200 / 200 characters Text cut to 200 characters, this field’s maximum: 1 character was not kept.',
    );
  });
});

describe('<perseverance-plan-action>: the size of the bilan and the pilot', () => {
  it('says that a long paste in the bilan was cut, and saves what was kept', async () => {
    const messages = await messagesIn('fr');
    const state = createEmptyState(defaultCatalogue, {
      selection: { retained: ['conseil-de-progres'], done: [] },
    });
    const el = await fixture<PerseverancePlanAction>(
      html`<perseverance-plan-action
        mode="bilan"
        .item=${planItems(state, defaultCatalogue)[0]}
        .messages=${messages}
        .t=${messages.plan as PlanMessages}
      ></perseverance-plan-action>`,
    );
    const saved: string[] = [];
    el.addEventListener('perseverance-plan-entry-change', (e: PlanEntryChangeEvent) =>
      saved.push(e.entry.bilan!.worked),
    );
    const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#worked')!;
    await paste(el, field, 'w'.repeat(2100));
    expect(field.value).to.have.length(2000);
    expect(plain(limitOf(el, 'worked').querySelector('[aria-live="polite"]')!)).to.equal(
      'Texte coupé à 2 000 caractères, le maximum de ce champ : 100 caractères n’ont pas été gardés.',
    );
    expect(field.getAttribute('aria-describedby')).to.equal('worked-limit');
    field.dispatchEvent(new Event('change'));
    expect(saved.at(-1)).to.have.length(2000);
  });
});
