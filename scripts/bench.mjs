#!/usr/bin/env node
// Performance benchmark of the built widget (dist/) against the hand-written Lit page of the shared
// bench (../shared/bench, variant `lit-minimal`), in headless Chromium with the CPU throttled.
// Not a test: timings depend on the machine. `npm run build && npm run bench [-- --runs 15]`.
//
//   node scripts/bench.mjs [--runs 9] [--warmup 1] [--rate 4] [--timeout 60000]
//                          [--shared ../shared/bench] [--no-install] [--no-write]
//                          [--dist DIR] [--baseline DIR]   (another build; one to compare with)
//                          [--session-runs 5] [--session-rate 1] [--no-session]
//
// Measures, median of --runs fresh page loads (fresh browser context, cache disabled):
//   (a) ms from navigation start to `perseverance-ready` (default layout: the welcome view);
//   (b) ms to answer the whole full version by clicks, step buttons included (click, one
//       macrotask, forced layout: as the shared bench's probe does);
//   (c) ms from the click on « Voir le profil » after the last answer to the first frame painted
//       once the radar's chart exists;
//   (d) JS heap after the profile is shown (after a forced GC);
// and the shared bench's `lit-minimal` page (48 questions) as the reference; then (e) the GPDS
// session's interactions at 200 respondents (scripts/bench/session.mjs: main-thread busy time and
// longest task of each, CPU not throttled unless --session-rate; alone: `node
// scripts/bench/session.mjs`). Writes the results between markers in docs/PERFORMANCE.md.
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { OFFLINE_CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { BUDGETS, measure as measureSizes } from './check-size.mjs';
import { benchSession, sessionReport } from './bench/session.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_DIST = join(ROOT, 'dist');
const REPORT = join(ROOT, 'docs', 'PERFORMANCE.md');
const MARK_START = '<!-- bench:start (written by scripts/bench.mjs) -->';
const MARK_END = '<!-- bench:end -->';
/** Same viewport as ../shared/bench/lib/measure.mjs. */
const VIEWPORT = { width: 1280, height: 900 };
/** Radio groups the probe waits for on the widget's pages: never reached, so it waits for the event. */
const NEVER = 1e9;
const TARGETS = { readyRatio: 1.5, answerRatio: 2, radarMs: 500, heapMb: 3 };

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    warmup: { type: 'string', default: '1' },
    rate: { type: 'string', default: '4' },
    timeout: { type: 'string', default: '60000' },
    shared: { type: 'string' },
    dist: { type: 'string' },
    baseline: { type: 'string' },
    'no-install': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'session-runs': { type: 'string', default: '5' },
    'session-rate': { type: 'string', default: '1' },
    'no-session': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport')[0]);
  process.exit(0);
}
const runs = Number(opt.runs);
const warmup = Number(opt.warmup);
const rate = Number(opt.rate);
const timeoutMs = Number(opt.timeout);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0)
  die('--runs doit être un entier ≥ 1 et --warmup ≥ 0 / --runs must be >= 1, --warmup >= 0');
if (!(rate >= 1)) die('--rate doit être ≥ 1 / --rate must be a number >= 1');

// ——— Preconditions: the build, the shared bench and its dependencies ———

// --dist: another build to measure (e.g. `npx vite build --outDir /tmp/before`), for before/after.
const DIST = opt.dist ? resolve(opt.dist) : DEFAULT_DIST;
const ENTRY = join(DIST, 'perseverance-diagnostic.js');
// --baseline: an earlier build measured in the same rounds, for a before/after table.
const BASELINE = opt.baseline ? resolve(opt.baseline) : null;
if (BASELINE && !existsSync(join(BASELINE, 'perseverance-diagnostic.js')))
  die(`--baseline ${opt.baseline}: no perseverance-diagnostic.js there`);

