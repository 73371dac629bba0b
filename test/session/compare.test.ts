import { describe, it } from 'node:test';
import { expect } from 'chai';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { compareProfiles } from '../../src/session/index.js';
import { sampleAnswers, smallCatalogue } from '../fixtures/small-catalogue.js';

describe('compareProfiles', () => {
  // Before: the sample (climat 100, familles 11.1, vie 66.7, orientation 33.3, suivi 22.2, decrochage 50).
  const before = computeProfile(smallCatalogue(), sampleAnswers());
  // After: familles up to 3,3,3 (100), suivi down to 0,0,0 (0), decrochage unanswered (null).
  const afterAnswers = {
    ...sampleAnswers(),
    'familles-1': 3,
    'familles-2': 3,
    'familles-3': 3,
  } as Record<string, 0 | 1 | 2 | 3 | 'unknown'>;
  afterAnswers['suivi-2'] = 0;
  afterAnswers['suivi-3'] = 0;
  delete afterAnswers['decrochage-1'];
  delete afterAnswers['decrochage-2'];
  const after = computeProfile(smallCatalogue(), afterAnswers);
  const c = compareProfiles(before, after);
  const axis = (id: string) => c.axes.find((a) => a.axisId === id)!;

  it('gives before, after and delta per axis', () => {
    expect(axis('familles').before).to.be.closeTo(100 / 9, 1e-9);
    expect(axis('familles').after).to.equal(100);
    expect(axis('familles').delta).to.be.closeTo(800 / 9, 1e-9);
    expect(axis('suivi').delta).to.be.closeTo(-200 / 9, 1e-9);
    expect(axis('climat').delta).to.equal(0);
    expect(axis('familles')).to.include({
      keyId: 'accueillir',
      label: 'Relations avec les familles',
    });
  });

  it('gives a null delta when either side is null, and leaves it out of the lists', () => {
    expect(axis('decrochage')).to.deep.include({ before: 50, after: null, delta: null });
    expect(c.keys.find((k) => k.keyId === 'raccrocher')).to.deep.include({
      before: 50,
      after: null,
      delta: null,
    });
    expect(c.improved.map((a) => a.axisId)).to.deep.equal(['familles']);
    expect(c.declined.map((a) => a.axisId)).to.deep.equal(['suivi']);
  });

  it('compares keys and overall', () => {
    const accueillir = c.keys.find((k) => k.keyId === 'accueillir')!;
    expect(accueillir.delta).to.be.closeTo(100 - 500 / 9, 1e-9); // 55.56 → 100
    // Overall before: mean of 4 keys; after: mean of 3 (raccrocher null), delta still computed.
    expect(c.overall.before).to.be.closeTo((500 / 9 + 50 + 200 / 9 + 50) / 4, 1e-9);
    expect(c.overall.after).to.be.closeTo((100 + 50 + 0) / 3, 1e-9);
    expect(c.overall.delta).to.be.closeTo(c.overall.after! - c.overall.before!, 1e-12);
    expect(c.versionChanged).to.equal(false);
  });

  it('orders improved and declined by the size of the change', () => {
    const b = computeProfile(smallCatalogue(), {
      'climat-1': 0,
      'vie-1': 0,
      'suivi-1': 3,
      'orientation-1': 3,
    });
    const a = computeProfile(smallCatalogue(), {
      'climat-1': 1,
      'vie-1': 3,
      'suivi-1': 0,
      'orientation-1': 2,
    });
    const cmp = compareProfiles(b, a);
    expect(cmp.improved.map((x) => x.axisId)).to.deep.equal(['vie', 'climat']);
    expect(cmp.declined.map((x) => x.axisId)).to.deep.equal(['suivi', 'orientation']);
  });

  it('reports nothing for identical profiles and flags a version change', () => {
    const same = compareProfiles(before, before);
    expect(same.improved).to.deep.equal([]);
    expect(same.declined).to.deep.equal([]);
    expect(same.axes.every((a) => a.delta === 0)).to.equal(true);
    const short = computeProfile(smallCatalogue(), sampleAnswers(), { version: 'court' });
    expect(compareProfiles(before, short).versionChanged).to.equal(true);
  });
});
