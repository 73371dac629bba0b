import { describe, it } from 'node:test';
import { expect } from 'chai';
import { catalogueSchema } from '../src/catalogue/schema.js';

describe('catalogue schema', () => {
  it('rejects an object missing the four clés', () => {
    const result = catalogueSchema.safeParse({ id: 'x' });
    expect(result.success).to.equal(false);
  });
});
