import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { CatalogueError } from '../../src/catalogue/errors.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { makeValidCatalogue } from './fixtures.js';
import { expectIssue, rejection } from './helpers.js';
import { numRuns } from '../fast-check-runs.js';

const polluted = () => (({}) as Record<string, unknown>).polluted;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** JSON text with an extra member spliced into the object that starts at `marker`. */
function withMember(marker: string, member: string): unknown {
  const text = JSON.stringify(makeValidCatalogue());
  const at = text.indexOf(marker) + marker.length;
  return JSON.parse(`${text.slice(0, at)}${member},${text.slice(at)}`);
}

describe('parseCatalogue: hostile input', () => {
  it('rejects an own « __proto__ » property and pollutes nothing', () => {
    const input = withMember('{', '"__proto__":{"polluted":true}');
    expect(Object.keys(input as object)).to.include('__proto__');
    expectIssue(input, '__proto__', 'propriété interdite « __proto__ »');
    expect(polluted()).to.equal(undefined);
  });

  it('rejects « __proto__ » deep inside, with its path', () => {
    const input = withMember('"fiches":[{', '"__proto__":{"polluted":true}');
    expectIssue(input, 'fiches[0].__proto__', 'propriété interdite');
    expect(polluted()).to.equal(undefined);
  });

  it('rejects « constructor » and « prototype » properties', () => {
    const input = withMember('"contact":{', '"constructor":{"prototype":{"polluted":true}}');
    expectIssue(input, 'contact.constructor', 'propriété interdite « constructor »');
    const nested = withMember('"scale":{', '"x":{"prototype":1}');
    expectIssue(nested, 'scale.x.prototype', 'propriété interdite « prototype »');
    expect(polluted()).to.equal(undefined);
  });

  for (const input of [null, undefined, 42, 'catalogue', true, [], () => 1]) {
    it(`rejects ${String(input)} (${Array.isArray(input) ? 'array' : typeof input}) as a whole`, () => {
      expectIssue(input, '', 'type attendu : objet');
    });
  }

  it('rejects a cyclic object', () => {
    const c = makeValidCatalogue();
    Reflect.set(c.fiches[0]!, 'self', c);
    expectIssue(c, 'fiches[0].self', 'structure circulaire');
  });

  it('accepts the same object used twice (shared, not cyclic)', () => {
    const c = makeValidCatalogue();
    c.actions[0]!.source = c.fiches[0]!.source;
    expect(() => parseCatalogue(c)).to.not.throw();
  });

  it('rejects a too-deep nesting without overflowing the stack', () => {
    let deep: unknown = 'fond';
    for (let i = 0; i < 100_000; i += 1) deep = { a: deep };
    const c = makeValidCatalogue();
    Reflect.set(c, 'description', deep);
    const error = rejection(c);
    expect(error.issues).to.have.length(1);
    expect(error.issues[0]!.path).to.match(/^description(\.a){64}$/);
    expect(error.issues[0]!.message).to.contain('structure trop profonde');
  });

  it('rejects a huge object graph made of shared parts', () => {
    let graph: unknown = 'x';
    for (let i = 0; i < 40; i += 1) graph = [graph, graph];
    const c = makeValidCatalogue();
    Reflect.set(c, 'description', graph);
    expect(rejection(c).issues[0]!.message).to.contain('catalogue trop volumineux');
  });

  it('rejects a sparse array of 2³²−1 holes without walking it', () => {
    const c = makeValidCatalogue();
    const holes: unknown[] = [];
    holes.length = 2 ** 32 - 1;
    Reflect.set(c, 'fiches', holes);
    expectIssue(c, 'fiches', 'liste trop longue (4294967295 éléments');
  });

  it('rejects typed arrays', () => {
    const c = makeValidCatalogue();
    Reflect.set(c, 'fiches', new Uint8Array(10));
    expectIssue(c, 'fiches', 'type de valeur non pris en charge');
  });

  it('turns a throwing getter into an issue', () => {
    const c = makeValidCatalogue();
    Object.defineProperty(c.questions[2], 'text', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectIssue(c, 'questions[2].text', 'valeur illisible');
  });

  it('turns a throwing proxy into an issue', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expectIssue(hostile, '', 'valeur illisible');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expectIssue({ ...makeValidCatalogue(), contact: proxy }, 'contact', 'valeur illisible');
  });

  it('reads each getter once, so zod sees what was checked', () => {
    const c = makeValidCatalogue();
    let reads = 0;
    Object.defineProperty(c, 'title', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? 'Titre' : { evil: true };
      },
    });
    expect(parseCatalogue(c).title).to.equal('Titre');
    expect(reads).to.equal(1);
  });

  it('never mutates its input', () => {
    const input = deepFreeze(makeValidCatalogue());
    expect(parseCatalogue(input)).to.deep.equal(makeValidCatalogue());
    const bad = deepFreeze({ ...makeValidCatalogue(), extra: 1, keys: [] });
    expect(rejection(bad).issues.length).to.be.greaterThan(0);
  });

  it('throws only CatalogueError, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (input) => {
          try {
            parseCatalogue(input);
            return false;
          } catch (error) {
            return error instanceof CatalogueError && error.issues.length > 0;
          }
        },
      ),
      { numRuns },
    );
  });

  it('throws only CatalogueError when one part of a valid catalogue is replaced by anything', () => {
    const parts = [
      'title',
      'scale',
      'keys',
      'axes',
      'questions',
      'fiches',
      'resources',
      'guides',
      'calendar',
      'contact',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.jsonValue(), (part, value) => {
        const c = makeValidCatalogue();
        Reflect.set(c, part, value);
        try {
          parseCatalogue(c);
        } catch (error) {
          return (
            error instanceof CatalogueError && error.issues.every((i) => i.message.includes(' : '))
          );
        }
        return true;
      }),
      { numRuns },
    );
    expect(polluted()).to.equal(undefined);
  });
});
