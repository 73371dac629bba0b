import { describe, it } from 'node:test';
import { expect } from 'chai';
import { CHUNKS, except, LATER_IN_APP, under } from '../../scripts/build/chunks.js';

describe('under', () => {
  it('matches modules inside a folder, with either separator', () => {
    const test = under('components/app');
    expect(test.test('/repo/components/app/root.ts')).to.equal(true);
    expect(test.test('C:\\repo\\components\\app\\root.ts')).to.equal(true);
    expect(test.test('/repo/node_modules/x/components/app/y.js')).to.equal(true);
  });

  it('matches a module named like the path, whatever its extension', () => {
    const test = under('src/catalogue/constants');
    expect(test.test('/repo/src/catalogue/constants.ts')).to.equal(true);
    expect(test.test('/repo/src/catalogue/constants')).to.equal(true);
    expect(test.test('/repo/src/catalogue/constants-extra.ts')).to.equal(false);
  });

  it('does not match a folder whose name only starts like it', () => {
    const test = under('node_modules/lit');
    expect(test.test('/repo/node_modules/lit/index.js')).to.equal(true);
    expect(test.test('/repo/node_modules/lit-html/lit-html.js')).to.equal(false);
    expect(test.test('/repo/node_modules/split/index.js')).to.equal(false);
  });

  it('escapes regular-expression characters in folder names', () => {
    const test = under('node_modules/a+b.c');
    expect(test.test('/r/node_modules/a+b.c/x.js')).to.equal(true);
    expect(test.test('/r/node_modules/aab.c/x.js')).to.equal(false);
    expect(test.test('/r/node_modules/a+bxc/x.js')).to.equal(false);
  });

  it('matches any of several folders', () => {
    const test = under('src/plan', 'components/plan');
    expect(test.test('/r/src/plan/a.ts')).to.equal(true);
    expect(test.test('/r/components/plan/a.ts')).to.equal(true);
    expect(test.test('/r/src/planning/a.ts')).to.equal(false);
  });
});

describe('except', () => {
  it('matches what the first test matches, unless the second matches it too', () => {
    const test = except(under('components/app'), under('components/app/print'));
    expect(test.test('/repo/components/app/root.ts')).to.equal(true);
    expect(test.test('C:\\repo\\components\\app\\print.ts')).to.equal(false);
    expect(test.test('/repo/components/app/print.ts')).to.equal(false);
    expect(test.test('/repo/components/app/printer.ts')).to.equal(true);
    expect(test.test('/repo/components/journey/print.ts')).to.equal(false);
  });
});

describe('CHUNKS', () => {
  it('keeps the later parts of components/app out of the first view’s chunk', () => {
    const core = CHUNKS.find((chunk) => chunk.name === 'core')!;
    expect(core.test.test('/repo/components/app/diagnostic-controller.ts')).to.equal(true);
    for (const later of ['print', 'catalogue-loader', 'store-late']) {
      const id = `/repo/components/app/${later}.ts`;
      expect(LATER_IN_APP.test(id), later).to.equal(true);
      expect(core.test.test(id), later).to.equal(false);
    }
  });

  it('puts the built-in catalogue’s content in no group (its own lazy chunk)', () => {
    const id = '/repo/components/catalogue/generated/content.ts';
    expect(CHUNKS.filter((chunk) => chunk.test.test(id))).to.deep.equal([]);
  });
});
