import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import minimal from '../../data/examples/catalogue-minimal.json' with { type: 'json' };
import { parseCatalogue } from '../../src/catalogue/parse.js';

/** The README's first ```json block: the example académies copy. */
async function readmeExample(): Promise<unknown> {
  const readme = await readFile(new URL('../../data/README.md', import.meta.url), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(readme);
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
