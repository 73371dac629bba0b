import { expect } from 'chai';
import { CatalogueError, formatIssues, type CatalogueIssue } from '../../src/catalogue/errors.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';

/** Parses, expecting a rejection; anything else than a CatalogueError fails the test. */
export function rejection(input: unknown): CatalogueError {
  try {
    parseCatalogue(input);
  } catch (error) {
    expect(error).to.be.instanceOf(CatalogueError);
    return error as CatalogueError;
  }
  throw new Error('le catalogue aurait dû être refusé');
}

/** Asserts an issue at exactly `path` whose French message names the path and contains `fragment`. */
export function expectIssue(input: unknown, path: string, fragment: string): CatalogueIssue {
  const error = rejection(input);
  const issue = error.issues.find((candidate) => candidate.path === path);
  expect(issue, `aucun problème en « ${path} » parmi :\n${formatIssues(error.issues)}`).to.exist;
  expect(issue!.message).to.contain(fragment);
  expect(issue!.message.startsWith(`${path === '' ? 'catalogue' : path} : `)).to.equal(true);
  expect(error.message).to.match(/^Le catalogue n'est pas valide : \d+ problèmes?/);
  return issue!;
}
