import { describe, it } from 'node:test';
import { expect } from 'chai';
import defaultCatalogue from '../../data/catalogue.json' with { type: 'json' };
import { CatalogueError } from '../../src/catalogue/errors.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import {
  dropFields,
  DROPPED_FIELDS,
  UNREAD_REQUIRED_FIELDS,
} from '../../scripts/build/unread-fields.js';

describe('dropFields', () => {
  it('drops top-level, nested and per-item fields from a copy', () => {
    const value = {
      title: 't',
      keep: 1,
      calendar: { source: { year: 1 }, weeks: 2 },
      actions: [
        { id: 'a', source: { document: 'd', year: 1 } },
        { id: 'b', source: { document: 'e', year: 2 } },
      ],
    };
    const before = structuredClone(value);
    const dropped = dropFields(value, ['title', 'calendar.source', 'actions[].source.document']);
    expect(dropped).to.deep.equal({
      keep: 1,
      calendar: { weeks: 2 },
      actions: [
        { id: 'a', source: { year: 1 } },
        { id: 'b', source: { year: 2 } },
      ],
    });
    expect(value).to.deep.equal(before);
  });

  it('skips absent fields, absent lists and values that are not objects', () => {
    const value = { a: null, list: 'not a list', nested: { b: 1 } };
    expect(
      dropFields(value, ['missing', 'a.b', 'list[].x', 'nested.c.d', 'none[].x']),
    ).to.deep.equal(value);
  });

  it('only drops own fields', () => {
    const value = { item: { own: 1 } };
    expect(dropFields(value, ['item.toString', 'item.constructor'])).to.deep.equal(value);
  });

  it('refuses malformed paths', () => {
    for (const path of ['', 'a..b', 'actions[]', 'a.b[]', 'a-b', 'a[0].b'])
      expect(() => dropFields({}, [path]), path).to.throw(/chemin invalide/);
  });
});

describe('the unread fields of the built-in catalogue', () => {
  it('name fields the catalogue has', () => {
    for (const path of [...DROPPED_FIELDS, ...UNREAD_REQUIRED_FIELDS])
      expect(dropFields(defaultCatalogue, [path]), path).not.to.deep.equal(defaultCatalogue);
  });

  it('are dropped only where the schema allows it: the catalogue still parses without them', () => {
    expect(() => parseCatalogue(dropFields(defaultCatalogue, DROPPED_FIELDS))).not.to.throw();
  });

  it('are kept where the schema requires them (move one to DROPPED_FIELDS when it stops)', () => {
    for (const path of UNREAD_REQUIRED_FIELDS)
      expect(() => parseCatalogue(dropFields(defaultCatalogue, [path])), path).to.throw(
        CatalogueError,
      );
  });
});
