import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CatalogueError } from '../../src/catalogue/errors.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import rawCatalogue from '../../data/catalogue.json';
import { answerAllVisible, click } from '../journeys/helpers.js';
import { catalogueUrl, mountSettled, openView } from './helpers.js';

/** Fixed, so a failure names a case anyone can replay (fast-check prints seed and path). */
const SEED = 20_250_314;
const RUNS = 1000;
const WIDGET_SAMPLE = 20;

type Json = unknown;
type Segment = string | number;

/** Every path into the default catalogue, the root included. */
function pathsOf(value: Json, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

const BASE = JSON.stringify(rawCatalogue);
const PATHS = pathsOf(rawCatalogue);

function nested(depth: number, leaf: Json, asArray: boolean): Json {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** An own property with a dangerous name, as `JSON.parse` would create it. */
function withOwn(target: Record<string, unknown>, key: string, value: Json) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'huge'; at: number; length: number }
  | { kind: 'deep'; at: number; depth: number; asArray: boolean }
  | { kind: 'proto'; at: number; key: '__proto__' | 'constructor' | 'prototype'; value: Json }
  | { kind: 'duplicate'; at: number }
  | { kind: 'extra'; at: number; key: string; value: Json };

const wrongValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', ' ', '0', [], {}, [[]], [{}]),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
);

const at = fc.integer({ min: 0, max: PATHS.length - 1 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('replace' as const), at, value: wrongValue }),
  fc.record({
    kind: fc.constant('huge' as const),
    at,
    length: fc.integer({ min: 3_001, max: 300_000 }),
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    at,
    depth: fc.integer({ min: 50, max: 2_000 }),
    asArray: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('proto' as const),
    at,
    key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const),
    value: fc.constantFrom<Json>({ polluted: true }, { prototype: { polluted: true } }, 'x', null),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at }),
  fc.record({
    kind: fc.constant('extra' as const),
    at,
    key: fc.string({ maxLength: 12 }),
    value: wrongValue,
  }),
);

/** Applies mutations to a fresh copy of the default catalogue (paths that vanished are skipped). */
function mutate(mutations: readonly Mutation[]): Json {
  const root = { value: JSON.parse(BASE) as Json };
  for (const m of mutations) {
    const path = PATHS[m.at]!;
    let parent: Record<Segment, Json> = root as unknown as Record<Segment, Json>;
    let key: Segment = 'value';
    let ok = true;
    for (const segment of path) {
      const next = parent[key];
      if (typeof next !== 'object' || next === null || !Object.hasOwn(next, segment)) {
        ok = false;
        break;
      }
      parent = next as Record<Segment, Json>;
      key = segment;
    }
    if (!ok) continue;
    const current = parent[key];
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'replace':
        parent[key] = m.value;
        break;
      case 'huge':
        parent[key] = `${typeof current === 'string' ? current : 'x'}${'é'.repeat(m.length)}`;
        break;
      case 'deep':
        parent[key] = nested(m.depth, current, m.asArray);
        break;
      case 'proto':
        if (typeof current === 'object' && current !== null && !Array.isArray(current))
          withOwn(current as Record<string, unknown>, m.key, m.value);
        else parent[key] = JSON.parse(`{"${m.key}":${JSON.stringify(m.value)}}`);
        break;
      case 'duplicate':
        if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]));
        break;
      case 'extra':
        if (typeof current === 'object' && current !== null && !Array.isArray(current))
          withOwn(current as Record<string, unknown>, m.key, m.value);
        break;
    }
  }
  return root.value;
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

function prototypesClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe['polluted'] === undefined &&
    Object.getOwnPropertyNames(Object.prototype).every((name) => ORIGINAL_OBJECT_KEYS.has(name)) &&
    Object.getOwnPropertyNames(Array.prototype).every((name) => ORIGINAL_ARRAY_KEYS.has(name)) &&
    typeof Object.prototype.toString === 'function'
  );
}
const ORIGINAL_OBJECT_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const ORIGINAL_ARRAY_KEYS = new Set(Object.getOwnPropertyNames(Array.prototype));

describe('hardening 3 — fuzzing the catalogue', () => {
  it(`accepts or rejects ${RUNS} mutations of the default catalogue with a CatalogueError only`, function () {
    this.timeout(120_000);
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(mutations, (list) => {
        const input = mutate(list);
        try {
          parseCatalogue(input);
          accepted += 1;
        } catch (error) {
          if (!(error instanceof CatalogueError)) throw error;
          expect(error.issues.length).to.be.greaterThan(0);
          for (const issue of error.issues) {
            expect(issue.message).to.be.a('string').and.include(' : ');
          }
          rejected += 1;
        }
        expect(prototypesClean(), 'a prototype was polluted').to.equal(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The mix must exercise both outcomes, or the generator has drifted.
    expect(accepted).to.be.greaterThan(20);
    expect(rejected).to.be.greaterThan(RUNS / 2);
  });

  it(`the widget shows the error panel for each rejected mutation, and works with each accepted one (${WIDGET_SAMPLE} samples)`, async function () {
    this.timeout(120_000);
    // Half rejected, half accepted: both paths of the widget get exercised.
    const pool = fc.sample(mutations, { seed: SEED + 1, numRuns: 400 }).map((list) => {
      try {
        parseCatalogue(mutate(list));
        return { list, valid: true };
      } catch {
        return { list, valid: false };
      }
    });
    const samples = [
      ...pool.filter((s) => !s.valid).slice(0, WIDGET_SAMPLE / 2),
      ...pool.filter((s) => s.valid).slice(0, WIDGET_SAMPLE / 2),
    ];
    expect(samples).to.have.length(WIDGET_SAMPLE);
    const crashes: unknown[] = [];
    const onError = (event: ErrorEvent) => crashes.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => crashes.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    let rejected = 0;
    try {
      for (const { list, valid } of samples) {
        const input = mutate(list);
        const src = catalogueUrl(input);
        const { widget, outcome } = await mountSettled({ 'catalogue-src': src });
        try {
          expect(outcome, JSON.stringify(list).slice(0, 300)).to.equal(valid ? 'ready' : 'error');
          if (valid) {
            await click(widget, 'Commencer');
            await answerAllVisible(widget, (i) => i % 5);
            await openView(widget, 'Profil', 'perseverance-profile');
            await openView(widget, 'Recommandations', 'perseverance-recommendations');
            await openView(widget, 'Ressources', 'perseverance-resources');
          } else {
            rejected += 1;
            const panel = widget.shadowRoot!.querySelector('perseverance-error-panel');
            expect(panel).to.exist;
            expect(panel!.shadowRoot!.textContent).to.include('contient des erreurs');
            expect(panel!.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
          }
        } finally {
          widget.remove();
          URL.revokeObjectURL(src);
          localStorage.removeItem(widget.storageKey!);
        }
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(crashes).to.deep.equal([]);
    expect(rejected).to.equal(WIDGET_SAMPLE / 2);
    expect(prototypesClean()).to.equal(true);
  });
});