if (!existsSync(ENTRY)) {
  die(
    [
      `${relative(ROOT, ENTRY)} est absent : construisez le widget d’abord.`,
      `${relative(ROOT, ENTRY)} is missing: build the widget first.`,
      '  npm run build && npm run bench',
    ].join('\n'),
  );
}
const SHARED = resolve(
  opt.shared ?? process.env.PERSEVERANCE_SHARED_BENCH ?? join(ROOT, '..', 'shared', 'bench'),
);
const sharedFiles = [
  'lib/build.mjs',
  'lib/probe.js',
  'lib/server.mjs',
  'fixtures/questionnaire.js',
];
if (!sharedFiles.every((file) => existsSync(join(SHARED, file)))) {
  die(
    [
      `Le banc partagé est introuvable dans ${SHARED} (attendu : ../shared/bench à côté du dépôt).`,
      `The shared bench was not found in ${SHARED} (expected ../shared/bench beside the repository).`,
      'Indiquez son chemin / give its path: npm run bench -- --shared PATH',
    ].join('\n'),
  );
}
if (!existsSync(join(SHARED, 'node_modules', 'esbuild'))) {
  const command = `cd ${relative(process.cwd(), SHARED) || '.'} && npm ci`;
  if (opt['no-install'])
    die(`Dépendances du banc partagé absentes / shared bench not installed:\n  ${command}`);
  console.error(
    `Installation des dépendances du banc partagé / installing the shared bench: ${command}`,
  );
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: SHARED, stdio: 'inherit' });
  } catch {
    die(`npm ci a échoué / failed. Lancez-le vous-même / run it yourself:\n  ${command}`);
  }
}

const sharedModule = (file) => import(pathToFileURL(join(SHARED, file)).href);
const [{ bundle }, { startServer }, { probe }, fixture] = await Promise.all([
  sharedModule('lib/build.mjs'),
  sharedModule('lib/server.mjs'),
  sharedModule('lib/probe.js'),
  sharedModule('fixtures/questionnaire.js'),
]);
const REF_QUESTIONS = fixture.QUESTION_COUNT;
/** Questions of the widget's full version (default catalogue). */
const QUESTIONS = JSON.parse(readFileSync(join(ROOT, 'data', 'catalogue.json'), 'utf8')).questions
  .length;

// ——— Pages: two host pages for the widget, the reference bundled by the shared bench's esbuild ———

