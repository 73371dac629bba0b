import { quote, type IssueList, type Path } from './issues.js';
import type { Catalogue } from './schema.js';

/**
 * The schema's pattern already demands `http(s)://host`; the WHATWG parser, the one browsers use for
 * `href`, catches what a pattern lets through (an invalid host, a bad port) and re-checks the scheme.
 */
function checkUrl(url: string | undefined, path: Path, issues: IssueList): void {
  if (url === undefined) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    issues.add(path, `adresse non valide ${quote(url)}`);
    return;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    issues.add(path, `adresse http:// ou https:// attendue, reçu ${quote(parsed.protocol)}`);
  }
}

export function checkUrls({ resources, contact }: Catalogue, issues: IssueList): void {
  resources.forEach((resource, index) =>
    checkUrl(resource.url, ['resources', index, 'url'], issues),
  );
  checkUrl(contact?.url, ['contact', 'url'], issues);
}
