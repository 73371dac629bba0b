import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const root = fileURLToPath(new URL('./', import.meta.url));

/**
 * JSON fetched as data (a catalogue-src, an import file) must reach the page as JSON: the esbuild
 * plugin would turn it into a JS module. Tests ask for such files with `?raw`.
 */
async function rawJson(context, next) {
  if (context.path.endsWith('.json') && context.querystring === 'raw') {
    const body = await readFile(`${root}${context.path.slice(1)}`).catch(() => null);
    if (!body) return next();
    context.type = 'application/json';
    context.body = body;
    return undefined;
  }
  return next();
}

export default {
  // The domain tests (test/domain-tests.ts lists their folders) run in Node: npm run test:domain.
  files: [
    'test/**/*.test.ts',
    '!test/{catalogue,diagnostic,recommend,session,plan,share,storage,exchange,data,decision,build,i18n}/**',
    '!test/smoke.test.ts',
  ],
  nodeResolve: true,
  middleware: [rawJson],
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig, target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  // Two pages at once on the 2-core CI machine; a third only queues behind the CPU.
  concurrency: 2,
  // Tiers: element tests (test/elements/, one element in a context fixture) keep mocha's 10 s;
  // whole-widget journeys (test/journeys/) set JOURNEY_TIMEOUT in their describe, the heavier
  // hardening tests their own `this.timeout()`.
  // One tier alone: `npx wtr --files 'test/elements/**/*.test.ts'` (or test/journeys/…).
  testFramework: { config: { timeout: 10000 } },
  // src/'s coverage (and its threshold) is test:domain's. The elements' coverage is on demand
  // (`npm run test:browser:coverage`): instrumenting them costs `npm test` about 50 s.
  coverageConfig: {
    include: ['components/**/*.ts'],
    report: true,
    reportDir: 'coverage/browser',
  },
};
