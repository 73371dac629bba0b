// Size budgets of the one-file build, read from dist/ (gzip sizes are deterministic, so CI can
// enforce them). Prints every chunk with its raw and gzip size, then the two budgets.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const ENTRY = join(DIST, 'perseverance-diagnostic.js');
/**
 * Enforced budgets: regression ceilings just above today's build, so that no change slips back.
 * The first view's target is 40 KB; it was held at 30 KB (29.5 KB in December 2026, after the
 * tab sync, imports, print, the catalogue loader and the axes' modalités left it), which is also
 * what an app importing the npm package gets (issue #18). The storage notices' facts and their
 * first-view words, the export's sandbox check and the user text's isolation brought the script
 * build to 29.9 KB and the npm package's to 30.3 KB (making the download lazy saved nothing: the
 * dynamic import costs what it moves), so the ceiling is 31 KB, still 9 KB under the target. For everything, the target of issue #9
 * is 130 KB, but chart.js (45 KB even restricted to a radar), the built-in catalogue's text
 * (19 KB), the GPDS session (with its QR code, 7.6 KB), the action plan, the decision view and the
 * validators add up to more: the ceiling was 200 KB at 196 KB; the fifth session's work (the
 * one-page print of the profile, drafts kept as typed, failure messages naming the part, the
 * sandboxed-frame export, the session's sliced paste and lazy list) brought it to 201.5 KB, with
 * chart.js already reduced to a radar (a separate module of named imports saved nothing), so the
 * ceiling is 205 KB. The missed target is printed on every run until it is met.
 */
export const BUDGETS = { firstViewKb: 31, everythingKb: 205 };
/** Chunks that load only when their view opens (chart.js: the profile), never with the first view. */
const NEVER_FIRST = [
  ['chart.js', /[`"']radialLinear[`"']/],
  ['the session views', /[`"']perseverance-session-collect[`"'],/],
  ['the plan views', /[`"']perseverance-plan-action[`"'],/],
];
export const TARGETS = { everythingKb: 130 };

// dist/npm holds the npm package's modules (scripts/build-npm.mjs), not the one-file build.
const NOT_MEASURED = join(DIST, 'npm');

function jsFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (path === NOT_MEASURED) return [];
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const STATIC_IMPORT =
  /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

/** The files a browser must fetch before the entry module runs: its static import graph. */
function staticGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const target = match[1];
      if (target.startsWith('.')) visit(resolve(dirname(file), target));
    }
  };
  visit(entry);
  return seen;
}

export function measure() {
  const files = jsFiles(DIST).sort();
  const initial = staticGraph(ENTRY);
  const rows = files.map((file) => {
    const raw = readFileSync(file);
    return {
      file: relative(DIST, file),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      initial: initial.has(file),
    };
  });
  const sum = (list) => list.reduce((total, row) => total + row.gzip, 0);
  return { rows, firstView: sum(rows.filter((row) => row.initial)), everything: sum(rows) };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, firstView, everything } = measure();
  console.log('| chunk | loaded | raw KB | gzip KB |');
  console.log('| --- | --- | ---: | ---: |');
  for (const row of rows)
    console.log(
      `| ${row.file} | ${row.initial ? 'first view' : 'lazy'} | ${kb(row.raw)} | ${kb(row.gzip)} |`,
    );
  console.log('');
  const checks = [
    ['First interactive view (entry + static imports)', firstView, BUDGETS.firstViewKb],
    ['Everything the widget can load', everything, BUDGETS.everythingKb],
  ];
  let failed = false;
  for (const [label, bytes, budget] of checks) {
    const ok = bytes <= budget * 1024;
    failed ||= !ok;
    console.log(`${ok ? 'OK  ' : 'OVER'} ${label}: ${kb(bytes)} KB gzip (budget ${budget} KB)`);
  }
  for (const [label, marker] of NEVER_FIRST) {
    const found = rows.filter(
      (row) => row.initial && marker.test(readFileSync(join(DIST, row.file), 'utf8')),
    );
    if (found.length === 0) continue;
    failed = true;
    console.log(
      `OVER ${label} must load lazily, but is in ${found.map((row) => row.file).join(', ')}`,
    );
  }
  if (everything > TARGETS.everythingKb * 1024) {
    console.log(
      `MISS Everything, against the ${TARGETS.everythingKb} KB target: ${kb(everything - TARGETS.everythingKb * 1024)} KB over (not enforced; see scripts/check-size.mjs)`,
    );
  }
  if (failed) {
    console.error('Budget de taille dépassé / size budget exceeded.');
    process.exit(1);
  }
}
