import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expect } from 'chai';
import { checkCatalogueText } from '../../src/catalogue/check.js';
import { CatalogueError } from '../../src/catalogue/errors.js';
import { jsonSyntaxIssues, locateJsonError, parseJsonText } from '../../src/catalogue/json-text.js';

const catalogueText = readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8');

test('a trailing comma is reported on its own line and column, with the text around it', () => {
  const text = '{\n  "id": "academie",\n  "titre": "Catalogue",\n}\n';
  expect(locateJsonError(text)).to.deep.include({
    line: 3,
    column: 23,
    reason: 'virgule en trop avant « } »',
  });
  expect(jsonSyntaxIssues(text)).to.deep.equal([
    {
      path: '',
      message:
        'JSON invalide, ligne 3, colonne 23 : virgule en trop avant « } » ; texte autour : « "id": "academie", "titre": "Catalogue", } »',
    },
  ]);
});

test('each kind of syntax error is named in French at the right place', () => {
  const cases: [string, number, number, RegExp][] = [
    ['', 1, 1, /le fichier est vide/],
    ['[1, 2,]', 1, 6, /virgule en trop avant « \] »/],
    ['{"a": 1 "b": 2}', 1, 9, /virgule ou accolade « } » attendue, trouvé « " »/],
    ['{a: 1}', 1, 2, /nom de champ entre guillemets droits attendu, trouvé « a »/],
    ['{"a" 1}', 1, 6, /deux-points « : » attendu/],
    ['{"a": “x”}', 1, 7, /guillemets typographiques/],
    ['{"a": "x\ny"}', 1, 9, /retour à la ligne/],
    ['{"a": "\\q"}', 1, 8, /barre oblique inverse/],
    ['{"a": [1, 2}', 1, 12, /virgule ou crochet « \] » attendu/],
    ['{"a": 1', 1, 8, /accolade « } » manquante/],
    ['{"a": "x', 1, 7, /jamais fermé/],
    ['{} x', 1, 4, /texte après la fin du JSON/],
    ['{"a": 01}', 1, 8, /virgule ou accolade/],
  ];
  for (const [text, line, column, reason] of cases) {
    expect(() => JSON.parse(text), text).to.throw();
    const problem = locateJsonError(text);
    expect(problem, text).to.not.equal(null);
    expect([problem?.line, problem?.column], text).to.deep.equal([line, column]);
    expect(problem?.reason, text).to.match(reason);
  }
});

test('valid JSON is never reported, a byte order mark is accepted', () => {
  for (const text of [catalogueText, '[]', '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', ' 3 '])
    expect(locateJsonError(text), text).to.equal(null);
  expect(parseJsonText('\ufeff{"a": 1}')).to.deep.equal({ a: 1 });
});

test('parseJsonText throws a CatalogueError whose only issue says the line', () => {
  expect(() => parseJsonText('{\n"a": 1,\n}')).to.throw(CatalogueError, 'JSON valide');
  try {
    parseJsonText('{\n"a": 1,\n}');
  } catch (error) {
    expect((error as CatalogueError).issues[0]?.message).to.match(
      /^JSON invalide, ligne 2, colonne 7/,
    );
  }
});

test('a nesting deeper than the stack is still reported, unlocated', () => {
  expect(jsonSyntaxIssues('['.repeat(1_000_000))[0]?.message).to.match(/^JSON invalide/);
});

test('the command line and the validator page share one report', () => {
  expect(checkCatalogueText('catalogue.json', catalogueText).report).to.match(
    /^catalogue\.json : catalogue valide \(\d+ questions, \d+ fiches\)\.$/,
  );
  const broken = checkCatalogueText('c.json', '{\n  "id": "x",\n}');
  expect(broken.ok).to.equal(false);
  expect(broken.report).to.equal(
    'c.json : Le fichier n’est pas un JSON valide\n- JSON invalide, ligne 2, colonne 12 : virgule en trop avant « } » ; texte autour : « { "id": "x", } »',
  );
  const invalid = checkCatalogueText('c.json', '{"id": 3}');
  expect(invalid.ok).to.equal(false);
  expect(invalid.report).to.match(/^c\.json : Le catalogue n'est pas valide : \d+ problèmes?\n- /);
});
