import { describe, it } from 'node:test';
import { expect } from 'chai';
import { defaultCatalogue } from '../../src/catalogue/default.js';
import { catalogueSchema } from '../../src/catalogue/schema.js';
import {
  CHECKLIST_PHASES,
  checklistProgress,
  planItems,
  setTick,
  tickKey,
  type ChecklistPhase,
} from '../../src/plan/index.js';
import {
  createEmptyState,
  parseSavedState,
  serializeState,
  type SavedState,
} from '../../src/storage/index.js';
import { MAX_TICK_KEY } from '../../src/storage/limits.js';
import { readSavedState } from '../../src/storage/saved-state.js';

/** The longest id the catalogue's schema accepts (a slug of 80 characters). */
const longestId = (prefix: string) => `${prefix}-${'x'.repeat(80 - prefix.length - 1)}`;

/** The default catalogue with its 2022 checklist's first item of each phase renamed to `id(phase)`. */
function catalogueWithIds(id: (phase: ChecklistPhase) => string) {
  const guides = defaultCatalogue.guides.map((guide) => ({
    ...guide,
    checklists: Object.fromEntries(
      CHECKLIST_PHASES.map((phase) => [
        phase,
        guide.checklists[phase].map((item, index) =>
          index === 0 ? { ...item, id: id(phase) } : item,
        ),
      ]),
    ) as typeof guide.checklists,
  }));
  return { ...defaultCatalogue, guides };
}

describe('plan: a checklist tick is stored whatever the length of its item’s id', () => {
  it('accepts as a catalogue id what a tick key can hold, for every phase', () => {
    const id = longestId('item');
    expect(id).to.have.length(80);
    const catalogue = catalogueWithIds(() => id);
    // The catalogue's schema takes an 80-character id: the tick must be storable too.
    expect(catalogueSchema.safeParse(catalogue).success).to.equal(true);
    // …and no longer one: 80 is the catalogue's limit that MAX_TICK_KEY is built on.
    const longer = catalogueWithIds(() => `${id}x`);
    expect(catalogueSchema.safeParse(longer).success).to.equal(false);
    for (const phase of CHECKLIST_PHASES)
      expect(tickKey(phase, id).length, phase).to.be.at.most(MAX_TICK_KEY);
  });

  it('round-trips a tick on an 80-character id through the save and counts it', () => {
    const id = longestId('recenser');
    const catalogue = catalogueWithIds(() => id);
    const state: SavedState = createEmptyState(catalogue, {
      savedAt: '2026-01-05T10:00:00.000Z',
      selection: { retained: ['conseil-de-progres'], done: [] },
    });
    const [item] = planItems(state, catalogue);
    let ticked = state;
    for (const phase of CHECKLIST_PHASES)
      ticked = setTick(planItems(ticked, catalogue)[0]!.entry, tickKey(phase, id), true)(ticked);
    const keys = CHECKLIST_PHASES.map((phase) => tickKey(phase, id));
    expect(ticked.plan!.entries[0]!.ticks).to.deep.equal(keys);
    // Written, then read back by both readers: nothing dropped.
    const text = serializeState(ticked);
    for (const read of [parseSavedState, readSavedState]) {
      const back = read(text);
      expect(back.plan!.entries[0]!.ticks).to.deep.equal(keys);
      const guide = catalogue.guides.at(-1)!;
      expect(checklistProgress(guide, planItems(back, catalogue)[0]!.entry).done).to.equal(3);
    }
    expect(item!.entry.ticks).to.deep.equal([]);
  });

  it('still refuses a tick key longer than any catalogue id can make', () => {
    const tooLong = `pendant-${'x'.repeat(81)}`;
    const state = createEmptyState(defaultCatalogue, {
      selection: { retained: ['conseil-de-progres'], done: [] },
    });
    const entry = planItems(state, defaultCatalogue)[0]!.entry;
    expect(setTick(entry, tooLong, true)(state).plan!.entries[0]!.ticks).to.deep.equal([]);
  });
});
