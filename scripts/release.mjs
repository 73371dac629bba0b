// `npm run release`: perseverance-diagnostic-<version>.zip, what a school's webmaster downloads.
// The split build must be in dist/ (`npm run release` runs `vite build` first); this script builds
// the one-file widget and the validator page (vite.single.config.ts, classic scripts), fills the
// templates of release/ and writes the archive with Node's zlib (scripts/release-zip.mjs).
//   node scripts/release.mjs [--out DOSSIER]   (the archive's folder; the repository by default)
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measure } from './check-size.mjs';
import { zip } from './release-zip.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NAME = `perseverance-diagnostic-${version}`;
const SINGLE = 'perseverance-diagnostic-fichier-unique.js';
const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : ROOT;

function fail(message) {
  console.error(`release : ${message}`);
  process.exit(1);
}

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const DIST = join(ROOT, 'dist');
const CHUNKS = join(DIST, `chunks-${version}`);
if (!existsSync(join(DIST, 'perseverance-diagnostic.js')) || !existsSync(CHUNKS))
  fail(`dist/ ne contient pas la version ${version} : lancez \`npm run build:widget\` d’abord.`);

// The one-file builds, in a folder of their own (never dist/, which `npm run size` measures).
const work = mkdtempSync(join(tmpdir(), 'perseverance-release-'));
try {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  for (const mode of ['production', 'validator'])
    execFileSync(
      process.execPath,
      [
        vite,
        'build',
        '-c',
        'vite.single.config.ts',
        '--mode',
        mode,
        '--outDir',
        work,
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );

  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} Ko`;
  const single = readFileSync(join(work, SINGLE));
  const split = measure();
  const sizes = {
    VERSION: version,
    PREMIERE_VUE: kb(split.firstView),
    TOUT: kb(split.everything),
    FICHIER_UNIQUE: kb(gzipSync(single, { level: 9 }).length),
    FICHIER_UNIQUE_BRUT: kb(single.length),
  };
  const fill = (text) =>
    text.replace(/\{\{(\w+)\}\}/g, (_, key) => {
      if (!(key in sizes)) fail(`repère {{${key}}} inconnu dans un modèle de release/.`);
      return sizes[key];
    });
  const template = (name) => fill(readFileSync(join(ROOT, 'release', name), 'utf8'));

  const validatorScript = readFileSync(join(work, 'valider-catalogue.js'), 'utf8').replace(
    /<\/(script)/gi,
    '<\\/$1',
  );
  const validatorPage = template('valider-catalogue.html').replace(
    '<!-- script du validateur (inséré par scripts/release.mjs) -->',
    () => `<script>\n${validatorScript}</script>`,
  );
  if (!validatorPage.includes(validatorScript.slice(0, 40)))
    fail('script du validateur non inséré.');

  const text = (data) => Buffer.from(data, 'utf8');
  const entries = [
    { name: 'LISEZMOI.txt', data: text(template('LISEZMOI.txt').replace(/\r?\n/g, '\r\n')) },
    { name: 'LICENSE', data: readFileSync(join(ROOT, 'LICENSE')) },
    { name: 'exemple.html', data: text(template('exemple.html')) },
    { name: 'exemple-modules.html', data: text(template('exemple-modules.html')) },
    { name: 'valider-catalogue.html', data: text(validatorPage) },
    { name: SINGLE, data: single },
    {
      name: 'widget/perseverance-diagnostic.js',
      data: readFileSync(join(DIST, 'perseverance-diagnostic.js')),
    },
    ...files(CHUNKS)
      .sort()
      .map((path) => ({
        name: `widget/${relative(DIST, path).split('\\').join('/')}`,
        data: readFileSync(path),
      })),
    { name: 'catalogue/catalogue.json', data: readFileSync(join(ROOT, 'data', 'catalogue.json')) },
    {
      name: 'catalogue/catalogue.schema.json',
      data: readFileSync(join(ROOT, 'data', 'catalogue.schema.json')),
    },
  ].map((entry) => ({ ...entry, name: `${NAME}/${entry.name}` }));

  // The commit's date, so that two releases of one commit are the same bytes.
  let date = new Date();
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (/^\d+\s*$/.test(seconds)) date = new Date(Number(seconds) * 1000);
  } catch {
    // Not a git checkout: today's date.
  }
  mkdirSync(OUT, { recursive: true });
  const archive = join(OUT, `${NAME}.zip`);
  writeFileSync(archive, zip(entries, date));
  console.log(
    `${relative(process.cwd(), archive) || archive} : ${entries.length} fichiers, ${kb(statSync(archive).size)}.`,
  );
  console.log(
    `Modules (widget/) : première vue ${sizes.PREMIERE_VUE}, tout ${sizes.TOUT} (gzip) ; fichier unique : ${sizes.FICHIER_UNIQUE} (gzip), ${sizes.FICHIER_UNIQUE_BRUT} non compressé.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
