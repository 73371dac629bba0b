import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { SAVED_STATE_VERSION, createEmptyState, serializeState } from '../../src/storage/index.js';
import { fr } from '../../components/i18n/fr.js';
import type { PerseveranceDiagnostic } from '../../components/app/perseverance-diagnostic.js';
import type { PerseveranceErrorEvent } from '../../components/app/events.js';
import {
  answerAllVisible,
  click,
  buttonByText,
  currentView,
  deepQueryAll,
  settle,
  until,
  within,
} from '../journeys/helpers.js';
import { SAVED_STATE_FIXTURES } from '../storage/fixtures/index.js';
import { catalogueForState } from './fixture-catalogue.js';
import { catalogueUrl, mountSettled, openView, withWindowProperty } from './helpers.js';

const { unavailable: UNAVAILABLE_MESSAGE, quota: QUOTA_MESSAGE } = fr.storageNotice;

function noticeRoot(widget: PerseveranceDiagnostic): ShadowRoot {
  return widget.shadowRoot!.querySelector('perseverance-notices')!.shadowRoot!;
}

/** Each notice's sentence. */
function noticeTexts(widget: PerseveranceDiagnostic): string[] {
  return [...noticeRoot(widget).querySelectorAll('li p')].map((p) => p.textContent!.trim());
}

/** Each notice's small print (for support): the set-aside copies' keys, the fields left out. */
function noticeDetails(widget: PerseveranceDiagnostic): string[] {
  return [...noticeRoot(widget).querySelectorAll('li small')].map((p) => p.textContent!.trim());
}

function footerStatus(widget: PerseveranceDiagnostic): HTMLElement {
  return widget.shadowRoot!.querySelector<HTMLElement>('footer .save-status')!;
}

/** Mounts a widget, recording its storage error events from the very start. */
async function mountRecording(attributes: Record<string, string> = {}, key?: string) {
  const events: PerseveranceErrorEvent[] = [];
  const record = (event: PerseveranceErrorEvent) => events.push(event);
  document.addEventListener('perseverance-error', record);
  try {
    const { widget } = await mountSettled(attributes, key);
    return { widget, events };
  } finally {
    // Events after mounting are caught on the element itself.
    queueMicrotask(() => document.removeEventListener('perseverance-error', record));
  }
}

/** Answers two steps, visits the profile and back: many saves, to prove the notice comes once. */
async function useWidget(widget: PerseveranceDiagnostic, events: PerseveranceErrorEvent[]) {
  widget.addEventListener('perseverance-error', (event) => events.push(event));
  await click(widget, 'Commencer');
  await answerAllVisible(widget, () => 1);
  await click(widget, 'Clé suivante');
  await answerAllVisible(widget, () => 2);
  await openView(widget, 'Profil', 'perseverance-profile');
  await openView(widget, 'Questionnaire', 'perseverance-questionnaire');
  expect(Object.keys(widget.answers).length).to.be.greaterThan(4);
  expect(widget.profile!.overall.answered).to.equal(Object.keys(widget.answers).length);
}

function expectMemoryModeOnce(
  widget: PerseveranceDiagnostic,
  events: PerseveranceErrorEvent[],
  message: string,
) {
  expect(noticeTexts(widget).filter((text) => text === message)).to.have.length(1);
  const storageEvents = events.filter((event) => event.detail.kind === 'storage');
  expect(storageEvents.map((event) => event.detail.message)).to.deep.equal([message]);
  const status = footerStatus(widget);
  expect(status.textContent).to.include('Non enregistré');
  expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(getComputedStyle(status).visibility).to.equal('visible');
}

