import type { SavedState } from '../../src/storage/schema.js';
import type { Notice } from './context.js';
import type { DiagnosticController } from './diagnostic-controller.js';

/**
 * What the store does when another tab or widget saved under its key, out of the first view
 * (`LATER_IN_APP` in scripts/build/chunks.ts): the controller listens (the `storage` event,
 * `BroadcastChannel`) and loads this part when a save of theirs is announced, or when one of its
 * own saves finds a newer revision in storage (a stale tab). A page that is only looked at never
 * loads it.
 */
export class StoreSync {
  constructor(private readonly store: DiagnosticController) {}

  /** The text storage holds under this widget's key, or null. */
  private storedText(): string | null {
    try {
      return this.store.options.storage()?.getItem(this.store.options.storageKey) ?? null;
    } catch {
      return null;
    }
  }

  /** Reads another tab's save; null when it cannot be used here (then it is never adopted). */
  private readTheirs(parse: (text: string) => SavedState, text: string): SavedState | null {
    try {
      const state = parse(text);
      return state.catalogue.id === this.store.catalogue.id ? state : null;
    } catch {
      return null;
    }
  }

  /**
   * Another tab or widget saved under this key: this one shows the newer state at once (its own
   * work is always saved already, or it would be settling a conflict).
   */
  async followExternalSave(): Promise<void> {
    const store = this.store;
    if (store.settling || !store.store.changedElsewhere()) return;
    const parse = await store.reader();
    const text = this.storedText();
    // Its message comes with the merge (small, loaded only now).
    const sync = await import('../../src/storage/merge.js').catch(() => null);
    if (!parse || text === null || store.settling || !store.store.changedElsewhere()) return;
    const theirs = this.readTheirs(parse, text);
    if (!theirs) return;
    store.store.rebase(text);
    store.lastSave = theirs.savedAt;
    const notice: Notice | null = sync
      ? { id: 'storage-elsewhere', tone: 'info', message: sync.ELSEWHERE_MESSAGE }
      : null;
    const notices = notice
      ? [...store.current.notices.filter((n) => n.id !== notice.id), notice]
      : store.current.notices;
    store.publish(theirs, notices);
  }

  /**
   * A save found a newer revision in storage (a stale tab): nothing was overwritten. Both
   * versions are merged (`mergeStates`: answers by question, respondents by id), saved, and each
   * original is kept under a backup key that the notice names.
   */
  async settleConflict(stored: string, mineBackup: string | null): Promise<void> {
    const store = this.store;
    const parse = await store.reader();
    // Needed only here: loaded now. Unreachable, this tab's version is saved (the newer one is
    // kept under its backup key, as for an unreadable one): the store's `settleAlone`.
    const sync = await import('../../src/storage/merge.js').catch(() => null);
    if (!sync) return store.settleAlone(stored);
    const latest = this.storedText() ?? stored;
    const theirs = parse ? this.readTheirs(parse, latest) : null;
    const theirsBackup = store.store.keepAside(latest);
    store.store.rebase(latest);
    store.settling = false;
    const mine = store.current.state;
    const merged = theirs ? sync.mergeStates(theirs, mine) : mine;
    const saved = store.persist(merged);
    const keys = [mineBackup, theirsBackup].filter((key) => key !== null);
    const notice: Notice = {
      id: 'storage-conflict',
      tone: 'warning',
      message: theirs ? sync.conflictMessage(keys) : sync.unreadableNewerMessage(theirsBackup),
    };
    store.publish(saved, [...store.current.notices.filter((n) => n.id !== notice.id), notice]);
  }
}
