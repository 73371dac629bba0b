import { expect } from '@open-wc/testing';
import minimal from '../../data/examples/catalogue-minimal.json';
import { parseCatalogue } from '../../src/catalogue/parse.js';

/** The README's first ```json block: the example académies copy. */
async function readmeExample(): Promise<unknown> {
  const response = await fetch(new URL('/data/README.md', window.location.origin));
  expect(response.ok, 'data/README.md introuvable').to.equal(true);
  const block = /```json\n([\s\S]*?)\n```/.exec(await response.text());
  expect(block, 'aucun bloc ```json dans data/README.md').to.not.equal(null);
  return JSON.parse(block![1]!);
}

describe('data/README.md minimal example', () => {
  it('is the same catalogue as data/examples/catalogue-minimal.json', async () => {
    expect(await readmeExample()).to.deep.equal(minimal);
  });

  it('is accepted by parseCatalogue', async () => {
    const catalogue = parseCatalogue(await readmeExample());
    expect(catalogue.keys.map((k) => k.id)).to.have.members([
      'accueillir',
      'accrocher',
      'accompagner',
      'raccrocher',
    ]);
    expect(catalogue.fiches).to.deep.equal([]);
  });
});