describe('hardening 5 — storage that refuses, overflows or is missing', () => {
  afterEach(() => {
    for (const widget of document.querySelectorAll('perseverance-diagnostic')) widget.remove();
  });

  it('works in memory when reading localStorage throws a SecurityError, and says so once', async () => {
    await withWindowProperty(
      'localStorage',
      {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      },
      async () => {
        const { widget, events } = await mountRecording();
        await useWidget(widget, events);
        expectMemoryModeOnce(widget, events, UNAVAILABLE_MESSAGE);
      },
    );
  });

  it('works in memory when the storage is full, and says so once', async () => {
    const setItem = Storage.prototype.setItem;
    let attempts = 0;
    Storage.prototype.setItem = function () {
      attempts += 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const { widget, events } = await mountRecording();
      await useWidget(widget, events);
      expectMemoryModeOnce(widget, events, QUOTA_MESSAGE);
      // Memory for the rest of the page: no retry on every answer.
      expect(attempts).to.equal(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  for (const [what, value] of [
    ['undefined', undefined],
    ['null', null],
  ] as const) {
    it(`works in memory when localStorage is ${what}, and says so once`, async () => {
      await withWindowProperty('localStorage', { value, writable: true }, async () => {
        const { widget, events } = await mountRecording();
        await useWidget(widget, events);
        expectMemoryModeOnce(widget, events, UNAVAILABLE_MESSAGE);
      });
    });
  }

  it('works in memory when every storage method throws', async () => {
    const methods = ['getItem', 'setItem', 'removeItem'] as const;
    const originals = methods.map((name) => Storage.prototype[name]);
    for (const name of methods)
      Storage.prototype[name] = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    try {
      const { widget, events } = await mountRecording();
      await useWidget(widget, events);
      expectMemoryModeOnce(widget, events, UNAVAILABLE_MESSAGE);
      widget.reset();
      await settle(widget);
      expect(currentView(widget)?.localName).to.equal('perseverance-welcome');
    } finally {
      methods.forEach((name, index) => (Storage.prototype[name] = originals[index] as never));
    }
  });
});

describe('hardening 6 — whatever is stored under the widget’s key', () => {
  const key = () => `perseverance-hardening-stored-${Math.random().toString(36).slice(2)}`;

  function backups(storageKey: string): [string, string][] {
    return Object.keys(localStorage)
      .filter((name) => name.startsWith(`${storageKey}.backup-`))
      .map((name) => [name, localStorage.getItem(name)!]);
  }

  afterEach(() => {
    for (const widget of document.querySelectorAll('perseverance-diagnostic')) widget.remove();
    for (const name of Object.keys(localStorage))
      if (name.startsWith('perseverance-hardening-')) localStorage.removeItem(name);
  });

  const valid = serializeState(
    createEmptyState(defaultCatalogue, { answers: { [defaultCatalogue.questions[0]!.id]: 2 } }),
  );
  const cases: [string, string][] = [
    ['garbage', 'n’importe quoi'],
    ['an empty string', ''],
    ['truncated JSON', valid.slice(0, valid.length - 7)],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON array', '[{"version":2}]'],
    ['the wrong shape', '{"version":2,"answers":"toutes"}'],
    ['a state without a version', JSON.stringify({ ...JSON.parse(valid), version: undefined })],
    [
      'a future version',
      JSON.stringify({ ...JSON.parse(valid), version: SAVED_STATE_VERSION + 1 }),
    ],
    ['a __proto__ key', valid.replace('{', '{"__proto__":{"polluted":true},')],
    ['a lone surrogate', '{"version":2,"\uD800":1}'],
    [
      'a state saved for another catalogue',
      serializeState(
        createEmptyState(
          { id: 'un-autre-catalogue', version: '1' },
          { answers: { 'accueillir-1': 3 } },
        ),
      ),
    ],
  ];

  for (const [what, raw] of cases) {
    it(`starts anyway with ${what}, keeps it under a backup key and explains`, async () => {
      const storageKey = key();
      localStorage.setItem(storageKey, raw);
      const { widget, outcome } = await mountSettled({}, storageKey);
      expect(outcome).to.equal('ready');
      expect(currentView(widget)?.localName).to.equal('perseverance-welcome');
      const saved = backups(storageKey);
      expect(saved, 'one backup').to.have.length(1);
      expect(saved[0]![1]).to.equal(raw);
      // The notice's words load with it, the first time one shows.
      await until(() => noticeTexts(widget).length > 0, 'the notice');
      const notices = noticeTexts(widget);
      expect(notices).to.have.length(1);
      // Plain words: what happened and what it means, the copy offered; its key in small print.
      expect(notices[0]).to.match(/sauvegarde/i);
      expect(notices[0]).not.to.include(storageKey);
      expect(notices[0]).to.include('gardée à part');
      expect(noticeDetails(widget)[0]).to.include(saved[0]![0]);
      expect(buttonByText(widget, 'Télécharger la copie mise de côté')).to.exist;
      if (what === 'a future version') expect(notices[0]).to.include('plus récente');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      // A save whose only fault is one field (here an unknown `__proto__` key) is resumed without
      // it (hardening 21): the answer is kept, the original is still backed up.
      if (what === 'a __proto__ key') {
        expect(notices[0]).to.include('(1 élément)');
        expect(noticeDetails(widget)[0]).to.include('« __proto__ »');
        expect(Object.keys(widget.answers)).to.have.length(1);
      }
      // The widget is usable and saves again under its key; the backup stays.
      await click(widget, what === 'a __proto__ key' ? 'Reprendre' : 'Commencer');
      await answerAllVisible(widget, () => 3);
      expect(JSON.parse(localStorage.getItem(storageKey)!).answers).to.deep.equal(widget.answers);
      expect(backups(storageKey)).to.deep.equal(saved);
    });
  }

  it('starts with any of 25 random strings under its key', async function () {
    this.timeout(30_000);
    const samples = fc.sample(fc.oneof(fc.string({ maxLength: 200 }), fc.json()), {
      seed: 66,
      numRuns: 25,
    });
    for (const raw of samples) {
      const storageKey = key();
      localStorage.setItem(storageKey, raw);
      const { widget, outcome } = await mountSettled({}, storageKey);
      expect(outcome, JSON.stringify(raw)).to.equal('ready');
      expect(backups(storageKey).map(([, value]) => value)).to.deep.equal([raw]);
      await until(() => noticeTexts(widget).length === 1, `the notice for ${JSON.stringify(raw)}`);
      widget.remove();
    }
  });
});

describe('hardening 7 — every saved-state version ever released', () => {
  for (const fixture of SAVED_STATE_FIXTURES) {
    it(`loads ${fixture.name} (version ${fixture.version}) in the widget and shows its answers`, async () => {
      const data = fixture.data as Record<string, unknown>;
      const catalogue = catalogueForState(data);
      const storageKey = `perseverance-hardening-v-${fixture.name}`;
      localStorage.setItem(storageKey, JSON.stringify(data));
      try {
        const { widget, outcome } = await mountSettled(
          { 'catalogue-src': catalogueUrl(catalogue) },
          storageKey,
        );
        expect(outcome).to.equal('ready');
        expect(noticeTexts(widget)).to.deep.equal([]);
        const answers = data['answers'] as Record<string, unknown>;
        expect(widget.answers).to.deep.equal(answers);
        const context = data['context'] as { levels: string[]; establishmentName?: string };
        const welcome = currentView(widget)!.shadowRoot!;
        for (const level of context.levels)
          expect(welcome.querySelector<HTMLInputElement>(`#level-${level}`)!.checked).to.equal(
            true,
          );
        expect(welcome.querySelector<HTMLInputElement>('#name')!.value).to.equal(
          context.establishmentName ?? '',
        );
        const count = Object.keys(answers).length;
        if (count > 0) {
          expect(welcome.textContent).to.include('Un diagnostic est en cours');
          await click(widget, 'Reprendre');
        } else {
          await click(widget, 'Commencer');
        }
        // Every radio on screen shows the saved answer.
        for (const question of deepQueryAll(widget, 'perseverance-question')) {
          const q = (question as unknown as { question: { id: string } }).question;
          const radios = [...question.querySelectorAll<HTMLInputElement>('input')];
          const checked = radios.findIndex((radio) => radio.checked);
          const saved = answers[q.id];
          const expected = saved === undefined ? -1 : saved === 'unknown' ? 4 : Number(saved);
          expect(checked, q.id).to.equal(expected);
        }
        expect(within(widget, 'perseverance-questionnaire', 'h2')[0]!.textContent).to.include(
          'Étape',
        );
        // Saved back in the current format on the next change.
        await answerAllVisible(widget, () => 3);
        const stored = JSON.parse(localStorage.getItem(storageKey)!);
        expect(stored.version).to.equal(SAVED_STATE_VERSION);
        widget.remove();
      } finally {
        localStorage.removeItem(storageKey);
      }
    });
  }
});

describe('hardening 6 — a save made for another catalogue (domain)', () => {
  it('is set aside by the store with its own notice, never returned', async () => {
    const { createStateStore } = await import('../../src/storage/index.js');
    const items = new Map<string, string>();
    const port = {
      getItem: (name: string) => items.get(name) ?? null,
      setItem: (name: string, value: string) => void items.set(name, value),
      removeItem: (name: string) => void items.delete(name),
    };
    const raw = serializeState(createEmptyState({ id: 'ancien', version: '1' }));
    items.set('k', raw);
    const store = createStateStore({
      key: 'k',
      port: () => port,
      catalogueId: 'nouveau',
      now: () => new Date('2025-01-01T00:00:00Z'),
    });
    const loaded = store.load();
    expect(loaded.state).to.equal(null);
    const notice = loaded.notice as { kind: string; catalogue?: string; backupKey?: string };
    expect(notice).to.deep.include({ kind: 'corrupted', reason: 'catalogue', catalogue: 'ancien' });
    expect(items.get(notice.backupKey!)).to.equal(raw);
    expect(items.has('k')).to.equal(false);
    // Without a catalogue to compare with, the store reads it as before.
    items.set('k', raw);
    expect(createStateStore({ key: 'k', port: () => port }).load().state).to.not.equal(null);
  });
});

describe('issue #19 — storage notices in plain words, in the widget’s language, with the copy', () => {
  const key = () => `perseverance:notices-${Math.random().toString(36).slice(2)}`;
  const corrupted = '{"version":2,"answers":"toutes"}';

  afterEach(() => {
    for (const widget of document.querySelectorAll('perseverance-diagnostic')) widget.remove();
    for (const name of Object.keys(localStorage))
      if (name.startsWith('perseverance:notices-')) localStorage.removeItem(name);
  });

  /** Mounts a widget over a corrupted save; resolves once its notice shows. */
  async function mountOverCorrupted(attributes: Record<string, string> = {}) {
    const storageKey = key();
    localStorage.setItem(storageKey, corrupted);
    const { widget, events } = await mountRecording(attributes, storageKey);
    await until(() => noticeTexts(widget).length === 1, 'the notice');
    await until(() => events.some((event) => event.detail.kind === 'storage'), 'the event');
    const [backupKey] = Object.keys(localStorage).filter((name) =>
      name.startsWith(`${storageKey}.backup-`),
    );
    return { widget, events, storageKey, backupKey: backupKey! };
  }

  it('in French: says what happened without the storage key, which is in small print', async () => {
    const { widget, events, backupKey } = await mountOverCorrupted();
    const [text] = noticeTexts(widget);
    expect(text).to.equal(
      'La sauvegarde de ce navigateur n’a pas pu être relue (elle est abîmée ou d’un format inconnu). Elle est gardée à part dans ce navigateur et un nouveau diagnostic commence. Vous pouvez la télécharger pour la garder ou la transmettre.',
    );
    expect(text).not.to.include('perseverance:');
    expect(noticeDetails(widget)).to.deep.equal([`Pour l’assistance : « ${backupKey} »`]);
    // The host page's event says the same, in the widget's language.
    const storageEvents = events.filter((event) => event.detail.kind === 'storage');
    expect(storageEvents.map((event) => event.detail.message)).to.deep.equal([text]);
  });

  it('in English (lang="en"): the notice, its button and the event are in English', async () => {
    const { widget, events } = await mountOverCorrupted({ lang: 'en' });
    const [text] = noticeTexts(widget);
    expect(text).to.equal(
      'The diagnostic saved in this browser could not be read (it is damaged or in an unknown format). It is kept aside in this browser and a new diagnostic starts. You can download it to keep it or pass it on.',
    );
    expect(buttonByText(widget, 'Download the set-aside copy')).to.exist;
    expect(noticeDetails(widget)[0]).to.match(/^For support: « perseverance:notices-/);
    const storageEvents = events.filter((event) => event.detail.kind === 'storage');
    expect(storageEvents.map((event) => event.detail.message)).to.deep.equal([text]);
  });

  it('is reworded when the user switches from French to English, and back', async () => {
    const { widget } = await mountOverCorrupted();
    expect(noticeTexts(widget)[0]).to.match(/^La sauvegarde de ce navigateur/);
    widget.lang = 'en';
    await until(
      () => /^The diagnostic saved in this browser/.test(noticeTexts(widget)[0] ?? ''),
      'the English notice',
    );
    expect(buttonByText(widget, 'Download the set-aside copy')).to.exist;
    widget.lang = 'fr';
    await until(
      () => /^La sauvegarde de ce navigateur/.test(noticeTexts(widget)[0] ?? ''),
      'the French notice again',
    );
  });

  it('« Télécharger la copie mise de côté » downloads the set-aside save as it was', async () => {
    const { widget, backupKey } = await mountOverCorrupted();
    const blobs: Blob[] = [];
    const names: string[] = [];
    const createObjectURL = URL.createObjectURL;
    const anchorClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:copy');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      buttonByText(widget, 'Télécharger la copie mise de côté').click();
      await until(() => names.length === 1, 'the download');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = anchorClick;
    }
    expect(names[0]).to.match(/^perseverance-copie-mise-de-cote-\d{4}-\d\d-\d\d\.json$/);
    expect(await blobs[0]!.text()).to.equal(localStorage.getItem(backupKey));
    expect(await blobs[0]!.text()).to.equal(corrupted);
  });

  it('offers the unreadable save for download when it could not be set aside (kept in memory)', async () => {
    const storageKey = key();
    localStorage.setItem(storageKey, corrupted);
    const setItem = Storage.prototype.setItem;
    // The backup cannot be written: the save stays where it is, and in memory.
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name.includes('.backup-'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    const anchorClick = HTMLAnchorElement.prototype.click;
    try {
      const { widget } = await mountSettled({}, storageKey);
      await until(() => noticeTexts(widget).length === 1, 'the notice');
      expect(noticeTexts(widget)[0]).to.include('Elle est laissée en place');
      URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:copy');
      HTMLAnchorElement.prototype.click = () => undefined;
      buttonByText(widget, 'Télécharger la copie mise de côté').click();
      await until(() => blobs.length === 1, 'the download');
      expect(await blobs[0]!.text()).to.equal(corrupted);
    } finally {
      Storage.prototype.setItem = setItem;
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = anchorClick;
    }
  });
});
