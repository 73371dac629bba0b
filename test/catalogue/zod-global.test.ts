import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expect } from 'chai';
import * as z from 'zod/mini';

// The package never changes the host's zod: importing the engine and parsing a catalogue leave the
// global configuration as it was, and no code is compiled with `new Function` (which a strict CSP
// page would report as a violation).
test('the engine leaves zod’s global configuration alone and never calls `new Function`', async () => {
  const before = { ...z.config() };
  const compiled: string[] = [];
  const original = globalThis.Function;
  globalThis.Function = new Proxy(original, {
    construct(target, args: string[]) {
      compiled.push(args.join(','));
      return Reflect.construct(target, args) as object;
    },
    apply(target, self, args: string[]) {
      compiled.push(args.join(','));
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    const core = await import('../../src/index.js');
    const text = readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8');
    const catalogue = core.parseCatalogue(JSON.parse(text));
    expect(catalogue.questions.length).to.be.greaterThan(0);
  } finally {
    globalThis.Function = original;
  }
  expect(z.config()).to.deep.equal(before);
  expect(z.config().jitless).to.equal(undefined);
  expect(compiled).to.deep.equal([]);
});