const OUT = mkdtempSync(join(os.tmpdir(), 'perseverance-bench-'));
const hostPage = (title, dist, attrs) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<script type="module" src="/${dist}/perseverance-diagnostic.js"></script>
</head>
<body>
<perseverance-diagnostic${attrs}></perseverance-diagnostic>
</body>
</html>
`;
// Snapshots of the builds: a rebuild during the run (emptyOutDir) must not pull files away.
const builds = [['dist', DIST]];
if (BASELINE) builds.push(['baseline', BASELINE]);
for (const [name, folder] of builds) {
  cpSync(folder, join(OUT, name), { recursive: true });
  for (const [page, attrs] of [
    ['widget', ''],
    ['widget-page', ' layout="page"'],
  ]) {
    mkdirSync(join(OUT, `${name}-${page}`));
    writeFileSync(
      join(OUT, `${name}-${page}`, 'index.html'),
      hostPage(`bench: ${page}`, name, attrs),
    );
  }
}
const refSource = join(SHARED, 'variants', 'lit-minimal');
mkdirSync(join(OUT, 'lit-minimal'));
copyFileSync(join(refSource, 'index.html'), join(OUT, 'lit-minimal', 'index.html'));
await bundle(join(refSource, 'entry.js'), join(OUT, 'lit-minimal'), 'entry');
writeFileSync(
  join(OUT, 'blank.html'),
  '<!doctype html><title>blank</title><link rel="icon" href="data:,">',
);

// ——— In-page helpers (serialized into the page: self-contained) ———

/** Records when `perseverance-ready` reaches the window, before any page script runs. */
function readyListener() {
  window.addEventListener(
    'perseverance-ready',
    () => {
      window.__pdReadyAt ??= performance.now();
    },
    true,
  );
}

/**
 * The journeys' shared helpers, installed in every page before its scripts: a click is timed as
 * click(), one macrotask, forced style + layout (as the shared bench's probe).
 */
function journeyHelpers() {
  const macrotask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const deepAll = (root, selector) => {
    const found = [];
    const visit = (node) => {
      for (const element of node.querySelectorAll('*')) {
        if (element.matches(selector)) found.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(root.shadowRoot ?? root);
    return found;
  };
  const timed = async (action) => {
    const t0 = performance.now();
    action();
    await macrotask();
    document.documentElement.getBoundingClientRect();
    return performance.now() - t0;
  };
  /** Clicks one radio of the question (option `index` mod 4); returns the time it took. */
  const answer = (question, index) => {
    const radios = (question.shadowRoot ?? question).querySelectorAll('input[type="radio"]');
    return timed(() => radios[index % 4].click());
  };
  const host = () => document.querySelector('perseverance-diagnostic');
  const button = (pattern) =>
    deepAll(host(), 'button').find((b) => pattern.test(b.textContent ?? ''));
  window.__pdJourney = { macrotask, deepAll, timed, answer, host, button };
}

/** Answers the full version by clicks, step buttons included. */
async function answerEverything() {
  const { deepAll, timed, answer, host, button } = window.__pdJourney;
  let answerMs = 0;
  let stepMs = 0;
  let clicks = 0;
  let steps = 0;
  stepMs += await timed(() => button(/Commencer/).click());
  for (let guard = 0; guard < 20; guard += 1) {
    for (const question of deepAll(host(), 'perseverance-question')) {
      answerMs += await answer(question, clicks);
      clicks += 1;
    }
    const next = button(/Clé suivante/);
    if (!next) break;
    stepMs += await timed(() => next.click());
    steps += 1;
  }
  return { answerMs, stepMs, clicks, steps, answered: Object.keys(host().answers).length };
}

/** `layout="page"`: one radio per question, all on one page as in the reference. */
async function answerOnePage() {
  const { deepAll, answer, host } = window.__pdJourney;
  let answerMs = 0;
  let clicks = 0;
  for (const question of deepAll(host(), 'perseverance-question')) {
    answerMs += await answer(question, clicks);
    clicks += 1;
  }
  return { answerMs, clicks, answered: Object.keys(host().answers).length };
}

/** Clicks « Voir le profil », waits until the radar's chart exists, then for a painted frame. */
async function openProfile() {
  const { macrotask, button } = window.__pdJourney;
  const host = window.__pdJourney.host();
  const finish = button(/Voir le profil/);
  if (!finish) return { error: 'no « Voir le profil »' };
  const radarOf = () =>
    host.shadowRoot
      .querySelector('perseverance-profile')
      ?.shadowRoot?.querySelector('perseverance-radar') ?? null;
  const t0 = performance.now();
  finish.click();
  let radar = null;
  while (!radar?.chartInstance) {
    if (performance.now() - t0 > 30000) return { error: 'no radar' };
    await macrotask();
    radar = radarOf();
  }
  await new Promise((resolve) => requestAnimationFrame(() => macrotask().then(resolve)));
  return { radarMs: performance.now() - t0, error: null };
}

// ——— Browser runs ———

const executablePath = findChromium();
const server = await startServer({ '/': OUT });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: OFFLINE_CHROMIUM_FLAGS,
});
const chromiumVersion = browser.version();
console.error(
  `chromium ${chromiumVersion}; ${runs} runs (+${warmup} warm-up) at ${rate}x CPU; serving ${OUT} on ${server.origin}`,
);

const problems = [];
const samples = { widget: [], page: [], ref: [], baseWidget: [], basePage: [] };
let calibration = {};

async function openPage(url, expected, cpuRate = rate, waitReady = true) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const errors = [];
  await context.addInitScript(probe, expected);
  await context.addInitScript(readyListener);
  await context.addInitScript(journeyHelpers);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error.message || error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin) && !/^(data|blob):/.test(request.url()))
      errors.push(`non-local request ${request.url()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  // Thread ticks: task durations in CPU time, so other processes' load does not count.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(server.origin + url, { waitUntil: 'commit', timeout: timeoutMs });
  if (!waitReady) return { context, page, cdp, errors, state: null };
  const painted = await withTimeout(
    page.evaluate(() => window.__bench.whenPainted.then(() => true)),
    timeoutMs,
  );
  if (painted !== true) errors.push(`not ready after ${timeoutMs} ms`);
  const state = await page.evaluate(() => ({
    probeReadyAt: window.__bench.readyAt,
    readyVia: window.__bench.readyVia,
    eventAt: window.__pdReadyAt ?? null,
    paintedAt: window.__bench.paintedAt,
    groupsAtReady: window.__bench.groupsAtReady,
    groups: window.__bench.groups(),
  }));
  return { context, page, cdp, errors, state };
}

