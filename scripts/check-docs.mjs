// The README's API tables against the custom-elements manifest (custom-elements.json, generated
// by `npm run build:manifest` from the elements' JSDoc), so neither can drift from the other.
// Also: every `--perseverance-*` token the styles read is documented, the two commands at the top
// are intact, and every local link or image of the README exists.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TAG = 'perseverance-diagnostic';
const COMMANDS = ['npm install && npm start', 'npm install && npm test'];

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const manifestPath = join(ROOT, 'custom-elements.json');
if (!existsSync(manifestPath)) {
  console.error('custom-elements.json est absent : lancez `npm run build:manifest`.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === TAG);
const problems = [];
if (!element) problems.push(`le manifeste ne décrit pas <${TAG}> / the manifest lacks <${TAG}>`);
// The other elements are the widget's parts (`@internal`): a host never writes their tags.
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement)
  .map((declaration) => declaration.tagName);
if (tags.length !== 1)
  problems.push(
    `le manifeste décrit ${tags.length} éléments (${tags.join(', ')}) au lieu du seul <${TAG}> / the manifest must list the public element only`,
  );

/** Rows (arrays of cells) of the table that follows `<!-- api:<name> -->`, header excluded. */
function tableRows(name) {
  const marker = `<!-- api:${name} -->`;
  const start = readme.indexOf(marker);
  if (start === -1) {
    problems.push(`README : repère ${marker} introuvable / marker not found`);
    return [];
  }
  const lines = readme.slice(start + marker.length).split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const rows = [];
  for (const line of lines.slice(first)) {
    if (!line.trim().startsWith('|')) break;
    rows.push(line);
  }
  return rows
    .slice(2) // header and separator
    .map((row) =>
      row
        .replace(/\\\|/g, '\u0000')
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.replaceAll('\u0000', '|').trim()),
    );
}

/** First-column names (in backticks); methods are written `name(…)`. */
function tableNames(name) {
  return tableRows(name)
    .map((cells) => /^`([^`(]+)/.exec(cells[0] ?? '')?.[1])
    .filter(Boolean);
}

function compare(name, documented, expected) {
  const missing = expected.filter((item) => !documented.includes(item));
  const extra = documented.filter((item) => !expected.includes(item));
  if (missing.length)
    problems.push(
      `README, tableau « ${name} » : il manque ${missing.join(', ')} (présents dans le manifeste) / missing from the README table`,
    );
  if (extra.length)
    problems.push(
      `README, tableau « ${name} » : ${extra.join(', ')} absents du manifeste (JSDoc de l’élément) / not in the manifest`,
    );
  const duplicates = documented.filter((item, index) => documented.indexOf(item) !== index);
  if (duplicates.length)
    problems.push(`README, tableau « ${name} » : en double / duplicated: ${duplicates.join(', ')}`);
}

if (element) {
  const members = (element.members ?? []).filter(
    (member) => !member.static && !member.privacy && !member.name.startsWith('#'),
  );
  compare(
    'attributes',
    tableNames('attributes'),
    (element.attributes ?? []).map((attribute) => attribute.name),
  );
  compare(
    'properties',
    tableNames('properties'),
    members.filter((member) => member.kind === 'field').map((member) => member.name),
  );
  compare(
    'methods',
    tableNames('methods'),
    members.filter((member) => member.kind === 'method').map((member) => member.name),
  );
  compare(
    'events',
    tableNames('events'),
    (element.events ?? []).map((event) => event.name),
  );
  compare(
    'css-properties',
    tableNames('css-properties'),
    (element.cssProperties ?? []).map((property) => property.name),
  );
  compare(
    'css-parts',
    tableNames('css-parts'),
    (element.cssParts ?? []).map((part) => part.name),
  );

  // Defaults that are values (a colour, a length, a keyword) must be the JSDoc's.
  const defaults = new Map(
    tableRows('css-properties').map((cells) => [cells[0]?.replaceAll('`', ''), cells[1] ?? '']),
  );
  for (const property of element.cssProperties ?? []) {
    const value = /Default: (#[0-9a-f]{3,8}\b|[0-9.]+[a-z%]*|[a-z-]+(?=[ .(]|$))/i.exec(
      property.description ?? '',
    )?.[1];
    const cell = defaults.get(property.name);
    if (!value || cell === undefined || value === 'the') continue;
    if (!cell.includes(`\`${value}\``))
      problems.push(
        `README, ${property.name} : valeur par défaut « ${cell} » au lieu de \`${value}\` (JSDoc) / default differs`,
      );
  }

  // Every public token the styles read must be in the JSDoc (hence the manifest and the README).
  const documented = new Set((element.cssProperties ?? []).map((property) => property.name));
  const sources = (folder) =>
    readdirSync(folder).flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return sources(path);
      return path.endsWith('.ts') ? [path] : [];
    });
  const read = new Set();
  for (const file of sources(join(ROOT, 'components')))
    for (const match of readFileSync(file, 'utf8').matchAll(/var\(\s*(--perseverance-[a-z0-9-]+)/g))
      read.add(match[1]);
  const undocumented = [...read].filter((token) => !documented.has(token)).sort();
  if (undocumented.length)
    problems.push(
      `propriétés CSS lues par les styles mais absentes du JSDoc (@cssproperty) de <${TAG}> / tokens read but undocumented: ${undocumented.join(', ')}`,
    );
}

// The two commands at the top, exactly.
const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
for (const command of COMMANDS)
  if (!firstBlock.split('\n').some((line) => line.startsWith(`${command} `) || line === command))
    problems.push(`README : la commande « ${command} » doit ouvrir le premier bloc de code`);

// Local links and images.
for (const match of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
  const target = match[1];
  if (/^(https?:|mailto:|#)/.test(target)) continue;
  const path = join(dirname(join(ROOT, 'README.md')), decodeURIComponent(target.split('#')[0]));
  if (!existsSync(path)) problems.push(`README : lien vers ${target} introuvable / broken link`);
}

if (problems.length) {
  console.error([...new Set(problems)].map((problem) => `✗ ${problem}`).join('\n'));
  process.exit(1);
}
console.log(
  `README et custom-elements.json concordent pour <${TAG}> (attributs, propriétés, méthodes, événements, propriétés CSS, parties).`,
);
