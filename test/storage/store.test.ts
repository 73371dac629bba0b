import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  createEmptyState,
  createStateStore,
  parseSavedState,
  SAVED_STATE_VERSION,
  serializeState,
  type SavedState,
  type StoragePort,
} from '../../src/storage/index.js';
import { readSavedState } from '../../src/storage/saved-state.js';
import { makeCatalogue } from '../share/fixtures.js';
import { FakePort, quotaError } from './helpers.js';

const KEY = 'perseverance-diagnostic';
const NOW = new Date('2025-03-14T10:00:00.000Z');
const BACKUP = `${KEY}.backup-2025-03-14T10:00:00.000Z`;

/**
 * A notice is facts (kind, reason, keys, fields) that the interface words in its language: no
 * sentence, in French or any language, comes from the store.
 */
function expectFactsOnly(notice: object | undefined) {
  expect(notice).not.to.have.property('message');
  for (const value of Object.values(notice ?? {}))
    if (typeof value === 'string') expect(value, 'no sentence').not.to.match(/\s/);
}

const catalogue = makeCatalogue(4);
const state: SavedState = createEmptyState(catalogue, { answers: { 'q-1': 2, 'q-2': 'unknown' } });

function storeOn(port: StoragePort | null | undefined | (() => never)) {
  return createStateStore({
    key: KEY,
    port: typeof port === 'function' ? port : () => port,
    now: () => NOW,
  });
}

describe('state store: normal use', () => {
  it('loads nothing from an empty storage, then what it saved', () => {
    const port = new FakePort();
    const store = storeOn(port);
    expect(store.load()).to.deep.equal({ state: null });
    expect(store.save(state)).to.deep.equal({ persisted: true });
    expect(store.mode).to.equal('persistent');
    // The state, and beside it the save's revision (the store's, read aside).
    expect(port.items.get(KEY)).to.equal(JSON.stringify({ ...state, revision: 1 }));
    expect(parseSavedState(port.items.get(KEY)!)).to.deep.equal(state);
    expect(storeOn(port).load()).to.deep.equal({ state });
  });

  it('clears the saved state', () => {
    const port = new FakePort();
    const store = storeOn(port);
    store.save(state);
    store.clear();
    expect(port.items.has(KEY)).to.equal(false);
    expect(store.load()).to.deep.equal({ state: null });
  });
});

describe('state store: storage unavailable', () => {
  const unavailablePorts: [string, () => StoragePort | null | undefined][] = [
    [
      'the getter throws a SecurityError',
      () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    ],
    ['the getter returns null', () => null],
    ['the getter returns undefined', () => undefined],
    ['getItem throws', () => new FakePort({ failGet: true })],
  ];
  for (const [name, getter] of unavailablePorts) {
    it(`keeps answers in memory when ${name}`, () => {
      const store = createStateStore({ key: KEY, port: getter });
      expect(store.load()).to.deep.equal({
        state: null,
        notice: { kind: 'unavailable' },
      });
      expect(store.mode).to.equal('memory');
      expect(store.save(state)).to.deep.equal({ persisted: false });
      expect(store.load()).to.deep.equal({ state });
      store.clear();
      expect(store.load()).to.deep.equal({ state: null });
    });
  }

  it('switches to memory when the storage disappears on save', () => {
    let port: FakePort | null = new FakePort();
    const store = createStateStore({ key: KEY, port: () => port });
    store.load();
    port = null;
    expect(store.save(state)).to.deep.equal({
      persisted: false,
      notice: { kind: 'unavailable' },
    });
    expect(store.mode).to.equal('memory');
  });

  it('never throws when removeItem fails', () => {
    const store = storeOn(new FakePort({ failRemove: true }));
    store.save(state);
    expect(() => store.clear()).not.to.throw();
  });
});

describe('state store: quota', () => {
  for (const [name, error] of [
    ['a QuotaExceededError DOMException', quotaError()],
    ['a Firefox-style error', { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }],
    ['an error with code 22', { name: 'Error', code: 22 }],
  ] as const) {
    it(`switches to memory and says so once on ${name}`, () => {
      const port = new FakePort({ failSet: () => error });
      const store = storeOn(port);
      expect(store.load()).to.deep.equal({ state: null });
      const first = store.save(state);
      expect(first.persisted).to.equal(false);
      expect(first.notice).to.deep.equal({ kind: 'quota' });
      expect(store.mode).to.equal('memory');
      const next = { ...state, answers: { 'q-3': 1 as const } };
      expect(store.save(next)).to.deep.equal({ persisted: false });
      expect(store.load()).to.deep.equal({ state: next });
      expect(port.setCalls).to.equal(1);
    });
  }

  it('treats any other setItem failure as unavailable', () => {
    const store = storeOn(new FakePort({ failSet: () => new TypeError('boom') }));
    expect(store.save(state).notice).to.deep.equal({ kind: 'unavailable' });
  });
});

