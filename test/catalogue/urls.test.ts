import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { makeValidCatalogue } from './fixtures.js';
import { expectIssue } from './helpers.js';

const REJECTED = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'javascript://example.fr/%0Aalert(1)',
  ' https://example.fr/',
  '\thttps://example.fr/',
  'https://example.fr/\tpage',
  'https://exa mple.fr/',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//example.fr/chemin',
  '/chemin/relatif',
  'ftp://example.fr/',
  'https://',
  'https:///chemin',
];

describe('parseCatalogue: URLs', () => {
  for (const url of REJECTED) {
    it(`rejects ${JSON.stringify(url)} on a resource`, () => {
      const c = makeValidCatalogue();
      c.resources[0]!.url = url;
      expectIssue(c, 'resources[0].url', 'http');
    });
  }

  it('rejects a bad scheme on the contact page', () => {
    const c = makeValidCatalogue();
    c.contact!.url = 'javascript:alert(1)';
    expectIssue(c, 'contact.url', 'adresse http:// ou https:// attendue');
  });

  // The pattern lets these through; the WHATWG parser, the browser's own, does not.
  for (const url of ['https://[::1/', 'http://example.fr:99999/', 'https://exa%mple.fr/']) {
    it(`rejects ${url}, which only the URL parser catches`, () => {
      const c = makeValidCatalogue();
      c.resources[0]!.url = url;
      expectIssue(c, 'resources[0].url', 'adresse non valide');
    });
  }

  it('accepts http and https addresses with paths, queries and fragments', () => {
    const c = makeValidCatalogue();
    c.resources[0]!.url = 'http://eduscol.education.fr/document/18781/download?x=1#haut';
    c.contact!.url = 'https://www.education.gouv.fr/non-au-harcelement';
    expect(parseCatalogue(c).resources[0]!.url).to.equal(c.resources[0]!.url);
  });
});