/** Main-thread busy time of the page in thread CPU time (not wall time), in ms. */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
}

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

async function runWidget(build = 'dist') {
  const { context, page, cdp, errors, state } = await openPage(`/${build}-widget/`, NEVER);
  try {
    const sample = { readyAt: state.eventAt, paintedAt: state.paintedAt, errors };
    if (state.eventAt === null) return { ...sample, errors: [...errors, 'no perseverance-ready'] };
    const cpuBefore = await mainThreadMs(cdp);
    const answers = await withTimeout(page.evaluate(answerEverything), timeoutMs);
    if (answers === 'timeout') return { ...sample, errors: [...errors, 'answers timed out'] };
    const cpuMs = (await mainThreadMs(cdp)) - cpuBefore;
    if (answers.answered !== answers.clicks)
      errors.push(`${answers.answered} of ${answers.clicks} answers kept`);
    const profile = await withTimeout(page.evaluate(openProfile), timeoutMs);
    if (profile === 'timeout') return { ...sample, errors: [...errors, 'profile timed out'] };
    if (profile.error) errors.push(profile.error);
    return { ...sample, ...answers, cpuMs, radarMs: profile.radarMs, heapMb: await heapMb(cdp) };
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function runPageLayout(build = 'dist') {
  // The contract of ../shared/bench --external: ready with every question as a radio group.
  const { context, page, errors, state } = await openPage(`/${build}-widget-page/`, NEVER);
  try {
    if (state.eventAt === null) errors.push('no perseverance-ready');
    if (state.groupsAtReady < QUESTIONS)
      errors.push(
        `${state.groupsAtReady} radio groups at perseverance-ready, ${QUESTIONS} expected`,
      );
    const answers = await withTimeout(page.evaluate(answerOnePage), timeoutMs);
    if (answers === 'timeout') errors.push('answers timed out (layout="page")');
    else if (answers.answered !== answers.clicks)
      errors.push(`${answers.answered} of ${answers.clicks} answers kept (layout="page")`);
    return {
      readyAt: state.eventAt,
      paintedAt: state.paintedAt,
      groups: state.groupsAtReady,
      ...(answers === 'timeout' ? {} : { answerMs: answers.answerMs, clicks: answers.clicks }),
      errors,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function runReference() {
  const { context, page, cdp, errors, state } = await openPage('/lit-minimal/', REF_QUESTIONS);
  try {
    const sample = { readyAt: state.probeReadyAt, paintedAt: state.paintedAt, errors };
    if (state.probeReadyAt === null) return sample;
    const heap = await heapMb(cdp);
    const cpuBefore = await mainThreadMs(cdp);
    const answer = await withTimeout(
      page.evaluate(() => window.__bench.answerAll()),
      timeoutMs,
    );
    const cpuMs = (await mainThreadMs(cdp)) - cpuBefore;
    if (answer === 'timeout')
      return { ...sample, heapMb: heap, errors: [...errors, 'answers timed out'] };
    if (answer.answered !== REF_QUESTIONS)
      errors.push(`${answer.answered} of ${REF_QUESTIONS} answered`);
    return { ...sample, heapMb: heap, answerMs: answer.ms, cpuMs, clicks: REF_QUESTIONS };
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function calibrate(cpuRate) {
  const { context, page } = await openPage('/blank.html', NEVER, cpuRate, false);
  try {
    await page.waitForLoadState('load');
    return await page.evaluate(() => {
      const t0 = performance.now();
      let x = 0;
      for (let i = 0; i < 3e7; i += 1) x = (x * 31 + i) | 0;
      const dt = performance.now() - t0;
      return x === 0.5 ? -1 : dt;
    });
  } finally {
    await context.close().catch(() => undefined);
  }
}

try {
  for (const cpuRate of [1, rate]) {
    const times = [];
    for (let i = 0; i < 3; i += 1) times.push(await calibrate(cpuRate));
    calibration[cpuRate] = median(times);
  }
  const kinds = [
    ['widget', runWidget],
    ['page', runPageLayout],
    ['ref', runReference],
  ];
  if (BASELINE)
    kinds.push(
      ['baseWidget', () => runWidget('baseline')],
      ['basePage', () => runPageLayout('baseline')],
    );
  for (let round = 0; round < warmup + runs; round += 1) {
    // Rotated each round: a load right after a heavy one is slower (the last context's teardown).
    const order = kinds.map((_, index) => kinds[(index + round) % kinds.length]);
    for (const [kind, run] of order) {
      const sample = await run();
      const label = `${kind.padEnd(10)} #${String(round - warmup).padStart(2)}`;
      const line = Object.entries(sample)
        .filter(([key, value]) => typeof value === 'number' && key !== 'clicks' && key !== 'steps')
        .map(([key, value]) => `${key} ${value.toFixed(key === 'heapMb' ? 2 : 0)}`)
        .join('  ');
      process.stderr.write(
        `${label}  ${line}${sample.errors.length ? '  ! ' + sample.errors.join('; ') : ''}\n`,
      );
      if (round < warmup) continue;
      if (sample.errors.length)
        problems.push(`${kind} run ${round - warmup}: ${sample.errors.join('; ')}`);
      else samples[kind].push(sample);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// ——— (e) The session's interactions at 200 respondents (its own pages and browser) ———

const sessionRuns = Number(opt['session-runs']);
const sessionRate = Number(opt['session-rate']);
const session = opt['no-session']
  ? null
  : await benchSession({
      builds: BASELINE ? { dist: DIST, baseline: BASELINE } : { dist: DIST },
      runs: sessionRuns,
      rate: sessionRate,
      timeoutMs: Math.max(timeoutMs, 120000),
      shared: SHARED,
    });
if (session) problems.push(...session.problems.map((problem) => `session ${problem}`));

// ——— Report ———

const pick = (kind, field) =>
  samples[kind].map((s) => s[field]).filter((v) => typeof v === 'number');
const med = (kind, field) => median(pick(kind, field));
const spread = (kind, field) => {
  const values = pick(kind, field).sort((a, b) => a - b);
  return values.length ? `${ms(quantile(values, 0.25))}–${ms(quantile(values, 0.75))}` : '–';
};
const widgetClicks = med('widget', 'clicks');
const perQuestion = (kind, fields) => {
  const totals = samples[kind]
    .filter((s) => s.clicks > 0)
    .map((s) => fields.reduce((sum, f) => sum + (s[f] ?? 0), 0) / s.clicks);
  return median(totals);
};
const readyW = med('widget', 'readyAt');
const readyP = med('page', 'readyAt');
const readyR = med('ref', 'readyAt');
const answerW = perQuestion('widget', ['answerMs', 'stepMs']);
const answerOnlyW = perQuestion('widget', ['answerMs']);
const answerR = perQuestion('ref', ['answerMs']);
const cpuW = perQuestion('widget', ['cpuMs']);
const cpuR = perQuestion('ref', ['cpuMs']);
const radar = med('widget', 'radarMs');
const heapW = med('widget', 'heapMb');
const heapR = med('ref', 'heapMb');
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const status = (value, limit) => (value == null ? '–' : value <= limit ? 'OK' : '**missed**');

const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const cpu = os.cpus()[0]?.model?.trim() ?? 'cpu';
const L = [];
L.push(MARK_START, '', `## Latest run (${date})`, '');
L.push(
  `- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; Node ${process.version}`,
  `- Chromium ${chromiumVersion} (headless, ${executablePath}) driven by playwright-core ${packageVersion(ROOT, 'playwright-core')}`,
  `- CPU: CDP \`Emulation.setCPUThrottlingRate\` ${rate}× (fixed JS loop: 1× → ${ms(calibration[1])}, ${rate}× → ${ms(calibration[rate])}, effective ×${(calibration[rate] / calibration[1]).toFixed(1)})`,
  `- Median of ${runs} fresh page loads per page (+${warmup} warm-up discarded), pages interleaved (order rotated each round); fresh browser context per load, cache disabled, viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
  `- Reference: \`lit-minimal\` of the shared bench (${REF_QUESTIONS} questions, one Lit element), bundled by its \`lib/build.mjs\`, measured by its \`lib/probe.js\``,
  '',
);
L.push('| Measure | Widget | Reference (lit-minimal) | Ratio | Target | |');
L.push('| --- | ---: | ---: | ---: | --- | --- |');
const row = (cells) => L.push(`| ${cells.join(' | ')} |`);
const readyRatio = ratio(readyW, readyR);
row([
  '(a) Ready: `perseverance-ready` from navigation start (default layout, welcome view) vs all groups rendered',
  ms(readyW),
  ms(readyR),
  times(readyRatio),
  `≤ ${TARGETS.readyRatio}×`,
  status(readyRatio, TARGETS.readyRatio),
]);
row([
  'Ready, `layout="page"` (all questions rendered as radio groups)',
  ms(readyP),
  ms(readyR),
  times(ratio(readyP, readyR)),
  'information',
  '',
]);
const answerRatio = ratio(answerW, answerR);
row([
  `(b) Answering, per question: ${widgetClicks ?? '–'} answers + the step buttons (« Commencer », « Clé suivante »), total ÷ answers`,
  ms(answerW, 1),
  ms(answerR, 1),
  times(answerRatio),
  `≤ ${TARGETS.answerRatio}×`,
  status(answerRatio, TARGETS.answerRatio),
]);
row([
  'Answering, per question, answer clicks only',
  ms(answerOnlyW, 1),
  ms(answerR, 1),
  times(ratio(answerOnlyW, answerR)),
  'information',
  '',
]);
const answerPage = perQuestion('page', ['answerMs']);
row([
  'Answering, per question, `layout="page"` (every question on one page, as the reference: no steps)',
  ms(answerPage, 1),
  ms(answerR, 1),
  times(ratio(answerPage, answerR)),
  'information',
  '',
]);
row([
  'Answering, per question, main-thread CPU time (thread ticks: not inflated by other processes; widget: step buttons and late chunks included)',
  ms(cpuW, 1),
  ms(cpuR, 1),
  times(ratio(cpuW, cpuR)),
  'information',
  '',
]);
row([
  'Answering, whole questionnaire (widget: answers + step buttons)',
  ms(med('widget', 'answerMs') + med('widget', 'stepMs')),
  ms(med('ref', 'answerMs')),
  '',
  '',
  '',
]);
row([
  '(c) Radar painted after the last answer (click « Voir le profil » → chart drawn and a frame painted)',
  ms(radar),
  '–',
  '',
  `≤ ${TARGETS.radarMs} ms`,
  status(radar, TARGETS.radarMs),
]);
row([
  '(d) JS heap after the profile is shown (forced GC) — reference: after render',
  mb(heapW),
  mb(heapR),
  times(ratio(heapW, heapR)),
  `≤ ${TARGETS.heapMb} MB`,
  status(heapW, TARGETS.heapMb),
]);
L.push('');
L.push(
  `Spread (p25–p75): widget ready ${spread('widget', 'readyAt')}, \`layout="page"\` ready ${spread('page', 'readyAt')}, reference ready ${spread('ref', 'readyAt')}; radar ${spread('widget', 'radarMs')}.`,
  '',
);

if (BASELINE) {
  const change = (before, after) =>
    before == null || after == null
      ? ''
      : `${after >= before ? '+' : ''}${Math.round((after / before - 1) * 100)} %`;
  const pair = (label, before, after, format) =>
    L.push(`| ${label} | ${format(before)} | ${format(after)} | ${change(before, after)} |`);
  L.push(`Before/after, same rounds: baseline \`${BASELINE}\` vs this build.`, '');
  L.push('| Measure | Baseline | This build | Change |', '| --- | ---: | ---: | ---: |');
  pair('(a) Ready, default layout', med('baseWidget', 'readyAt'), readyW, ms);
  pair('Ready, `layout="page"`', med('basePage', 'readyAt'), readyP, ms);
  pair(
    '(b) Answering per question, step buttons included',
    perQuestion('baseWidget', ['answerMs', 'stepMs']),
    answerW,
    (v) => ms(v, 1),
  );
  pair(
    'Answering per question, answer clicks only',
    perQuestion('baseWidget', ['answerMs']),
    answerOnlyW,
    (v) => ms(v, 1),
  );
  pair('Answering per question, main-thread CPU', perQuestion('baseWidget', ['cpuMs']), cpuW, (v) =>
    ms(v, 1),
  );
  pair('(c) Radar painted after the last answer', med('baseWidget', 'radarMs'), radar, ms);
  pair('(d) JS heap after the profile', med('baseWidget', 'heapMb'), heapW, mb);
  L.push('');
}
if (session)
  L.push(
    ...sessionReport(
      { ...session, problems: [] },
      { baseline: BASELINE, runs: sessionRuns, rate: sessionRate },
    ),
  );
if (DIST === DEFAULT_DIST) {
  const sizes = measureSizes();
  L.push('Sizes (`scripts/check-size.mjs`, gzip -9 per file):', '');
  L.push('| chunk | loaded | raw KB | gzip KB |', '| --- | --- | ---: | ---: |');
  for (const r of sizes.rows)
    L.push(`| ${r.file} | ${r.initial ? 'first view' : 'lazy'} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
  L.push('');
  L.push(
    `First view: ${kb(sizes.firstView)} KB gzip (budget ${BUDGETS.firstViewKb} KB); everything: ${kb(sizes.everything)} KB gzip (budget ${BUDGETS.everythingKb} KB).`,
    '',
  );
} else {
  L.push(`Build measured: ${DIST} (sizes: \`npm run size\` reads dist/ only).`, '');
}
if (problems.length) L.push('Problems:', '', ...problems.slice(0, 30).map((p) => `- ${p}`), '');
L.push(
  `Rerun: \`npm run build && npm run bench\` (options: \`-- --runs 15 --rate 4\`; \`--no-write\` prints without updating this file).`,
  '',
  MARK_END,
);
const section = L.join('\n');
console.log(section);

if (!opt['no-write']) {
  const before = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '# Performance\n';
  const start = before.indexOf(MARK_START);
  const end = before.indexOf(MARK_END);
  const next =
    start >= 0 && end > start
      ? before.slice(0, start) + section + before.slice(end + MARK_END.length)
      : `${before.trimEnd()}\n\n${section}\n`;
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, next);
  console.error(`\nwrote ${relative(ROOT, REPORT)}`);
}
writeFileSync(join(OUT, 'samples.json'), JSON.stringify({ date, calibration, samples }, null, 1));
// Keep the raw samples only, not the served copies.
for (const entry of readdirSync(OUT))
  if (entry !== 'samples.json') rmSync(join(OUT, entry), { recursive: true, force: true });
console.error(`raw samples: ${join(OUT, 'samples.json')}`);
process.exitCode = problems.length ? 1 : 0;

// ——— Helpers ———

function die(message) {
  console.error(message);
  process.exit(2);
}
function withTimeout(promise, limit) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), limit))),
  ]);
}
function median(values) {
  const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!list.length) return null;
  const sorted = [...list].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
function ms(value, digits = 0) {
  return value == null || Number.isNaN(value) ? '–' : `${value.toFixed(digits)} ms`;
}
function mb(value) {
  return value == null ? '–' : `${value.toFixed(2)} MB`;
}
function times(value) {
  return value == null ? '–' : `${value.toFixed(2)}×`;
}
function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
function packageVersion(root, name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  } catch {
    return '?';
  }
}