describe('state store: corrupted save', () => {
  for (const [name, raw, reason] of [
    ['unreadable JSON', '{"version":1,', 'json'],
    ['a wrong shape', JSON.stringify({ version: 1, answers: [] }), 'invalid'],
    [
      'a newer version',
      serializeState({
        ...state,
        version: (SAVED_STATE_VERSION + 1) as typeof SAVED_STATE_VERSION,
      }),
      'future-version',
    ],
  ] as const) {
    it(`sets ${name} aside under a backup key and starts afresh`, () => {
      const port = new FakePort();
      port.items.set(KEY, raw);
      const store = storeOn(port);
      const result = store.load();
      expect(result.state).to.equal(null);
      // Why, and where the copy is: the interface says it in words and offers the copy.
      expect(result.notice).to.deep.equal({ kind: 'corrupted', reason, backupKey: BACKUP });
      expectFactsOnly(result.notice);
      expect(port.items.get(BACKUP)).to.equal(raw);
      expect(port.items.has(KEY)).to.equal(false);
      expect(store.mode).to.equal('persistent');
      expect(store.unsavedBackup).to.equal(null);
      // The next visit starts clean, and saving never touches the backup.
      expect(storeOn(port).load()).to.deep.equal({ state: null });
      store.save(state);
      expect(port.items.get(BACKUP)).to.equal(raw);
    });
  }

  it('never overwrites an earlier backup', () => {
    const port = new FakePort();
    port.items.set(BACKUP, 'earlier');
    port.items.set(`${BACKUP}-2`, 'earlier too');
    port.items.set(KEY, 'garbage');
    const result = storeOn(port).load();
    expect(result.notice).to.deep.equal({
      kind: 'corrupted',
      reason: 'json',
      backupKey: `${BACKUP}-3`,
    });
    expect(port.items.get(BACKUP)).to.equal('earlier');
    expect(port.items.get(`${BACKUP}-2`)).to.equal('earlier too');
    expect(port.items.get(`${BACKUP}-3`)).to.equal('garbage');
  });

  it('keeps the raw save in memory, and in place, when the backup cannot be written', () => {
    const raw = '{"version":99}';
    const port = new FakePort({ failSet: (key) => (key === KEY ? undefined : quotaError()) });
    port.items.set(KEY, raw);
    const store = storeOn(port);
    const result = store.load();
    expect(result.state).to.equal(null);
    // No backup key: the copy to download is the one kept in memory (`unsavedBackup`).
    expect(result.notice).to.deep.equal({ kind: 'corrupted', reason: 'future-version' });
    expect(store.unsavedBackup).to.equal(raw);
    expect(store.mode).to.equal('memory');
    expect(store.save(state)).to.deep.equal({ persisted: false });
    expect(port.items.get(KEY)).to.equal(raw);
  });
});

describe('state store: two tabs (or two widgets) on one key', () => {
  const answered = (answers: SavedState['answers']) => createEmptyState(catalogue, { answers });

  it('numbers its saves: each one replaces the revision it read or wrote', () => {
    const port = new FakePort();
    const store = storeOn(port);
    store.load();
    store.save(answered({ 'q-1': 1 }));
    store.save(answered({ 'q-1': 2 }));
    expect(store.revision).to.equal(2);
    const other = storeOn(port);
    other.load();
    expect(other.revision).to.equal(2);
  });

  it('a stale tab never overwrites a newer save: its own is kept under a backup key instead', () => {
    const port = new FakePort();
    const fresh = storeOn(port);
    const stale = storeOn(port);
    fresh.load();
    stale.load();
    fresh.save(answered({ 'q-1': 1, 'q-2': 2, 'q-3': 3 }));
    const freshText = port.items.get(KEY)!;
    const result = stale.save(answered({ 'q-4': 0 }));
    expect(result.persisted).to.equal(false);
    expect(result.conflict).to.deep.equal({ stored: freshText, backupKey: BACKUP });
    expect(port.items.get(KEY)).to.equal(freshText);
    expect(parseSavedState(port.items.get(BACKUP)!).answers).to.deep.equal({ 'q-4': 0 });
    expect(stale.changedElsewhere()).to.equal(true);
    expect(fresh.changedElsewhere()).to.equal(false);
  });

  it('after a rebase on the newer save, the next save goes through with the next revision', () => {
    const port = new FakePort();
    const fresh = storeOn(port);
    const stale = storeOn(port);
    fresh.load();
    stale.load();
    fresh.save(answered({ 'q-1': 1 }));
    fresh.save(answered({ 'q-1': 2 }));
    const conflict = stale.save(answered({ 'q-2': 1 })).conflict!;
    stale.rebase(conflict.stored);
    expect(stale.save(answered({ 'q-1': 2, 'q-2': 1 }))).to.deep.equal({ persisted: true });
    expect(stale.revision).to.equal(3);
    // Now the other one is behind, and told so rather than overwriting.
    expect(fresh.changedElsewhere()).to.equal(true);
    expect(fresh.save(answered({})).conflict).to.not.equal(undefined);
  });

  it('a save written before revisions (revision 0) is replaced normally', () => {
    const port = new FakePort();
    port.items.set(KEY, serializeState(state));
    const store = storeOn(port);
    expect(store.load()).to.deep.equal({ state });
    expect(store.save(answered({ 'q-1': 1 })).persisted).to.equal(true);
    expect(store.revision).to.equal(1);
  });

  it('keeps any text aside under a fresh backup key, never over an existing one', () => {
    const port = new FakePort();
    const store = storeOn(port);
    expect(store.keepAside('a')).to.equal(BACKUP);
    expect(store.keepAside('b')).to.equal(`${BACKUP}-2`);
    expect([port.items.get(BACKUP), port.items.get(`${BACKUP}-2`)]).to.deep.equal(['a', 'b']);
  });
});

describe('state store: a save with one bad field', () => {
  it('keeps the rest, says which field was left out, and keeps the original under a backup key', () => {
    const port = new FakePort();
    const text = JSON.stringify({
      ...state,
      context: { ...state.context, establishmentName: 'é'.repeat(250) },
    });
    port.items.set(KEY, text);
    const store = createStateStore({
      key: KEY,
      port: () => port,
      now: () => NOW,
      parse: readSavedState,
    });
    const loaded = store.load();
    expect(loaded.state!.answers).to.deep.equal(state.answers);
    expect(loaded.notice).to.deep.equal({
      kind: 'repaired',
      dropped: ['context.establishmentName'],
      backupKey: BACKUP,
    });
    expectFactsOnly(loaded.notice);
    expect(port.items.get(BACKUP)).to.equal(text);
  });
});
