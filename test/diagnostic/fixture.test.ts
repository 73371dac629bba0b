import { describe, it } from 'node:test';
import { expect } from 'chai';
import { catalogueSchema } from '../../src/catalogue/schema.js';
import { smallCatalogue } from '../fixtures/small-catalogue.js';

describe('small catalogue fixture', () => {
  it('is a valid catalogue', () => {
    expect(() => catalogueSchema.parse(smallCatalogue())).not.to.throw();
  });

  it('only references axes and keys it defines', () => {
    const c = smallCatalogue();
    const axes = new Set(c.axes.map((a) => a.id));
    const keys = new Set(c.keys.map((k) => k.id));
    for (const q of c.questions) expect(axes.has(q.axis), q.id).to.equal(true);
    for (const item of [...c.fiches, ...c.actions]) {
      for (const t of item.axes) expect(axes.has(t.axis), item.id).to.equal(true);
    }
    for (const r of c.resources) for (const a of r.axes) expect(axes.has(a), r.id).to.equal(true);
    for (const a of c.axes) expect(keys.has(a.key), a.id).to.equal(true);
  });

  it('returns a fresh object on each call', () => {
    const a = smallCatalogue();
    const b = smallCatalogue();
    expect(a).to.deep.equal(b);
    expect(a).not.to.equal(b);
    expect(a.fiches).not.to.equal(b.fiches);
  });
});
